"""Helpers for driving the app with Pilot and reading what the screen shows."""

from __future__ import annotations

import asyncio
import re
import sqlite3
from pathlib import Path

from textual.widgets import Static


async def settle(pilot, rounds: int = 3) -> None:
    """Let workers and store jobs finish and their replies be handled."""
    app = pilot.app
    for _ in range(rounds):
        await app.workers.wait_for_complete()
        for _ in range(200):  # at most 2 s for the store's queue to drain
            store = getattr(app, "store", None)
            if store is None or store.idle():
                break
            await asyncio.sleep(0.01)
        await pilot.pause()


def text_of(screen, selector: str) -> str:
    """Return the plain text a Static shows."""
    widget = screen.query_one(selector, Static)
    content = widget.content
    return str(getattr(content, "plain", content))


def screen_text(app) -> str:
    """What the terminal shows of the screen on top, one line per row (as a capture of the pane would read)."""
    return "\n".join("".join(segment.text for segment in strip) for strip in app.screen._compositor.render_strips())


def list_rows(listing) -> list[str]:
    """What each row of a ListView shows: a note's row draws its own line, other rows hold a Label."""
    from textual.widgets import Label

    from dialog.tui.widgets.note_rows import NoteRow

    return [str(item.content) if isinstance(item, NoteRow) else str(item.query_one(Label).content)
            for item in listing.children]


def rows_in(path: Path, sql: str, params: tuple = ()) -> list[dict]:
    """Read ``sql`` from the file through a second SQLite connection, as another program would.

    Plain sqlite3 on purpose: it never opens the file by other means, so it is safe
    while the app under test holds its own connection to the same file.
    """
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in connection.execute(sql, params)]
    finally:
        connection.close()


def forms_in(path: Path) -> int:
    """How many evaluation forms the conference file at ``path`` holds."""
    from dialog.core.database import open_conference
    from dialog.core.evaluation import count_responses

    db = open_conference(path)
    try:
        return count_responses(db)
    finally:
        db.close()


def hidden(html: str, name: str) -> str:
    """A hidden field's value in a page the room served."""
    return re.search(rf'name="{name}" value="([^"]+)"', html).group(1)


async def wait_for(pilot, condition, seconds: float = 5.0) -> bool:
    """Let the app run until ``condition()`` holds (at most ``seconds``)."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return True
        await pilot.pause(0.05)
    return condition()


class Heard:
    """A ``message_hook`` for ``app.run_test``: every message handled, each kept once (a bubbling one reaches
    every ancestor), in order."""

    def __init__(self) -> None:
        self.messages: list = []

    def __call__(self, message) -> None:
        if not any(message is other for other in self.messages):
            self.messages.append(message)

    def of(self, kind: type) -> list:
        """The messages of ``kind`` heard so far."""
        return [message for message in self.messages if isinstance(message, kind)]


async def open_overview(pilot):
    """From the conference list, o: the organiser's overview, read and on show."""
    from dialog.tui.screens.overview import OverviewScreen

    await pilot.press("o")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, OverviewScreen)
    return screen
