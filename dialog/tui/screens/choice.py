"""Pick one of a few values in a modal (arrow keys and Enter; Escape changes nothing)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from dialog.tui.translated import TranslatedBindings


class ChoiceScreen(TranslatedBindings, ModalScreen[str | None]):
    """Dismisses with the chosen value, or None on Escape."""

    BINDINGS = [Binding("escape", "cancel", "key.cancel", id="choice.cancel", tooltip="tip.cancel")]

    def __init__(self, question: str, options: list[tuple[str, str]], current: str | None = None) -> None:
        super().__init__()
        self.question = question
        self.options = options
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box"):
            yield Label(self.question, classes="title", markup=False)
            yield OptionList(*[Option(label, id=value) for label, value in self.options], id="choices")

    def on_mount(self) -> None:
        choices = self.query_one(OptionList)
        values = [value for _, value in self.options]
        if self.current in values:
            choices.highlighted = values.index(self.current)
        choices.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        """Close without choosing."""
        self.dismiss(None)
