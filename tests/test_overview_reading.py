"""The overview of the 15 Oslo conferences as LibreOffice lays it out: whole words in every table, every page
numbered and headed, an outline without skipped levels, and the evaluation without pages of empty rows."""

from __future__ import annotations

import io
import itertools
from datetime import date, datetime
from pathlib import Path

import pytest

from dialog.core.overview import build_overview
from dialog.export.dates import short_date
from dialog.export.json_format import import_json
from dialog.export.overview_docx import build_overview_docx
from tests.office import convert, pdf_outline, pdf_pages

FIXTURES = Path(__file__).parent / "fixtures" / "oslo"
MADE_AT = datetime.fromisoformat("2026-12-02T14:05:00+01:00")
HEADERS = {
    "nb": ["Bydel", "Dato", "Intervjuer", "Informanter", "Deltakere", "Skjemaer levert"],
    "en": ["District", "Date", "Interviews", "Informants", "Participants", "Forms returned"],
}
TITLES = {"nb": ("Oversikt over dialogkonferansene", "Side {page} av {pages}"),
          "en": ("Overview of the dialogue conferences", "Page {page} of {pages}")}


@pytest.fixture(scope="module")
def oslo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("oslo")
    for fixture in sorted(FIXTURES.glob("*.json")):
        import_json(fixture, folder)
    return folder


@pytest.fixture(scope="module")
def rendered(oslo, tmp_path_factory) -> dict[str, tuple[list[str], Path]]:
    """Each language's overview as LibreOffice prints it: the text of each page, and the PDF."""
    folder = tmp_path_factory.mktemp("rendered")
    overview = build_overview([oslo])
    result = {}
    for language in ("nb", "en"):
        source = folder / f"overview-{language}.docx"
        source.write_bytes(build_overview_docx(overview, language, today=date(2008, 6, 1), made_at=MADE_AT))
        pdf = convert(source, "pdf", folder / f"profile-{language}")
        result[language] = (pdf_pages(pdf), pdf)
    return result


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_attendance_table_keeps_every_header_word_and_date_whole(rendered, oslo, language):
    pages, _pdf = rendered[language]
    first = pages[0]
    words = [word for header in HEADERS[language] for word in header.split()]
    assert [word for word in words if word not in first] == []
    dates = [short_date(c.date, language) for c in build_overview([oslo]).conferences]
    assert len(dates) == 15 and [day for day in dates if day not in first] == []


@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_page_has_the_running_header_and_its_number_of_all(rendered, language):
    pages, _pdf = rendered[language]
    title, numbering = TITLES[language]
    assert 5 <= len(pages) <= 9  # it was 12 pages when each unanswered question listed every conference
    for number, text in enumerate(pages, start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines[0] == title
        assert lines[-1] == numbering.format(page=number, pages=len(pages))


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_outline_has_no_skipped_levels_and_no_heading_ends_a_page(rendered, language):
    pages, pdf = rendered[language]
    outline = pdf_outline(pdf)
    depths = [depth for depth, _title in outline]
    assert depths and depths[0] == 1 and all(b - a <= 1 for a, b in itertools.pairwise(depths))
    headings = {title for _depth, title in outline}
    for text in pages[:-1]:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines[-2] not in headings  # the last line before the page number


def test_a_question_nobody_answered_is_one_line_not_a_page_of_rows(rendered, oslo):
    pages, _pdf = rendered["en"]
    text = " ".join(" ".join(page.split()) for page in pages)
    conferences = build_overview([oslo]).conferences
    unanswered = [scale["text_en"] for scale in conferences[0].scales
                  if sum(s["count"] for c in conferences for s in c.scales if s["code"] == scale["code"]) == 0]
    assert unanswered  # the fixtures leave some questions unanswered everywhere
    assert text.count("Nobody answered this question at any of the conferences.") == len(unanswered)
    assert "fewer than 3 answers – not shown" not in text


def test_no_table_sets_its_first_column_apart_so_one_font_runs_through_every_row(oslo, stovner_template):
    """Light Grid's first-column look puts that column in the heading font: the measures table read as two fonts.
    Word 2007 reads only the look's bit mask, later Word and LibreOffice the attributes too: both say the same."""
    from docx import Document
    from docx.oxml.ns import qn

    from dialog.export.minutes_docx import build_minutes

    documents = [build_overview_docx(build_overview([oslo]), "nb"), build_minutes(stovner_template, "nb")]
    for data in documents:
        looks = [table._tbl.tblPr.find(qn("w:tblLook")) for table in Document(io.BytesIO(data)).tables]
        assert len(looks) > 5
        for look in looks:
            mask = int(look.get(qn("w:val")), 16)
            assert look.get(qn("w:firstColumn")) == "0" and not mask & 0x0080
            assert bool(mask & 0x0020) == (look.get(qn("w:firstRow")) == "1")
            assert bool(mask & 0x0040) == (look.get(qn("w:lastRow")) == "1")


@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_word_of_the_district_tables_is_whole_on_the_printed_page(rendered, language):
    """Attendance, measures and evaluation (the matrices' names run upwards and are read in Word's tests)."""
    from docx import Document

    pages, pdf = rendered[language]
    printed = " ".join(pages)
    document = Document(str(pdf.with_suffix(".docx")))
    district = HEADERS[language][0]
    words = {word.strip("«».,;:()") for table in document.tables if table.rows[0].cells[0].text == district
             for row in table.rows for cell in row.cells for word in cell.text.split()}
    long_words = {word for word in words if len(word) >= 8}
    assert len(long_words) > 20
    assert sorted(word for word in long_words if word not in printed) == []


@pytest.mark.parametrize("language, line", [
    ("nb", "Laget 2. desember 2026 kl. 14.05 av 15 konferansefiler."),
    ("en", "Made on 2 December 2026 at 14:05 from 15 conference files."),
])
def test_under_the_title_a_line_says_when_the_overview_was_made_and_from_how_many_files(rendered, language, line):
    pages, _pdf = rendered[language]
    assert line in " ".join(pages[0].split())
