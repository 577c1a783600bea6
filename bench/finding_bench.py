"""40 phones answer the finding on the leader's screen within 5 s: every answer counted? The count on screen when?

Each pair of runs, in turn:

* **baseline** – ``bench.finding_bare``, a bare aiohttp handler in its own
  process storing each answer with plain sqlite3 before answering (the fastest
  honest way to take the same answers);
* **app** – dialog in a pseudo-terminal (``bench.flood_app``: Textual's real
  driver and frames, a 20 ms heartbeat) on the Presentation screen, with its
  room open (the room's own child process, as the leader runs it).

The phones are a third process (``bench.finding_client``): each scans the
code, reads the form from its page and sends one answer, 40 answers spread
evenly over 5 s. Every answer's HTTP status is checked (303 back to the
finding), the answers stored for the finding are counted in the file
afterwards, and the app's frames are read from the terminal: when the
Presentation screen first shows the final count, measured from the last
acknowledged answer.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.flood_bench import wait_for
from bench.ports import free_port
from bench.pty_terminal import Terminal
from dialog.core.database import open_conference
from dialog.core.demo import build_demo
from dialog.core.findings import list_findings
from dialog.core.phases import move_to_phase
from dialog.core.room_answers import open_finding

PHONES = 40
SECONDS = 5.0
PAIRS = int(os.environ.get("FINDING_PAIRS", "5"))
SIZE = (80, 24)
ROOT = Path(__file__).parent.parent

COUNT_ON_SCREEN = rb"(?:Svar fra salen|Answers from the room): %d\b"
"""How the Presentation screen says how many phones have answered (nb or en), with the count filled in."""


def prepared(folder: Path) -> tuple[Path, str]:
    """A Stovner demo in its presentation without answers, its first finding open; the file and that finding's id."""
    path = build_demo(folder, "stovner")
    db = open_conference(path)
    try:
        db.execute("DELETE FROM finding_answer")  # the demo's own phones answered already: start from none,
        db.execute("DELETE FROM finding_room")  # its answers not shown (a shown finding takes no answers)
        move_to_phase(db, "presentation")
        finding_id = list_findings(db)[0]["id"]
        open_finding(db, finding_id)
    finally:
        db.close()
    return path, finding_id


def answered(path: Path, finding_id: str) -> int:
    """How many answers the file holds for the finding (read by a fresh connection)."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM finding_answer WHERE finding_id = ?",
                                  [finding_id]).fetchone()[0]
    finally:
        connection.close()


def phones(url: str) -> list[dict]:
    """Run the phones against ``url``; one entry per answer sent (see ``bench.finding_client``)."""
    client = subprocess.run([sys.executable, "-m", "bench.finding_client", url, str(PHONES), str(SECONDS)],
                            capture_output=True, text=True, cwd=ROOT)
    if client.returncode:
        raise RuntimeError(f"the phones failed: {client.stderr}")
    return json.loads(client.stdout)


def checked(sent: list[dict], path: Path, finding_id: str) -> dict:
    """Latencies, acknowledged answers, and acknowledged answers the file does not hold."""
    acknowledged = [one for one in sent if one["status"] == 303 and one["location"].endswith("/finding")]
    stored = answered(path, finding_id)
    return {"latencies": [one["latency"] for one in sent], "acknowledged": len(acknowledged),
            "other_answers": len(sent) - len(acknowledged), "stored": stored,
            "lost": max(0, len(acknowledged) - stored),
            "last_ack": max(one["at"] for one in acknowledged) if acknowledged else None,
            "first_sent": min(one["at"] - one["latency"] for one in sent)}


def baseline_round(folder: Path) -> dict:
    """The phones against the bare handler in its own process."""
    path, finding_id = prepared(folder)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "bench.finding_bare", str(path), str(port)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        sent = phones(f"bare:http://127.0.0.1:{port}")
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=15)
    return checked(sent, path, finding_id)


def app_round(folder: Path) -> dict:
    """The phones against the app's room while the app shows the finding in an 80×24 pseudo-terminal."""
    path, finding_id = prepared(folder)
    state = path.with_suffix(".state")
    terminal = Terminal([sys.executable, "-m", "bench.flood_app", str(path), str(free_port()), str(state),
                         "presentation"], *SIZE, ROOT)
    try:
        url = wait_for(state, 60)["url"]
        time.sleep(0.5)
        sent = phones(url)
        result = checked(sent, path, finding_id)
        pattern = re.compile(COUNT_ON_SCREEN % result["acknowledged"])
        deadline, shown = time.monotonic() + 5, None
        while shown is None and time.monotonic() < deadline:
            time.sleep(0.1)
            shown = terminal.first_shown(pattern.pattern, result["first_sent"])
        result["shown_after"] = None if shown is None or result["last_ack"] is None else shown - result["last_ack"]
    finally:
        Path(f"{state}.stop").touch()
        terminal.close()
    return result


def p99(values: list[float]) -> float:
    """The 99th percentile."""
    return statistics.quantiles(values, n=100)[98]


def run(folder: Path, line) -> None:
    """Print the figures: medians of ``PAIRS`` pairs, baseline and app in turn."""
    rounds = [(baseline_round(folder / f"finding-bare-{number}"), app_round(folder / f"finding-app-{number}"))
              for number in range(PAIRS)]

    def median(side: int, figure) -> float:
        return statistics.median(figure(pair[side]) for pair in rounds)

    base_p50 = median(0, lambda r: statistics.median(r["latencies"]) * 1000)
    base_p99 = median(0, lambda r: p99(r["latencies"]) * 1000)
    line(f"finding baseline: bare aiohttp + sqlite3, p50 of {PHONES} in {SECONDS:g} s", base_p50, "ms")
    line(f"finding baseline: bare aiohttp + sqlite3, p99 of {PHONES} in {SECONDS:g} s", base_p99, "ms")
    line("finding app: p50 answer latency, median", median(1, lambda r: statistics.median(r["latencies"]) * 1000),
         "ms", base_p50)
    line("finding app: p99 answer latency, median", median(1, lambda r: p99(r["latencies"]) * 1000), "ms", base_p99)
    shown = [app["shown_after"] for _, app in rounds]
    line("finding app: count on screen after last answer, median",
         statistics.median(s for s in shown if s is not None) * 1000 if any(s is not None for s in shown) else -1,
         "ms")
    line("finding app: count on screen after last answer, worst",
         max(s if s is not None else float("inf") for s in shown) * 1000, "ms")
    for side, name in ((0, "baseline"), (1, "app")):
        line(f"finding {name}: acknowledged, fewest of {len(rounds)}",
             min(pair[side]["acknowledged"] for pair in rounds), "", PHONES)
        line(f"finding {name}: other HTTP answers, total", sum(pair[side]["other_answers"] for pair in rounds), "")
        line(f"finding {name}: acknowledged but not stored, total", sum(pair[side]["lost"] for pair in rounds), "")
    line("finding app: stored = acknowledged in every round",
         float(all(app["stored"] == app["acknowledged"] for _, app in rounds)), "")


if __name__ == "__main__":
    import tempfile

    from bench.__main__ import line as print_line

    run(Path(tempfile.mkdtemp(prefix="dialog-finding-")), print_line)
