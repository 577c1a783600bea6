"""SIGTERM and SIGHUP: the real app in a terminal (a pty) saves what was just typed, then exits."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import time
from pathlib import Path

import pytest

from tests.test_tui_durability import conference_with_group, notes_in

ROOT = Path(__file__).resolve().parent.parent


class Terminal:
    """The app running in a pseudo-terminal (100x30 unless told), driven by bytes as a keyboard sends them.

    ``cpus``: the only CPUs the app may run on (Linux), to share them with a busy program; ``nice``:
    how much of them it yields to the others (as a laptop busy with a video call or a virus scan).
    """

    def __init__(self, path: Path, *, lang: str = "en", size: tuple[int, int] = (100, 30),
                 cpus: set[int] | None = None, nice: int = 0) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: become the app
            os.chdir(ROOT)
            if cpus:
                os.sched_setaffinity(0, cpus)
            os.nice(nice)
            env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm-256color", "DIALOG_LANG": lang,
                   "TEXTUAL_ANIMATIONS": "none"}
            os.execve(sys.executable, [sys.executable, "-m", "dialog", "--sessions", str(path.parent), "open",
                                       str(path)], env)
        columns, rows = size
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.seen = b""

    def wait_for(self, text: str, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while text.encode() not in self.seen:
            assert time.monotonic() < deadline, f"never showed {text!r}"
            self.read(0.1)

    def read(self, seconds: float) -> None:
        """Drain what the app drew for ``seconds`` (an undrained pty would block the app's writes)."""
        deadline = time.monotonic() + seconds
        while True:
            ready, _, _ = select.select([self.fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                return
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.seen = (self.seen + chunk)[-200_000:]

    def type(self, data: str, gap: float = 0.0) -> None:
        for ch in data:
            os.write(self.fd, ch.encode())
            if gap:
                self.read(gap)  # keep draining the screen output while "typing"

    def exit_status(self, seconds: float = 30) -> int:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.read(0.05)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return status
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        raise AssertionError("the app did not exit after the signal")


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_right_after_typing_saves_the_note(tmp_path, number):
    path, _ = conference_with_group(tmp_path)
    text = "Ingen ringte tilbake"
    terminal = Terminal(path)
    try:
        terminal.wait_for("Setup")
        terminal.type("\x1bOS")  # F4: group work
        terminal.wait_for("Gruppe 1")
        terminal.read(1.0)
        terminal.type("2B\t")
        terminal.type(text, gap=0.15)  # steady typing, no pause
        os.kill(terminal.pid, number)
        status = terminal.exit_status()
    finally:
        try:
            os.kill(terminal.pid, signal.SIGKILL)
            os.waitpid(terminal.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(terminal.fd)
    assert os.WIFEXITED(status), f"ended by signal {os.WTERMSIG(status) if os.WIFSIGNALED(status) else '?'}"
    assert notes_in(path) == [("works_less_well", "B", text)]
