"""200 phones send the evaluation form within one second while the leader's app draws: stored? p99? frames? count?

Each pair of runs, in turn:

* **baseline** – ``bench.flood_bare``, a bare aiohttp handler in its own process
  storing each form with plain sqlite3 before answering (the fastest honest way);
* **app** – dialog in a pseudo-terminal (``bench.flood_app``: Textual's real
  driver, real frames, a 20 ms heartbeat on screen) on the Evaluation screen,
  with its room open (the room's own child process, as the leader runs it).

The phones are a third process (``bench.flood_client``). Every answer's HTTP
status is checked (303 to the thank-you page), every acknowledged form is
looked up in the SQLite file afterwards, and the app's frames are read from the
terminal: the largest gap between two writes during the flood, and when the
Evaluation screen's count of forms first shows the final number.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import psutil

from bench.ports import free_port
from bench.pty_terminal import Terminal
from dialog.core.demo import build_demo

PHONES = 200
SECONDS = 1.0
PAIRS = int(os.environ.get("FLOOD_PAIRS", "5"))
SIZE = (120, 36)
ROOT = Path(__file__).parent.parent


def p99(values: list[float]) -> float:
    """The 99th percentile."""
    return statistics.quantiles(values, n=100)[98]


def phones(url: str, loaded=lambda: None) -> list[dict]:
    """Run the phones against ``url``; one entry per form sent (see ``bench.flood_client``).

    ``loaded`` is called once every phone has its form, just before they send.
    """
    client = subprocess.Popen([sys.executable, "-m", "bench.flood_client", url, str(PHONES), str(SECONDS)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert client.stderr is not None
    said = client.stderr.readline()
    if said.strip() == "loaded":
        loaded()
    output, errors = client.communicate()
    if client.returncode:
        raise RuntimeError(f"the phones failed: {said}{errors}")
    return json.loads(output)


def stored_ids(path: Path) -> set[str]:
    """The one-time ids of every form stored in the file (read by a fresh connection)."""
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT instance_id FROM evaluation_response")
                if row[0] is not None}
    finally:
        connection.close()


def count_stored(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM evaluation_response").fetchone()[0]
    finally:
        connection.close()


def checked(sent: list[dict], path: Path) -> dict:
    """Latencies of the acknowledged forms, and what went wrong: other answers, acknowledged but not stored."""
    acknowledged = [form for form in sent if form["status"] == 303 and form["location"].endswith("/thanks")]
    stored = stored_ids(path)
    return {"latencies": [form["latency"] for form in sent], "acknowledged": len(acknowledged),
            "other_answers": len(sent) - len(acknowledged),
            "lost": sum(form["instance_id"] not in stored for form in acknowledged),
            "first_sent": min(form["at"] - form["latency"] for form in sent),
            "last_ack": max(form["at"] for form in acknowledged) if acknowledged else None}


def cpu_seconds(process: psutil.Process) -> float:
    """User and system time of ``process`` so far (all its threads)."""
    times = process.cpu_times()
    return times.user + times.system


def baseline_round(path: Path) -> dict:
    """The phones against the bare handler in its own process."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "bench.flood_bare", str(path), str(port)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        process = psutil.Process(server.pid)
        before: list[float] = []
        sent = phones(f"bare:http://127.0.0.1:{port}", lambda: before.append(cpu_seconds(process)))
        used = cpu_seconds(process) - before[0]
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=15)
    return {**checked(sent, path), "server_cpu": used}


def wait_for(path: Path, seconds: float) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and path.stat().st_size:
            return json.loads(path.read_text(encoding="utf-8"))
        time.sleep(0.05)
    raise RuntimeError(f"the app did not open its room within {seconds} s")


