"""The phase bar: every phase with its planned start and when it really started."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from dialog.core.ids_and_times import hhmm as clock
from dialog.core.phases import PhaseOverview
from dialog.core.vocabulary import PHASES
from dialog.i18n import t


class PhaseBar(Horizontal):
    """Six cells, one per phase: name, planned start and actual start.

    The conference's current phase is highlighted; the phase whose screen is
    shown is underlined, so the leader can look back without moving phase.
    """

    DEFAULT_CSS = """
    PhaseBar { height: 2; background: $panel; }
    PhaseBar > Static { width: 1fr; height: 2; padding: 0 0 0 1; text-wrap: nowrap; text-overflow: ellipsis; }
    PhaseBar > Static.current { background: $accent; color: $text; text-style: bold; }
    PhaseBar > Static.viewing { text-style: bold underline; }
    """

    def compose(self) -> ComposeResult:
        for phase in PHASES:
            yield Static(t(f"phase.{phase}"), id=f"phase-{phase}", markup=False)

    def show(self, overview: PhaseOverview, viewing: str) -> None:
        """Render the plan and the log; mark the current and the viewed phase."""
        planned = {row["phase"]: row["planned_start"] for row in overview.plan}
        for phase in PHASES:
            cell = self.query_one(f"#phase-{phase}", Static)
            started = clock(overview.first_start(phase))
            times = Text(planned.get(phase) or "–", style="dim")
            if started:
                times.append("▸" + started)
            cell.update(Text.assemble(t(f"phase.{phase}"), "\n", times))
            cell.set_class(phase == overview.current, "current")
            cell.set_class(phase == viewing, "viewing")
