"""A yes/no question as a modal screen."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from dialog.i18n import t
from dialog.tui.button_keys import BUTTON_KEYS, ButtonKeys
from dialog.tui.translated import TranslatedBindings


class ConfirmScreen(ButtonKeys, TranslatedBindings, ModalScreen[bool]):
    """Ask a question; one key answers it: ``j`` (``y``) yes, ``n`` or Escape no.

    ← → pick a button and Enter gives it. A destructive question starts on "No",
    so Enter alone never deletes; the line under the buttons says which keys answer.
    """

    BINDINGS = [
        Binding("escape", "cancel", "key.cancel", id="confirm.cancel", tooltip="tip.cancel"),
        Binding("j,y", "answer(True)", "key.answer_yes", id="confirm.yes", tooltip="tip.answer_yes"),
        Binding("n", "answer(False)", "key.answer_no", id="confirm.no", tooltip="tip.answer_no"),
        *BUTTON_KEYS,
    ]
    # A Label is as wide as its text: a long question would run off the box instead of wrapping.
    DEFAULT_CSS = """
    ConfirmScreen #question {
        width: 100%;
    }
    ConfirmScreen #confirm-keys {
        color: $text-muted;
        margin-top: 1;
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
            yield Static(t("confirm.keys", yes=self.yes_label, no=t("button.no")), id="confirm-keys", markup=False)

    def on_mount(self) -> None:
        # A destructive question defaults to "No"; a phase move defaults to "Yes".
        self.query_one("#no" if self.danger else "#yes", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        """Answer with one key: yes (``j`` or ``y``) or no (``n``)."""
        self.dismiss(yes)

    def action_cancel(self) -> None:
        self.dismiss(False)
