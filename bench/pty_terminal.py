"""A program in a pseudo-terminal, with everything it writes kept with the moment it arrived.

Used by the flood bench: the app draws real frames through Textual's Linux
driver, as in a terminal window, and the bench reads them as the terminal would.
"""

from __future__ import annotations

import fcntl
import itertools
import os
import re
import select
import struct
import subprocess
import termios
import threading
import time
from pathlib import Path

ESCAPES = re.compile(rb"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[()][0-9A-Za-z]|[=>78])")
"""Control sequences: cursor moves, colours, window titles, modes (what is not text on the screen)."""


class Terminal:
    """Run ``command`` in a ``columns`` × ``rows`` pseudo-terminal and keep its output as ``(time, bytes)``."""

    def __init__(self, command: list[str], columns: int, rows: int, cwd: Path) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor"}
        env.pop("TEXTUAL", None)
        self.process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, cwd=cwd, env=env,
                                        start_new_session=True, close_fds=True)
        os.close(slave)
        self.master = master
        self.chunks: list[tuple[float, bytes]] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            ready, _, _ = select.select([self.master], [], [], 0.5)
            if not ready:
                if self.process.poll() is not None:
                    return
                continue
            try:
                data = os.read(self.master, 65536)
            except OSError:
                return
            if not data:
                return
            self.chunks.append((time.monotonic(), data))

    def write(self, data: bytes) -> None:
        """Type ``data`` at the terminal."""
        os.write(self.master, data)

    def largest_gap(self, start: float, end: float) -> float:
        """The longest time between two writes to the terminal within ``start`` … ``end`` (its edges included)."""
        times = [start] + [moment for moment, _ in self.chunks if start < moment < end] + [end]
        return max(later - earlier for earlier, later in itertools.pairwise(times))

    def first_shown(self, pattern: bytes, since: float) -> float | None:
        """When text matching ``pattern`` first reached the screen after ``since`` (control sequences ignored)."""
        chunks = [(moment, data) for moment, data in self.chunks if moment >= since]
        raw = b"".join(data for _, data in chunks)
        text, where = bytearray(), []
        position = 0
        for escape in ESCAPES.finditer(raw):
            text += raw[position:escape.start()]
            where += range(position, escape.start())
            position = escape.end()
        text += raw[position:]
        where += range(position, len(raw))
        found = re.search(pattern, bytes(text))
        if found is None:
            return None
        last_byte, passed = where[found.end() - 1], 0
        for moment, data in chunks:
            passed += len(data)
            if passed > last_byte:
                return moment
        return None

    def close(self, timeout: float = 15.0) -> None:
        """Wait for the program to end (kill it after ``timeout``), then close the terminal."""
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._reader.join(timeout=2)
        os.close(self.master)
