"""A large countdown for group work, readable from the back of the room."""

from __future__ import annotations

from datetime import datetime

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Digits, Static

from dialog.core.phase_clock import PhaseClock
from dialog.i18n import t
from dialog.tui.widgets.big_digits import render_big, scale_for


def clock_text(seconds: float) -> str:
    """``MM:SS`` (``-MM:SS`` past the time); minutes go past 59 rather than into hours, as on a kitchen timer."""
    whole = int(abs(seconds))
    return ("-" if seconds < 0 else "") + f"{whole // 60:02d}:{whole % 60:02d}"


class Countdown(Vertical):
    """Counts down the planned group-work time from when the phase started.

    The time left comes from the phase's start, its planned minutes and its
    :class:`~dialog.core.phase_clock.PhaseClock` (pauses and added minutes),
    which the screen keeps in the conference file; this widget only draws it.
    Once group work is over, the clock shows how long it ran, not the plan.
    """

    DEFAULT_CSS = """
    Countdown { height: auto; align-horizontal: center; padding: 0 1; }
    Countdown Digits { width: 100%; text-align: center; text-style: bold; }
    Countdown #countdown-big { width: 100%; text-align: center; color: $accent; }
    Countdown.overtime #countdown-big { color: $error; }
    Countdown.paused #countdown-big { color: $warning; }
    Countdown #countdown-status { width: 100%; text-align: center; color: $text-muted; }
    Countdown.overtime Digits { color: $error; }
    Countdown.paused Digits { color: $warning; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.planned_minutes = 60
        self.started_at: str | None = None
        self.clock = PhaseClock()
        self.ran: tuple[str, str] | None = None
        self.ran_seconds: float | None = None

    def compose(self) -> ComposeResult:
        yield Digits("--:--", id="countdown-digits")
        yield Static("", id="countdown-big", markup=False)
        yield Static("", id="countdown-status", markup=False)

    def on_mount(self) -> None:
        self.set_interval(0.5, self.tick)

    def on_resize(self) -> None:
        self.tick()

    def configure(self, started_at: str | None, planned_minutes: int | None, running: bool = True,
                  ran: tuple[str, str] | None = None, ran_seconds: float | None = None) -> None:
        """Count from ``started_at`` (ISO time) for ``planned_minutes``; a phase not yet held shows its plan.

        ``ran`` is (start, end) as HH:MM and ``ran_seconds`` how long it ran in all, when the phase
        has already been held: the clock then shows that time.
        """
        self.planned_minutes = planned_minutes or 0
        self.ran = ran
        self.ran_seconds = ran_seconds
        self.started_at = started_at if running else None
        self.tick()

    def show_clock(self, clock: PhaseClock) -> None:
        """Take the stored pauses and added minutes of the running phase."""
        self.clock = clock
        self.tick()

    @property
    def running(self) -> bool:
        """True while the phase runs (paused or not)."""
        return self.started_at is not None

    @property
    def paused(self) -> bool:
        """True while the clock stands still."""
        return self.running and self.clock.paused

    def seconds_left(self) -> float:
        """Return the seconds left (negative when over time)."""
        if self.started_at is None:
            return (self.planned_minutes + self.clock.extra_minutes) * 60
        return self.clock.seconds_left(self.started_at, self.planned_minutes, datetime.now().astimezone())

    def tick(self) -> None:
        """Redraw the clock."""
        # Once the phase is over: when it ran (start, end) and for how long; the clock shows that time.
        finished = None if self.running or self.ran is None or self.ran_seconds is None else (
            self.ran, self.ran_seconds)
        left = finished[1] if finished else self.seconds_left()
        text = clock_text(left)
        scale = scale_for(self.app.size.width, self.app.size.height, len(text))
        big = self.query_one("#countdown-big", Static)
        digits = self.query_one(Digits)
        big.display, digits.display = scale > 0, scale == 0
        if scale:
            big.update(render_big(text, scale))
        else:
            digits.update(text)
        self.set_class(left < 0, "overtime")
        self.set_class(self.paused, "paused")
        total = self.planned_minutes + self.clock.extra_minutes
        if finished:
            (start, end), _ = finished
            status = t("countdown.finished", start=start, end=end, minutes=round(left / 60), planned=total)
        elif not self.running:
            status = t("countdown.not_started", minutes=total)
        elif self.paused:
            status = t("countdown.paused", minutes=total)
        elif left < 0:
            status = t("countdown.overtime", minutes=total)
        else:
            status = t("countdown.running", minutes=total)
        self.query_one("#countdown-status", Static).update(status)
