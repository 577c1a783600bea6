"""A modal for a longer text (a comment, an assessment): nothing typed is thrown away."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static, TextArea

from dialog.i18n import t
from dialog.tui.privacy_hint import privacy_hint
from dialog.tui.translated import TranslatedBindings


class TextPromptScreen(TranslatedBindings, ModalScreen[str | None]):
    """Edit a text; Ctrl+S or Escape closes and keeps it (there is no silent discard)."""

    BINDINGS = [
        Binding("ctrl+s", "save", "key.save", id="prompt.save", tooltip="tip.save_text"),
        Binding("escape", "save", "key.save_close", id="prompt.close", tooltip="tip.save_text"),
    ]

    def __init__(self, title: str, text: str = "", *, watched: Sequence[str] | None = None, label: str = "") -> None:
        super().__init__()
        self.heading = title
        self.initial = text
        self.watched = watched  # not None: warn while the text looks like personal data, with these names
        self.label = label or title  # what the warning calls the text

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box"):
            yield Label(self.heading, classes="title", markup=False)
            yield TextArea(self.initial, id="prompt-text", soft_wrap=True)
            yield Static("", id="prompt-privacy", classes="privacy-warning", markup=False)
            yield Label(t("prompt.hint"), classes="hint", markup=False)

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)
        self._check_privacy()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._check_privacy()

    def _check_privacy(self) -> None:
        """Warn while the text looks like it holds personal data (only when asked to watch it)."""
        hint = "" if self.watched is None else privacy_hint([(self.label, self.query_one(TextArea).text)],
                                                            self.watched)
        warning = self.query_one("#prompt-privacy", Static)
        warning.update(hint)
        warning.display = bool(hint)

    def action_save(self) -> None:
        """Close, handing back the text as typed."""
        self.dismiss(self.query_one(TextArea).text)
