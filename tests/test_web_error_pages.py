"""Every refusal is a small page in the conference's language with the security headers; odd bytes never break the room.

In-process tests (pytest-aiohttp) for what the handlers refuse; raw bytes to a
real room server for what aiohttp itself refuses before any handler runs; and
`dialog serve` checked for silence on its terminal.
"""

from __future__ import annotations

import itertools
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote_from_bytes

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.ports import free_port
from dialog.core.database import open_conference
from dialog.core.store import Store
from dialog.web.room_server import RoomServer
from dialog.web.server import MAX_BODY, create_web_app, open_room
from tests.raw_http import Answer, exchange, request
from tests.tui_helpers import forms_in, hidden

ROOT = Path(__file__).resolve().parent.parent

ALIEN_TEXT = ("404: Not Found", "Maximum request body size", "Method Not Allowed", "Server got itself in trouble",
              "Traceback", "aiohttp")
"""What aiohttp's own refusals say; no page of the room may show it."""


def assert_room_page(status: int, headers, html: str, language: str) -> None:
    """A whole HTML page of ours: the language, the security headers, no version, none of aiohttp's wording."""
    assert html.startswith("<!doctype html>") and f'<html lang="{language}">' in html, html[:200]
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["Cache-Control"] == "no-store"
    assert headers["Server"] == "dialog"
    assert not [alien for alien in ALIEN_TEXT if alien in html], html


@pytest.fixture(params=["nb", "nn", "en"])
async def any_room(request, stovner, aiohttp_client):
    """The room in bokmål, nynorsk and English, with a client."""
    store = Store(stovner)
    room = open_room(store, request.param)
    client = await aiohttp_client(create_web_app(room))
    yield room, client
    store.close()


PAGES = {
    "nb": {"unknown": "Fant ikke siden", "lost_cookie": "Skann QR-koden på nytt", "old_code": "Koden gjelder ikke",
           "method": "kan ikke brukes slik", "too_large": "over 16 kB", "too_many": "For mange forespørsler",
           "unreadable": "Forespørselen kunne ikke leses"},
    "nn": {"unknown": "Fann ikkje sida", "lost_cookie": "Skann QR-koden på nytt", "old_code": "Koden gjeld ikkje",
           "method": "kan ikkje brukast slik", "too_large": "over 16 kB", "too_many": "For mange førespurnader",
           "unreadable": "Førespurnaden kunne ikkje lesast"},
    "en": {"unknown": "Page not found", "lost_cookie": "Scan the QR code again", "old_code": "This code is not valid",
           "method": "Not available this way", "too_large": "over 16 kB", "too_many": "Too many requests",
           "unreadable": "The request could not be read"},
}
"""What the phone reads on each refusal, per language."""


async def test_every_refusal_is_a_page_in_the_conference_language(any_room):
    room, client = any_room
    says = PAGES[room.language]

    async def check(response, status: int, text: str) -> None:
        html = await response.text()
        assert response.status == status
        assert_room_page(status, response.headers, html, room.language)
        assert text in html, html

    await check(await client.get("/nowhere"), 404, says["unknown"])
    await check(await client.get("/form"), 403, says["lost_cookie"])  # the cookie is gone
    await check(await client.get("/notes"), 403, says["lost_cookie"])
    await check(await client.get("/e/" + "x" * 22), 403, says["old_code"])  # a replaced or wrong code
    await check(await client.get("/g/" + "x" * 22), 403, says["old_code"])
    await check(await client.put("/form", data=b""), 405, says["method"])
    assert "POST" in (await client.put("/form", data=b"")).headers["Allow"]
    await check(await client.post("/form", data={"q_comments": "x" * (MAX_BODY + 1)}), 413, says["too_large"])
    await check(await client.post("/form", data=b"csrf=\xff\xfe",
                                  headers={"Content-Type": "application/x-www-form-urlencoded"}), 400,
                says["unreadable"])
    await check(await client.post("/form", data=b"csrf=1",
                                  headers={"Content-Type": "application/x-www-form-urlencoded; charset=nonsense"}),
                400, says["unreadable"])
    await check(await client.post("/form", data=b"--x\r\n", headers={"Content-Type": "multipart/form-data"}), 400,
                says["unreadable"])
    statuses = [(await client.get("/nowhere")).status for _ in range(70)]
    assert 429 in statuses
    await check(await client.get("/nowhere"), 429, says["too_many"])


