"""Numbered paper forms: printed from the phones' form, typed back by sheet number, each counted once.

A sheet number typed twice is refused and stores nothing; correcting a sheet
replaces its answers and keeps it one form; the printed Word file has one
numbered sheet per page with the phone code; the minutes say how many forms
came on paper and how many from phones.
"""

from __future__ import annotations

import re
import sqlite3

import pytest
from docx import Document
from docx.enum.section import WD_SECTION

from dialog.core.access import ensure_tokens
from dialog.core.database import open_conference
from dialog.core.errors import DialogError
from dialog.core.evaluation import add_response, count_responses, list_questions
from dialog.core.paper_sheets import correct_sheet, forms_by_source, parse_sheet_number, read_sheet
from dialog.core.room_urls import base_url, evaluation_url
from dialog.export.minutes_docx import build_minutes
from dialog.export.paper_forms_docx import write_paper_forms
from dialog.export.qr_codes import qr_png
from tests.conftest import tree_digest

BASE = base_url("192.168.1.20", 8765)


def answers_of(db, number: int) -> dict:
    return read_sheet(db, number).answers


def test_a_sheet_number_typed_twice_is_refused_and_nothing_is_stored(stovner):
    db = open_conference(stovner)
    try:
        before = count_responses(db)
        add_response(db, {"useful": 4, "comments": "Gode grupper"}, source="paper", sheet_number=7)
        with pytest.raises(DialogError) as refused:
            add_response(db, {"useful": 1, "comments": "Annet ark"}, source="paper", sheet_number=7)
        assert refused.value.message() == ("form no. 7 is already typed in, so this was not saved. "
                                           "Ctrl+E opens it to correct it.")
        assert count_responses(db) == before + 1
        assert answers_of(db, 7) == {"useful": 4, "comments": "Gode grupper"}  # the first typing stands
        assert db.execute("SELECT count(*) FROM evaluation_answer WHERE value_text = 'Annet ark'").fetchone()[0] == 0
    finally:
        db.close()


def test_the_file_itself_holds_a_sheet_number_once_and_only_on_paper(stovner):
    """Another program writing to the file cannot store a number twice or give one to a phone's form either."""
    db = open_conference(stovner)
    try:
        add_response(db, {"useful": 4}, source="paper", sheet_number=3)
        template = db.execute("SELECT id FROM form_template").fetchone()[0]
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO evaluation_response (id, template_id, source, sheet_number)"
                       " VALUES ('x', ?, 'paper', 3)", [template])
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO evaluation_response (id, template_id, source, sheet_number)"
                       " VALUES ('y', ?, 'phone', 4)", [template])
        with pytest.raises(DialogError):
            add_response(db, {"useful": 4}, source="phone", sheet_number=5)
    finally:
        db.close()


@pytest.mark.parametrize("typed", ["0", "10000", "7a", "-3", "٣", ""])
def test_a_sheet_number_that_is_no_number_on_a_sheet_is_refused_in_one_line(typed):
    with pytest.raises(DialogError) as refused:
        parse_sheet_number(typed)
    assert "\n" not in refused.value.message() and "1 to 9999" in refused.value.message()


def test_correcting_a_sheet_replaces_its_answers_and_it_still_counts_once(stovner):
    db = open_conference(stovner)
    try:
        add_response(db, {"role": "user", "useful": 2, "missing": "Tolk"}, source="paper", sheet_number=12)
        before, ways = count_responses(db), forms_by_source(db)
        correct_sheet(db, 12, {"role": "user", "useful": 5, "missing": None})
        assert count_responses(db) == before and forms_by_source(db) == ways
        assert answers_of(db, 12) == {"role": "user", "useful": 5}
        with pytest.raises(DialogError, match=r"form no\. 13 has not been typed in yet"):
            correct_sheet(db, 13, {"useful": 5})
        with pytest.raises(DialogError):  # a correction is checked as a new form is: nothing changes
            correct_sheet(db, 12, {"useful": 9})
        assert answers_of(db, 12) == {"role": "user", "useful": 5}
    finally:
        db.close()


def sheet_texts(path) -> list[str]:
    """The sheet number at the top of each sheet (each sheet's first paragraph, a heading)."""
    document = Document(str(path))
    return [p.text for p in document.paragraphs if p.style.name == "Heading 1"]


def test_thirty_printed_sheets_typed_back_with_one_typed_twice_give_the_right_count(stovner, tmp_path):
    printed = write_paper_forms(stovner, BASE, tmp_path / "skjema.docx", count=30)
    path, numbers = printed.path, printed.numbers
    headings = sheet_texts(path)
    assert headings == [f"Skjema nr. {number}" for number in range(1, 31)] == [f"Skjema nr. {n}" for n in numbers]

    db = open_conference(stovner)
    try:
        before = forms_by_source(db)
        for heading in headings:  # every sheet typed back by the number printed on it
            number = int(heading.rsplit(" ", 1)[1])
            add_response(db, {"useful": 1 + number % 5}, source="paper", sheet_number=parse_sheet_number(str(number)))
        with pytest.raises(DialogError):  # sheet 17 came round the stack twice
            add_response(db, {"useful": 3}, source="paper", sheet_number=17)
        assert forms_by_source(db) == {"paper": before["paper"] + 30, "phone": before["phone"], "terminal": 0}
    finally:
        db.close()
    minutes = Document(__import__("io").BytesIO(build_minutes(stovner, "nb")))
    text = "\n".join(p.text for p in minutes.paragraphs)
    assert f"15 deltakere, {13 + 30} evalueringsskjemaer levert." in text
    assert f"Slik kom skjemaene inn: {before['paper'] + 30} på papir og {before['phone']} fra mobil." in text


