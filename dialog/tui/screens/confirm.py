"""A yes/no question as a modal screen."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label

from dialog.i18n import t
from dialog.tui.translated import TranslatedBindings


class ConfirmScreen(TranslatedBindings, ModalScreen[bool]):
    """Ask a question; ← → pick an answer, Enter gives it; Escape is "no"."""

    BINDINGS = [
        Binding("escape", "cancel", "key.cancel", id="confirm.cancel", tooltip="tip.cancel"),
        Binding("left", "pick('yes')", show=False),
        Binding("right", "pick('no')", show=False),
    ]
    # A Label is as wide as its text: a long question would run off the box instead of wrapping.
    DEFAULT_CSS = """
    ConfirmScreen #question {
        width: 100%;
    }
    """

    def __init__(self, question: str, yes_label: str | None = None, *, danger: bool = True) -> None:
        super().__init__()
        self.question = question
        self.yes_label = yes_label or t("button.yes")
        self.danger = danger

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box"):
            yield Label(self.question, id="question", markup=False)
            with Horizontal(id="buttons"):
                yield Button(self.yes_label, variant="error" if self.danger else "success", id="yes")
                yield Button(t("button.no"), variant="primary", id="no")

    def on_mount(self) -> None:
        # A destructive question defaults to "No"; a phase move defaults to "Yes".
        self.query_one("#no" if self.danger else "#yes", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_pick(self, answer: str) -> None:
        """Move to the answer on the left ("yes") or on the right ("no"); Enter gives it."""
        self.query_one(f"#{answer}", Button).focus()

    def action_cancel(self) -> None:
        self.dismiss(False)
