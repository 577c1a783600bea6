"""The phase bar: setup → presentation → group work → plenary → evaluation → closing."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from dialog.core.vocabulary import PHASES
from dialog.i18n import t


class PhaseBar(Static):
    """Shows every phase in order, the current one highlighted."""

    DEFAULT_CSS = """
    PhaseBar { height: 1; padding: 0 1; background: $panel; }
    """

    def show_phase(self, current: str) -> None:
        """Highlight ``current`` among all phases."""
        text = Text()
        for index, phase in enumerate(PHASES):
            if index:
                text.append(" → ", style="dim")
            label = t(f"phase.{phase}")
            if phase == current:
                text.append(f" {label} ", style="bold reverse")
            else:
                text.append(label)
        self.update(text)
