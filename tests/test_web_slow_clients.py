"""A slow or hostile device cannot starve the room: time limits, a per-client cap, a total within the descriptors.

The big test runs the room in its own process with macOS's default limit of 256
open files while this test keeps 300 slow connections open (headers a byte at a
time, or a body that never ends, reopened as soon as the room closes one), and
twenty phones send their forms meanwhile. Outcomes only: forms stored, slow
connections closed; no timing is asserted.
"""

from __future__ import annotations

import http.client
import json
import selectors
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import pytest

from dialog.web.connection_guard import ConnectionGuard, ConnectionLimits
from dialog.web.room_server import RoomServer
from tests.raw_http import exchange, parse, request
from tests.tui_helpers import forms_in, hidden

ROOT = Path(__file__).resolve().parent.parent


def _many_loopback_addresses() -> bool:
    try:
        with socket.socket() as probe:
            probe.bind(("127.0.2.7", 0))
        return True
    except OSError:
        return False


needs_loopback_range = pytest.mark.skipif(not _many_loopback_addresses(),
                                          reason="needs the whole 127.0.0.0/8 on loopback (Linux) for many clients")


# --- the guard's rules, on their own ----------------------------------------------------------------------------


@dataclass(eq=False)
class Held:
    """A connection as the guard sees it."""

    client: str
    waiting_since: float
    serving: bool = False
    dropped: bool = False

    def drop(self) -> None:
        self.dropped = True


def test_one_client_holds_at_most_its_share():
    guard = ConnectionGuard(ConnectionLimits(per_client=3, total=100))
    mine = [Held("10.0.0.9", n) for n in range(4)]
    assert [guard.admit(c) for c in mine] == [True, True, True, False]
    assert guard.admit(Held("10.0.0.10", 5))  # another phone is not held back
    guard.leave(mine[0])
    assert guard.admit(Held("10.0.0.9", 6))


def test_a_full_room_makes_room_from_the_busiest_clients_longest_waiting_connection():
    guard = ConnectionGuard(ConnectionLimits(per_client=10, total=5))
    greedy = [Held("10.0.0.66", since) for since in (3.0, 1.0, 2.0, 4.0)]
    phone = Held("10.0.0.7", 0.0)  # waited longest of all, but holds one connection only
    for held in [phone, *greedy]:
        assert guard.admit(held)
    greedy[1].serving = True  # an answer in the works is never cut off
    newcomer = Held("10.0.0.8", 5.0)
    assert guard.admit(newcomer)
    assert [c.dropped for c in greedy] == [False, False, True, False] and not phone.dropped
    assert guard.open_count == 5 and guard.shed_count == 1


def test_a_room_where_every_connection_is_being_served_refuses_the_newcomer():
    guard = ConnectionGuard(ConnectionLimits(per_client=10, total=2))
    for n in range(2):
        held = Held(f"10.0.0.{n}", n, serving=True)
        assert guard.admit(held)
    assert not guard.admit(Held("10.0.0.9", 9))
    assert guard.refused == 1


# --- one room server, a few slow sockets ------------------------------------------------------------------------


SHORT = ConnectionLimits(head_timeout=2.0, body_timeout=2.0, per_client=32, total=500, linger=0.5)
"""Limits short enough for a test to see them act; the product's own are in ConnectionLimits' defaults."""


def closed_by_server(connection: socket.socket, within: float) -> bool:
    """Wait up to ``within`` seconds for the server to close ``connection`` (what it sent first is ignored)."""
    connection.settimeout(within)
    try:
        while connection.recv(65536):
            pass
    except TimeoutError:
        return False
    except OSError:  # reset
        return True
    return True


@pytest.fixture
def short_room(stovner):
    server = RoomServer(stovner, "nb", "127.0.0.1", 0, limits=SHORT)
    server.start()
    yield server
    server.stop()


def test_headers_that_never_end_are_cut_off(short_room):
    connection = socket.create_connection(("127.0.0.1", short_room.port))
    connection.sendall(b"GET /form HTTP/1.1\r\nHost: room\r\nX-Slow: a")  # and then nothing more
    assert closed_by_server(connection, within=30)
    connection.close()


