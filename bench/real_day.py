"""A real day on one conference file: every program at once, and nothing acknowledged is lost.

On the day the file is shared by the leader's app (with the room open in its
child process), phones sending evaluation forms, assistants' laptops writing
group notes, a second program adding notes (killed with SIGKILL, then started
again), ``dialog serve`` on another port (stopped with Ctrl+C), and
``dialog list``/``export``/``overview``/``qr`` run again and again in other
windows. The leader types notes, exports the minutes with Ctrl+E, and closes
and reopens the room.

Every write acknowledged to its sender (a note on the leader's list, an HTTP
303, a line printed after the commit) is checked at once by a fresh reader in
another program, and again at the end. A watcher looks at the ``-wal`` and
``-shm`` every few milliseconds: while a writer lives they must stay, the same
files. Used by the test suite (one short day) and by ``make soak`` (longer
days with random timings), which prints the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench.ports import free_port

ROOT = Path(__file__).resolve().parent.parent

SECOND_WRITER = """
import sys, time
from dialog.core.database import open_conference
from dialog.core.groups import list_groups
from dialog.core.notes import add_note
db = open_conference(sys.argv[1])
groups = [g["id"] for g in list_groups(db)]
prefix = sys.argv[2]
print("ready", flush=True)
number = 0
while True:
    number += 1
    text = f"{prefix}-{number}"
    add_note(db, groups[number % len(groups)], "other", text, "A")
    print(text, flush=True)
    time.sleep(0.3)
"""

VERIFIER = """
import sqlite3, sys
QUERIES = {"note": "SELECT 1 FROM note WHERE text = ?",
           "form": "SELECT 1 FROM evaluation_response WHERE instance_id = ?"}
for line in sys.stdin:
    kind, key = line.rstrip("\\n").split("\\t", 1)
    connection = sqlite3.connect(sys.argv[1], timeout=10)
    found = connection.execute(QUERIES[kind], [key]).fetchone() is not None
    connection.close()
    print(("ok" if found else "missing") + "\\t" + kind + "\\t" + key, flush=True)
"""

SAFE_LETTERS = "abcfgjkmnoprstvwxyz"
"""Letters that are no key on the notes list (not d, e, h, q, u), so a key that lands there does no harm."""

READER_COMMANDS = (
    ("list",),
    ("export", "{file}", "--format", "json", "--out", "{out}/day.json"),
    ("export", "{file}", "--out", "{out}/day.docx"),
    ("export", "{file}", "--format", "csv", "--out", "{out}/csv"),
    ("overview", "{sessions}", "--out", "{out}/overview.docx"),
    ("qr", "{file}", "--out", "{out}/qr", "--host", "127.0.0.1"),
)


SPAWNED: list[subprocess.Popen] = []
"""Every program a day starts, so none outlives it whatever happens."""


def _spawn(argv: list[str], **options) -> subprocess.Popen:
    child = subprocess.Popen(argv, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **options.pop("env", {})},
                             text=True, **options)
    SPAWNED.append(child)
    return child


def _end_every_program() -> None:
    for child in SPAWNED:
        if child.poll() is None:
            child.kill()
            child.wait()
    SPAWNED.clear()


@dataclass
class DayFigures:
    """What one day found."""

    acknowledged: Counter = field(default_factory=Counter)
    """Acknowledged writes by who wrote them."""
    not_visible_at_once: list[str] = field(default_factory=list)
    """Acknowledged writes a fresh reader in another program did not find right after the acknowledgement."""
    missing_at_end: list[str] = field(default_factory=list)
    """Acknowledged writes (and notes the leader typed) not in the file at the end."""
    server_errors: int = 0
    """HTTP 5xx answers to phones and laptops."""
    refused_busy: int = 0
    """Forms and notes that came back to the sender unsaved (the file busy too long); the sender still has them."""
    reader_runs: Counter = field(default_factory=Counter)
    reader_failures: list[str] = field(default_factory=list)
    wal_events: list[str] = field(default_factory=list)
    """Moments the -wal or -shm was missing or replaced while a writer lived."""
    serve_exit: int | None = None
    integrity: str = ""
    leader_notes: int = 0
    detours: list[str] = field(default_factory=list)
    """Screens found on top when the leader was about to type (a dialog still up after an event)."""
    leader_rows: list = field(default_factory=list)
    """The leader's latest notes as stored (text, deleted), when some were not found as typed."""
    leader_keys: int = 0
    leader_seconds: float = 0.0
    """Time the leader spent typing notes (keys pressed until the app had dealt with each)."""

    def problems(self) -> list[str]:
        """Everything that should never happen, one line each."""
        found = []
        if self.not_visible_at_once:
            found.append(f"{len(self.not_visible_at_once)} acknowledged writes not visible at once: "
                         f"{self.not_visible_at_once[:5]}")
        if self.missing_at_end:
            found.append(f"{len(self.missing_at_end)} writes lost: {self.missing_at_end[:5]}; the leader's latest "
                         f"notes as stored: {self.leader_rows}; detours: {self.detours}")
        if self.server_errors:
            found.append(f"{self.server_errors} server errors")
        if self.reader_failures:
            found.append(f"reader commands failed: {self.reader_failures[:3]}")
        if self.wal_events:
            found.append(f"-wal/-shm removed under a writer: {self.wal_events[:3]}")
        if self.serve_exit not in (0, None):
            found.append(f"dialog serve ended with {self.serve_exit} after Ctrl+C")
        if self.integrity != "ok":
            found.append(f"integrity_check: {self.integrity}")
        return found


