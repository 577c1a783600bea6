"""A large countdown for group work, readable from the back of the room."""

from __future__ import annotations

import time
from datetime import datetime

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import Digits, Static

from dialog.i18n import t
from dialog.tui.widgets.big_digits import render_big, scale_for


class Countdown(Vertical):
    """Counts down the planned group-work time from when the phase started.

    Pausing stops the clock; "+5" adds five minutes. Nothing here touches the
    disk: the start comes from the phase log and the rest lives in memory.
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

    remaining = reactive(0.0, init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.planned_minutes = 60
        self.extra_seconds = 0.0
        self.started_monotonic: float | None = None
        self.paused_at: float | None = None
        self.paused_total = 0.0

    def compose(self) -> ComposeResult:
        yield Digits("--:--", id="countdown-digits")
        yield Static("", id="countdown-big", markup=False)
        yield Static("", id="countdown-status", markup=False)

    def on_mount(self) -> None:
        self.set_interval(0.5, self.tick)

    def on_resize(self) -> None:
        self.tick()

    def configure(self, started_at: str | None, planned_minutes: int | None, running: bool = True,
                  ran: tuple[str, str] | None = None) -> None:
        """Count from ``started_at`` (ISO time) for ``planned_minutes``; a phase not running shows its plan.

        ``ran`` is (start, end) as HH:MM when the phase has already been held.
        """
        self.planned_minutes = planned_minutes or 0
        self.ran = ran
        if started_at and running:
            try:
                elapsed = datetime.now().astimezone() - datetime.fromisoformat(started_at)
                self.started_monotonic = time.monotonic() - max(0.0, elapsed.total_seconds())
            except ValueError:
                self.started_monotonic = time.monotonic()
        else:
            self.started_monotonic = None
        self.tick()

    def seconds_left(self) -> float:
        """Return the seconds left (negative when over time)."""
        if self.started_monotonic is None:
            return self.planned_minutes * 60 + self.extra_seconds
        now = self.paused_at if self.paused_at is not None else time.monotonic()
        used = now - self.started_monotonic - self.paused_total
        return self.planned_minutes * 60 + self.extra_seconds - used

    def toggle_pause(self) -> None:
        """Pause the clock, or go on from where it stopped."""
        if self.paused_at is None:
            self.paused_at = time.monotonic()
        else:
            self.paused_total += time.monotonic() - self.paused_at
            self.paused_at = None
        self.tick()

    def add_minutes(self, minutes: int) -> None:
        """Give the groups more time."""
        self.extra_seconds += minutes * 60
        self.tick()

    def tick(self) -> None:
        """Redraw the clock."""
        left = self.seconds_left()
        whole = int(abs(left))
        text = ("-" if left < 0 else "") + f"{whole // 60:02d}:{whole % 60:02d}"
        scale = scale_for(self.app.size.width, self.app.size.height, len(text))
        big = self.query_one("#countdown-big", Static)
        digits = self.query_one(Digits)
        big.display, digits.display = scale > 0, scale == 0
        if scale:
            big.update(render_big(text, scale))
        else:
            digits.update(text)
        self.set_class(left < 0, "overtime")
        self.set_class(self.paused_at is not None, "paused")
        total = self.planned_minutes + int(self.extra_seconds // 60)
        if self.started_monotonic is None and getattr(self, "ran", None):
            status = t("countdown.finished", start=self.ran[0], end=self.ran[1])
        elif self.started_monotonic is None:
            status = t("countdown.not_started", minutes=total)
        elif self.paused_at is not None:
            status = t("countdown.paused", minutes=total)
        elif left < 0:
            status = t("countdown.overtime", minutes=total)
        else:
            status = t("countdown.running", minutes=total)
        self.query_one("#countdown-status", Static).update(status)
