"""The minutes as their reader meets them: when they were exported, an outline without skipped levels, one figure
whose bars share a scale, each theme's status in the overview's marks, and counts said the right way round."""

from __future__ import annotations

import io
import itertools
from datetime import datetime
from pathlib import Path

import pytest
from docx import Document
from PIL import Image

from dialog.core.attendance import set_attendance
from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.database import open_conference
from dialog.core.evaluation import add_response
from dialog.core.overview import DISPLAY_MARKS
from dialog.export.charts import BAR, PLOT, Panel, Scale, common_scale, layout
from dialog.export.minutes_docx import build_minutes, export_minutes
from dialog.i18n import CATALOGUES
from tests.office import convert, pdf_outline

STOVNER_SCORES = [  # answers per score 1-5 to the demo's five scale questions, as its evaluation table gives them
    {1: 0, 2: 0, 3: 2, 4: 7, 5: 4},
    {1: 0, 2: 0, 3: 1, 4: 8, 5: 4},
    {1: 0, 2: 0, 3: 1, 4: 4, 5: 8},
    {1: 0, 2: 0, 3: 3, 4: 7, 5: 3},
    {1: 0, 2: 0, 3: 0, 4: 8, 5: 5},
]


def read(data: bytes):
    return Document(io.BytesIO(data))


@pytest.fixture(scope="module")
def minutes(stovner_template) -> dict[str, bytes]:
    moment = datetime.fromisoformat("2026-12-02T14:05:00+01:00")
    return {language: build_minutes(stovner_template, language, exported_at=moment) for language in ("nb", "nn", "en")}


def heading_levels(document) -> list[tuple[int, str]]:
    """Every heading in order as (level, text), the title as level 0."""
    levels = []
    for paragraph in document.paragraphs:
        name = paragraph.style.name
        if name == "Title" or name.startswith("Heading "):
            levels.append((0 if name == "Title" else int(name.split()[1]), paragraph.text))
    return levels


# When, and at which phase -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, line", [
    ("nb", "Eksportert 2. desember 2026 kl. 14.05, fase: Avslutning"),
    ("en", "Exported on 2 December 2026 at 14:05, phase: Closing"),
])
def test_under_the_date_a_line_says_when_the_minutes_were_exported_and_at_which_phase(minutes, language, line):
    assert [p.text for p in read(minutes[language]).paragraphs][2] == line


def test_minutes_exported_mid_conference_name_that_phase_and_today(tmp_path):
    path = tmp_path / "c.dialog.sqlite"
    create_conference(path, ConferenceFacts("Alna", "2026-11-25")).close()
    document = Document(str(export_minutes(path, tmp_path / "referat.docx")))
    line = document.paragraphs[2].text
    today = datetime.now().astimezone()
    assert line.startswith(f"Eksportert {today.day}. ") and line.endswith(", fase: Forberedelse")


# The outline ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_no_heading_skips_a_level(minutes, language):
    levels = heading_levels(read(minutes[language]))
    assert levels[0][0] == 0 and [level for level, _ in levels].count(1) == 10
    skips = [(before, after) for before, after in itertools.pairwise(levels) if after[0] > before[0] + 1]
    assert skips == []


def test_plenary_and_evaluation_have_their_parts_one_level_down(minutes):
    levels = heading_levels(read(minutes["nb"]))
    under = {}
    for level, text in levels:
        if level == 1:
            parent = text
        elif level == 2:
            under.setdefault(parent, []).append(text)
    assert under["Plenum"] == ["Prioriteringer", "Enighet", "Uenighet", "Andre punkter"]
    assert under["Evaluering"] == ["Var det noe som manglet?", "Hva bør bydelen følge opp først?", "Andre kommentarer"]


def test_a_pdf_made_by_libreoffice_nests_its_bookmarks_as_the_headings_are_levelled(minutes, tmp_path):
    source = tmp_path / "referat.docx"
    source.write_bytes(minutes["nb"])
    outline = pdf_outline(convert(source, "pdf", tmp_path / "profile"))
    levels = [(level, text) for level, text in heading_levels(read(minutes["nb"])) if level]
    assert sorted(outline) == sorted(levels) and len(outline) == 49


# The figure -------------------------------------------------------------------------------------------------------