def test_a_body_that_never_ends_gets_the_too_slow_page_and_the_connection_closes(short_room, stovner):
    before = forms_in(stovner)
    cookie = b"Cookie: dialog_room=" + short_room.tokens.evaluation.encode()
    connection = socket.create_connection(("127.0.0.1", short_room.port), timeout=30)
    connection.sendall(b"POST /form HTTP/1.1\r\nHost: room\r\n" + cookie +
                       b"\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 900\r\n\r\nq_us")
    received = b""
    while chunk := connection.recv(65536):
        received += chunk
    connection.close()
    answer = parse(received)
    assert answer.status == 408 and "kom ikke fram i tide" in answer.body and '<html lang="nb">' in answer.body
    assert answer.headers["server"] == "dialog"
    assert forms_in(stovner) == before


def is_closed_now(connection: socket.socket) -> bool:
    """True if the server has already closed ``connection`` (without waiting)."""
    connection.setblocking(False)
    try:
        return connection.recv(65536) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True
    finally:
        connection.setblocking(True)


@needs_loopback_range
def test_one_device_cannot_hold_more_than_its_share(stovner):
    limits = ConnectionLimits(head_timeout=5.0, per_client=32, total=500)
    room = RoomServer(stovner, "nb", "127.0.0.1", 0, limits=limits)
    room.start()
    greedy = [socket.create_connection(("127.0.0.1", room.port), source_address=("127.0.3.3", 0))
              for _ in range(40)]
    try:
        time.sleep(0.5)  # well inside the head time limit
        closed_at_once = [is_closed_now(connection) for connection in greedy]
        phone = exchange(room.port, request("GET", b"/e/" + room.tokens.evaluation.encode()), source="127.0.3.4")
        assert phone.status == 303  # another device is served as usual
        assert closed_at_once.count(True) == 40 - limits.per_client
        assert all(closed_by_server(connection, within=30) for connection in greedy)  # the rest, idle, later
    finally:
        for connection in greedy:
            connection.close()
        room.stop()


# --- the room in its own process at 256 descriptors, 300 slow connections ---------------------------------------


CHILD = """
import json, resource, sys
from pathlib import Path
resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))  # macOS's default, and no way up
from dialog.web.connection_guard import ConnectionLimits
from dialog.web.room_server import RoomServer
limits = ConnectionLimits(head_timeout=3.0, body_timeout=3.0, linger=0.5, **json.loads(sys.argv[2]))
server = RoomServer(Path(sys.argv[1]), "nb", "127.0.0.1", 0, limits=limits)
server.start()
print(json.dumps({"port": server.port, "token": server.tokens.evaluation, "total": server.guard.limits.total}),
      flush=True)
for line in sys.stdin:
    guard = server.guard
    print(json.dumps({"open": guard.open_count, "refused": guard.refused, "shed": guard.shed_count,
                      "starved": guard.starved}), flush=True)
server.stop()
"""


@dataclass
class SlowClients:
    """Keeps ``count`` slow connections open from ``sources``, each sending a byte now and then, reopening any the
    room closes until told to stop; counts how many the room closed."""

    port: int
    count: int
    sources: list[str]
    cookie: bytes
    reopen: bool = True
    closed: int = 0
    slots: list[socket.socket | None] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _done: threading.Event = field(default_factory=threading.Event)

    def start(self) -> None:
        self.slots = [None] * self.count
        threading.Thread(target=self._run, daemon=True).start()

    def stop_reopening(self) -> None:
        self.reopen = False

    def open_now(self) -> int:
        return sum(slot is not None for slot in self.slots)

    def end(self) -> None:
        self._stop.set()
        self._done.wait(10)
        for slot in self.slots:
            if slot is not None:
                slot.close()

    def _opening(self, n: int) -> bytes:
        if n % 2:  # headers that never end
            return b"GET /form HTTP/1.1\r\nHost: room\r\nX-Slow: "
        return (b"POST /form HTTP/1.1\r\nHost: room\r\n" + self.cookie +  # a body that never ends
                b"\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 9000\r\n\r\nq_comments=")

    def _run(self) -> None:
        selector = selectors.DefaultSelector()
        try:
            while not self._stop.is_set():
                for n, slot in enumerate(self.slots):
                    if slot is None and self.reopen:
                        self.slots[n] = self._connect(n, selector)
                    elif slot is not None:
                        try:
                            slot.send(b"a")
                        except OSError:
                            self._closed(n, selector)
                for key, _ in selector.select(timeout=0.3):
                    n = key.data
                    try:
                        gone = not self.slots[n].recv(65536)
                    except BlockingIOError:
                        gone = False
                    except OSError:
                        gone = True
                    if gone:
                        self._closed(n, selector)
        finally:
            selector.close()
            self._done.set()

    def _connect(self, n: int, selector) -> socket.socket | None:
        try:
            connection = socket.create_connection(("127.0.0.1", self.port), timeout=0.3,
                                                  source_address=(self.sources[n % len(self.sources)], 0))
            connection.sendall(self._opening(n))
        except OSError:
            return None
        connection.setblocking(False)
        selector.register(connection, selectors.EVENT_READ, n)
        return connection

    def _closed(self, n: int, selector) -> None:
        connection, self.slots[n] = self.slots[n], None
        selector.unregister(connection)
        connection.close()
        self.closed += 1


