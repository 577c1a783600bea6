"""Moving between phases, with every move logged with its real time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from dialog.core.ids_and_times import new_id, now_iso
from dialog.core.rows import PhaseRun, PlannedPhase, fetch_rows
from dialog.core.validation import choice
from dialog.core.vocabulary import PHASES
from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database


def current_phase(db: Database) -> str:
    """Return the phase the conference is in now."""
    return db.execute("SELECT phase FROM conference").fetchone()[0]


def move_to_phase(db: Database, phase: str, at: str | None = None) -> None:
    """Close the open phase-log entry and open one for ``phase`` (back or forth)."""
    choice(phase, PHASES, t("field.phase"))
    moment = at or now_iso()
    with db.atomic():
        db.execute("UPDATE phase_log SET ended_at = ? WHERE ended_at IS NULL", [moment])
        db.table("phase_log").insert({"id": new_id(), "phase": phase, "started_at": moment, "ended_at": None})
        db.execute("UPDATE conference SET phase = ?", [phase])


def close_log(db: Database, at: str | None = None) -> None:
    """End the open phase-log entry, e.g. when the conference is over."""
    db.execute("UPDATE phase_log SET ended_at = ? WHERE ended_at IS NULL", [at or now_iso()])


def phase_log(db: Database) -> list[PhaseRun]:
    """Return the agenda as it ran: every phase entry in time order, with its clock's added minutes and pauses."""
    return fetch_rows(
        db, PhaseRun,
        "SELECT l.*, coalesce(c.extra_minutes, 0) AS extra_minutes, coalesce(c.paused_seconds, 0) AS paused_seconds,"
        " c.paused_since FROM phase_log l LEFT JOIN phase_clock c ON c.phase_log_id = l.id"
        " ORDER BY l.started_at, l.rowid")


def phase_plan(db: Database) -> list[PlannedPhase]:
    """Return the planned start and minutes of each phase, in phase order."""
    rows = {row["phase"]: row for row in fetch_rows(db, PlannedPhase, "SELECT * FROM phase_plan")}
    return [rows[phase] for phase in PHASES if phase in rows]


def set_phase_plan(db: Database, phase: str, planned_start: str | None, planned_minutes: int | None) -> None:
    """Change one phase's planned start (HH:MM) and duration in minutes."""
    choice(phase, PHASES, t("field.phase"))
    db.execute(
        "UPDATE phase_plan SET planned_start = ?, planned_minutes = ? WHERE phase = ?",
        [planned_start, planned_minutes, phase],
    )


@dataclass
class PhaseOverview:
    """Where the conference stands: current phase, the plan and the agenda as it ran."""

    current: str
    plan: list[PlannedPhase]
    log: list[PhaseRun]

    def first_start(self, phase: str) -> str | None:
        """Return when ``phase`` first started, or None if it has not yet."""
        return next((row["started_at"] for row in self.log if row["phase"] == phase), None)

    def planned_minutes(self, phase: str) -> int | None:
        """Return the planned duration of ``phase`` in minutes."""
        return next((row["planned_minutes"] for row in self.plan if row["phase"] == phase), None)

    def current_started_at(self) -> str | None:
        """Return when the current phase was last entered."""
        open_rows = [row for row in self.log if row["ended_at"] is None and row["phase"] == self.current]
        return open_rows[-1]["started_at"] if open_rows else None

    def ran_seconds(self, phase: str) -> float | None:
        """Return how long ``phase`` ran in all, over every finished run (None if it never finished one)."""
        total, finished = 0.0, False
        for row in self.log:
            if row["phase"] != phase or not row["ended_at"]:
                continue
            try:
                total += max(0.0, (datetime.fromisoformat(row["ended_at"])
                                   - datetime.fromisoformat(row["started_at"])).total_seconds())
            except (TypeError, ValueError):
                continue  # a time no program of ours wrote: leave that run out
            finished = True
        return total if finished else None


def phase_overview(db: Database) -> PhaseOverview:
    """Read the current phase, the plan and the log in one go."""
    return PhaseOverview(current_phase(db), phase_plan(db), phase_log(db))


def neighbour(phase: str, step: int) -> str | None:
    """Return the phase ``step`` places after (or before) ``phase``, or None past the ends."""
    index = PHASES.index(phase) + step
    return PHASES[index] if 0 <= index < len(PHASES) else None
