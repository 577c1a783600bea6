"""The leader's app: start-up to the first usable screen, keystroke to commit, and peak memory.

Baselines in the same run: a bare Textual app's start-up and memory.
"""

from __future__ import annotations

import asyncio
import compileall
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.demo import build_demo
from dialog.core.groups import add_group
from dialog.core.phases import move_to_phase

ROOT = Path(__file__).resolve().parent.parent


def child_run(*argv: str) -> tuple[float, int]:
    """Seconds from starting the child until it says ``ready``, and its peak memory in KiB."""
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


def compile_package() -> None:
    """Write dialog's bytecode, as ``pip install`` does, so both apps start from compiled code.

    Textual's own files were compiled when pip installed them; an editable checkout
    (and a shell with PYTHONDONTWRITEBYTECODE set) would otherwise compile dialog's
    source on every start and charge that to the comparison.
    """
    compileall.compile_dir(ROOT / "dialog", quiet=1)


def startup(path: Path, repeat: int = 9) -> tuple[float, float]:
    compile_package()
    bare, dialog = [], []
    for _ in range(repeat):  # taken in turns, so a busy moment of the machine hits both
        bare.append(child_run("bare")[0])
        dialog.append(child_run("dialog", str(path))[0])
    return statistics.median(bare), statistics.median(dialog)


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


def run(folder: Path, line) -> None:
    """Print the app figures."""
    path = build_demo(folder / "app", "stovner")
    bare, dialog = startup(path)
    line("start-up: bare Textual app (baseline)", bare * 1000, "ms")
    line("start-up: demo to its first phase screen", dialog * 1000, "ms", bare * 1000)
    latencies = asyncio.run(keystroke_to_commit(folder))
    line("keystroke to commit, median (incl. 250 ms pause)", statistics.median(latencies) * 1000, "ms")
    line("keystroke to commit, worst of 5", max(latencies) * 1000, "ms")
    bare_memory = child_run("bare")[1] / 1024
    tour_memory = child_run("tour", str(path))[1] / 1024
    line("peak memory: bare Textual app (baseline)", bare_memory, "MiB")
    line("peak memory: demo, every phase + minutes", tour_memory, "MiB", bare_memory)