def app_round(path: Path) -> dict:
    """The phones against the app's room while the app draws in a pseudo-terminal."""
    before = count_stored(path)
    state = path.with_suffix(".state")
    terminal = Terminal([sys.executable, "-m", "bench.flood_app", str(path), str(free_port()), str(state)],
                        *SIZE, ROOT)
    try:
        url = wait_for(state, 60)["url"]
        time.sleep(0.2)
        app_process = psutil.Process(terminal.process.pid)
        idle_start, idle_cpu = time.monotonic(), cpu_seconds(app_process)
        time.sleep(1.0)  # the heartbeat runs; the idle second is the reference for frame gaps and CPU
        idle_end = time.monotonic()
        idle_gap = terminal.largest_gap(idle_start, idle_end)
        idle_cpu = (cpu_seconds(app_process) - idle_cpu) / (idle_end - idle_start)
        room_process = app_process.children()[0]  # the room's own process (dialog.web.room_process)
        app_cpu, flood_start = cpu_seconds(app_process), time.monotonic()
        room_cpu: list[float] = []
        if os.environ.get("FLOOD_SLOW"):
            print(f"flood starts at {time.time():.3f}", file=sys.stderr)
        sent = phones(url, lambda: room_cpu.append(cpu_seconds(room_process)))
        room_cpu_used = cpu_seconds(room_process) - room_cpu[0]
        result = checked(sent, path)
        if os.environ.get("FLOOD_SLOW"):
            print(f"flood ends at {time.time():.3f}", file=sys.stderr)
        final = before + result["acknowledged"]
        pattern = rb"\b%d (?:skjema|form)" % final
        deadline = time.monotonic() + 5
        shown = None
        while shown is None and time.monotonic() < deadline:
            time.sleep(0.1)
            shown = terminal.first_shown(pattern, result["first_sent"])
        app_cpu = (cpu_seconds(app_process) - app_cpu) / (time.monotonic() - flood_start)
        end = max(result["last_ack"] or 0, shown or 0)
        result.update(idle_gap=idle_gap, flood_gap=terminal.largest_gap(result["first_sent"], end),
                      shown_after=None if shown is None else shown - result["last_ack"],
                      stored_count=count_stored(path) - before, server_cpu=room_cpu_used, app_cpu=app_cpu,
                      idle_cpu=idle_cpu)
    finally:
        Path(f"{state}.stop").touch()
        terminal.close()
    return result


def run(folder: Path, line) -> None:
    """Print the flood figures: medians of ``PAIRS`` pairs, baseline and app in turn."""
    rounds: list[tuple[dict, dict]] = []
    for number in range(PAIRS):
        base = baseline_round(build_demo(folder / f"flood-bare-{number}", "stovner"))
        app = app_round(build_demo(folder / f"flood-app-{number}", "stovner"))
        rounds.append((base, app))
    report(rounds, line)


def report(rounds: list[tuple[dict, dict]], line) -> None:
    def median(side: int, figure) -> float:
        return statistics.median(figure(pair[side]) for pair in rounds)

    base_p50 = median(0, lambda r: statistics.median(r["latencies"]) * 1000)
    base_p99 = median(0, lambda r: p99(r["latencies"]) * 1000)
    line(f"flood baseline: bare aiohttp + sqlite3, p50 of {PHONES}/s", base_p50, "ms")
    line(f"flood baseline: bare aiohttp + sqlite3, p99 of {PHONES}/s", base_p99, "ms")
    line("flood app drawing: p50 send latency, median", median(1, lambda r: statistics.median(r["latencies"]) * 1000),
         "ms", base_p50)
    line("flood app drawing: p99 send latency, median", median(1, lambda r: p99(r["latencies"]) * 1000), "ms", base_p99)
    line("flood app drawing: p99 send latency, worst", max(p99(app["latencies"]) * 1000 for _, app in rounds), "ms",
         base_p99)
    idle = median(1, lambda r: r["idle_gap"] * 1000)
    line("flood app: largest frame gap, idle (20 ms beat)", idle, "ms")
    line("flood app: largest frame gap in the flood, median", median(1, lambda r: r["flood_gap"] * 1000), "ms", idle)
    line("flood app: largest frame gap in the flood, worst", max(app["flood_gap"] for _, app in rounds) * 1000, "ms",
         idle)
    shown = [app["shown_after"] for _, app in rounds]
    line("flood app: count on screen after last ack, median",
         statistics.median(s for s in shown if s is not None) * 1000 if any(s is not None for s in shown) else -1,
         "ms")
    line("flood app: count on screen after last ack, worst",
         max(s if s is not None else float("inf") for s in shown) * 1000, "ms")
    base_cpu = median(0, lambda r: r["server_cpu"])
    line("flood baseline: server CPU for the forms, median", base_cpu, "s")
    line("flood app: room process CPU for the forms, median", median(1, lambda r: r["server_cpu"]), "s", base_cpu)
    idle_cpu = median(1, lambda r: r["idle_cpu"] * 100)
    line("flood app: app CPU share idle, heartbeat only", idle_cpu, "%")
    line("flood app: app CPU, phones loading to count shown", median(1, lambda r: r["app_cpu"] * 100), "%",
         idle_cpu)
    for side, name in ((0, "baseline"), (1, "app")):
        line(f"flood {name}: acknowledged, fewest of {len(rounds)}", min(pair[side]["acknowledged"] for pair in rounds),
             "", PHONES)
        line(f"flood {name}: other HTTP answers, total", sum(pair[side]["other_answers"] for pair in rounds), "")
        line(f"flood {name}: acknowledged but not stored, total", sum(pair[side]["lost"] for pair in rounds), "")
    line("flood app: stored = acknowledged in every round",
         float(all(app["stored_count"] == app["acknowledged"] for _, app in rounds)), "")


if __name__ == "__main__":
    import tempfile

    from bench.__main__ import line as print_line

    run(Path(tempfile.mkdtemp(prefix="dialog-flood-")), print_line)
