"""Each group's time to report in plenary: a countdown in large digits, one per group, started with ``t``.

So every group gets its time, not only the first one to speak. The timer is
the leader's stopwatch: it lives while the app runs and is not written to the
conference file (the agenda already holds when the plenary ran).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Digits, Static

from dialog.i18n import t
from dialog.tui.widgets.countdown import clock_text

REPORT_MINUTES = 3
"""Each group's time to report, unless the leader restarts the clock."""


class ReportTimer(Vertical):
    """The shown group's time left to report (``-MM:SS`` past it, in the error colour); hidden until started."""

    DEFAULT_CSS = """
    ReportTimer { height: auto; display: none; }
    ReportTimer.running { display: block; }
    ReportTimer Digits { width: 100%; text-align: center; text-style: bold; color: $accent; }
    ReportTimer.overtime Digits { color: $error; }
    ReportTimer #report-status { width: 100%; text-align: center; color: $text-muted; }
    """

    def __init__(self, *, id: str | None = None, now: Callable[[], float] = time.monotonic) -> None:
        super().__init__(id=id)
        self.now = now
        self.started: dict[str, float] = {}
        """When each group's report started (by the ``now`` clock)."""
        self.group_id: str | None = None

    def compose(self) -> ComposeResult:
        yield Digits("", id="report-digits")
        yield Static("", id="report-status", markup=False)

    def on_mount(self) -> None:
        self.set_interval(0.5, self.refresh_time)

    def start(self, group_id: str) -> None:
        """Start (or start again) ``group_id``'s report time and show it."""
        self.started[group_id] = self.now()
        self.show_group(group_id)

    def show_group(self, group_id: str | None) -> None:
        """Show the time of the group now presenting (hidden if its report has not started)."""
        self.group_id = group_id
        self.refresh_time()

    def seconds_left(self) -> float | None:
        """The shown group's seconds left (negative past its time); None when it has not started."""
        started = self.started.get(self.group_id or "")
        return None if started is None else REPORT_MINUTES * 60 - (self.now() - started)

    def refresh_time(self) -> None:
        left = self.seconds_left()
        self.set_class(left is not None, "running")
        if left is None:
            return
        self.set_class(left < 0, "overtime")
        self.query_one(Digits).update(clock_text(left))
        self.query_one("#report-status", Static).update(
            t("plenary.report_over" if left < 0 else "plenary.report_left", minutes=REPORT_MINUTES))
