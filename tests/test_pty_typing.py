"""Twenty notes typed quickly into the real app in a real terminal, on a machine busy with something else."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.test_signals import Terminal
from tests.test_tui_durability import conference_with_group, notes_in
from tests.tui_helpers import rows_in
from tests.typing_helpers import bursts, notes_to_type, report

pytestmark = pytest.mark.long  # started first (tests/conftest.py)

KEY_BYTES = {"tab": "\t", "enter": "\r"}


@contextmanager
def busy_machine(cpu: int | None, hogs: int = 2) -> Iterator[None]:
    """Programs that keep the CPU busy – on the app's own CPU where the system lets us choose; the app,
    started with a lower priority, gets a small share of it while the keys come in."""
    programs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(hogs)]
    try:
        if cpu is not None:
            for program in programs:
                os.sched_setaffinity(program.pid, {cpu})
        yield
    finally:
        for program in programs:
            program.kill()
            program.wait()


def typed_notes(path) -> list[tuple]:
    """What the app has stored so far, read as another program would, without disturbing it."""
    return [tuple(row.values()) for row in rows_in(
        path, "SELECT kind, role_letter, text FROM note WHERE author_device = 'terminal' AND deleted_at IS NULL "
              "ORDER BY position")]


def test_twenty_notes_typed_quickly_in_a_terminal_on_a_busy_machine_all_land_with_their_role_letters(tmp_path):
    path, _ = conference_with_group(tmp_path)
    notes = notes_to_type(20, seed=20, words=(2, 4))
    cpu = min(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    terminal = Terminal(path, lang="nb", size=(80, 24), cpus={cpu} if cpu is not None else None,
                        nice=5)
    try:
        terminal.wait_for("Forberedelse")
        terminal.type("\x1bOS")  # F4: group work
        terminal.wait_for("Gruppe 1")
        terminal.read(1.0)
        with busy_machine(cpu):
            gap, before = bursts(0.1, 0.03, seed=20), ""
            for key in [key for note in notes for key in note.keys()]:  # noqa: SIM118 - a note's keys to type
                terminal.type(KEY_BYTES.get(key, key), gap=gap(before, key))
                before = key
            # Wait for the outcome, however long the busy app takes: every note whole in the file, or
            # nothing changing in it for a good while.
            last, steady_since = None, time.monotonic()
            while typed_notes(path) != [note.stored for note in notes] and time.monotonic() - steady_since < 30:
                terminal.read(0.5)
                now = typed_notes(path)
                if now != last:
                    last, steady_since = now, time.monotonic()
        os.kill(terminal.pid, signal.SIGTERM)  # saves what is typed, then exits (tests/test_signals.py)
        status = terminal.exit_status(seconds=120)
    finally:
        try:
            os.kill(terminal.pid, signal.SIGKILL)
            os.waitpid(terminal.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(terminal.fd)
    assert os.WIFEXITED(status)
    stored = notes_in(path)
    assert stored == [note.stored for note in notes], report(notes, stored)
