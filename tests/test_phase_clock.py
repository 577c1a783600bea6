"""The group-work clock kept in the file: pauses and added minutes per run of the phase."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.phase_clock import MAX_EXTRA_MINUTES, PhaseClock, add_minutes, current_clock, toggle_pause
from dialog.core.phases import move_to_phase

START = datetime.fromisoformat("2026-11-25T10:00:00+01:00")


def at(minutes: float) -> str:
    return (START + timedelta(minutes=minutes)).isoformat()


@pytest.fixture
def db(tmp_path):
    database = create_conference(tmp_path / "c.dialog.sqlite", ConferenceFacts("Alna", "2026-11-25"))
    move_to_phase(database, "group_work", at=at(0))
    yield database
    database.close()


def left(clock: PhaseClock, minutes: float) -> float:
    return clock.seconds_left(at(0), 45, START + timedelta(minutes=minutes)) / 60


def test_pauses_and_added_minutes_are_stored_and_counted(db):
    assert left(current_clock(db, "group_work"), 10) == 35
    toggle_pause(db, "group_work", at(10))
    assert current_clock(db, "group_work").paused
    assert left(current_clock(db, "group_work"), 25) == 35  # the clock stood still for 15 minutes
    toggle_pause(db, "group_work", at(25))
    add_minutes(db, "group_work", 5)
    clock = current_clock(db, "group_work")
    assert (clock.paused, clock.paused_seconds, clock.extra_minutes) == (False, 15 * 60, 5)
    assert left(clock, 30) == 45 + 5 - (30 - 15)
    assert left(clock, 80) < 0  # over time


def test_added_minutes_stop_at_the_most_allowed(db):
    for _ in range(200):
        add_minutes(db, "group_work", 5)
    assert current_clock(db, "group_work").extra_minutes == MAX_EXTRA_MINUTES


def test_a_new_run_of_the_phase_starts_a_fresh_clock_and_an_ended_run_is_left_alone(db):
    toggle_pause(db, "group_work", at(5))
    add_minutes(db, "group_work", 10)
    old = current_clock(db, "group_work")
    move_to_phase(db, "plenary", at=at(50))
    assert current_clock(db, "group_work") == PhaseClock()
    toggle_pause(db, "group_work", at(55))  # not running: nothing to pause
    assert db.execute("SELECT count(*) FROM phase_clock").fetchone()[0] == 1
    move_to_phase(db, "group_work", at=at(60))
    fresh = current_clock(db, "group_work")
    assert fresh.log_id != old.log_id and (fresh.extra_minutes, fresh.paused) == (0, False)
