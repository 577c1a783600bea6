"""The organiser's overview of the 15 Oslo conferences, built with `dialog import` from JSON fixtures."""

from __future__ import annotations

import csv
import shutil
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Cm

from dialog.core.overview import build_overview
from dialog.export.dates import short_date
from tests.conftest import tree_digest

FIXTURES = Path(__file__).parent / "fixtures" / "oslo"
# The BSB Oslo final report's overview table (DOMAIN.md): interviews, informants, participants.
OSLO_TABLE = {
    "Gamle Oslo": (4, 15, 33), "Vestre Aker": (3, 15, 12), "St. Hanshaugen": (5, 16, 21),
    "Nordre Aker": (4, 14, 19), "Østensjø": (4, 20, 19), "Frogner": (4, 20, 24), "Alna": (3, 18, 29),
    "Stovner": (6, 17, 15), "Søndre Nordstrand": (3, 15, 16), "Bjerke": (4, 20, 11), "Grünerløkka": (4, 12, 19),
    "Nordstrand": (3, 13, 32), "Ullern": (4, 14, 16), "Sagene": (4, 13, 23), "Grorud": (4, 15, 20),
}


@pytest.fixture
def oslo(cli, tmp_path) -> Path:
    """The 15 conferences, each imported with `dialog import` into its own 'laptop' folder."""
    root = tmp_path / "collected"
    for number, fixture in enumerate(sorted(FIXTURES.glob("*.json"))):
        result = cli("--sessions", str(root / f"laptop-{number % 4}"), "import", str(fixture))
        assert result.code == 0, result.err
    return root


def word_tables(path: Path) -> list[list[list[str]]]:
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in Document(path).tables]


def test_the_overview_reproduces_the_final_reports_table(oslo, cli, exports):
    before = tree_digest(oslo)
    result = cli("--lang", "en", "overview", "--lang", "en", str(oslo))
    assert result.code == 0 and result.err == ""
    attendance = word_tables(Path(result.out.strip()))[0]
    assert attendance[0] == ["District", "Date", "Interviews", "Informants", "Participants", "Forms returned"]
    rows = {row[0]: tuple(int(cell) for cell in row[2:5]) for row in attendance[1:-1]}
    assert rows == OSLO_TABLE
    assert attendance[-1][:5] == ["Total", "", "59", "237", "309"]
    overview = build_overview([oslo])
    assert overview.totals()["participants"] == 309
    assert int(attendance[-1][5]) == sum(c.forms for c in overview.conferences)
    # In date order (the fixtures' laptops hold them in another order), each with its date.
    assert [row[1] for row in attendance[1:-1]] == [short_date(c.date, "en") for c in overview.conferences]
    assert [c.date for c in overview.conferences] == sorted(c.date for c in overview.conferences)
    assert tree_digest(oslo) == before  # reading changes nothing


def test_the_same_conference_twice_is_counted_once_and_reported(oslo, cli, exports, tmp_path):
    stovner = next(oslo.rglob("*stovner*.dialog.sqlite"))
    second_laptop = tmp_path / "usb-stick"
    second_laptop.mkdir()
    shutil.copy(stovner, second_laptop / "stovner #2?.dialog.sqlite")  # any file name works
    result = cli("--lang", "en", "overview", "--lang", "en", str(oslo), str(second_laptop))
    assert result.code == 0
    assert result.err.count("\n") == 1 and result.err.startswith("found twice, counted once: ")
    assert "holds as much" in result.err  # the same contents: the more recently changed copy counts
    attendance = word_tables(Path(result.out.strip()))[0]
    assert attendance[-1][:5] == ["Total", "", "59", "237", "309"]
    assert [row[0] for row in attendance[1:-1]].count("Stovner") == 1
    # Handed only the CSV folder, a reader still learns that a copy was counted once.
    folder = Path(cli("overview", "--lang", "en", str(oslo), str(second_laptop), "--format", "csv").out.strip())
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert readme.count("\nNot in these files:\n- ") == 1 and "holds as much" in readme.split("Not in these files:")[1]


def test_unreadable_files_are_left_out_with_one_line_each(oslo, cli, exports):
    (oslo / "notes.dialog.sqlite").write_text("not a database")
    (oslo / "empty.dialog.sqlite").write_bytes(b"")
    result = cli("--lang", "en", "overview", "--lang", "en", str(oslo))
    assert result.code == 0
    assert sorted(line.split(":")[0] for line in result.err.splitlines()) == ["left out", "left out"]
    assert sorted(line.count("notes.dialog.sqlite") + line.count("empty.dialog.sqlite")
                  for line in result.err.splitlines()) == [1, 1]  # each line names its file, once
    nothing = cli("--lang", "en", "overview", "--lang", "en", str(exports))
    assert nothing.code == 2 and nothing.err.startswith("dialog: no conference files were found in ")


