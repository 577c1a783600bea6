"""A 1–5 answer chosen with a digit key; Backspace clears it."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.reactive import reactive
from textual.widget import Widget


class ScaleInput(Widget, can_focus=True):
    """Shows the scale with the chosen value highlighted; digits choose, Backspace clears."""

    DEFAULT_CSS = """
    ScaleInput { height: 1; width: auto; padding: 0 1; }
    ScaleInput:focus { background: $accent 30%; }
    """

    BINDINGS = [Binding("backspace,delete,0", "clear", show=False)]

    value: reactive[int | None] = reactive(None)

    def __init__(self, low: int = 1, high: int = 5, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.low = low
        self.high = high

    def render(self) -> Text:
        text = Text()
        for number in range(self.low, self.high + 1):
            text.append(f" {number} ", style="bold reverse" if number == self.value else "dim")
            text.append(" ")
        return text

    def on_key(self, event) -> None:
        if event.character and event.character.isdigit() and self.low <= int(event.character) <= self.high:
            self.value = int(event.character)
            event.stop()
            self.screen.focus_next()

    def action_clear(self) -> None:
        self.value = None
