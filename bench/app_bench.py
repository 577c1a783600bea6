"""The leader's app: start-up until the first phase screen is painted with its data, ``dialog list``,
keystroke to commit, and peak memory.

How measured (start-up): ``dialog --lang en open FILE`` and a bare Textual app (one line of text), each a whole
process in its own pseudo-terminal of 120x40 with Textual's real terminal driver; the clock runs from starting the
process until the terminal's output stream holds the demo's summary line (for the bare app, its one line); runs
in pairs A B A B, medians and their ratio.
How measured (``dialog list``): ``dialog list`` on a folder of two demos against ``dialog --help``, whole
processes until they exit, in pairs, medians and their ratio.
Baselines in the same run: a bare Textual app's start-up and memory, ``dialog --help``.
"""

from __future__ import annotations

import asyncio
import compileall
import os
import pty
import re
import resource
import select
import shutil
import signal
import sqlite3
import statistics
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable
from fcntl import ioctl
from pathlib import Path
from typing import TypeVar

from bench.app_child import BARE_MARKER
from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.database import open_conference
from dialog.core.demo import build_demo
from dialog.core.groups import add_group
from dialog.core.phases import move_to_phase
from dialog.core.summary import summarise
from dialog.i18n import get_language, set_language, t

ROOT = Path(__file__).resolve().parent.parent
R = TypeVar("R")
SIZE = (40, 120)
"""Rows and columns of the pseudo-terminal."""

_ESCAPES = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[=>78])")
"""Terminal control sequences (CSI, OSC, charset and keypad selections), removed to find the text drawn."""


