"""The feedback sheet for participants: what it says for the Stovner demo, issued again after a status change,
the k ≥ 3 rule, what it never holds, the command, two pages in LibreOffice and the Closing key."""

from __future__ import annotations

import io
import secrets
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT

from dialog.core.conference import ConferenceFacts, create_conference, read_conference
from dialog.core.database import open_conference
from dialog.core.demo.stovner import FINDINGS, FORMS, GROUPS
from dialog.core.findings import list_findings
from dialog.core.groups import list_groups
from dialog.core.measures import list_measures
from dialog.core.notes import add_note
from dialog.core.overview import write_measure_status
from dialog.core.phases import move_to_phase
from dialog.core.room_answers import answer_finding, open_finding, voter_key
from dialog.export.feedback_docx import build_feedback
from dialog.tui.app import create_app
from tests.finding_leader import without_room_answers
from tests.office import convert, pdf_pages
from tests.tui_helpers import settle, text_of, wait_for

ISSUED = date(2026, 12, 2)
PHONE_COMMENT = "Ring Kari Nordmann på 912 34 567"
"""A comment sent from a phone: never checked by the leader, so never on the sheet."""


@pytest.fixture
def stovner(stovner):
    """The Stovner demo without its phones' answers: these tests give their own."""
    return without_room_answers(stovner)


def sheet(path: Path, language: str | None = None, issued: date = ISSUED):
    return Document(io.BytesIO(build_feedback(path, language, issued=issued)))


def texts(document) -> list[str]:
    return [paragraph.text for paragraph in document.paragraphs]


def styled(document, style: str) -> list[str]:
    return [paragraph.text for paragraph in document.paragraphs if paragraph.style.name == style]


def under(document, heading: str) -> list[str]:
    """The bullet points that follow the heading ``heading`` up to the next heading."""
    found, points = False, []
    for paragraph in document.paragraphs:
        if paragraph.style.name.startswith("Heading"):
            if found:
                break
            found = paragraph.text == heading
        elif found and paragraph.style.name == "List Bullet":
            points.append(paragraph.text)
    return points


def measure_block(document, text: str) -> list[str]:
    return next(paragraph.text.split("\n") for paragraph in document.paragraphs
                if paragraph.text.startswith(text + "\n"))


def answer(db, finding_id: str, responses: list[str], comment: str = "") -> None:
    """Phones answer one finding during the presentation (one device each)."""
    secret = secrets.token_bytes(32)
    open_finding(db, finding_id)
    for number, response in enumerate(responses):
        answer_finding(db, finding_id, voter_key(secret, f"phone-{number}", finding_id), response, comment)
    open_finding(db, None)


def test_the_stovner_sheet_tells_each_finding_by_the_rooms_response(stovner):
    document = sheet(stovner)
    assert styled(document, "Title") == ["Dette kom vi fram til i Stovner"]
    assert texts(document)[1].startswith("Utgitt 2. desember 2026. Takk for at du var med på dialogkonferansen "
                                         "17. oktober 2007.")
    assert styled(document, "Heading 1") == ["Det vi snakket om", "Det vi ble enige om", "Dette skal gjøres",
                                             "Slik følger du med"]
    groups = {"confirmed": "Dette kjente dere igjen", "nuanced": "Dette stemte bare delvis",
              "contested": "Her var dere uenige", "new_angle": "Her så dere noe nytt"}
    assert styled(document, "Heading 2") == list(groups.values())
    for response, heading in groups.items():  # the leader's recorded response and comment, in the report's order
        assert under(document, heading) == [f"{finding.title}. {finding.comment}" for finding in FINDINGS
                                            if finding.response == response]
    assert "Vi la fram 8 funn fra intervjuene i bydelen." in texts(document)
    assert under(document, "Det vi ble enige om") == [
        "Viktigst: Krisehjelp etter kontortid er det viktigste å følge opp først.",
        "Viktigst: Overgangen fra DPS til bydelen må bli tryggere.",
        "Enige: Hjemmebesøkene fra psykisk helseteam må skjermes når budsjettene strammes inn.",
        "Enige: Beboerne i samlokaliserte boliger skal være med og lage husreglene.",
        "Ikke enige ennå: Ansatte og beboere ser ulikt på hvor synlig personalet er i boligene; det skal følges "
        "opp på første husmøte.",
    ]


