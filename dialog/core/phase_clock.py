"""The group-work clock's adjustments – pauses and added minutes – kept in the conference file.

A restart of the app, or a second terminal on the same file, shows the same
time left: the clock is worked out from the phase's start in the phase log,
its planned minutes, the minutes added and the time spent paused.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_EXTRA_MINUTES = 600
"""The most minutes that can be added to one run of a phase (ten hours)."""


def clock_now() -> str:
    """Now, to the millisecond, as the clock's moments are stored."""
    return datetime.now().astimezone().isoformat(timespec="milliseconds")


def _moment(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.astimezone()


@dataclass(frozen=True)
class PhaseClock:
    """One run of a phase (a row of the phase log): minutes added, seconds paused, paused since when."""

    log_id: str | None = None
    extra_minutes: int = 0
    paused_seconds: float = 0.0
    paused_since: str | None = None

    @property
    def paused(self) -> bool:
        """True while the clock stands still."""
        return self.paused_since is not None

    def seconds_left(self, started_at: str, planned_minutes: int, now: datetime) -> float:
        """Seconds left at ``now`` for a run that started at ``started_at`` (negative when over time)."""
        try:
            elapsed = (now - _moment(started_at)).total_seconds()
            standing = self.paused_seconds
            if self.paused_since is not None:
                standing += max(0.0, (now - _moment(self.paused_since)).total_seconds())
        except ValueError:
            elapsed, standing = 0.0, 0.0
        return (planned_minutes + self.extra_minutes) * 60 - max(0.0, elapsed - standing)

    def toggled(self, at: str) -> PhaseClock:
        """Paused from ``at``, or running again from ``at`` with the pause counted."""
        if self.paused_since is None:
            return replace(self, paused_since=at)
        try:
            stood = max(0.0, (_moment(at) - _moment(self.paused_since)).total_seconds())
        except ValueError:
            stood = 0.0
        return replace(self, paused_seconds=self.paused_seconds + stood, paused_since=None)

    def with_more_minutes(self, minutes: int) -> PhaseClock:
        """``minutes`` more (never past :data:`MAX_EXTRA_MINUTES` in all)."""
        return replace(self, extra_minutes=max(0, min(MAX_EXTRA_MINUTES, self.extra_minutes + minutes)))


def current_clock(db: Database, phase: str) -> PhaseClock:
    """The clock of ``phase``'s open run; an empty clock when the phase is not running."""
    row = db.execute(
        "SELECT l.id, coalesce(c.extra_minutes, 0), coalesce(c.paused_seconds, 0), c.paused_since"
        " FROM phase_log l LEFT JOIN phase_clock c ON c.phase_log_id = l.id"
        " WHERE l.phase = ? AND l.ended_at IS NULL ORDER BY l.started_at DESC LIMIT 1", [phase]).fetchone()
    return PhaseClock(*row) if row else PhaseClock()


def save_clock(db: Database, clock: PhaseClock) -> None:
    """Store ``clock`` for its run of the phase; a clock of a run that has ended is left alone."""
    if clock.log_id is None:
        return
    with db.atomic():
        still_open = db.execute("SELECT 1 FROM phase_log WHERE id = ? AND ended_at IS NULL",
                                [clock.log_id]).fetchone()
        if still_open is None:
            return
        db.execute("INSERT INTO phase_clock (phase_log_id, extra_minutes, paused_seconds, paused_since) "
                   "VALUES (?, ?, ?, ?) ON CONFLICT (phase_log_id) DO UPDATE SET "
                   "extra_minutes = excluded.extra_minutes, paused_seconds = excluded.paused_seconds, "
                   "paused_since = excluded.paused_since",
                   [clock.log_id, clock.extra_minutes, clock.paused_seconds, clock.paused_since])


def toggle_pause(db: Database, phase: str, at: str | None = None) -> PhaseClock:
    """Pause ``phase``'s running clock, or let it run again; returns the stored clock."""
    clock = current_clock(db, phase).toggled(at or clock_now())
    save_clock(db, clock)
    return clock


def add_minutes(db: Database, phase: str, minutes: int) -> PhaseClock:
    """Give ``phase``'s running clock ``minutes`` more; returns the stored clock."""
    clock = current_clock(db, phase).with_more_minutes(minutes)
    save_clock(db, clock)
    return clock