async def test_a_failure_inside_the_room_is_a_page_too_never_a_traceback(stovner, aiohttp_client):
    """The room's connection to the file is gone (as when it closes under a request): a 500 page in Norwegian."""
    store = Store(stovner)
    room = open_room(store, "nb")
    client = await aiohttp_client(create_web_app(room))
    await client.get(f"/e/{room.tokens.evaluation}")
    store.close()
    response = await client.get("/form")
    html = await response.text()
    assert response.status == 500
    assert_room_page(500, response.headers, html, "nb")
    assert "Noe gikk galt" in html and "si fra til den som leder konferansen" in html


@pytest.fixture
def served(stovner):
    """A real room server on loopback (its own thread and loop), in Norwegian."""
    server = RoomServer(stovner, "nb", "127.0.0.1", 0)
    server.start()
    yield server
    server.stop()


def entered(server: RoomServer) -> tuple[bytes, str, str]:
    """A phone's cookie header and a fresh form's instance id and CSRF value."""
    cookie = b"Cookie: dialog_room=" + server.tokens.evaluation.encode()
    sent_on = exchange(server.port, request("GET", b"/form", [cookie, b"Connection: close"]))  # to /form/ID
    again = request("GET", sent_on.headers["location"].encode(), [cookie, b"Connection: close"])
    html = exchange(server.port, again).body
    return cookie, hidden(html, "instance_id"), hidden(html, "csrf")


FORM = b"Content-Type: application/x-www-form-urlencoded"

ODD_REQUESTS = {
    "non-ASCII in the token path": lambda c: request("GET", "/e/æøå-token".encode()),
    "undecodable byte in the path": lambda c: request("GET", b"/e/\xff\xfe"),
    "percent-encoded odd bytes in the path": lambda c: request("GET", b"/e/%ff%fe%00%ed%a0%80"),
    "odd bytes in the query": lambda c: request("GET", b"/form?a=%ff&b=\xff", [c]),
    "odd bytes in the cookie": lambda c: request("GET", b"/form", [b"Cookie: dialog_room=\xff\xfe\x01"]),
    "non-ASCII cookie": lambda c: request("GET", b"/notes", ["Cookie: dialog_group=Ærlig".encode()]),
    "odd bytes in a header": lambda c: request("GET", b"/form", [c, b"X-Phone: \xff\x01\x7f"]),
    "a header line too long": lambda c: request("GET", b"/form", [c, b"X-Long: " + b"a" * 20000]),
    "not a number in Content-Length": lambda c: b"POST /form HTTP/1.1\r\nHost: room\r\nContent-Length: abc\r\n\r\n",
    "not HTTP at all": lambda c: b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n",
    "odd bytes in the form body": lambda c: request("POST", b"/form", [c, FORM], b"instance_id=\xff\xfe&csrf=\x80"),
    "an unknown charset": lambda c: request("POST", b"/form", [c, FORM + b"; charset=nonsense"], b"q_useful=4"),
    "a multipart body without a boundary": lambda c: request(
        "POST", b"/form", [c, b"Content-Type: multipart/form-data"], b"--x\r\n\r\n"),
    "a multipart boundary in odd bytes": lambda c: request(
        "POST", b"/form", [c, b"Content-Type: multipart/form-data; boundary=\xff\xfe"], b"--\xff\xfe--\r\n"),
    "a broken chunked body": lambda c: (b"POST /form HTTP/1.1\r\nHost: room\r\n" + c + b"\r\n" + FORM +
                                        b"\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n"),
    "a body said to be gzip that is not": lambda c: request("POST", b"/form", [c, FORM, b"Content-Encoding: gzip"],
                                                             b"not gzip at all"),
}


@pytest.mark.parametrize("case", sorted(ODD_REQUESTS))
def test_odd_bytes_anywhere_get_a_clean_400_or_404(served, stovner, case):
    before = forms_in(stovner)
    cookie, _, _ = entered(served)
    answer = exchange(served.port, ODD_REQUESTS[case](cookie))
    assert answer.status in (400, 403, 404), (answer.status, answer.body[:300])
    headers = {name.title(): value for name, value in answer.headers.items()}
    assert_room_page(answer.status, headers, answer.body, "nb")
    assert forms_in(stovner) == before


def test_a_device_cookie_in_odd_bytes_counts_as_none_and_nothing_odd_is_stored(served, stovner):
    _group_id, token = next(iter(served.tokens.groups.items()))
    for device in (b"\xff\xfe", "ø".encode() * 20, b"%ff" * 10, b"abc"):
        cookie = b"Cookie: dialog_group=" + token.encode() + b"; dialog_device=" + device
        page = exchange(served.port, request("GET", b"/notes", [cookie]))
        assert page.status == 200
        text = f"Notat fra enhet {device!r}".encode()
        sent = exchange(served.port, request("POST", b"/notes", [cookie, FORM],
                                             b"csrf=" + hidden(page.body, "csrf").encode() + b"&kind=other&text=" +
                                             quote_from_bytes(text).encode()))
        assert sent.status == 303
    db = open_conference(stovner)
    try:
        devices = {row[0] for row in db.execute("SELECT author_device FROM note WHERE text LIKE 'Notat fra enhet%'")}
    finally:
        db.close()
    assert devices == {"web:"}