def test_every_measure_says_who_by_when_and_its_status(stovner):
    document = sheet(stovner)
    assert "Vi foreslo 8 tiltak. De som fikk flest stemmer, står først. Status nå er slik den var " \
           "2. desember 2026." in texts(document)
    assert measure_block(document, "Prøveordning med telefon til psykisk helseteam til kl. 22 på hverdager") == [
        "Prøveordning med telefon til psykisk helseteam til kl. 22 på hverdager",
        "Hvem: Leder for psykisk helseteam (bydelen)",
        "Når: innen 1. mars 2008. Status nå: Vedtatt"]
    # The level is not said twice when the owner names it already.
    assert measure_block(document, "Fast NAV-veileder for deltakere i arbeidstrening")[1:] == [
        "Hvem: NAV Stovner", "Når: innen 1. april 2008. Status nå: Foreslått"]
    blocks = [paragraph.text.split("\n")[0] for paragraph in document.paragraphs if "\nHvem: " in paragraph.text]
    measures = sorted((m for group in GROUPS for m in group.measures), key=lambda m: -m.votes)
    assert blocks == [measure.text for measure in measures]  # every one, most votes first
    assert texts(document)[-1] == (
        "Lurer du på hvordan det går med et tiltak? Spør kontaktpersonen din eller bydel Stovner. Prosessleder "
        "for konferansen var Ingrid Sæther. Når noe endrer seg, kommer et nytt ark som dette. Arket med nyest "
        "dato gjelder.")


def test_the_sheet_in_english(stovner):
    document = sheet(stovner, "en")
    assert styled(document, "Title") == ["What we found out in Stovner"]
    assert texts(document)[1].startswith("Issued 2 December 2026. Thank you for taking part in the dialogue "
                                         "conference on 17 October 2007.")
    assert measure_block(document, "Oppslag ved inngangen som viser hvem som er på jobb hver dag")[1:] == [
        "Who: Personalgruppa i boligen (the service)", "When: by 30 November 2007. Status now: Done"]
    assert styled(document, "Heading 2")[0] == "What you recognised"
    assert document.core_properties.title == "Feedback – Stovner 2007-10-17"
    assert document.core_properties.language == "en-GB"


def test_a_status_changed_later_shows_on_the_sheet_issued_again(stovner):
    first = sheet(stovner)
    db = open_conference(stovner, read_only=True)
    try:
        conference = read_conference(db)["id"]
        measure = next(m for m in list_measures(db) if m["text"].startswith("Prøveordning med telefon"))
    finally:
        db.close()
    write_measure_status(stovner, conference, measure["id"], "done")  # as the organiser's overview does
    again = sheet(stovner, issued=date(2027, 3, 1))
    assert measure_block(first, measure["text"])[2] == "Når: innen 1. mars 2008. Status nå: Vedtatt"
    assert measure_block(again, measure["text"])[2] == "Når: innen 1. mars 2008. Status nå: Gjennomført"
    assert texts(again)[1].startswith("Utgitt 1. mars 2027.")
    assert "Status nå er slik den var 1. mars 2027." in " ".join(texts(again))


def test_the_phones_answers_show_only_from_three_and_never_their_comments(stovner):
    db = open_conference(stovner)
    try:
        findings = list_findings(db)
        move_to_phase(db, "presentation")
        answer(db, findings[0]["id"], ["confirmed", "confirmed"], PHONE_COMMENT)
        answer(db, findings[2]["id"], ["confirmed", "confirmed", "nuanced"], PHONE_COMMENT)
        answer(db, findings[5]["id"], ["confirmed"] * 8 + ["nuanced"] * 3 + ["contested"] + ["new_angle"] * 2)
        move_to_phase(db, "closing")
    finally:
        db.close()
    for language, two, three, fourteen in (
            ("nb", "", " På mobilen svarte 3: 2 var enige og 1 var delvis enig.",
             " På mobilen svarte 14: 8 var enige, 3 var delvis enige, 1 var uenig og 2 så noe nytt."),
            ("en", "", " On the phones, 3 answered: 2 agreed and 1 partly agreed.",
             " On the phones, 14 answered: 8 agreed, 3 partly agreed, 1 disagreed and 2 saw something new.")):
        document = sheet(stovner, language)
        for finding, room in ((FINDINGS[0], two), (FINDINGS[2], three), (FINDINGS[5], fourteen)):
            point = next(text for text in texts(document) if text.startswith(finding.title + "."))
            assert point == f"{finding.title}. {finding.comment}{room}"
        whole = " ".join(texts(document))
        assert "svarte 2" not in whole and "2 answered" not in whole
        assert "Kari" not in whole and "912 34 567" not in whole


def test_no_group_notes_no_evaluation_answers_and_no_names_but_the_leaders_as_in_the_minutes(stovner):
    db = open_conference(stovner)
    try:
        add_note(db, list_groups(db)[0]["id"], "new_angle", "Ola Hansen vil ha kveldsåpent", "B")
    finally:
        db.close()
    whole = " ".join(texts(sheet(stovner)))
    assert "Ola Hansen" not in whole
    for group in GROUPS:
        assert not any(note in whole for _kind, _role, note in group.notes)
    free_text = [value for form in FORMS for key, value in form.items()
                 if key in ("follow_up", "missing", "comments")]
    assert free_text and not any(answer in whole for answer in free_text)
    # The process leader is named, as the minutes' facts name the leaders; the co-leader is not needed here.
    assert "Ingrid Sæther" in whole and "Tor Almli" not in whole