def test_each_printed_sheet_asks_the_phones_questions_and_carries_the_phone_code(stovner, tmp_path):
    path = write_paper_forms(stovner, BASE, tmp_path / "skjema.docx", count=3, first=41).path
    document = Document(str(path))
    db = open_conference(stovner)
    try:
        questions = [q["text_nb"] for q in list_questions(db)]  # a Norwegian conference: Norwegian sheets
        url = evaluation_url(BASE, ensure_tokens(db).evaluation)
    finally:
        db.close()
    text = "\n".join(p.text for p in document.paragraphs)
    assert sheet_texts(path) == ["Skjema nr. 41", "Skjema nr. 42", "Skjema nr. 43"]
    for position, question in enumerate(questions, start=1):
        assert len(re.findall(re.escape(f"{position}. {question}"), text)) == 3
    assert text.count("☐\u00a01    ☐\u00a02    ☐\u00a03    ☐\u00a04    ☐\u00a05") == 5 * 3  # five scales a sheet
    assert text.count("1 = ikke i det hele tatt, 5 = helt") == 5 * 3
    assert text.count("☐\u00a0Bruker    ☐\u00a0Pårørende") == 3  # the role question's boxes
    pictures = document.inline_shapes
    assert len(pictures) == 3
    blobs = {document.part.related_parts[shape._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
             for shape in pictures}
    assert blobs == {qr_png(url)}  # the code phones scan: the form's own address under the host given
    # Each sheet a section of its own, its number in the header of each of its pages.
    assert [section.header.paragraphs[0].text for section in document.sections] == sheet_texts(path)
    assert [section.start_type for section in document.sections[1:]] == [WD_SECTION.NEW_PAGE] * 2


def test_thirty_sheets_are_thirty_pages_in_libreoffice_each_with_its_number(stovner, tmp_path):
    from tests.office import convert, pdf_pages

    path = write_paper_forms(stovner, BASE, tmp_path / "skjema.docx", count=30).path
    pages = pdf_pages(convert(path, "pdf", tmp_path / "profile"))
    assert len(pages) == 30
    for number, page in enumerate(pages, start=1):
        assert re.search(rf"^\s*Skjema nr\. {number}\s*$", page, re.M), page[:200]
        assert "Andre kommentarer" in page  # the whole form on its page, the last question too


def test_forms_on_the_command_line_and_a_bad_count_in_one_line(cli, stovner, exports):
    untouched = tree_digest(stovner.parent)
    for arguments, words in ((("--count", "0"), "the number of forms must be a whole number from 1 to 1000, not 0"),
                             (("--count", "1001"), "not 1001"),
                             (("--first", "9990", "--count", "20"), "20 forms from no. 9990 do not fit")):
        refused = cli("forms", str(stovner), "--host", "10.0.0.5", *arguments)
        assert refused.code == 2 and refused.err.count("\n") == 1 and words in refused.err, refused.err
        assert "nothing was written" in refused.err
    assert not exports.exists()
    assert tree_digest(stovner.parent) == untouched

    made = cli("forms", str(stovner), "--host", "10.0.0.5")
    path = exports / "2007-10-17-stovner-skjema.docx"
    assert made.code == 0 and made.out.strip() == f"15 forms (no. 1–15) written to {path}"  # one per participant
    assert len(sheet_texts(path)) == 15
    again = cli("--lang", "nb", "forms", str(stovner), "--host", "10.0.0.5", "--count", "1", "--first", "16")
    assert again.out.strip() == f"1 skjema (nr. 16) skrevet til {exports / '2007-10-17-stovner-skjema-2.docx'}"


def test_a_longer_form_still_prints_one_page_a_sheet_and_every_page_names_its_sheet(stovner, tmp_path):
    """The trial: one added question made every sheet two pages, the second without its number."""
    from dialog.core.form_templates import add_question
    from tests.office import convert, pdf_pages

    db = open_conference(stovner)
    try:
        for extra in range(4):  # 13 questions: the free-text questions get fewer lines, the sheet one page
            add_question(db, "scale" if extra % 2 else "text", f"Tilleggsspørsmål {extra} om dagen?", f"Extra {extra}")
    finally:
        db.close()
    path = write_paper_forms(stovner, BASE, tmp_path / "skjema.docx", count=4).path
    pages = pdf_pages(convert(path, "pdf", tmp_path / "profile"))
    assert len(pages) == 4
    db = open_conference(stovner)
    try:
        for extra in range(4, 8):  # 17 questions no longer fit: two pages a sheet, each with the sheet's number
            add_question(db, "text", f"Tilleggsspørsmål {extra} om dagen?", f"Extra {extra}")
    finally:
        db.close()
    path = write_paper_forms(stovner, BASE, tmp_path / "lang.docx", count=2).path
    pages = pdf_pages(convert(path, "pdf", tmp_path / "profile"))
    assert len(pages) == 4
    numbers = [re.findall(r"Skjema nr\. (\d+)", page)[0] for page in pages]
    assert numbers == ["5", "5", "6", "6"]  # the second print goes on from the first
