"""The leader's app's peak memory on a conference with many notes, and what holds it.

``python -m bench.memory_bench`` builds the Stovner demo with its groups'
notes brought up to ``NOTES`` in all, then runs, in pairs, a bare Textual app
(the baseline, ``bench.app_child bare``) and dialog (``child`` below): every
phase screen in turn, each group's notes in group work and in the plenary's
presentation of the groups, each screen waited for until its data is on it.
Each child reports its peak resident memory (VmHWM).

``python -m bench.memory_bench trace [N]`` runs the same tour once under
tracemalloc and prints the lines of code that hold the most memory at the end
and at the peak.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path

NOTES = 4000
PAIRS = 5
GROUPS = 6
"""Keys for the next group in group work and in the plenary: more than the demo's four groups, so each is shown."""
ROOT = Path(__file__).parent.parent
SENTENCE = ("Vi trenger flere møteplasser for ungdom i nærmiljøet, og bedre belysning langs gangveien til skolen "
            "slik at flere tør å gå der om kvelden")


def build(folder: Path, notes: int = NOTES) -> Path:
    """The Stovner demo with ``notes`` notes in all, spread over its groups."""
    from dialog.core.database import open_conference
    from dialog.core.demo import build_demo
    from dialog.core.groups import list_groups
    from dialog.core.notes import add_note

    path = build_demo(folder, "stovner")
    db = open_conference(path)
    try:
        groups = [group["id"] for group in list_groups(db)]
        have = db.execute("SELECT count(*) FROM note WHERE deleted_at IS NULL").fetchone()[0]
        words = SENTENCE.split()
        kinds = ("works_well", "works_less_well", "new_angle", "quote", "measure", "other")
        with db.atomic():
            for number in range(notes - have):
                start = number % len(words)
                text = " ".join((words[start:] + words[:start])[:8 + number % 14])
                add_note(db, groups[number % len(groups)], kinds[number % len(kinds)], f"{text} ({number})",
                         "", author_device="bench")
    finally:
        db.close()
    return path


def tour_app(path: Path, report):
    """dialog visiting every phase and every group's notes; ``report()`` once the tour is over."""
    from dialog.tui.app import DialogApp

    class Touring(DialogApp):
        """Keys as the leader would press them, each once the screen before has its data."""

        def on_mount(self) -> None:  # Textual runs DialogApp.on_mount as well
            groups = [("right_square_bracket", "group_work")] * GROUPS
            presented = [("right", "plenary")] * GROUPS
            self.steps = [("f2", "setup"), ("f3", "presentation"), ("f4", "group_work"), *groups,
                          ("f5", "plenary"), *presented, ("f6", "evaluation"), ("f7", "closing")]
            self.expected: str | None = None
            self.settled = 0
            self._timer = self.set_interval(0.05, self._step)

        def _step(self) -> None:
            phase = getattr(self.screen, "PHASE", None)
            if phase is None or (self.expected and phase != self.expected) or self.store is None \
                    or not self.store.idle():
                self.settled = 0
                return
            self.settled += 1
            if self.settled < 3:  # the screen has drawn what the store gave it
                return
            self.settled = 0
            if self.steps:
                key, self.expected = self.steps.pop(0)
                self.simulate_key(key)
                return
            self._timer.stop()
            report(self)
            self.exit()

    return Touring(sessions=path.parent, conference=path)


def peak_kib() -> int:
    """Peak resident memory of this process in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM")


def child(path: Path) -> None:
    """Run the tour headless at 120×40 and print the peak memory in KiB (fails unless the tour was finished)."""
    finished: list[str] = []
    app = tour_app(path, lambda app: finished.append(app.screen.PHASE))
    app.run(headless=True, size=(120, 40))
    if finished != ["closing"] or app.return_code:
        raise SystemExit(f"the tour did not finish: {finished}, exit status {app.return_code}")
    print(peak_kib(), flush=True)


def trace(path: Path, top: int) -> None:
    """The tour under tracemalloc: who holds memory at the end, and the peak."""
    tracemalloc.start(8)

    def report(app) -> None:
        snapshot = tracemalloc.take_snapshot()
        current, peak = tracemalloc.get_traced_memory()
        print(f"traced now {current / 2**20:.1f} MiB, peak {peak / 2**20:.1f} MiB")
        ours = snapshot.filter_traces([tracemalloc.Filter(True, "*/dialog/*")])
        print("by the first line of dialog's own code (traceback of 8):")
        for stat in ours.statistics("traceback")[:top]:
            frames = [f"{frame.filename.split('/dialog/')[-1]}:{frame.lineno}" for frame in stat.traceback
                      if "/dialog/" in frame.filename][:2]
            print(f"  {stat.size / 2**20:7.2f} MiB {stat.count:8d} blocks  {' <- '.join(frames)}")
        print("by file (all code):")
        for stat in snapshot.statistics("filename")[:top]:
            print(f"  {stat.size / 2**20:7.2f} MiB {stat.count:8d} blocks  {stat.traceback[0].filename}")

    tour_app(path, report).run(headless=True, size=(120, 40))
    print(f"peak RSS {peak_kib() / 1024:.1f} MiB (tracemalloc's own memory included)")


def child_peak(*args: str) -> float:
    """Peak MiB of a child: ``bench.app_child bare`` or this module's ``child``."""
    module = "bench.app_child" if args[0] == "bare" else "bench.memory_bench"
    finished = subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True, check=True,
                              cwd=ROOT)
    return int(finished.stdout.split()[-1]) / 1024


def run(folder: Path, line, pairs: int = PAIRS) -> None:
    """Print the peak memory figures: medians of ``pairs`` pairs."""
    path = build(folder / "memory")
    bare, app = [], []
    for _ in range(pairs):
        bare.append(child_peak("bare"))
        app.append(child_peak("child", str(path)))
    baseline = statistics.median(bare)
    line("peak memory: bare Textual app (baseline)", baseline, "MiB")
    line(f"peak memory: {NOTES} notes, every phase and group", statistics.median(app), "MiB", baseline)
    line(f"peak memory: {NOTES} notes, highest of {pairs}", max(app), "MiB", baseline)


if __name__ == "__main__":
    if sys.argv[1:2] == ["child"]:
        child(Path(sys.argv[2]))
    elif sys.argv[1:2] == ["trace"]:
        trace(build(Path(tempfile.mkdtemp(prefix="dialog-memory-")) / "m"), int(sys.argv[2]) if sys.argv[2:] else 15)
    else:
        from bench.__main__ import line as print_line

        run(Path(tempfile.mkdtemp(prefix="dialog-memory-")), print_line, int(sys.argv[1]) if sys.argv[1:] else PAIRS)