PLACES = ("token", "query", "cookie", "device_cookie", "header", "csrf", "instance_id", "answer", "field_name")


def hostile_request(place: str, raw: bytes, cookie: bytes, instance_id: str, csrf: str, group_token: str = "") -> bytes:
    """A request carrying ``raw`` in one place, everything else as a real phone sends it."""
    line_safe = raw.replace(b"\r", b"").replace(b"\n", b"")  # a line break would only start another request
    if place == "device_cookie":
        return request("GET", b"/notes", [b"Cookie: dialog_group=" + group_token.encode() + b"; dialog_device=" +
                                          line_safe])
    if place == "token":
        return request("GET", b"/e/" + (quote_from_bytes(raw).encode() if raw[:1] < b"\x80" else line_safe))
    if place == "query":
        return request("GET", b"/form?" + line_safe.replace(b" ", b"+"), [cookie])
    if place == "cookie":
        return request("GET", b"/form", [b"Cookie: dialog_room=" + line_safe])
    if place == "header":
        return request("GET", b"/form", [cookie, b"Accept-Language: " + line_safe])
    fields = {b"instance_id": instance_id.encode(), b"csrf": csrf.encode(), b"q_useful": b"4"}
    if place == "field_name":
        fields[b"q_" + raw] = b"1"
    else:
        fields[{"csrf": b"csrf", "instance_id": b"instance_id", "answer": b"q_comments"}[place]] = raw
    body = b"&".join(quote_from_bytes(name).encode() + b"=" + quote_from_bytes(value).encode()
                     for name, value in fields.items())
    return request("POST", b"/form", [cookie, FORM], body)


def test_hostile_bytes_in_any_place_never_break_the_room(served):
    """Property: whatever bytes a client puts in the token, query, cookie, a header or the form, the answer is a
    page of ours (or a redirect), never a 500, never silence, always with the security headers."""
    cookie, instance_id, csrf = entered(served)
    group_token = next(iter(served.tokens.groups.values()))
    counter = itertools.count()

    @settings(deadline=None)
    @given(place=st.sampled_from(PLACES),
           raw=st.one_of(st.binary(max_size=300),
                         st.text(max_size=100).map(lambda text: text.encode("utf-8", "surrogatepass")),
                         st.sampled_from([b"\x1b]0;owned\x07", b"\x1b[2J", "\u202e)B(".encode(), b"\x00" * 40,
                                          "\ud800".encode("utf-8", "surrogatepass"), b"%" * 50, b"a" * 5000,
                                          b"a" * 1_000_000])))
    def answers_cleanly(place, raw):
        n = next(counter)
        source = f"127.0.{n // 250 % 250}.{2 + n % 250}"  # one address each: the rate limit is not the point here
        answer = exchange(served.port, hostile_request(place, raw, cookie, instance_id, csrf, group_token),
                          source=source)
        assert answer.status in (200, 303, 400, 403, 404, 413, 429), (place, raw[:80], answer.status, answer.body[:200])
        assert answer.headers.get("server") == "dialog"
        assert "default-src 'none'" in answer.headers.get("content-security-policy", "")
        if answer.status >= 400 and answer.status != 403:  # 403 is the form itself, sent back to be sent again
            assert answer.body.startswith("<!doctype html>") and '<html lang="nb">' in answer.body

    answers_cleanly()


def test_dialog_serve_prints_nothing_when_clients_send_odd_bytes(stovner):
    """No traceback and no client address on the terminal of `dialog serve`, whatever the phones send."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "dialog", "--lang", "en", "serve", str(stovner), "--host", "127.0.0.1",
         "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        lines = [process.stdout.readline().strip() for _ in range(6)]
        assert lines[5] == "The room is open. Press Ctrl+C to close it."
        token = lines[0].rsplit("/", 1)[1].encode()
        cookie = b"Cookie: dialog_room=" + token
        answers: list[Answer] = [exchange(port, make(cookie)) for make in ODD_REQUESTS.values()]
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=15)
    assert {answer.status for answer in answers} <= {400, 403, 404}
    assert process.returncode == 0
    assert err == "" and out == "", (out, err)