def test_the_matrix_reads_correctly_in_word(oslo, cli, exports):
    overview = build_overview([oslo])
    result = cli("--lang", "en", "overview", "--lang", "en", str(oslo))
    document = Document(Path(result.out.strip()))
    matrix = document.tables[1]
    header = [cell.text for cell in matrix.rows[0].cells]
    assert header[0] == "Theme" and header[1:] == [c.district for c in overview.conferences]
    assert all(cell._tc.tcPr.xpath("./w:textDirection/@w:val") == ["btLr"] for cell in matrix.rows[0].cells[1:])
    marks = {"positive": "+", "mixed": "±", "challenge": "−", "not_discussed": "·"}
    by_code = {row.cells[0].text.split()[0]: [cell.text for cell in row.cells[1:]] for row in matrix.rows[1:]}
    for column, conference in enumerate(overview.conferences):
        for code, status in conference.display.items():
            assert by_code[code][column] == marks[status]
    assert len(by_code) == len(overview.themes)
    counts = document.tables[2]
    total = sum(int(cell.text) for row in counts.rows[1:] for cell in row.cells[1:] if cell.text)
    assert total == sum(1 for c in overview.conferences for m in c.measures if m["theme_code"])


def test_the_measures_list_fills_the_landscape_page_and_repeats_its_header(oslo, cli, exports):
    from tests.test_minutes_docx import column_widths_cm, repeats_header_and_keeps_rows_whole

    result = cli("--lang", "en", "overview", "--lang", "en", str(oslo))
    document = Document(Path(result.out.strip()))
    measures = next(grid for grid in document.tables if grid.rows[0].cells[2].text == "Measure")
    section = document.sections[1]  # the matrices and the measures; the evaluation is portrait again
    assert section.page_width > section.page_height and len(document.sections) == 3
    assert document.sections[2].page_width < document.sections[2].page_height
    usable = (section.page_width - section.left_margin - section.right_margin) / Cm(1)
    widths = column_widths_cm(measures)
    assert sum(widths) == pytest.approx(usable, abs=0.05)
    assert widths[2] == max(widths)  # the measure's own words get the widest column
    assert repeats_header_and_keeps_rows_whole(measures) and len(measures.rows) > 20


def test_measures_across_conferences_filter_and_overdue(oslo):
    overview = build_overview([oslo])
    everything = overview.measures(today=date(2008, 6, 1))
    assert len(everything) == sum(len(c.measures) for c in overview.conferences) >= 30
    assert {m["district"] for m in everything} == set(OSLO_TABLE)
    done = overview.measures(status="done")
    assert done and all(m["status"] == "done" for m in done)
    assert all(m["level"] == "dps" for m in overview.measures(level="dps"))
    assert {m["district"] for m in overview.measures(district="Alna")} == {"Alna"}
    overdue = [m for m in everything if m["overdue"]]
    assert overdue and all(m["deadline"] < "2008-06-01" and m["status"] != "done" for m in overdue)
    assert not any(m["overdue"] for m in overview.measures(today=date(2007, 12, 31)))


def test_evaluation_across_conferences_hides_small_counts(oslo, cli, exports):
    overview = build_overview([oslo])
    result = cli("--lang", "en", "overview", "--lang", "en", str(oslo))
    document = Document(Path(result.out.strip()))
    codes = [scale["code"] for scale in overview.conferences[0].scales]
    questions = [scale["text_en"] for scale in overview.conferences[0].scales]
    sections = evaluation_sections(document, questions)
    assert list(sections) == questions
    useful = sections[questions[codes.index("useful")]]
    shown = {row[0]: row for row in useful["rows"]}
    small = [c for c in overview.conferences if c.forms < 3]
    assert small  # the fixtures have districts with two forms
    for conference in overview.conferences:
        scale = next(s for s in conference.scales if s["code"] == "useful")
        if scale["suppressed"]:
            assert conference.district not in shown and f"{conference.district} ({scale['count']})" in useful["text"]
        else:
            assert shown[conference.district][1:] == [
                str(scale["count"]), f"{scale['mean']:.1f}", "/".join(str(n) for n in scale["distribution"].values())]
    assert {c.district for c in small} <= {c.district for c in overview.conferences} - set(shown)
    assert useful["text"].startswith("Fewer than 3 answers, not shown to protect anonymity")
    # Nobody answered "matched" in the fixtures: no table, no mean of nothing, one line that says so.
    matched = sections[questions[codes.index("matched")]]
    assert matched == {"rows": [], "text": "Nobody answered this question at any of the conferences."}