class Ledger:
    """Acknowledged writes, checked at once by a fresh reader in another program."""

    def __init__(self, path: Path, figures: DayFigures) -> None:
        self.figures = figures
        self.keys: list[tuple[str, str, str]] = []
        self._lock = threading.Lock()
        self._verifier = _spawn([sys.executable, "-c", VERIFIER, str(path)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE)
        self._answers = threading.Thread(target=self._read_answers, daemon=True)
        self._answers.start()

    def acknowledged(self, source: str, kind: str, key: str) -> None:
        """``source`` was told ``key`` is saved; a fresh reader looks for it now."""
        with self._lock:
            self.keys.append((source, kind, key))
            self.figures.acknowledged[source] += 1
            assert self._verifier.stdin is not None
            self._verifier.stdin.write(f"{kind}\t{key}\n")
            self._verifier.stdin.flush()

    def _read_answers(self) -> None:
        assert self._verifier.stdout is not None
        for line in self._verifier.stdout:
            state, kind, key = line.rstrip("\n").split("\t", 2)
            if state != "ok":
                self.figures.not_visible_at_once.append(f"{kind}:{key}")

    def close(self) -> None:
        """Wait for every pending look."""
        assert self._verifier.stdin is not None
        self._verifier.stdin.close()
        self._verifier.wait(timeout=120)
        self._answers.join(timeout=30)


class Background:
    """Threads and programs that run beside the leader's app until told to stop."""

    def __init__(self) -> None:
        self.stop = threading.Event()
        self.threads: list[threading.Thread] = []

    def thread(self, target, *args) -> None:
        worker = threading.Thread(target=target, args=args, daemon=True)
        worker.start()
        self.threads.append(worker)

    def join(self) -> None:
        self.stop.set()
        for worker in self.threads:
            worker.join(timeout=60)


def _phone_address(number: int) -> str:
    """Phones come from different loopback addresses, as from different devices (each under the rate limit)."""
    return f"127.0.{1 + number // 250}.{2 + number % 250}"


class Phones:
    """Phones sending evaluation forms, and laptops sending group notes, to one room address.

    Runs in a program of its own (:func:`crowd_main`), as real phones do not
    share the leader's laptop; each acknowledgement is printed as it comes.
    """

    def __init__(self, name: str, rng: random.Random, evaluation_url: str, group_urls: list[str]) -> None:
        self.name = name
        self.rng = rng
        self.evaluation_url = evaluation_url
        self.group_urls = group_urls
        self.devices = 0
        self.server_errors = 0
        self.refused = 0
        self._print = threading.Lock()

    def acknowledged(self, source: str, kind: str, key: str) -> None:
        with self._print:
            print(f"ack\t{source}\t{kind}\t{key}", flush=True)

    def _connection(self, url: str) -> http.client.HTTPConnection:
        parsed = urllib.parse.urlsplit(url)
        self.devices += 1
        return http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=20,
                                          source_address=(_phone_address(self.devices), 0))

    def _answer(self, connection, method: str, path: str, body: str | None = None, cookie: str = ""):
        headers = {"Cookie": cookie} if cookie else {}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        answer = connection.getresponse()
        text = answer.read().decode("utf-8", "replace")
        if answer.status >= 500:
            self.server_errors += 1
        return answer, text

    def send_forms(self, stop: threading.Event, per_phone: int = 8) -> None:
        """One phone after another fills in a few forms, a moment apart (the room may be closed for a while)."""
        while not stop.is_set():
            url = self.evaluation_url
            try:
                connection = self._connection(url)
                answer, _ = self._answer(connection, "GET", urllib.parse.urlsplit(url).path)
                cookie = (answer.getheader("Set-Cookie") or "").split(";")[0]
                for _ in range(per_phone):
                    if stop.is_set():
                        break
                    answer, _ = self._answer(connection, "GET", "/form", cookie=cookie)
                    # A 303 to the new form's own address (no form cookie is sent, so a new form each time).
                    _, html = self._answer(connection, "GET", answer.getheader("Location") or "/form", cookie=cookie)
                    fields = dict(re.findall(r'name="(instance_id|csrf)" value="([^"]+)"', html))
                    if len(fields) < 2:
                        break
                    body = urllib.parse.urlencode({**fields, "q_useful": str(self.rng.randint(1, 5))})
                    answer, _ = self._answer(connection, "POST", "/form", body, cookie)
                    if answer.status == 303:
                        self.acknowledged(f"{self.name} phone form", "form", fields["instance_id"])
                    elif answer.status == 400:
                        self.refused += 1
                    time.sleep(self.rng.uniform(0.05, 0.4))
                connection.close()
            except (OSError, http.client.HTTPException):
                time.sleep(0.05)  # the room is closed or restarting

    def send_notes(self, stop: threading.Event, per_laptop: int = 6) -> None:
        """Assistants' laptops add notes to their group's page."""
        number = 0
        while not stop.is_set():
            url = self.rng.choice(self.group_urls)
            try:
                connection = self._connection(url)
                answer, _ = self._answer(connection, "GET", urllib.parse.urlsplit(url).path)
                cookie = "; ".join(value.split(";")[0] for key, value in answer.getheaders() if key == "Set-Cookie")
                for _ in range(per_laptop):
                    if stop.is_set():
                        break
                    _, html = self._answer(connection, "GET", "/notes", cookie=cookie)
                    csrf = re.search(r'name="csrf" value="([^"]+)"', html)
                    if csrf is None:
                        break
                    number += 1
                    text = f"{self.name}-laptop-{number}-{self.rng.randrange(10**6)}"
                    body = urllib.parse.urlencode({"csrf": csrf.group(1), "kind": "works_well",
                                                   "role_letter": "B", "text": text})
                    answer, _ = self._answer(connection, "POST", "/notes", body, cookie)
                    if answer.status == 303:
                        self.acknowledged(f"{self.name} laptop note", "note", text)
                    elif answer.status == 400:
                        self.refused += 1
                    time.sleep(self.rng.uniform(0.3, 1.5))
                connection.close()
            except (OSError, http.client.HTTPException):
                time.sleep(0.05)