def phone_sends_a_form(port: int, token: str, source: str, text: str) -> int:
    """One phone: scan the code, open the form, send it; returns the status of the send (303 when stored)."""
    def call(method: str, path: str, cookies: list[str], body: str = "") -> http.client.HTTPResponse:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60, source_address=(source, 0))
        headers = {"Connection": "close", "Cookie": "; ".join(cookies)}
        if body:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body or None, headers=headers)
        response = connection.getresponse()
        response.body = response.read().decode("utf-8")
        connection.close()
        return response

    entry = call("GET", f"/e/{token}", [])
    cookies = [value.split(";")[0] for value in entry.msg.get_all("Set-Cookie") or []]
    to_form = call("GET", "/form", cookies)  # the room sends the phone on to its own form, /form/ID
    cookies += [value.split(";")[0] for value in to_form.msg.get_all("Set-Cookie") or []]
    html = call("GET", to_form.getheader("Location"), cookies).body
    form = {"instance_id": hidden(html, "instance_id"), "csrf": hidden(html, "csrf"), "q_useful": "4",
            "q_comments": text}
    return call("POST", "/form", cookies, urlencode(form)).status


def pressure(stats: dict) -> int:
    """How often the room had to say no: connections refused or shed, and accept() out of descriptors."""
    return stats["refused"] + stats["shed"] + stats["starved"]


def at_the_limit(stats: dict) -> bool:
    return pressure(stats) > 0


@needs_loopback_range
@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_NOFILE is POSIX")
@pytest.mark.parametrize("budget", ["descriptor budget", "no budget: accept() runs out"])
def test_300_slow_connections_at_256_descriptors_do_not_stop_real_forms(stovner, budget):
    before = forms_in(stovner)
    extra = {} if budget == "descriptor budget" else {"total": 100_000, "per_client": 100_000}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(stovner), json.dumps(extra)], cwd=ROOT,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def stats() -> dict:
        child.stdin.write("stats\n")
        child.stdin.flush()
        return json.loads(child.stdout.readline())

    attack = None
    try:
        started = json.loads(child.stdout.readline())
        port, token = started["port"], started["token"]
        cookie = f"Cookie: dialog_room={token}".encode()
        attack = SlowClients(port, 300, [f"127.0.1.{n}" for n in range(1, 11)], cookie)  # 10 devices, 30 each
        attack.start()
        for _ in range(300):  # until the room is full: it refuses, sheds, or accept() runs out
            if at_the_limit(stats()):
                break
            time.sleep(0.1)
        under_attack = stats()
        assert at_the_limit(under_attack), under_attack

        sending = time.monotonic()
        statuses = [phone_sends_a_form(port, token, f"127.0.2.{n}", f"Skjema nummer {n}") for n in range(1, 21)]
        sending = time.monotonic() - sending
        during = stats()
        assert during["open"] >= 100  # the room was still full of slow connections when the last form went in
        attack.stop_reopening()
        waited = time.monotonic()
        for _ in range(600):
            if attack.open_now() == 0:
                break
            time.sleep(0.1)
        closed_after = time.monotonic() - waited
        still_open = attack.open_now()
        after = stats()
        last = phone_sends_a_form(port, token, "127.0.2.99", "Etter angrepet")
    finally:
        if attack is not None:
            attack.end()
        child.stdin.close()
        child.wait(timeout=30)
        error_output = child.stderr.read()
    print(f"\n{budget}: budget {started['total']}, under attack {under_attack}, during forms {during}, "
          f"after {after}; forms {statuses.count(303)}/20 stored in {sending:.1f} s; slow connections closed by the "
          f"room {attack.closed}, the last ones {closed_after:.1f} s after the attack stopped reopening")
    assert statuses == [303] * 20 and last == 303
    assert forms_in(stovner) == before + 21
    assert still_open == 0  # the room closed every slow connection itself
    assert child.returncode == 0 and error_output == ""
    if budget != "descriptor budget":
        assert during["starved"] > 0  # accept() did run out, and the room lived on
