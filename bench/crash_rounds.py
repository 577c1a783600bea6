"""Kill a writer with SIGKILL at a random moment; every write it acknowledged must be in the file.

Two writers: ``notes`` adds group notes through the core in a child process
and prints each note's text once its transaction has committed; ``forms``
runs ``dialog serve`` in a child process while this process sends evaluation
forms to it like a phone, counting a form as acknowledged when the server
answers 303. After the kill the file must pass ``PRAGMA integrity_check`` and
hold every acknowledged note or form. Used by the test suite (30 rounds) and
by ``make bench`` (200 rounds).
"""

from __future__ import annotations

import http.client
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from bench.ports import free_port

ROOT = Path(__file__).resolve().parent.parent

NOTE_WRITER = """
import sys
from dialog.core.database import open_conference
from dialog.core.groups import list_groups
from dialog.core.notes import add_note
db = open_conference(sys.argv[1])
group = list_groups(db)[0]["id"]
print("ready", flush=True)
number = 0
while True:
    number += 1
    text = f"crash-note-{number}"
    add_note(db, group, "other", text, "B")
    print(text, flush=True)
"""


@dataclass
class RoundResult:
    """What one round found: how many writes were acknowledged, how many of them are missing, and the check."""

    acknowledged: int
    missing: int
    integrity: str


def _integrity_and(path: Path, query: str) -> tuple[str, set[str]]:
    connection = sqlite3.connect(path)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        return integrity, {row[0] for row in connection.execute(query)}
    finally:
        connection.close()


def notes_round(path: Path, rng: random.Random) -> RoundResult:
    """Start the note writer, let it run for a random moment, SIGKILL it, and compare."""
    child = subprocess.Popen([sys.executable, "-c", NOTE_WRITER, str(path)], stdout=subprocess.PIPE, text=True,
                             cwd=ROOT)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    acknowledged: list[str] = []
    reader = threading.Thread(target=lambda: acknowledged.extend(line.strip() for line in child.stdout), daemon=True)
    reader.start()
    time.sleep(rng.uniform(0.02, 0.4))
    child.send_signal(signal.SIGKILL)
    child.wait()
    reader.join(timeout=5)
    integrity, stored = _integrity_and(path, "SELECT text FROM note")
    return RoundResult(len(acknowledged), len(set(acknowledged) - stored), integrity)



FORMS_PER_ADDRESS = 25
"""A phone keeps well under the server's rate limit (60 requests in 10 s); then the next phone takes over."""


def _send_forms(evaluation_url: str, acknowledged: list[str], stop: threading.Event) -> None:
    """Fill in forms one after another, each batch from another phone (loopback address), until the server dies."""
    parsed = urllib.parse.urlsplit(evaluation_url)
    phone = 2
    try:
        while not stop.is_set():
            connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=5,
                                                    source_address=(f"127.0.0.{phone}", 0))
            connection.request("GET", parsed.path)
            answer = connection.getresponse()
            answer.read()
            cookie = answer.getheader("Set-Cookie", "").split(";")[0]
            for _ in range(FORMS_PER_ADDRESS):
                if stop.is_set():
                    return
                connection.request("GET", "/form", headers={"Cookie": cookie})
                answer = connection.getresponse()
                answer.read()  # a 303 to the new form's own address (no form cookie sent: a new form each time)
                connection.request("GET", answer.getheader("Location", "/form"), headers={"Cookie": cookie})
                html = connection.getresponse().read().decode()
                fields = dict(re.findall(r'name="(instance_id|csrf)" value="([^"]+)"', html))
                body = urllib.parse.urlencode({**fields, "q_useful": "4"})
                connection.request("POST", "/form", body=body, headers={
                    "Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
                answer = connection.getresponse()
                answer.read()
                if answer.status == 303:
                    acknowledged.append(fields["instance_id"])
            connection.close()
            phone = 2 + (phone - 1) % 250
    except (OSError, http.client.HTTPException):
        return  # the server was killed


def forms_round(path: Path, rng: random.Random) -> RoundResult:
    """Start ``dialog serve``, send forms to it, SIGKILL it at a random moment, and compare."""
    port = free_port()
    env = {**os.environ, "DIALOG_LANG": "en"}
    child = subprocess.Popen([sys.executable, "-m", "dialog", "serve", str(path), "--host", "127.0.0.1",
                              "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                             cwd=ROOT, env=env)
    assert child.stdout is not None
    url = child.stdout.readline().split(": ", 1)[1].strip()
    acknowledged: list[str] = []
    stop = threading.Event()
    sender = threading.Thread(target=_send_forms, args=(url, acknowledged, stop), daemon=True)
    sender.start()
    time.sleep(rng.uniform(0.05, 0.5))
    child.send_signal(signal.SIGKILL)
    child.wait()
    stop.set()
    sender.join(timeout=10)
    integrity, stored = _integrity_and(path, "SELECT instance_id FROM evaluation_response")
    return RoundResult(len(acknowledged), len(set(acknowledged) - stored), integrity)
