"""Pasting a paragraph into a one-line field keeps every line (Textual's Input keeps only the first)."""

from __future__ import annotations

from textual import events

from dialog.core.database import open_conference
from dialog.core.notes import list_notes
from dialog.tui.app import create_app
from tests.test_tui_group_work import conference_in_group_work
from tests.tui_helpers import settle, wait_for

PARAGRAPH = "Ingen ringte tilbake\r\netter tre dager.\n\n  Jeg ga opp.\n"


def note_texts(path) -> list[str]:
    db = open_conference(path)
    try:
        return [note["text"] for note in list_notes(db)]
    finally:
        db.close()


async def test_a_pasted_paragraph_becomes_one_note_with_every_word(tmp_path):
    path = conference_in_group_work(tmp_path)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.screen.query_one("#notes-list").focus()
        await pilot.press("2", "B", "tab")
        await settle(pilot)
        assert app.screen.focused.id == "entry-text"
        app.screen.focused.post_message(events.Paste(PARAGRAPH))
        await settle(pilot)
        assert app.screen.focused.value == "Ingen ringte tilbake etter tre dager. Jeg ga opp."
        await pilot.press("enter")
        pasted = "Ingen ringte tilbake etter tre dager. Jeg ga opp."
        assert await wait_for(pilot, lambda: pasted in note_texts(path), 10)
