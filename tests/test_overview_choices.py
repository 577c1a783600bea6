"""The overview as an organiser collecting files reads it: each conference counted on its own (two of one district
apart), demos out unless asked for, the fuller of two copies, in date order or the order given, a date column,
the organisation's template and overdue measures marked in words."""

from __future__ import annotations

import csv
import itertools
import os
import sqlite3
import time
from pathlib import Path

from docx import Document

from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.database import open_conference
from dialog.core.evaluation import add_response
from dialog.core.measures import add_measure
from dialog.core.overview import Overview, build_overview
from dialog.core.sessions import slugify
from dialog.export import overview_csv


def conference(folder: Path, district: str, day: str, *, themes: tuple[str, ...] = (), forms: int = 0,
               deadline: str | None = None, status: str = "proposed", demo: bool = False, language: str = "en") -> Path:
    """A conference file with a measure per theme code in ``themes`` and ``forms`` evaluation forms."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{day}-{slugify(district)}.dialog.sqlite"
    db = create_conference(path, ConferenceFacts(district=district, date=day, language=language), is_demo=demo)
    try:
        for number, theme in enumerate(themes):
            add_measure(db, text=f"Tiltak {number + 1} under {theme}", theme_code=theme, deadline=deadline,
                        status=status)
        for _ in range(forms):
            add_response(db, {"useful": 4}, source="paper")
    finally:
        db.close()
    return path


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def tables(path: Path) -> list[list[list[str]]]:
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in Document(path).tables]


def test_two_conferences_of_one_district_each_count_their_own_measures(cli, tmp_path, exports):
    folder = tmp_path / "alna"
    first = conference(folder, "Alna", "2007-11-05", themes=("3.9", "3.9"))
    second = conference(folder, "Alna", "2008-10-30", themes=("3.9", "4.9"))
    overview = build_overview([folder])
    ids = {c.date: c.id for c in overview.conferences}
    assert overview.measure_counts() == {("3.9", ids["2007-11-05"]): 2, ("3.9", ids["2008-10-30"]): 1,
                                         ("4.9", ids["2008-10-30"]): 1}

    result = cli("--lang", "en", "overview", "--lang", "en", str(folder), "--format", "csv")
    assert result.code == 0, result.err
    matrix = read_csv(Path(result.out.strip()) / "display-matrix.csv")
    counts = {(row["date"], row["theme"]): int(row["measures"]) for row in matrix if row["theme"] in ("3.9", "4.9")}
    assert counts == {("2007-11-05", "3.9"): 2, ("2008-10-30", "3.9"): 1, ("2007-11-05", "4.9"): 0,
                      ("2008-10-30", "4.9"): 1}
    assert {row["conference_id"] for row in matrix} == set(ids.values())

    word = tables(Path(cli("--lang", "en", "overview", "--lang", "en", str(folder)).out.strip()))
    matrix_and_counts = [table for table in word if table[0][1:] == ["Alna 5 Nov 2007", "Alna 30 Oct 2008"]]
    assert len(matrix_and_counts) == 2  # themes by district, then measures by theme and district
    rows = {row[0].split()[0]: row[1:] for row in matrix_and_counts[1][1:]}
    assert rows == {"3.9": ["2", "1"], "4.9": ["", "1"]}
    assert {first.name, second.name} <= {path.name for path in folder.iterdir()}


def test_the_overview_csv_asks_for_the_measure_counts_once(tmp_path, monkeypatch):
    folder = tmp_path / "many"
    for number in range(4):
        conference(folder, f"Bydel {number}", f"2008-01-0{number + 1}", themes=("3.9",))
    overview = build_overview([folder])
    asked = []
    counts = Overview.measure_counts
    monkeypatch.setattr(Overview, "measure_counts", lambda self: asked.append(1) or counts(self))
    matrix = overview_csv.overview_tables(overview)["display-matrix.csv"][1]
    assert len(matrix) == 4 * len(overview.themes) and sum(row["measures"] for row in matrix) == 4
    assert asked == [1]


def test_demos_are_left_out_unless_asked_for_and_marked_when_shown(cli, tmp_path, exports, stovner_template):
    folder = tmp_path / "collected"
    conference(folder, "Bjerke", "2007-10-18")
    (folder / stovner_template.name).write_bytes(stovner_template.read_bytes())

    plain = cli("--lang", "en", "overview", "--lang", "en", str(folder))
    assert plain.code == 0
    assert plain.err == ("left out: 1 demo conference (Stovner 2007-10-17); "
                         "'dialog overview --include-demos' counts it\n")
    assert [row[0] for row in tables(Path(plain.out.strip()))[0][1:]] == ["Bjerke", "Total"]
    readme = Path(cli("overview", "--lang", "en", str(folder), "--format", "csv").out.strip()) / "README.txt"
    assert readme.read_text(encoding="utf-8").endswith(
        "Not in these files:\n- left out: 1 demo conference (Stovner 2007-10-17); "
        "'dialog overview --include-demos' counts it\n")

    included = cli("--lang", "en", "overview", "--lang", "en", str(folder), "--include-demos")
    assert included.code == 0 and included.err == ""
    assert [row[0] for row in tables(Path(included.out.strip()))[0][1:]] == ["Stovner (demo)", "Bjerke", "Total"]
    as_csv = cli("--lang", "en", "overview", "--lang", "en", str(folder), "--include-demos", "--format", "csv")
    attendance = read_csv(Path(as_csv.out.strip()) / "attendance.csv")
    assert [(row["district"], row["demo"]) for row in attendance] == [("Stovner", "1"), ("Bjerke", "0"), ("Total", "")]

    (folder / "2007-10-18-bjerke.dialog.sqlite").unlink()  # a folder someone practises in: demos only
    alone = cli("--lang", "en", "overview", "--lang", "en", str(folder))
    assert alone.code == 0 and alone.err == "only demo conferences were found: they are shown, each marked (demo)\n"
    assert [row[0] for row in tables(Path(alone.out.strip()))[0][1:]] == ["Stovner (demo)", "Total"]


def thinned_copy(original: Path, folder: Path, keep_forms: int) -> Path:
    """A copy of ``original`` taken before most forms were typed in, but changed later (a newer file)."""
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / original.name
    copy.write_bytes(original.read_bytes())
    raw = sqlite3.connect(copy)
    keep = [row[0] for row in raw.execute("SELECT id FROM evaluation_response ORDER BY id LIMIT ?", [keep_forms])]
    marks = ",".join("?" * len(keep))
    raw.execute(f"DELETE FROM evaluation_answer WHERE response_id NOT IN ({marks})", keep)
    raw.execute(f"DELETE FROM evaluation_response WHERE id NOT IN ({marks})", keep)
    raw.commit()
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.close()
    later = time.time() + 3600
    os.utime(copy, (later, later))
    return copy


def test_the_fuller_copy_is_counted_not_the_newer_and_the_notice_says_how_they_differ(cli, tmp_path, exports):
    full = conference(tmp_path / "laptop-a", "Stovner", "2007-10-17", themes=("4.9",), forms=13)
    thin = thinned_copy(full, tmp_path / "laptop-b", keep_forms=3)
    result = cli("--lang", "en", "overview", "--lang", "en", str(tmp_path / "laptop-b"), str(tmp_path / "laptop-a"))
    assert result.code == 0
    assert result.err == (f"found twice, counted once: {thin.resolve()}: the same conference as {full.resolve()}, "
                          "which holds more (13 vs 3 forms) and is counted; this copy is left out\n")
    attendance = tables(Path(result.out.strip()))[0]
    assert attendance[1][0] == "Stovner" and attendance[1][-1] == "13"

    # The thin copy got a measure the full one lacks: neither is complete, and the notice says so.
    writer = open_conference(thin)
    try:
        add_measure(writer, text="Et tiltak bare den ene kopien har", theme_code="3.9")
    finally:
        writer.close()
    mixed = cli("--lang", "en", "overview", "--lang", "en", str(tmp_path / "laptop-a"), str(tmp_path / "laptop-b"))
    assert mixed.code == 0 and mixed.err.count("\n") == 1
    assert "(13 vs 3 forms, 1 vs 2 measures)" in mixed.err
    assert "each copy holds something the other lacks" in mixed.err


def test_rows_in_date_order_or_in_the_order_given(cli, tmp_path, exports):
    later = conference(tmp_path / "a", "Grorud", "2008-03-05")
    earlier = conference(tmp_path / "b", "Alna", "2007-11-05")
    by_date = tables(Path(cli("--lang", "en", "overview", "--lang", "en", str(later), str(earlier)).out.strip()))[0]
    assert [row[:2] for row in by_date[1:-1]] == [["Alna", "5 Nov 2007"], ["Grorud", "5 Mar 2008"]]
    given = cli("--lang", "en", "overview", "--lang", "en", str(later), str(earlier), "--order", "given",
                "--format", "csv")
    assert [row["district"] for row in read_csv(Path(given.out.strip()) / "attendance.csv")] == [
        "Grorud", "Alna", "Total"]
    norwegian = tables(Path(cli("--lang", "nb", "overview", "--lang", "nb", str(later), str(earlier),
                                "--force").out.strip()))[0]
    assert norwegian[0][:2] == ["Bydel", "Dato"] and norwegian[1][1] == "05.11.2007"


def test_the_overview_uses_the_organisations_template(cli, tmp_path, exports):
    folder = tmp_path / "collected"
    conference(folder, "Alna", "2007-11-05")
    template = tmp_path / "bydel-mal.docx"
    document = Document()
    document.sections[0].header.paragraphs[0].text = "Bydel Alna – Helse og velferd"
    document.add_paragraph("Eksempeltekst som ikke skal bli med")
    document.save(template)
    result = cli("--lang", "en", "overview", "--lang", "en", str(folder), "--template", str(template))
    assert result.code == 0, result.err
    made = Document(Path(result.out.strip()))
    assert made.sections[0].header.paragraphs[0].text == "Bydel Alna – Helse og velferd"
    assert "Eksempeltekst som ikke skal bli med" not in [p.text for p in made.paragraphs]


def test_bad_template_and_options_for_the_other_format_are_one_line_and_write_nothing(cli, tmp_path, exports,
                                                                                       stovner):
    folder = tmp_path / "collected"
    conference(folder, "Alna", "2007-11-05")
    fake = tmp_path / "mal.docx"
    fake.write_text("ikke et Word-dokument")
    for argv, words in (
            (("overview", str(folder), "--template", str(fake)), "mal.docx"),
            (("overview", str(folder), "--template", str(tmp_path / "borte.docx")), "borte.docx"),
            (("overview", str(folder), "--format", "csv", "--template", str(fake)), "--template is for --format docx"),
            (("overview", str(folder), "--excel"), "--excel is for --format csv"),
            (("export", str(stovner), "--excel"), "--excel is for --format csv"),
            (("export", str(stovner), "--format", "json", "--template", str(fake)), "--template is for --format docx"),
    ):
        result = cli("--lang", "en", *argv)
        assert result.code == 2 and result.err.count("\n") == 1 and words in result.err, (argv, result.err)
        assert result.err.startswith("dialog: ")
        assert not exports.exists() or not any(exports.iterdir())


def test_overdue_measures_are_marked_in_words_and_bold(cli, tmp_path, exports):
    folder = tmp_path / "collected"
    conference(folder, "Alna", "2007-11-05", themes=("3.9",), deadline="2008-01-31")
    conference(folder, "Grorud", "2008-03-05", themes=("4.9",), deadline="2008-01-31", status="done")
    document = Document(Path(cli("--lang", "en", "overview", "--lang", "en", str(folder)).out.strip()))
    measures = next(table for table in document.tables if table.rows[0].cells[2].text == "Measure")
    deadline = {row.cells[0].text: row.cells[5] for row in measures.rows[1:]}
    assert deadline["Alna"].text == "31 Jan 2008 – overdue" and deadline["Grorud"].text == "31 Jan 2008"
    assert all(run.bold for run in deadline["Alna"].paragraphs[0].runs)
    assert not any(run.bold for run in deadline["Grorud"].paragraphs[0].runs)
    texts = [p.text for p in document.paragraphs]
    assert any(text.startswith("1 of 2 measures is open past its deadline on ") and "in bold" in text
               for text in texts)


async def test_the_apps_overview_leaves_demos_out_beside_real_ones_and_shows_them_alone(tmp_path, stovner_template):
    """The app follows the same rule as `dialog overview`: a folder with only demos still shows them, marked."""
    from textual.widgets import DataTable

    from dialog.tui.app import create_app
    from tests.tui_helpers import open_overview, settle, text_of

    sessions = tmp_path / "sessions"
    sessions.mkdir()
    (sessions / stovner_template.name).write_bytes(stovner_template.read_bytes())
    real = conference(sessions, "Bjerke", "2007-10-18")
    for expected_rows, expected_note in ((["Bjerke", "Total"], "left out: 1 demo conference (Stovner 2007-10-17)"),
                                         (["Stovner (demo)", "Total"], "1 conference read.")):
        app = create_app(sessions)
        async with app.run_test(size=(140, 40)) as pilot:
            await settle(pilot)
            screen = await open_overview(pilot)
            attendance = screen.query_one("#attendance", DataTable)
            assert [str(attendance.get_row_at(row)[0]) for row in range(attendance.row_count)] == expected_rows
            assert expected_note in text_of(screen, "#overview-state")
            matrix = screen.query_one("#matrix", DataTable)
            assert [str(column.label) for column in matrix.columns.values()][1:] == expected_rows[:1]
        real.unlink(missing_ok=True)  # the second time round: demos only


def test_more_conferences_than_a_page_holds_make_separate_tables(cli, tmp_path, exports):
    """Past 15 conferences the matrices continue in a second table; with nothing between, Word joins the two."""
    folder = tmp_path / "collected"
    for number in range(17):
        conference(folder, f"Bydel {number:02d}", f"2008-01-{number + 1:02d}", themes=("3.9",))
    document = Document(Path(cli("--lang", "en", "overview", "--lang", "en", str(folder)).out.strip()))
    body = [child.tag.rsplit("}", 1)[1] for child in document.element.body]
    assert "tbl" in body and not any(a == b == "tbl" for a, b in itertools.pairwise(body))
    headers = [[cell.text for cell in table.rows[0].cells] for table in document.tables]
    assert [len(header) for header in headers[1:5]] == [16, 3, 16, 3]  # matrix, then measure counts: 15 + 2


def test_the_overview_is_written_in_the_conferences_language_whatever_the_laptops(cli, tmp_path, monkeypatch):
    """Norwegian conferences read on a laptop set to English give a Norwegian overview; conferences in two
    languages give the laptop's; --lang decides over both."""
    monkeypatch.setenv("DIALOG_LANG", "en")
    norwegian = tmp_path / "nb"
    conference(norwegian, "Alna", "2007-11-05", language="nb")
    conference(norwegian, "Grorud", "2008-03-05", language="nb")
    title = lambda result: Document(result.out.strip()).paragraphs[0].text  # noqa: E731
    result = cli("overview", str(norwegian), "--out", str(tmp_path / "a.docx"))
    assert result.code == 0 and title(result) == "Oversikt over dialogkonferansene"
    assert tables(tmp_path / "a.docx")[0][0][0] == "Bydel"
    result = cli("overview", str(norwegian), "--lang", "en", "--out", str(tmp_path / "b.docx"))
    assert title(result) == "Overview of the dialogue conferences"
    conference(norwegian, "Bjerke", "2008-04-02", language="en")
    result = cli("overview", str(norwegian), "--out", str(tmp_path / "c.docx"))
    assert title(result) == "Overview of the dialogue conferences"
    monkeypatch.setenv("DIALOG_LANG", "nb")
    result = cli("overview", str(norwegian), "--out", str(tmp_path / "d.docx"))
    assert title(result) == "Oversikt over dialogkonferansene"