def crowd_main() -> None:
    """A room's phones and laptops in their own program: ``NAME SEED EVALUATION_URL GROUP_URL...``.

    Runs until its standard input closes, then prints ``stats SERVER_ERRORS REFUSED``.
    """
    name, seed, evaluation_url, *group_urls = sys.argv[1:]
    phones = Phones(name, random.Random(int(seed)), evaluation_url, group_urls)
    stop = threading.Event()
    workers = [threading.Thread(target=phones.send_forms, args=(stop,), daemon=True)]
    if group_urls:
        workers.append(threading.Thread(target=phones.send_notes, args=(stop,), daemon=True))
    for worker in workers:
        worker.start()
    sys.stdin.read()
    stop.set()
    for worker in workers:
        worker.join(timeout=30)
    print(f"stats\t{phones.server_errors}\t{phones.refused}", flush=True)


class Crowd:
    """The program of :func:`crowd_main`, its acknowledgements passed to the ledger."""

    def __init__(self, ledger: Ledger, figures: DayFigures, name: str, seed: int, evaluation_url: str,
                 group_urls: list[str]) -> None:
        self.ledger = ledger
        self.figures = figures
        self.child = _spawn(
            [sys.executable, "-c", "from bench.real_day import crowd_main; crowd_main()", name, str(seed),
             evaluation_url, *group_urls], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.child.stdout is not None
        for line in self.child.stdout:
            parts = line.rstrip("\n").split("\t")
            if parts[0] == "ack":
                self.ledger.acknowledged(parts[1], parts[2], parts[3])
            elif parts[0] == "stats":
                self.figures.server_errors += int(parts[1])
                self.figures.refused_busy += int(parts[2])

    def stop(self) -> None:
        assert self.child.stdin is not None
        self.child.stdin.close()
        self.child.wait(timeout=60)
        self.reader.join(timeout=10)


def watch_companions(path: Path, figures: DayFigures, stop: threading.Event) -> None:
    """While the app lives the -wal and -shm must stay, and stay the same files."""
    first: dict[str, int] = {}
    while not stop.is_set():
        for ending in ("-wal", "-shm"):
            try:
                inode = os.stat(f"{path}{ending}").st_ino
            except FileNotFoundError:
                figures.wal_events.append(f"{ending} missing at {time.monotonic():.3f}")
                continue
            if first.setdefault(ending, inode) != inode:
                figures.wal_events.append(f"{ending} replaced at {time.monotonic():.3f}")
                first[ending] = inode
        time.sleep(0.01)


def run_readers(path: Path, out: Path, figures: DayFigures, stop: threading.Event, rng: random.Random) -> None:
    """`dialog list`, `export`, `overview` and `qr` in other windows, one after another."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DIALOG_LANG": "nb", "DIALOG_SESSIONS": str(path.parent),
           "DIALOG_EXPORTS": str(out)}
    while not stop.is_set():
        command = rng.choice(READER_COMMANDS)
        argv = [part.format(file=path, out=out, sessions=path.parent) for part in command]
        force = ["--force"] if command[0] in ("export", "overview") else []
        done = subprocess.run([sys.executable, "-m", "dialog", *argv, *force],
                              capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
        figures.reader_runs[command[0]] += 1
        if done.returncode != 0:
            figures.reader_failures.append(f"{' '.join(command[:2])}: {done.stderr.strip()[-300:]}")


class SecondWriter:
    """Another program adding notes through the core; it prints each note once committed."""

    def __init__(self, path: Path, ledger: Ledger, name: str) -> None:
        self.ledger = ledger
        self.name = name
        self.child = _spawn([sys.executable, "-c", SECOND_WRITER, str(path), name], stdout=subprocess.PIPE)
        assert self.child.stdout is not None
        assert self.child.stdout.readline().strip() == "ready"
        self.reader = threading.Thread(target=self._acknowledge, daemon=True)
        self.reader.start()

    def _acknowledge(self) -> None:
        assert self.child.stdout is not None
        for line in self.child.stdout:
            self.ledger.acknowledged(f"{self.name.split('#')[0]}", "note", line.strip())

    def kill(self) -> None:
        """SIGKILL, as a laptop losing power would."""
        self.child.send_signal(signal.SIGKILL)
        self.child.wait()
        self.reader.join(timeout=10)


class Serve:
    """`dialog serve` on its own port: a second room on the same file, stopped with Ctrl+C."""

    def __init__(self, path: Path) -> None:
        self.port = free_port()
        self.child = _spawn(
            [sys.executable, "-m", "dialog", "serve", str(path), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env={"DIALOG_LANG": "en"})
        assert self.child.stdout is not None
        lines = [self.child.stdout.readline()]
        while "Ctrl+C" not in lines[-1] and lines[-1]:
            lines.append(self.child.stdout.readline())
        self.urls = [line.rsplit(" ", 1)[-1].strip() for line in lines if "http://" in line]

    def stop_cleanly(self) -> int:
        self.child.send_signal(signal.SIGINT)
        return self.child.wait(timeout=30)


async def _press_text(pilot, text: str) -> None:
    for character in text:
        await pilot.press("minus" if character == "-" else character)


async def _wait(pilot, condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        await pilot.pause(0.05)
    return condition()


async def _open_room(pilot, port: int) -> None:
    from textual.widgets import Input, Select

    await pilot.press("ctrl+o")
    await pilot.pause(0.3)
    room = pilot.app.screen
    host = room.query_one("#room-host", Select)
    await _wait(pilot, lambda: len(host._options) > 1, 10)
    host.value = "127.0.0.1"
    field_ = room.query_one("#room-port", Input)
    field_.value = str(port)
    await pilot.click("#open-room")
    assert await _wait(pilot, lambda: pilot.app.room is not None, 20), "the room did not open"
    await pilot.press("escape")
    await pilot.pause(0.2)


async def _close_room(pilot) -> None:
    await pilot.press("ctrl+o")
    await pilot.pause(0.3)
    await pilot.click("#close-room")
    await _wait(pilot, lambda: pilot.app.room is None, 20)
    await pilot.press("escape")
    await pilot.pause(0.2)


def _screen_name(app) -> str:
    return app.screen.__class__.__name__


async def _back_to_group_work(pilot, figures: DayFigures) -> None:
    """Make sure the leader types into the group-work screen (a slow dialog may still be up)."""
    for _ in range(20):
        if _screen_name(pilot.app) == "GroupWorkScreen":
            return
        figures.detours.append(_screen_name(pilot.app))
        await pilot.press("escape")
        await pilot.pause(0.3)
        if _screen_name(pilot.app) != "GroupWorkScreen" and len(pilot.app.screen_stack) <= 1:
            await pilot.press("f4")
            await pilot.pause(0.3)
    raise AssertionError(f"the app would not go back to group work: {_screen_name(pilot.app)}")


async def _export_minutes(pilot) -> None:
    """F7, Ctrl+E (exporting anyway when texts look personal), wait until the screen says where it went, F4."""
    app = pilot.app
    await pilot.press("f7")
    await _wait(pilot, lambda: _screen_name(app) == "ClosingScreen", 10)
    await pilot.press("ctrl+e")
    # Texts that look personal (the crowd's random answers sometimes do) are listed first: export anyway.
    asked = ("ConfirmScreen", "PrivacyListScreen")
    await _wait(pilot, lambda: _screen_name(app) in asked or ".docx" in _export_status(app), 10)
    if _screen_name(app) in asked:
        await pilot.click("#yes")
    await _wait(pilot, lambda: ".docx" in _export_status(app), 20)
    await pilot.press("f4")
    await _wait(pilot, lambda: _screen_name(app) == "GroupWorkScreen", 10)


def _export_status(app) -> str:
    from textual.widgets import Static

    try:
        return str(app.screen.query_one("#export-status", Static).content)
    except Exception:
        return ""


async def _type_note(pilot, text: str) -> None:
    """A new 'works well' note by B, as the leader types it."""
    await pilot.press("1")
    await pilot.press("B")
    await pilot.press("enter")
    await _press_text(pilot, text)
    await pilot.press("enter")


def _room_urls(app) -> tuple[str, list[str]]:
    server = app.room
    return (f"{server.base_url}/e/{server.tokens.evaluation}",
            [f"{server.base_url}/g/{token}" for token in server.tokens.groups.values()])


async def real_day(path: Path, seconds: float, rng: random.Random) -> DayFigures:
    """Run one day on the conference file at ``path`` for about ``seconds``; return what was found."""
    from dialog.tui.app import create_app

    figures = DayFigures()
    out = Path(tempfile.mkdtemp(prefix="dialog-day-"))
    ledger = Ledger(path, figures)
    background = Background()
    typed: list[str] = []
    try:
        port = free_port()
        app = create_app(path.parent, path)
        async with app.run_test(size=(100, 30)) as pilot:
            await _wait(pilot, lambda: app.store is not None and app.screen.__class__.__name__ != "PickerScreen", 20)
            await pilot.press("f4")
            await pilot.pause(0.5)
            await _open_room(pilot, port)
            background.thread(watch_companions, path, figures, background.stop)
            background.thread(run_readers, path, out, figures, background.stop, random.Random(rng.random()))
            room_crowd = Crowd(ledger, figures, "room", rng.randrange(10**6), *_room_urls(app))
            writer = SecondWriter(path, ledger, "second writer#1")
            serve = Serve(path)
            serve_crowd = Crowd(ledger, figures, "serve", rng.randrange(10**6), serve.urls[0], serve.urls[1:])

            # The day's events, each at a random moment.
            start = time.monotonic()
            events = sorted([
                (rng.uniform(0.2, 0.5) * seconds, "kill the second writer"),
                (rng.uniform(0.3, 0.6) * seconds, "export with Ctrl+E"),
                (rng.uniform(0.4, 0.7) * seconds, "close and reopen the room"),
                (rng.uniform(0.5, 0.9) * seconds, "stop dialog serve with Ctrl+C"),
            ])
            number = 0
            while time.monotonic() - start < seconds:
                await _back_to_group_work(pilot, figures)
                number += 1
                text = "notat" + "".join(rng.choice(SAFE_LETTERS) for _ in range(10))
                began = time.monotonic()
                await _type_note(pilot, text)
                figures.leader_seconds += time.monotonic() - began
                figures.leader_keys += len(text) + 4  # 1, B, Enter, the text, Enter
                typed.append(text)
                while events and time.monotonic() - start >= events[0][0]:
                    _, event = events.pop(0)
                    if event == "kill the second writer":
                        writer.kill()
                        # A while with only the app, the rooms and the readers on the file.
                        again = time.monotonic() - start + rng.uniform(1.0, 3.0)
                        events.append((again, "start the second writer again"))
                        events.sort()
                    elif event == "start the second writer again":
                        writer = SecondWriter(path, ledger, "second writer#2")
                    elif event == "export with Ctrl+E":
                        await _export_minutes(pilot)
                    elif event == "close and reopen the room":
                        await _close_room(pilot)
                        await pilot.pause(0.5)
                        await _open_room(pilot, port)
                    elif event == "stop dialog serve with Ctrl+C":
                        serve_crowd.stop()
                        figures.serve_exit = serve.stop_cleanly()
                await pilot.pause(rng.uniform(0.05, 0.3))
            if figures.serve_exit is None:
                serve_crowd.stop()
                figures.serve_exit = serve.stop_cleanly()
            room_crowd.stop()
            background.join()
            writer.kill()
            events.clear()
            await pilot.pause(0.5)
            await pilot.press("ctrl+q")
        ledger.close()  # every pending look done before the programs are ended
    finally:
        background.stop.set()
        _end_every_program()
    figures.leader_notes = len(typed)
    connection = sqlite3.connect(path)
    try:
        figures.integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        notes = {row[0] for row in connection.execute("SELECT text FROM note WHERE deleted_at IS NULL")}
        forms = {row[0] for row in connection.execute("SELECT instance_id FROM evaluation_response")}
    finally:
        connection.close()
    for _source, kind, key in ledger.keys:
        if key not in (notes if kind == "note" else forms):
            figures.missing_at_end.append(f"{kind}:{key}")
    figures.missing_at_end += [f"typed:{text}" for text in typed if text not in notes]
    if figures.missing_at_end:
        connection = sqlite3.connect(path)
        figures.leader_rows = [tuple(row) for row in connection.execute(
            "SELECT text, deleted_at IS NOT NULL FROM note WHERE role_letter = 'B' AND kind = 'works_well' "
            "ORDER BY created_at DESC LIMIT 10")]
        connection.close()
    return figures


def main() -> None:
    """``make soak``: several days with random timings; prints each day's figures and the totals.

    The figures also go into their own section of bench/RESULTS.md.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=20261202)
    args = parser.parse_args()
    import platform
    from datetime import datetime

    from bench.results import replace_section
    from dialog.core.demo import build_demo

    rng = random.Random(args.seed)
    totals: Counter = Counter()
    lines = []
    troubles = 0
    for day in range(1, args.days + 1):
        folder = Path(tempfile.mkdtemp(prefix="dialog-soak-"))
        path = build_demo(folder, "stovner")
        began = time.monotonic()
        figures = asyncio.run(real_day(path, args.seconds, random.Random(rng.random())))
        totals.update(figures.acknowledged)
        totals["leader notes typed"] += figures.leader_notes
        totals["leader keys"] += figures.leader_keys
        totals["leader seconds"] += figures.leader_seconds
        totals.update({f"reader runs: {name}": n for name, n in figures.reader_runs.items()})
        totals["refused busy (form kept)"] += figures.refused_busy
        totals["lost or not visible at once"] += len(figures.missing_at_end) + len(figures.not_visible_at_once)
        totals["-wal/-shm removed under a writer"] += len(figures.wal_events)
        totals["server errors"] += figures.server_errors
        problems = figures.problems()
        troubles += bool(problems)
        per_key = figures.leader_seconds / max(1, figures.leader_keys)
        line = (f"day {day}: {time.monotonic() - began:.0f} s, acknowledged {sum(figures.acknowledged.values())}, "
                f"leader typed {figures.leader_notes} notes ({per_key * 1000:.0f} ms a key), "
                f"reader runs {sum(figures.reader_runs.values())}, integrity {figures.integrity}, "
                f"problems: {problems or 'none'}")
        lines.append(line)
        print(line, flush=True)
    summary = [f"{name:<42} {count:>10.0f}" for name, count in sorted(totals.items())]
    summary.append(f"{'days with a problem':<42} {troubles:>10} of {args.days}")
    print("\n".join(summary))
    machine = f"{platform.machine()} · {os.cpu_count()} cores · Python {platform.python_version()}"
    replace_section(Path(__file__).parent / "RESULTS.md", "soak", "\n".join([
        "## Real days on one file (`make soak`)", "",
        f"Run {datetime.now():%Y-%m-%d %H:%M} on {machine}: {args.days} days of {args.seconds:.0f} s, seed "
        f"{args.seed}. Each day: the app with its room, phones and laptops (their own program), a second writer "
        "killed with SIGKILL and started again, `dialog serve` stopped with Ctrl+C, and list/export/overview/qr "
        "in other windows, all on one file. Every acknowledged write is looked up by a fresh reader in another "
        "program at once and again at the end. The leader's time per key is Pilot's (each key waits until the app "
        "has handled it), on a machine shared with the other programs of the day.", "",
        "```", *lines, "", *summary, "```"]))
    sys.exit(1 if troubles else 0)


if __name__ == "__main__":
    main()
