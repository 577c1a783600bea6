"""Every word typed reaches the file: a killed app, and two processes on one file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from textual.widgets import Input

from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.database import open_conference
from dialog.core.groups import add_group
from dialog.core.notes import list_notes
from dialog.tui.app import create_app
from dialog.tui.widgets.notes_editor import NotesEditor
from tests.tui_helpers import settle

ROOT = Path(__file__).resolve().parent.parent


def conference_with_group(folder: Path) -> tuple[Path, str]:
    path = folder / "2026-11-25-stovner.dialog.sqlite"
    db = create_conference(path, ConferenceFacts("Stovner", "2026-11-25"))
    group_id = add_group(db, "Gruppe 1", ["4.9"], {"user": 2, "staff": 1})
    db.close()
    return path, group_id


def notes_in(path: Path) -> list[tuple[str, str, str]]:
    db = open_conference(path)
    try:
        return [(n["kind"], n["role_letter"], n["text"]) for n in list_notes(db)]
    finally:
        db.close()


def test_a_note_survives_sigkill_400_ms_after_typing_stops(tmp_path):
    path, _ = conference_with_group(tmp_path)
    text = "Nattevakten ringte aldri tilbake"
    child = subprocess.Popen([sys.executable, "-m", "tests.tui_kill_child", str(path), text], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline and "TYPED" not in line:
            line = child.stdout.readline()
            if not line and child.poll() is not None:
                break
        assert "TYPED" in line, "the app never got to typing"
        time.sleep(0.4)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    assert notes_in(path) == [("new_angle", "B2", text)]
    db = open_conference(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


WRITER = """
import sys
from dialog.core.database import open_conference
from dialog.core.notes import add_note
db = open_conference(sys.argv[1])
add_note(db, sys.argv[2], "works_well", "Skrevet fra den andre terminalen", "T")
db.close()
"""


async def test_two_processes_see_each_others_notes_without_losing_typing(tmp_path):
    path, group_id = conference_with_group(tmp_path)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        app.screen.query_one("#notes-list").focus()
        # This terminal: a finished note, then one being typed.
        await pilot.press("1", "B", "tab", *"Godt", "enter")
        await settle(pilot)
        await pilot.press("2", "L", "tab", *"Halvferdig")
        # The other process writes to the same file.
        subprocess.run([sys.executable, "-c", WRITER, str(path), group_id], check=True, cwd=ROOT)
        editor = app.screen.query_one(NotesEditor)
        for _ in range(20):  # up to 1 s
            await pilot.pause(0.05)
            if any(n["text"] == "Skrevet fra den andre terminalen" for n in editor.notes):
                break
        assert any(n["text"] == "Skrevet fra den andre terminalen" for n in editor.notes)
        # What this user is typing is untouched by the refresh, and focus stayed in the entry.
        assert app.screen.query_one("#entry-text", Input).value == "Halvferdig"
        assert app.focused is app.screen.query_one("#entry-text", Input)
        await pilot.pause(0.4)
        await settle(pilot)
    # The other process sees this terminal's notes, the half-typed one included.
    texts = {text for _, _, text in notes_in(path)}
    assert {"Godt", "Halvferdig", "Skrevet fra den andre terminalen"} <= texts
