"""The Word minutes: structure, tables, privacy rules, languages and the organisation's template."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from dialog.core.attendance import total_attendance
from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.database import open_conference
from dialog.core.evaluation import add_response
from dialog.core.measures import list_measures
from dialog.export.minutes_docx import export_minutes
from tests.conftest import tree_digest

NB_HEADINGS = [
    "Konferansen og grunnlaget", "Oppmøte", "Dagsorden slik den ble gjennomført", "Hovedfunn og deltakernes respons",
    "Gruppearbeid", "Plenum", "Prosesslederens vurdering", "Evaluering", "Oppfølging: tiltak",
    "Status per tema (til matrisen tema × bydel)",
]
EN_HEADINGS = [
    "The conference and its basis", "Attendance", "The agenda as it ran",
    "Main findings and the participants' response",
    "Group work", "Plenary", "The process leader's assessment", "Evaluation", "Follow-up: measures",
    "Status by theme (for the theme × district matrix)",
]


def headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def table_after(document, heading_text: str):
    """The first table that follows a Heading 1 with this text."""
    body = document.element.body
    found = False
    for child in body.iterchildren():
        if child.tag.endswith("}p") and Paragraph(child, document._body).text == heading_text:
            found = True
        elif found and child.tag.endswith("}tbl"):
            return Table(child, document._body)
    raise AssertionError(f"no table after {heading_text}")


@pytest.fixture(scope="module")
def stovner_nb(stovner_template, tmp_path_factory) -> Path:
    return export_minutes(stovner_template, tmp_path_factory.mktemp("nb") / "referat.docx")


@pytest.fixture(scope="module")
def stovner_en(stovner_template, tmp_path_factory) -> Path:
    return export_minutes(stovner_template, tmp_path_factory.mktemp("en") / "minutes.docx", language="en")


def test_sections_in_order_with_real_styles(stovner_nb):
    document = Document(str(stovner_nb))
    assert document.paragraphs[0].style.name == "Title"
    assert document.paragraphs[0].text == "Referat fra dialogkonferansen – Stovner"
    assert document.paragraphs[1].text == "17. oktober 2007"
    assert headings(document, 1) == NB_HEADINGS
    assert "1. Psykisk helseteam kommer hjem til folk" in headings(document, 2)
    assert {"Dette fungerer godt", "Dette fungerer mindre godt", "Nye perspektiver", "Sitater",
            "Foreslåtte tiltak"} <= set(headings(document, 3))
    assert {"Prioriteringer", "Uenighet", "Hva bør bydelen følge opp først?"} <= set(headings(document, 2))
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert "«De kom hjem til meg da jeg ikke klarte å gå ut. Det var det som snudde det.» (B)" in bullets
    assert any(p.style.name == "Caption" for p in document.paragraphs)


def test_english_minutes_with_english_dates(stovner_en):
    document = Document(str(stovner_en))
    assert document.paragraphs[0].text == "Minutes of the dialogue conference – Stovner"
    assert document.paragraphs[1].text == "17 October 2007"
    assert headings(document, 1) == EN_HEADINGS


def test_attendance_rows_sum_to_the_total(stovner_nb, stovner_template):
    grid = table_after(Document(str(stovner_nb)), "Oppmøte")
    rows = [[cell.text for cell in row.cells] for row in grid.rows][1:]
    *roles, total = rows
    assert total[0] == "I alt"
    assert sum(int(row[2]) for row in roles) == int(total[2])
    db = open_conference(stovner_template)
    assert int(total[2]) == total_attendance(db) == 15
    db.close()


def test_one_measure_row_per_stored_measure(stovner_nb, stovner_template):
    grid = table_after(Document(str(stovner_nb)), "Oppfølging: tiltak")
    db = open_conference(stovner_template)
    measures = list_measures(db)
    db.close()
    rows = [[cell.text for cell in row.cells] for row in grid.rows][1:]
    assert len(rows) == len(measures) == 8
    assert [row[1] for row in rows] == [m["text"] for m in measures]
    assert rows[0][2:] == ["Bydelen", "Leder for psykisk helseteam", "1. mars 2008", "9", "Vedtatt"]


def test_assessment_is_kept_apart(stovner_nb):
    document = Document(str(stovner_nb))
    quotes = [p.text for p in document.paragraphs if p.style.name == "Intense Quote"]
    assert len(quotes) == 1 and quotes[0].startswith("Konferansen hadde et godt og rolig klima.")


def test_evaluation_table_charts_and_free_text(stovner_nb):
    document = Document(str(stovner_nb))
    grid = table_after(document, "Evaluering")
    rows = [[cell.text for cell in row.cells] for row in grid.rows]
    assert rows[0] == ["Spørsmål", "n", "Snitt", "Svar per verdi (1–5)"]
    assert len(rows) == 6 and all(row[1] == "13" for row in rows[1:])
    assert [row[0] for row in rows[1:3]] == ["1. Stemte funnene med dine egne erfaringer?",
                                             "2. Fikk du sagt det du ønsket?"]
    pictures = document.inline_shapes
    assert len(pictures) == 1  # one figure, a panel per question
    alt_text = pictures[0]._inline.docPr.get("descr")
    assert alt_text.startswith("Stolpediagram med ett felt per spørsmål, alle på samme skala fra 0 til 13 svar. ")
    assert "Spørsmål 1, «Stemte funnene med dine egne erfaringer?»: 1: 0, 2: 0, 3: 2, 4: 7, 5: 4." in alt_text
    assert "15 deltakere, 13 evalueringsskjemaer levert." in [p.text for p in document.paragraphs]
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert "Krisetelefonen på kveldstid." in bullets


def test_the_status_per_theme_is_a_column_of_the_overviews_marks_on_a_portrait_page(stovner_nb):
    document = Document(str(stovner_nb))
    rows = [[cell.text for cell in row.cells] for row in document.tables[-1].rows]
    assert rows[0] == ["Tema", "Stovner", "Status"] and len(rows) == 1 + 22
    assert rows[1] == ["3.1 Holdninger – hvordan man blir møtt", "+", "Positiv"]
    by_code = {row[0].split()[0]: row[1:] for row in rows[1:]}
    assert by_code["4.9"] == ["−", "Utfordring"] and by_code["3.2"] == ["±", "Blandet"]
    assert by_code["3.3"] == ["·", "Ikke drøftet"]
    assert document.sections[-1].orientation == WD_ORIENT.PORTRAIT


def column_widths_cm(grid) -> list[float]:
    return [column.width / Cm(1) for column in grid.columns if column.width is not None]


def repeats_header_and_keeps_rows_whole(grid) -> bool:
    flags = [row._tr.xpath("./w:trPr/w:tblHeader/@w:val | ./w:trPr/w:cantSplit/@w:val") for row in grid.rows]
    kinds = [row._tr.xpath("name(./w:trPr/*[self::w:tblHeader or self::w:cantSplit])") for row in grid.rows]
    return all(flag == ["true"] for flag in flags) and kinds[0] == "w:tblHeader" and \
        all(kind == "w:cantSplit" for kind in kinds[1:])


def test_a4_pages_and_tables_that_read_on_paper(stovner_nb):
    document = Document(str(stovner_nb))
    first = document.sections[0]
    assert (round(first.page_width / Cm(1), 1), round(first.page_height / Cm(1), 1)) == (21.0, 29.7)
    usable = (first.page_width - first.left_margin - first.right_margin) / Cm(1)
    for grid in document.tables:
        assert repeats_header_and_keeps_rows_whole(grid)
    *portrait, measures, display = document.tables  # the measures alone on landscape pages, then portrait again
    for grid in (*portrait, display):
        assert sum(column_widths_cm(grid)) == pytest.approx(usable, abs=0.05)
    first, landscape, last = document.sections
    wide = (landscape.page_width - landscape.left_margin - landscape.right_margin) / Cm(1)
    assert landscape.orientation == WD_ORIENT.LANDSCAPE and last.orientation == WD_ORIENT.PORTRAIT
    assert (last.page_width, last.page_height) == (first.page_width, first.page_height)
    assert measures.rows[0].cells[1].text == "Tiltak"  # its words kept whole: see test_minutes_reading
    assert sum(column_widths_cm(measures)) == pytest.approx(wide, abs=0.05)


def test_the_agenda_shows_added_minutes_and_pauses_of_the_group_work(tmp_path):
    from dialog.core.phase_clock import add_minutes, toggle_pause
    from dialog.core.phases import move_to_phase

    path = tmp_path / "c.dialog.sqlite"
    db = create_conference(path, ConferenceFacts("Alna", "2026-11-25"))
    move_to_phase(db, "group_work", at="2026-11-25T10:00:00+01:00")
    toggle_pause(db, "group_work", "2026-11-25T10:30:00+01:00")
    toggle_pause(db, "group_work", "2026-11-25T10:45:00+01:00")
    add_minutes(db, "group_work", 5)
    add_minutes(db, "group_work", 5)
    move_to_phase(db, "plenary", at="2026-11-25T11:20:00+01:00")
    toggle_pause(db, "plenary", "2026-11-25T11:30:00+01:00")  # left paused when the phase ended
    move_to_phase(db, "evaluation", at="2026-11-25T12:00:00+01:00")
    db.close()
    document = Document(str(export_minutes(path, tmp_path / "referat.docx")))
    agenda = table_after(document, "Dagsorden slik den ble gjennomført")
    rows = {row.cells[0].text: row.cells[3].text for row in agenda.rows}
    assert rows["Gruppearbeid"] == "10:00–11:20 (+10 min, pause 15 min)"
    assert rows["Plenum"] == "11:20–12:00 (pause 30 min)"
    assert rows["Evaluering"].startswith("12:00–") and "(" not in rows["Evaluering"]


def test_small_evaluations_are_suppressed_and_free_text_kept_exactly(tmp_path):
    path = tmp_path / "x.dialog.sqlite"
    db = create_conference(path, ConferenceFacts("Ullern", "2007-09-05"))
    add_response(db, {"useful": 5, "comments": "Første linje\nandre linje\tmed tab"})
    add_response(db, {"useful": 4})
    db.close()
    document = Document(str(export_minutes(path, tmp_path / "m.docx")))
    rows = [[cell.text for cell in row.cells] for row in table_after(document, "Evaluering").rows]
    useful = next(row for row in rows if row[0].endswith(". Hvor nyttig var konferansen alt i alt?"))
    assert useful[1:] == ["2", "–", "færre enn 3 svar – vises ikke"]
    assert len(document.inline_shapes) == 0  # no chart for a suppressed breakdown
    assert "Første linje\nandre linje\tmed tab" in [p.text for p in document.paragraphs]


def test_notes_and_quotes_are_attributed_by_role_letter_only(stovner_nb):
    import re

    bullets = [p.text for p in Document(str(stovner_nb)).paragraphs if p.style.name == "List Bullet"]
    attributions = {match for text in bullets for match in re.findall(r"\(([^()]*)\)$", text)}
    letters = {a for a in attributions if re.fullmatch(r"[A-ZÆØÅ]{1,3}[0-9]{0,2}", a)}
    assert {"B", "B1", "B2", "T", "L", "P", "D", "BO"} <= letters
    # Anything else in brackets at the end of a bullet is a measure's responsible level, never a person.
    assert all(a in letters or a.startswith("ansvar: ") for a in attributions)


def organisation_template(folder: Path) -> Path:
    template = Document()
    template.styles["Heading 1"].font.color.rgb = RGBColor(0x80, 0x00, 0x20)
    template.styles["Heading 1"].font.name = "Georgia"
    section = template.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.header.paragraphs[0].text = "Oslo kommune – Bydel Stovner"
    template.add_paragraph("Denne malteksten skal ikke med i referatet.")
    path = folder / "mal.docx"
    template.save(path)
    return path


def test_the_organisation_template_is_used(stovner_template, tmp_path):
    template = organisation_template(tmp_path)
    document = Document(str(export_minutes(stovner_template, tmp_path / "m.docx", template=template)))
    heading = next(p for p in document.paragraphs if p.style.name == "Heading 1")
    assert heading.style.font.color.rgb == RGBColor(0x80, 0x00, 0x20)
    assert heading.style.font.name == "Georgia"
    assert document.sections[0].header.paragraphs[0].text == "Oslo kommune – Bydel Stovner"
    assert abs(document.sections[0].page_width - Cm(21.0)) < Cm(0.01)
    assert "Denne malteksten skal ikke med i referatet." not in [p.text for p in document.paragraphs]


@pytest.mark.parametrize("make, words", [
    (lambda folder: folder / "borte.docx", "no such file"),
    (lambda folder: folder, "is a folder"),
    (lambda folder: (folder / "tull.docx").write_bytes(b"not a zip") and folder / "tull.docx", "cannot be read"),
])
def test_a_bad_template_is_refused_and_nothing_written(cli, stovner, exports, tmp_path, make, words):
    template = make(_folder(tmp_path))
    before = tree_digest(tmp_path)
    result = cli("export", str(stovner), "--template", str(template))
    assert result.code == 2 and words in result.err
    assert tree_digest(tmp_path) == before


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    return folder


def test_cli_default_names_and_never_overwrite(cli, stovner, exports):
    first = cli("export", str(stovner)).out.strip()
    second = cli("export", str(stovner)).out.strip()
    english = cli("export", str(stovner), "--lang", "en").out.strip()
    assert Path(first).name == "2007-10-17-stovner-referat.docx"
    assert Path(second).name == "2007-10-17-stovner-referat-2.docx"
    assert Path(english).name == "2007-10-17-stovner-minutes.docx"


def test_csv_export(cli, stovner, exports):
    folder = Path(cli("export", str(stovner), "--format", "csv").out.strip())
    notes = (folder / "notes.csv").read_text(encoding="utf-8").splitlines()
    measures = (folder / "measures.csv").read_text(encoding="utf-8").splitlines()
    assert notes[0] == "district,date,conference_id,group,themes,themes_text,kind,kind_text,role_letter,text"
    assert len(notes) == 1 + 28 and len(measures) == 1 + 8
    with (folder / "evaluation.csv").open(encoding="utf-8", newline="") as handle:
        answers = list(csv.DictReader(handle))
    assert {row["form"] for row in answers} == {str(n) for n in range(1, 14)}


@pytest.mark.slow
def test_libreoffice_renders_the_minutes(stovner_nb, tmp_path):
    """Run with ``pytest -m slow``: LibreOffice turns the minutes into a PDF of several pages."""
    import re
    import shutil
    import subprocess

    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        pytest.skip("LibreOffice is not installed")
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(stovner_nb)],
                   check=True, capture_output=True, timeout=180)
    pdf = (tmp_path / "referat.pdf").read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pdf.startswith(b"%PDF") and pages >= 6