def evaluation_sections(document, questions: list[str]) -> dict[str, dict]:
    """Under each question's heading: its table's rows (header left out) and the text of its paragraphs."""
    sections: dict[str, dict] = {}
    current = None
    body = document.element.body
    for child in body.iterchildren():
        if child.tag.endswith("}p"):
            text = "".join(node.text or "" for node in child.iter() if node.tag.endswith("}t"))
            if text in questions:
                current = sections.setdefault(text, {"rows": [], "text": ""})
            elif current is not None and text.strip():
                if any(text == title for title in ("Files read",)):
                    current = None
                else:
                    current["text"] += text
        elif child.tag.endswith("}tbl") and current is not None:
            rows = [["".join(node.text or "" for node in cell.iter() if node.tag.endswith("}t"))
                     for cell in row.iterchildren() if cell.tag.endswith("}tc")]
                    for row in child.iterchildren() if row.tag.endswith("}tr")]
            current["rows"] += rows[1:]
    return sections


def test_csv_for_analysis(oslo, cli, exports):
    result = cli("overview", str(oslo), "--format", "csv", "--lang", "en")
    folder = Path(result.out.strip())
    assert sorted(p.name for p in folder.iterdir()) == ["README.txt", "attendance.csv", "display-matrix.csv",
                                                        "evaluation.csv", "measures.csv", "notes.csv"]
    with (folder / "attendance.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    conferences, total = rows[:-1], rows[-1]
    assert len(conferences) == 15 and sum(int(r["participants"]) for r in conferences) == 309
    assert sum(int(r["interviews"]) for r in conferences) == 59
    assert sum(int(r["informants"]) for r in conferences) == 237
    assert total["district"] == "Total" and total["conference_id"] == "" and total["participants"] == "309"


async def test_the_overview_screen_changes_a_status_in_the_right_file(cli, tmp_path):
    from textual.widgets import DataTable, Select

    from dialog.core.database import open_conference
    from dialog.core.vocabulary import MEASURE_STATUSES
    from dialog.tui.app import create_app
    from dialog.tui.screens.choice import ChoiceScreen
    from tests.tui_helpers import open_overview, settle

    sessions = tmp_path / "sessions"
    for fixture in sorted(FIXTURES.glob("*.json")):
        assert cli("--sessions", str(sessions), "import", str(fixture)).code == 0
    app = create_app(sessions)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        screen = await open_overview(pilot)
        attendance = screen.query_one("#attendance", DataTable)
        assert attendance.row_count == 16
        assert [str(cell) for cell in attendance.get_row_at(15)][:4] == ["Total", "59", "237", "309"]
        matrix = screen.query_one("#matrix", DataTable)
        assert matrix.row_count == len(screen.overview.themes) and len(matrix.columns) == 16
        evaluation = screen.query_one("#evaluation", DataTable)
        small = [i for i, c in enumerate(screen.overview.conferences) if c.forms < 3]
        assert all(str(evaluation.get_row_at(r)[i + 1]) == "–" for r in range(evaluation.row_count) for i in small)

        await pilot.press("ctrl+pagedown")
        await settle(pilot)
        measures = screen.query_one("#measures", DataTable)
        measures.focus()
        row = next(i for i, m in enumerate(screen.shown_measures) if m["status"] != "done")
        target = screen.shown_measures[row]
        measures.move_cursor(row=row)
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        steps = MEASURE_STATUSES.index("done") - MEASURE_STATUSES.index(target["status"])
        await pilot.press(*(["down"] * steps), "enter")
        await settle(pilot)
        await settle(pilot)
        db = open_conference(target["path"])
        try:
            assert db.execute("SELECT status FROM measure WHERE id = ?", [target["id"]]).fetchone()[0] == "done"
        finally:
            db.close()
        assert next(m for m in screen.shown_measures if m["id"] == target["id"])["status"] == "done"

        screen.query_one("#filter-status", Select).value = "done"
        await settle(pilot)
        assert screen.shown_measures and all(m["status"] == "done" for m in screen.shown_measures)
        assert {str(measures.get_row_at(i)[5]) for i in range(measures.row_count)} == {"Done"}


def test_a_status_is_written_only_to_the_conference_it_came_from(oslo):
    from dialog.core.errors import DialogError
    from dialog.core.overview import write_measure_status

    overview = build_overview([oslo])
    measure = overview.measures()[0]
    other = next(c for c in overview.conferences if c.id != measure["conference_id"])
    before = tree_digest(oslo)
    for arguments in ((measure["path"], other.id, measure["id"], "done"),  # the file holds another conference
                      (measure["path"], measure["conference_id"], "no-such-measure", "done"),
                      (measure["path"], measure["conference_id"], measure["id"], "finished")):  # not a status
        with pytest.raises(DialogError):
            write_measure_status(*arguments)
    assert {k: v for k, v in tree_digest(oslo).items() if not k.endswith(("-wal", "-shm"))} == before