def test_the_evaluation_has_one_figure_sized_by_its_panels_and_as_wide_as_the_text(minutes):
    document = read(minutes["nb"])
    [shape] = document.inline_shapes
    image = figure(document)
    places = layout(5)
    assert image.size == (places.width, places.height) and (places.columns, places.rows) == (5, 1)
    section = document.sections[0]
    assert shape.width == pytest.approx(section.page_width - section.left_margin - section.right_margin, rel=0.001)
    caption = next(p.text for p in document.paragraphs if p.text.startswith("Figur 1:"))
    assert caption.endswith("Alle søylene har samme skala, fra 0 til 13 svar.")


def figure(document) -> Image.Image:
    """The document's first picture, as it is stored in the file."""
    blip = document.inline_shapes[0]._inline.graphic.graphicData.pic.blipFill.blip.embed
    return Image.open(io.BytesIO(document.part.related_parts[blip].blob)).convert("RGB")


def bar_height(image: Image.Image, panel: int, score: int, scores: int = 5) -> int:
    """How many pixels of bar colour stand above the zero line at the centre of one bar."""
    places = layout(5)
    x = round(places.bar_centres(panel, scores)[score - 1])
    baseline = places.baseline(panel)
    return sum(1 for y in range(baseline - PLOT - 2, baseline) if image.getpixel((x, y)) == BAR)


def test_every_bar_is_drawn_on_one_scale_so_seven_stands_lower_than_eight(minutes):
    image = figure(read(minutes["nb"]))
    heights = [[bar_height(image, panel, score) for score in range(1, 6)] for panel in range(5)]
    scale = common_scale([Panel(str(n), counts) for n, counts in enumerate(STOVNER_SCORES, start=1)])
    assert scale == Scale(13, (0, 5, 10, 13))
    assert heights == [[scale.height(counts[score]) for score in range(1, 6)] for counts in STOVNER_SCORES]
    seven, eight = heights[0][3], heights[1][3]  # question 1's 4s and question 2's 4s
    assert seven < eight and eight == heights[2][4] == heights[4][3]
    assert abs(seven / eight - 7 / 8) < 0.02


@pytest.mark.parametrize("top, ticks", [(1, (0, 1)), (3, (0, 1, 2, 3)), (11, (0, 5, 11)), (14, (0, 5, 10, 14)),
                                        (35, (0, 10, 20, 30, 35)), (100, (0, 20, 40, 60, 80, 100))])
def test_the_axis_is_labelled_at_round_steps_and_at_n(top, ticks):
    assert common_scale([Panel("1", {1: top}), Panel("2", {1: 1})]) == Scale(top, ticks)


def test_more_questions_than_fit_across_continue_on_a_second_row():
    assert (layout(7).columns, layout(7).rows) == (5, 2)
    assert (layout(2).columns, layout(2).rows) == (2, 1)


@pytest.mark.parametrize("key", ["minutes.answers", "minutes.panel"])
def test_the_words_drawn_in_the_figure_are_plain_ascii_for_its_font(key):
    assert all(CATALOGUES[language][key].isascii() for language in ("nb", "en"))


# The status per theme ---------------------------------------------------------------------------------------------

def test_statuses_worked_out_from_the_notes_carry_an_asterisk_and_a_legend_line(stovner, tmp_path):
    db = open_conference(stovner)
    db.execute("DELETE FROM display_status WHERE theme_code IN ('4.9', '3.1')")
    db.close()
    document = Document(str(export_minutes(stovner, tmp_path / "referat.docx")))
    rows = {row.cells[0].text.split()[0]: [cell.text for cell in row.cells[1:]] for row in document.tables[-1].rows}
    assert rows["4.9"] == ["±*", "Blandet"]  # the crisis group wrote both what works and what does not
    assert rows["3.1"] == ["·", "Ikke drøftet"]  # no group had that theme: nothing was read from notes
    assert rows["4.10"] == ["+", "Positiv"]  # set by the leader
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"][-2:]
    assert captions == ["+ Positiv   ± Blandet   − Utfordring   · Ikke drøftet",
                        "* Utledet fra gruppenotatene om temaet, ikke satt av prosesslederen."]


def test_when_the_leader_set_every_status_there_is_no_asterisk_and_no_line_for_it(minutes):
    document = read(minutes["en"])
    marks = [row.cells[1].text for row in document.tables[-1].rows[1:]]
    assert set(marks) <= set(DISPLAY_MARKS.values())
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions[-1] == "+ Positive   ± Mixed   − Challenge   · Not discussed"
    assert document.tables[-1].rows[0].cells[1].text == "Stovner"