def test_a_conference_with_nothing_recorded_yet_gets_a_short_sheet(tmp_path):
    path = tmp_path / "alna.dialog.sqlite"
    create_conference(path, ConferenceFacts("Alna", "2008-03-05")).close()
    document = sheet(path)
    assert styled(document, "Heading 1") == ["Dette skal gjøres", "Slik følger du med"]
    assert "Ingen tiltak ble skrevet ned." in texts(document)
    assert "Prosessleder" not in texts(document)[-1]  # no leader given, none named


def test_one_column_portrait_and_no_tables(stovner):
    document = sheet(stovner)
    assert document.tables == []
    assert [section.orientation for section in document.sections] == [WD_ORIENT.PORTRAIT]
    assert not document.element.body.xpath(".//w:cols[@w:num > 1]")


def test_dialog_export_writes_the_sheet_in_the_documents_language(cli, stovner, exports):
    result = cli("export", str(stovner), "--format", "feedback")
    assert result.code == 0
    written = Path(result.out.strip())
    assert written == exports / "2007-10-17-stovner-tilbakemelding.docx"
    assert styled(Document(str(written)), "Title") == ["Dette kom vi fram til i Stovner"]
    english = Path(cli("export", str(stovner), "--format", "feedback", "--lang", "en").out.strip())
    assert english == exports / "2007-10-17-stovner-feedback.docx"
    assert texts(Document(str(english)))[1].startswith(f"Issued {date.today().day} ")


def test_dialog_export_lists_personal_data_first_and_still_writes_the_sheet(cli, stovner, exports):
    db = open_conference(stovner)
    try:
        add_note(db, list_groups(db)[0]["id"], "other", "Skriv til ola@example.no", "L")
    finally:
        db.close()
    result = cli("export", str(stovner), "--format", "feedback")
    assert result.code == 0 and Path(result.out.strip()).exists()
    assert result.err.splitlines()[0] == ("warning: 1 text looks like it holds personal data; check it "
                                          "before the export goes any further:")


@pytest.mark.parametrize("argv, words", [
    (("--format", "feedback", "--excel"), "--excel is for --format csv"),
    (("--format", "paper"), "invalid choice: 'paper'"),
])
def test_bad_options_are_one_line_and_write_nothing(cli, stovner, exports, argv, words):
    result = cli("export", str(stovner), *argv)
    assert result.code == 2 and result.err.count("\n") == 1 and words in result.err, result.err
    assert not exports.exists() or not any(exports.iterdir())


def test_an_organisations_template_gives_the_sheet_its_header(cli, stovner, tmp_path):
    template = Document()
    template.sections[0].header.paragraphs[0].text = "Bydel Stovner – psykisk helse"
    template.save(str(tmp_path / "org.docx"))
    result = cli("export", str(stovner), "--format", "feedback", "--template", str(tmp_path / "org.docx"))
    assert result.code == 0
    document = Document(result.out.strip())
    assert document.sections[0].header.paragraphs[0].text == "Bydel Stovner – psykisk helse"
    assert styled(document, "Title") == ["Dette kom vi fram til i Stovner"]


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_libreoffice_lays_the_stovner_sheet_out_on_at_most_two_pages(stovner_template, tmp_path, language):
    path = tmp_path / f"sheet-{language}.docx"  # the demo as built, its phones' answers in it
    path.write_bytes(build_feedback(stovner_template, language, issued=ISSUED))
    pages = pdf_pages(convert(path, "pdf", tmp_path / "profile"))
    assert 1 <= len(pages) <= 2
    last = " ".join(pages[-1].split())
    assert {"nb": "Slik følger du med", "nn": "Slik følgjer du med", "en": "How to keep track"}[language] in last
    assert ("Page 2 of 2" if language == "en" else "Side 2 av 2") in last or len(pages) == 1


async def test_ctrl_t_in_closing_writes_the_sheet(stovner, exports):
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f7", "ctrl+t")
        closing = app.screen
        assert await wait_for(pilot, lambda: "feedback sheet for participants is saved" in
                              text_of(closing, "#export-status"), 20)
        await settle(pilot)
        written = exports / "2007-10-17-stovner-tilbakemelding.docx"
        assert text_of(closing, "#export-status") == f"The feedback sheet for participants is saved in {written}"
    assert styled(Document(str(written)), "Heading 1")[-1] == "Slik følger du med"
    assert list(exports.glob("*referat*")) == []  # the sheet, not the minutes
