"""An answer that comes before the widgets it fills are mounted is shown once they are, never a crash.

Seen in a benchmark that pressed keys as each screen opened: the group tabs were filled before the tab row
had appeared, and the app stopped with a MountError.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from dialog.tui.replies import ReceivesReplies, Reply


class Filled(Reply):
    """A test answer."""


class Early(ReceivesReplies, App):
    """An app whose answer arrives for a box that is mounted a little later."""

    def __init__(self) -> None:
        super().__init__()
        self.box = Vertical(id="box")

    def compose(self) -> ComposeResult:
        yield Static("top")

    def fill(self, words: str) -> None:
        self.box.mount(Static(words, id="words"))


async def test_an_answer_for_a_box_not_yet_mounted_is_shown_once_it_is():
    app = Early()
    async with app.run_test() as pilot:
        app.post_message(Filled("Legevakta svarer raskt", app.fill))
        await pilot.pause()
        assert app.is_running and not app.query("#words")  # not yet: the box is not mounted
        await app.mount(app.box)
        for _ in range(40):
            await pilot.pause(0.05)
            if app.query("#words"):
                break
        assert str(app.query_one("#words", Static).content) == "Legevakta svarer raskt"
