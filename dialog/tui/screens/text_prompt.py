"""A modal for a longer text (a comment, an assessment): nothing typed is thrown away."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, TextArea

from dialog.i18n import t
from dialog.tui.translated import TranslatedBindings


class TextPromptScreen(TranslatedBindings, ModalScreen[str | None]):
    """Edit a text; Ctrl+S or Escape closes and keeps it (there is no silent discard)."""

    BINDINGS = [
        Binding("ctrl+s", "save", "key.save", id="prompt.save", tooltip="tip.save_text"),
        Binding("escape", "save", "key.save_close", id="prompt.close", tooltip="tip.save_text"),
    ]

    def __init__(self, title: str, text: str = "") -> None:
        super().__init__()
        self.heading = title
        self.initial = text

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box"):
            yield Label(self.heading, classes="title", markup=False)
            yield TextArea(self.initial, id="prompt-text", soft_wrap=True)
            yield Label(t("prompt.hint"), classes="hint", markup=False)

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        """Close, handing back the text as typed."""
        self.dismiss(self.query_one(TextArea).text)
