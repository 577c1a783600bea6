"""Which screen shows which phase; each screen's module is loaded the first time it is shown."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dialog.tui.screens.phase_screen import PhaseScreen

PHASE_SCREENS: dict[str, tuple[str, str]] = {
    "setup": ("dialog.tui.screens.setup", "SetupScreen"),
    "presentation": ("dialog.tui.screens.presentation", "PresentationScreen"),
    "group_work": ("dialog.tui.screens.group_work", "GroupWorkScreen"),
    "plenary": ("dialog.tui.screens.plenary", "PlenaryScreen"),
    "evaluation": ("dialog.tui.screens.evaluation", "EvaluationScreen"),
    "closing": ("dialog.tui.screens.closing", "ClosingScreen"),
}
"""Phase code -> the module and class of the screen that shows it."""


def phase_screen_class(phase: str) -> type[PhaseScreen]:
    """The screen class for ``phase`` (its module is imported on first use, which keeps start-up short)."""
    module, name = PHASE_SCREENS[phase]
    return getattr(import_module(module), name)


def build_phase_screen(phase: str) -> PhaseScreen:
    """A new screen for ``phase``."""
    return phase_screen_class(phase)()