# Counts ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, line", [
    ("nb", "15 deltakere, 13 evalueringsskjemaer levert."),
    ("en", "15 participants, 13 evaluation forms returned."),
])
def test_participants_and_forms_are_two_counts_side_by_side(minutes, language, line):
    paragraphs = [p.text for p in read(minutes[language]).paragraphs]
    assert line in paragraphs
    assert not any(text.startswith(("Merk: flere skjemaer", "Note: more forms")) for text in paragraphs)


def one_of_each(folder: Path, forms: int) -> Path:
    path = folder / "liten.dialog.sqlite"
    db = create_conference(path, ConferenceFacts("Ullern", "2007-09-05"))
    set_attendance(db, {"user": 1})
    for _ in range(forms):
        add_response(db, {"useful": 4})
    db.close()
    return path


@pytest.mark.parametrize("language, line", [
    ("nb", "1 deltaker, 1 evalueringsskjema levert."),
    ("en", "1 participant, 1 evaluation form returned."),
])
def test_one_of_each_is_said_in_the_singular(tmp_path, language, line):
    document = read(build_minutes(one_of_each(tmp_path, 1), language))
    assert line in [p.text for p in document.paragraphs]


@pytest.mark.parametrize("language, line, note", [
    ("nb", "1 deltaker, 3 evalueringsskjemaer levert.", "Merk: flere skjemaer enn deltakere – kanskje svarte noen "
     "både på papir og på telefon, eller oppmøtet er ført for lavt."),
    ("en", "1 participant, 3 evaluation forms returned.", "Note: more forms than participants – perhaps someone "
     "answered both on paper and by phone, or the attendance was under-counted."),
])
def test_more_forms_than_participants_gets_one_line_for_the_reader(tmp_path, language, line, note):
    paragraphs = [p.text for p in read(build_minutes(one_of_each(tmp_path, 3), language)).paragraphs]
    assert paragraphs[paragraphs.index(line) + 1] == note


@pytest.mark.parametrize("demo", ["stovner", "bjerke"])
def test_every_word_in_every_table_is_whole_on_the_printed_page(demo, tmp_path):
    """A column narrower than a word breaks it mid-word ("Kontaktpersonen/e", "Kommunikasjons/rådgiver")."""
    from dialog.core.demo import build_demo
    from tests.office import pdf_pages

    source = tmp_path / "referat.docx"
    source.write_bytes(build_minutes(build_demo(tmp_path / "demo", demo), "nb"))
    printed = " ".join(pdf_pages(convert(source, "pdf", tmp_path / "profile")))
    words = {word.strip("«».,;:()") for table in read(source.read_bytes()).tables for row in table.rows
             for cell in row.cells for word in cell.text.split()}
    long_words = {word for word in words if len(word) >= 8}
    assert len(long_words) > 20
    assert sorted(word for word in long_words if word not in printed) == []


# The room's answers beside each finding --------------------------------------------------------------------------

@pytest.mark.parametrize("language, room, comments, everyone, groups", [
    ("nb", "Svar fra salen på mobil:", "Kommentarer fra salen:", "Alle", "Gruppearbeid"),
    ("en", "The room's answers by phone:", "Comments from the room:", "Everyone", "Group work"),
])
def test_each_finding_shares_its_page_with_the_rooms_answers_to_it(minutes, tmp_path, language, room, comments,
                                                                  everyone, groups):
    """The finding, the leader's record of the response, the room's line, its table and the comments' lead-in
    are printed on one page: no heading or table is left at the foot of a page without them."""
    import re

    from tests.office import pdf_pages

    source = tmp_path / "referat.docx"
    source.write_bytes(minutes[language])
    findings = [p.text for p in read(minutes[language]).paragraphs
                if p.style.name == "Heading 2" and re.match(r"\d+\. ", p.text)]
    where: dict[int, dict[str, int]] = {}
    current = 0
    for page, text in enumerate(pdf_pages(convert(source, "pdf", tmp_path / "profile"))):
        for line in text.splitlines():
            line = line.strip()
            if line == groups:  # the findings are over
                current = -1
            if current < 0:
                break
            if current < len(findings) and line.startswith(f"{current + 1}. ") and \
                    findings[current].startswith(line[:20]):
                current += 1
                where[current] = {"heading": page}
            elif current:
                for mark in (room, comments, everyone):
                    if line.startswith(mark) and mark not in where[current]:
                        where[current][mark] = page
    assert len(where) == len(findings) >= 5
    assert all(room in marks for marks in where.values())
    assert sum(everyone in marks for marks in where.values()) >= 5
    assert {number: set(marks.values()) for number, marks in where.items()} == {
        number: {marks["heading"]} for number, marks in where.items()}
