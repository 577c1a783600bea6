"""Typed words reach the file on every way out, while typing goes on, and after a full disk.

Each test types with real key presses and then reads the file through its own
connection (and what the screen shows); nothing of ours is mocked.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, TextArea

from dialog.core.assessment import get_assessment
from dialog.core.database import open_conference
from dialog.core.notes import list_notes
from dialog.tui.app import create_app
from tests.test_tui_durability import conference_with_group, notes_in
from tests.tui_helpers import list_rows, rows_in, settle, text_of


def keys(text: str) -> list[str]:
    return [{" ": "space"}.get(ch, ch) for ch in text]


def read(path: Path, fn):
    db = open_conference(path)
    try:
        return fn(db)
    finally:
        db.close()


async def open_group_work(pilot) -> None:
    await settle(pilot)
    await pilot.press("f4")
    await settle(pilot)
    pilot.app.screen.query_one("#notes-list").focus()


async def test_steady_typing_without_a_pause_is_saved_while_it_goes_on(tmp_path):
    path, _ = conference_with_group(tmp_path)
    text = "Legevakta svarte aldri om natta"
    app = create_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_group_work(pilot)
        await pilot.press("2", "B", "tab")
        for key in keys(text):  # a key every ~150 ms: never the 250 ms pause the autosave used to wait for
            await pilot.press(key)
            await pilot.pause(0.1)
        # Still typing (no pause yet): the file already holds most of the note.
        saved = [(r["kind"], r["role_letter"], r["text"]) for r in rows_in(path, "SELECT * FROM note")]
        assert len(saved) == 1 and saved[0][0] == "works_less_well" and text.startswith(saved[0][2])
        assert len(saved[0][2]) >= len(text) // 2
        await pilot.press("enter")
        await settle(pilot)
    assert notes_in(path) == [("works_less_well", "B", text)]


async def test_ctrl_q_right_after_typing_saves_the_note(tmp_path):
    path, _ = conference_with_group(tmp_path)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_group_work(pilot)
        await pilot.press("3", "T", "tab", *keys("Ingen visste om brukerrådet"), "ctrl+q")
        await settle(pilot)
    assert notes_in(path) == [("new_angle", "T", "Ingen visste om brukerrådet")]


async def test_going_to_another_screen_or_the_list_sends_the_note_at_once(tmp_path):
    path, _ = conference_with_group(tmp_path)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_group_work(pilot)
        await pilot.press("1", "L", "tab", *keys("Gode samtaler"), "f2")
        await settle(pilot)
        assert [r["text"] for r in rows_in(path, "SELECT text FROM note")] == ["Gode samtaler"]
        await pilot.press("f4")
        await settle(pilot)
        app.screen.query_one("#notes-list").focus()
        await pilot.press("1", "B", "tab", *keys("Kafeen"), "f10")
        await settle(pilot)
        assert "Kafeen" in [r["text"] for r in rows_in(path, "SELECT text FROM note")]


async def test_facts_are_saved_as_typed_and_an_invalid_field_keeps_its_text(tmp_path):
    path, _ = conference_with_group(tmp_path)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        venue = screen.query_one("#facts-venue", Input)
        venue.focus()
        await pilot.press(*keys("Stovner bydelshus"))
        screen.query_one("#facts-date", Input).focus()
        await pilot.press("ctrl+u", *keys("2026-13-01"))
        await pilot.press("ctrl+pagedown")  # leave the tab without Ctrl+S
        await settle(pilot)
        assert screen.query_one("#facts-date", Input).value == "2026-13-01"  # kept on screen as typed
        assert "2026-13-01" in text_of(screen, "#facts-error")
        facts = rows_in(path, "SELECT * FROM conference")[0]
        assert facts["venue"] == "Stovner bydelshus" and facts["date"] == "2026-11-25"
        await pilot.press("ctrl+pageup")
        await settle(pilot)
        assert screen.query_one("#facts-date", Input).value == "2026-13-01"
        screen.query_one("#facts-leaders", Input).focus()
        await pilot.press(*keys("Kari Nordmann"), "ctrl+q")
        await settle(pilot)
    from dialog.core.conference import list_leaders

    assert [row["name"] for row in read(path, list_leaders)] == ["Kari Nordmann"]


async def test_the_assessment_is_saved_on_quitting_right_after_typing(stovner):
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f7")
        await settle(pilot)
        area = app.screen.query_one("#assessment", TextArea)
        area.focus()
        await pilot.press(*keys("Siste ord "), "ctrl+q")
        await settle(pilot)
    assert read(stovner, get_assessment).startswith("Siste ord Konferansen")


def cap_the_file(db) -> None:
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def uncap_the_file(db) -> None:
    db.execute("PRAGMA max_page_count = 1073741823")


LONG = " og mye mer" * 500  # more than the free pages of a capped file hold


async def test_a_note_not_saved_stays_on_screen_through_a_new_note_and_another_group(stovner):
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_group_work(pilot)
        app.store.submit(cap_the_file).result()
        await pilot.press("1", "B", "tab")
        app.screen.query_one("#entry-text", Input).insert_text_at_cursor("Ikke lagret ennå" + LONG)
        await pilot.press("enter")
        await settle(pilot)
        # Enter on a note the file cannot take: it waits in the list, marked, and the entry is free again,
        # so the next note's keys start a note of their own instead of running on into this one.
        assert app.screen.query_one("#entry-text", Input).value == ""
        rows = list_rows(app.screen.query_one("#notes-list"))
        assert any(row.startswith("[Works well] B: Ikke lagret ennå") and "not saved yet" in row for row in rows)
        await pilot.press("2", "L", "tab", *keys("Neste notat"), "enter")
        await settle(pilot)
        rows = list_rows(app.screen.query_one("#notes-list"))
        assert any(row.startswith("[Works less well] L: Neste notat") for row in rows)
        assert not any("Neste notat" in row and "Ikke lagret" in row for row in rows)
        app.screen.query_one("#notes-list").focus()
        await pilot.press("right_square_bracket")
        await settle(pilot)
        await pilot.press("left_square_bracket")
        await settle(pilot)
        rows = list_rows(app.screen.query_one("#notes-list"))
        assert any(row.startswith("[Works well] B: Ikke lagret ennå") for row in rows)
        # Another phase and back: still there, and saved once the file can be written again.
        await pilot.press("f7")
        await settle(pilot)
        app.store.submit(uncap_the_file).result()
        await pilot.pause(3.5)  # the retry
        await settle(pilot)
    texts = [note["text"] for note in read(stovner, lambda db: list_notes(db))]
    assert "Ikke lagret ennå" + LONG in texts and "Neste notat" in texts


WRITER = """
import sys
from dialog.core.database import open_conference
from dialog.core.groups import list_groups
from dialog.core.notes import add_note
db = open_conference(sys.argv[1])
add_note(db, list_groups(db)[0]["id"], "works_well", "En telefon skrev dette", "B")
db.close()
"""


async def test_the_assessment_not_saved_is_kept_through_another_program_writing_and_retried(stovner):
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f7")
        await settle(pilot)
        app.store.submit(cap_the_file).result()
        area = app.screen.query_one("#assessment", TextArea)
        area.focus()
        area.insert("Min vurdering" + LONG)
        await pilot.pause(0.5)
        await settle(pilot)
        assert "not saved" in text_of(app.screen, "#assessment-status").lower()
        await pilot.press("tab")  # the cursor leaves the assessment
        subprocess.run([sys.executable, "-c", WRITER, str(stovner)], check=True, cwd=root)
        await pilot.pause(1.0)  # the app notices the change and reads the file again
        await settle(pilot)
        assert area.text.startswith("Min vurdering")
        app.store.submit(uncap_the_file).result()
        await pilot.pause(3.5)  # the retry
        await settle(pilot)
        assert area.text.startswith("Min vurdering")
    assert read(stovner, get_assessment).startswith("Min vurdering")


async def test_quitting_with_words_that_cannot_be_saved_asks_first(stovner):
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_group_work(pilot)
        app.store.submit(cap_the_file).result()
        await pilot.press("1", "B", "tab")
        app.screen.query_one("#entry-text", Input).insert_text_at_cursor("Skal ikke forsvinne" + LONG)
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert app.is_running and "could not be saved" in text_of(app.screen, "#question")
        await pilot.press("escape")  # no: stay
        await settle(pilot)
        app.store.submit(uncap_the_file).result()
        await pilot.press("ctrl+q")  # Ctrl+Q tries the failed save again at once
        await settle(pilot)
    texts = [note["text"] for note in read(stovner, lambda db: list_notes(db))]
    assert "Skal ikke forsvinne" + LONG in texts


async def test_attendance_typed_just_before_ctrl_q_is_saved(tmp_path):
    path, _ = conference_with_group(tmp_path)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+pagedown")  # Facts -> Attendance
        await settle(pilot)
        await pilot.press("1", "2", "ctrl+q")  # no pause for the autosave
        await settle(pilot)
    counts = {row["role_code"]: row["count"] for row in rows_in(path, "SELECT * FROM attendance")}
    assert counts.get("user") == 12  # the first count on the tab
