"""Which screen shows which phase."""

from __future__ import annotations

from dialog.tui.screens.closing import ClosingScreen
from dialog.tui.screens.evaluation import EvaluationScreen
from dialog.tui.screens.group_work import GroupWorkScreen
from dialog.tui.screens.phase_screen import PhaseScreen
from dialog.tui.screens.plenary import PlenaryScreen
from dialog.tui.screens.presentation import PresentationScreen
from dialog.tui.screens.setup import SetupScreen

PHASE_SCREENS: dict[str, type[PhaseScreen]] = {
    screen.PHASE: screen
    for screen in (SetupScreen, PresentationScreen, GroupWorkScreen, PlenaryScreen, EvaluationScreen, ClosingScreen)
}
"""Phase code -> the screen class that shows it."""