def child_run(*argv: str) -> tuple[float, int]:
    """Seconds from starting the child until it says ``ready``, and its peak memory in KiB (headless)."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "bench.app_child", *argv], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    assert child.stdout is not None
    ready = None
    lines = []
    for line in child.stdout:
        if line.strip() == "ready" and ready is None:
            ready = time.perf_counter() - start
        lines.append(line.strip())
    child.wait()
    return ready or float("nan"), int(lines[-1])


def _terminal_environment() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("TEXTUAL")}
    env.update(TERM="xterm-256color", COLORTERM="truecolor", LANG="C.UTF-8", PYTHONPATH=str(ROOT))
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    return env


def painted(argv: list[str], marker: str, timeout: float = 30.0) -> tuple[float, float]:
    """Seconds from starting ``argv`` in a pseudo-terminal until ``marker`` is in what it drew; then it is killed.

    The text is looked for in the terminal's output stream with the control sequences taken
    out, so the clock stops once the frame holding it has been written to the terminal.
    Also returns the processor time the program used until then (all its threads), which a
    busy machine disturbs less than the wall clock.
    """
    master, slave = pty.openpty()
    ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", *SIZE, 0, 0))
    wanted = marker.encode()
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, cwd=ROOT, env=_terminal_environment(),
                             start_new_session=True)
    os.close(slave)
    stream = b""
    seen = float("nan")
    try:
        while time.perf_counter() - start < timeout:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the child is gone
                break
            stream += chunk
            if wanted in _ESCAPES.sub(b"", stream):
                seen = time.perf_counter() - start
                break
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        _pid, _status, usage = os.wait4(child.pid, 0)
        child.returncode = -signal.SIGKILL
        os.close(master)
    if seen != seen:
        raise RuntimeError(f"{marker!r} never appeared; the terminal showed: {_ESCAPES.sub(b'', stream)[-2000:]!r}")
    return seen, usage.ru_utime + usage.ru_stime


def summary_line(path: Path) -> str:
    """The start of the summary the Closing screen shows for ``path`` (in English): its counts."""
    db = open_conference(path, read_only=True)
    summary = summarise(db)
    db.close()
    language = get_language()
    set_language("en")
    try:
        return (f"{t('amount.participants', count=summary.participants)} · "
                f"{t('amount.evaluation_forms', count=summary.forms)}")
    finally:
        set_language(language)


def compile_package() -> None:
    """Write dialog's bytecode, as ``pip install`` does, so both apps start from compiled code.

    Textual's own files were compiled when pip installed them; an editable checkout
    (and a shell with PYTHONDONTWRITEBYTECODE set) would otherwise compile dialog's
    source on every start and charge that to the comparison.
    """
    compileall.compile_dir(ROOT / "dialog", quiet=1)


def paired(first: Callable[[], R], second: Callable[[], R], pairs: int) -> tuple[list[R], list[R]]:
    """Run ``first`` and ``second`` in turns (A B A B …), so a busy moment of the machine hits both."""
    a: list[R] = []
    b: list[R] = []
    for _ in range(pairs):
        a.append(first())
        b.append(second())
    return a, b


def startup(path: Path, pairs: int = 9) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """Seconds until painted, and processor seconds: the bare Textual app and ``dialog open`` on a fresh copy of
    ``path``, in pairs."""
    compile_package()
    marker = summary_line(path)
    copies = path.parent / "startup-copies"

    def bare() -> tuple[float, float]:
        return painted([sys.executable, "-m", "bench.app_child", "painted"], BARE_MARKER)

    def dialog() -> tuple[float, float]:
        shutil.rmtree(copies, ignore_errors=True)  # each run opens the file as it was built, with no backups yet
        copies.mkdir()
        shutil.copy(path, copies / path.name)
        return painted([sys.executable, "-m", "dialog", "--lang", "en", "--sessions", str(copies), "open",
                        str(copies / path.name)], marker)

    return paired(bare, dialog, pairs)


def whole_process(*argv: str) -> tuple[float, float]:
    """Seconds a ``dialog`` command takes as a whole process, until it has exited, and its processor seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dialog", *argv], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   cwd=ROOT, env=_terminal_environment(), check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def listing(folder: Path, pairs: int = 9) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """Seconds (wall, processor) for ``dialog --help`` and for ``dialog list`` on ``folder``, in pairs."""
    compile_package()
    return paired(lambda: whole_process("--help"), lambda: whole_process("--sessions", str(folder), "list"), pairs)


async def keystroke_to_commit(folder: Path, rounds: int = 5) -> list[float]:
    """Type a note; time from the last key until another connection can read it from the file."""
    from dialog.tui.app import create_app

    path = folder / "typing.dialog.sqlite"
    db = create_conference(path, ConferenceFacts("Alna", "2026-11-25"))
    add_group(db, "Gruppe 1", ["4.9"], {"user": 3})
    move_to_phase(db, "group_work")
    db.close()
    reader = sqlite3.connect(path)
    latencies = []
    app = create_app(folder, path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.5)
        for number in range(rounds):
            app.screen.query_one("#notes-list").focus()
            text = f"notat {number}"
            await pilot.press("1", "B", "tab", *text[:-1])
            typed = time.perf_counter()  # before the last key, so the figure is an upper bound
            await pilot.press(text[-1])
            while not reader.execute("SELECT 1 FROM note WHERE text = ?", [text]).fetchone():
                await asyncio.sleep(0.002)
            latencies.append(time.perf_counter() - typed)
            await pilot.press("enter")
            await pilot.pause(0.3)
    reader.close()
    return latencies


def _median(runs: list[tuple[float, float]], index: int) -> float:
    """The median of one figure of paired runs, in milliseconds."""
    return statistics.median(run[index] for run in runs) * 1000


STARTUP_NAMES = ("start-up painted: bare Textual app (baseline)", "start-up painted: demo's Closing summary on screen",
                 "start-up CPU: bare Textual app (baseline)", "start-up CPU: demo's Closing summary on screen")
LIST_NAMES = ("dialog --help (baseline)", "dialog list, two demos", "dialog --help CPU (baseline)",
              "dialog list CPU, two demos")


def run(folder: Path, line) -> None:
    """Print the app figures."""
    path = build_demo(folder / "app", "stovner")
    bare, dialog = startup(path)
    show_pairs(line, STARTUP_NAMES, bare, dialog)
    build_demo(folder / "app", "bjerke")
    help_runs, list_runs = listing(folder / "app")
    show_pairs(line, LIST_NAMES, help_runs, list_runs)
    latencies = asyncio.run(keystroke_to_commit(folder))
    line("keystroke to commit, median (incl. 250 ms pause)", statistics.median(latencies) * 1000, "ms")
    line("keystroke to commit, worst of 5", max(latencies) * 1000, "ms")
    bare_memory = child_run("bare")[1] / 1024
    tour_memory = child_run("tour", str(path))[1] / 1024
    line("peak memory: bare Textual app (baseline)", bare_memory, "MiB")
    line("peak memory: demo, every phase + minutes", tour_memory, "MiB", bare_memory)


def show_pairs(show, names: tuple[str, str, str, str], baseline: list[tuple[float, float]],
               ours: list[tuple[float, float]]) -> None:
    """The medians of paired runs: wall time of the baseline and ours (with the ratio), then their processor time."""
    for kind in (0, 1):
        show(names[2 * kind], _median(baseline, kind), "ms")
        show(names[2 * kind + 1], _median(ours, kind), "ms", _median(baseline, kind))


if __name__ == "__main__":  # python -m bench.app_bench [pairs]: the start-up and list figures alone
    import tempfile

    def show(name: str, value: float, unit: str, baseline: float | None = None) -> None:
        ratio = f"{value / baseline:.2f}x" if baseline else "-"
        print(f"{name:<50} {value:>10.2f} {unit:<4} ratio {ratio}", flush=True)

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    where = Path(tempfile.mkdtemp(prefix="dialog-app-bench-"))
    demo = build_demo(where / "app", "stovner")
    bare_runs, dialog_runs = startup(demo, count)
    print("bare ms (wall/CPU):  ", " ".join(f"{wall * 1000:.0f}/{cpu * 1000:.0f}" for wall, cpu in bare_runs))
    print("dialog ms (wall/CPU):", " ".join(f"{wall * 1000:.0f}/{cpu * 1000:.0f}" for wall, cpu in dialog_runs))
    show_pairs(show, STARTUP_NAMES, bare_runs, dialog_runs)
    build_demo(where / "app", "bjerke")
    help_runs, list_runs = listing(where / "app", count)
    print("help ms (wall/CPU):", " ".join(f"{wall * 1000:.0f}/{cpu * 1000:.0f}" for wall, cpu in help_runs))
    print("list ms (wall/CPU):", " ".join(f"{wall * 1000:.0f}/{cpu * 1000:.0f}" for wall, cpu in list_runs))
    show_pairs(show, LIST_NAMES, help_runs, list_runs)
    shutil.rmtree(where, ignore_errors=True)
