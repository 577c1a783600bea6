"""Two screens editing one note: both wordings are kept, both screens are told, h shows and restores them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from textual.widgets import Input

from dialog.core.database import open_conference
from dialog.core.notes import add_note
from dialog.tui.app import create_app
from tests.test_tui_durability import conference_with_group
from tests.tui_helpers import rows_in, settle

ROOT = Path(__file__).resolve().parent.parent

OTHER_SCREEN = """
import sys
from dialog.core.database import open_conference
from dialog.core.notes import edit_note
db = open_conference(sys.argv[1])
edit_note(db, sys.argv[2], text=sys.argv[3])
db.close()
"""


def edit_elsewhere(path: Path, note_id: str, text: str) -> None:
    subprocess.run([sys.executable, "-c", OTHER_SCREEN, str(path), note_id, text], check=True, cwd=ROOT)


def wordings(path: Path, note_id: str) -> tuple[str, list[str]]:
    current = rows_in(path, "SELECT text FROM note WHERE id = ?", (note_id,))[0]["text"]
    earlier = rows_in(path, "SELECT text FROM note_revision WHERE note_id = ? ORDER BY saved_at, rowid", (note_id,))
    return current, [row["text"] for row in earlier]


def keys(text: str) -> list[str]:
    return [{" ": "space"}.get(ch, ch) for ch in text]


async def test_an_edit_on_a_stale_note_keeps_both_wordings_and_history_restores_one(tmp_path):
    path, group_id = conference_with_group(tmp_path)
    db = open_conference(path)
    note_id = add_note(db, group_id, "works_less_well", "Lang ventetid", "B")
    db.close()
    app = create_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        app.screen.query_one("#notes-list").focus()
        await pilot.press("e", "end", *keys(" hos DPS"))
        await pilot.pause(0.4)
        await settle(pilot)
        assert wordings(path, note_id)[0] == "Lang ventetid hos DPS"
        # Another screen changes the note while this one is still editing it.
        edit_elsewhere(path, note_id, "Lang ventetid, tre måneder")
        await pilot.press(*keys(" i høst"))
        await pilot.pause(0.4)
        await settle(pilot)
        current, earlier = wordings(path, note_id)
        assert current == "Lang ventetid hos DPS i høst"
        assert "Lang ventetid, tre måneder" in earlier and "Lang ventetid" in earlier
        assert any("changed on another screen" in n.message for n in app._notifications)
        await pilot.press("enter")
        await settle(pilot)
        # h shows the earlier wordings; Enter on one makes it the note's again.
        await pilot.press("h")
        await settle(pilot)
        options = app.screen.query_one("#history-list")
        assert options.highlighted == 0  # the newest earlier wording, so Enter at once brings it back
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("Lang ventetid, tre måneder" in line for line in shown)
        options.highlighted = next(i for i, line in enumerate(shown) if "tre måneder" in line)
        await pilot.press("enter")
        await settle(pilot)
    current, earlier = wordings(path, note_id)
    assert current == "Lang ventetid, tre måneder"
    assert "Lang ventetid hos DPS i høst" in earlier


async def test_the_screen_whose_wording_was_replaced_is_told_when_it_reads_the_note_again(tmp_path):
    path, _ = conference_with_group(tmp_path)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        app.screen.query_one("#notes-list").focus()
        await pilot.press("1", "T", "tab", *keys("Godt samarbeid"), "enter")
        await settle(pilot)
        note_id = rows_in(path, "SELECT id FROM note WHERE text = 'Godt samarbeid'")[0]["id"]
        edit_elsewhere(path, note_id, "Godt samarbeid med NAV")
        for _ in range(30):  # the app notices the change within a poll or two
            await pilot.pause(0.1)
            if any("A note you wrote was changed" in n.message for n in app._notifications):
                break
        assert any("A note you wrote was changed" in n.message for n in app._notifications)
        assert app.screen.query_one("#entry-text", Input).value == ""
