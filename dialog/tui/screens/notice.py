"""A one-line notice shown at once while the app works on something that takes a moment.

Building a phase screen the first time (a second or more on a busy laptop) or
moving the conference to another phase leaves the old screen standing with no
sign that the key was heard. The app shows this notice in the very next frame
instead ("Laster Forberedelse …", "Flytter konferansen til Plenum …"), and
takes it away when the work is done. Keys typed while it is up are kept and
handed on, in order, to the screen that follows it.
"""

from __future__ import annotations

from textual import events
from textual.app import App, ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Static


class NoticeScreen(ModalScreen[None]):
    """Says what the app is doing; keeps the keys typed meanwhile for the screen that comes next."""

    DEFAULT_CSS = """
    NoticeScreen { align: center middle; background: $background 30%; }
    NoticeScreen #notice {
        width: auto;
        max-width: 90%;
        height: auto;
        border: round $primary;
        background: $surface;
        padding: 1 3;
        text-style: bold;
    }
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.held: list[events.Key] = []
        """Keys typed while the notice was up, oldest first."""

    def compose(self) -> ComposeResult:
        yield Static(self.text, id="notice", markup=False)

    def say(self, text: str) -> None:
        """Change what the notice says (the work moved on to its next step)."""
        self.text = text
        if self.is_attached:
            self.query_one("#notice", Static).update(text)

    def on_key(self, event: events.Key) -> None:
        event.stop()
        event.prevent_default()
        self.held.append(event)

    def hand_on_keys(self, app: App) -> None:
        """Send the keys typed meanwhile to the app again, in order, for whatever screen is shown now."""
        held, self.held = self.held, []
        for key in held:
            app.post_message(events.Key(key.key, key.character))
