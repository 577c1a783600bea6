"""Hypothesis properties for the room: whatever a phone sends, the room answers cleanly and stores only clean text.

A real room (the same server thread the app opens) on a real socket, spoken to
in raw bytes, so odd bytes reach the server exactly as a hostile device would
send them: escape sequences, every control character, bidi overrides, lone
surrogates and invalid UTF-8, megabyte words, deeply repeated fields.
`make fuzz` runs these with 10,000 examples each.
"""

from __future__ import annotations

import re
import sqlite3
from html.parser import HTMLParser
from urllib.parse import quote_from_bytes, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialog.core.demo import build_demo
from dialog.core.text_gate import clean_text
from dialog.web.room_server import RoomServer
from tests.raw_http import exchange as raw_exchange

ROOM_SETTINGS = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")

PIECES = [
    "\x1b]0;pwned\x07", "\x1b[2J\x1b[H", "\x1b[31m", "\x9b31m", "\r\n", "\r", "\x0b", "\x00",
    "\u202eB)\u202c", "\u2067", "\ud800", "\udfff", "\ufffe", "\uffff", "\u200b", "e\u0301",
    "<script>alert(1)</script>", "\"'><b>", "%00", "%ff", "../../etc/passwd", "Æøå 😊",
    *[chr(code) for code in range(0x20)], "\x7f", *[chr(code) for code in range(0x80, 0xa0)],
]
HOSTILE = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=8).map("".join)
HUGE = {"1 MB word": "x" * 1_000_000, "600 kB of ø": "ø" * 300_000, "40,000 fields": "a=&" * 40_000}
RAW_BYTES = st.one_of(HOSTILE.map(lambda text: text.encode("utf-8", "surrogatepass")),
                      st.binary(max_size=64), st.just(b"\xff\xfe\xc0\xaf\xed\xa0\x80"))
FIELDS = ["csrf", "instance_id", "q_useful", "q_role", "q_comments", "q_other", "text", "kind", "role_letter",
          "another", "a[b][c][d]"]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A demo conference with its room open on 127.0.0.1 (rate limit raised: it has its own tests)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("dialog.web.room.RATE_LIMIT", (1_000_000, 1.0))
        path = build_demo(tmp_path_factory.mktemp("room-fuzz"), "stovner")
        server = RoomServer(path, "nb", "127.0.0.1", 0)
        server.start()
        try:
            yield server
        finally:
            server.stop()


def request_bytes(method: bytes, target: bytes, headers: dict[bytes, bytes], body: bytes = b"") -> bytes:
    """An HTTP/1.1 request as bytes (method and target as given, odd bytes included), with ``Connection: close``."""
    lines = [method + b" " + target + b" HTTP/1.1", b"Host: 127.0.0.1", b"Connection: close"]
    lines += [name + b": " + value for name, value in headers.items()]
    if body or method == b"POST":
        lines.append(b"Content-Length: " + str(len(body)).encode())
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def exchange(port: int, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send raw bytes and read the answer: (status, headers in lower case, body). Status 0: closed unanswered."""
    answer = raw_exchange(port, request, timeout=30)
    return answer.status, answer.headers, answer.body.encode("utf-8")


def assert_clean_answer(status: int, headers: dict[str, str], body: bytes) -> None:
    """An answer a phone can show: never a server error, never a version, never our traceback."""
    assert status != 0, "the room closed the connection without an answer"
    assert status < 500, (status, body[:300])
    assert "/" not in headers.get("server", ""), headers.get("server")
    assert b"Traceback" not in body and b"aiohttp" not in body.lower()


def cookies_for(server: RoomServer) -> list[bytes]:
    tokens = server.tokens
    group = next(iter(tokens.groups.values()))
    return [b"", f"dialog_room={tokens.evaluation}".encode(), f"dialog_group={group}".encode()]


@ROOM_SETTINGS
@given(method=st.sampled_from([b"GET", b"POST", b"HEAD", b"PUT", b"DELETE", b"OPTIONS", b"G\x01T"]),
       route=st.sampled_from([b"/", b"/form", b"/notes", b"/thanks", b"/e/", b"/g/", b"/notes/", b"/x/"]),
       tail=RAW_BYTES, encode=st.booleans(), cookie_pick=st.integers(0, 3), odd_cookie=RAW_BYTES,
       fields=st.dictionaries(st.sampled_from(FIELDS), HOSTILE, max_size=6), raw_body=st.one_of(st.none(), RAW_BYTES),
       content_type=st.sampled_from([b"application/x-www-form-urlencoded", b"multipart/form-data; boundary=x",
                                     b"text/plain", b"\xff\x00"]))
def test_any_request_gets_a_clean_answer(served, method, route, tail, encode, cookie_pick, odd_cookie, fields,
                                         raw_body, content_type):
    tail = quote_from_bytes(tail).encode() if encode else re.sub(rb"[\s]", b"", tail)
    choices = cookies_for(served) + [b"dialog_room=" + re.sub(rb"[\r\n]", b"", odd_cookie)]
    headers = {b"Content-Type": content_type}
    if choices[cookie_pick]:
        headers[b"Cookie"] = choices[cookie_pick]
    body = raw_body if raw_body is not None else urlencode(
        {name: value.encode("utf-8", "surrogatepass") for name, value in fields.items()}).encode()
    answer = exchange(served.port, request_bytes(method, route + tail, headers, body if method != b"GET" else b""))
    assert_clean_answer(*answer)
    # The room still serves the next phone.
    status, headers, _ = exchange(served.port, request_bytes(b"GET", f"/e/{served.tokens.evaluation}".encode(), {}))
    assert status == 303


@ROOM_SETTINGS
@given(st.sampled_from(sorted(HUGE)), st.sampled_from(["body", "header", "path"]))
def test_a_megabyte_word_is_refused_in_one_answer(served, huge, where):
    data = HUGE[huge].encode()
    if where == "body":
        request = request_bytes(b"POST", b"/form", {b"Cookie": cookies_for(served)[1],
                                                    b"Content-Type": b"application/x-www-form-urlencoded"},
                                b"q_comments=" + data)
    elif where == "header":
        request = request_bytes(b"GET", b"/form", {b"Cookie": b"dialog_room=" + data})
    else:
        request = request_bytes(b"GET", b"/" + quote_from_bytes(data).encode(), {})
    status, headers, body = exchange(served.port, request)
    assert_clean_answer(status, headers, body)
    assert status in (400, 404, 413, 431), status


class FormFields(HTMLParser):
    """The fields of the first form on a page whose action is ``action``: hidden inputs and their values."""

    def __init__(self, action: str) -> None:
        super().__init__()
        self.action, self.inside, self.done, self.hidden = action, False, False, {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and not self.done and attrs.get("action") == self.action:
            self.inside = True
        elif tag == "input" and self.inside and attrs.get("type") == "hidden":
            self.hidden[attrs["name"]] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside, self.done = False, True


def cookie_header(cookies: dict[str, str]) -> bytes:
    return "; ".join(f"{name}={value}" for name, value in cookies.items()).encode()


def page_fields(port: int, path: str, cookies: dict[str, str], action: str) -> dict[str, str]:
    """GET a page as a browser would (following redirects, keeping the cookies it is given, in ``cookies``);
    return the hidden fields of its form whose action is ``action``."""
    for _ in range(4):
        sent = request_bytes(b"GET", path.encode(), {b"Cookie": cookie_header(cookies)})
        status, headers, body = exchange(port, sent)
        set_cookie = headers.get("set-cookie", "")
        if set_cookie:
            name, _, rest = set_cookie.partition("=")
            cookies[name.strip()] = rest.split(";")[0]
        if status != 303:
            break
        path = headers["location"]
    assert status == 200, (status, body[:300])
    parser = FormFields(action)
    parser.feed(body.decode("utf-8"))
    return parser.hidden


def stored_texts(path, query: str) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute(query)]
    finally:
        connection.close()


@ROOM_SETTINGS
@given(text=HOSTILE, role=st.sampled_from(["B", "a", "", "\x1b", "Ø1"]))
def test_a_group_note_is_stored_clean_or_refused_and_shown_escaped(served, text, role):
    cookies = {"dialog_group": next(iter(served.tokens.groups.values())), "dialog_device": "fuzzdevice0000000000"}
    hidden = page_fields(served.port, "/notes", cookies, "/notes")
    cookie = cookie_header(cookies)
    before = stored_texts(served.path, "SELECT text FROM note")
    body = urlencode({**hidden, "kind": "works_well", "role_letter": role,
                      "text": text.encode("utf-8", "surrogatepass")}).encode()
    status, headers, answer = exchange(served.port, request_bytes(
        b"POST", b"/notes", {b"Cookie": cookie, b"Content-Type": b"application/x-www-form-urlencoded"}, body))
    assert_clean_answer(status, headers, answer)
    after = stored_texts(served.path, "SELECT text FROM note")
    added = [note for note in after if note not in before] if len(after) > len(before) else []
    assert len(after) - len(before) in (0, 1)
    for note in after:
        assert not FORBIDDEN.search(note)
    if status == 303:
        wanted = clean_text(text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")).strip()
        assert len(after) == len(before) + 1 and (not added or added[0].strip() == wanted)
    # What the page shows back is escaped: no tag or control character from the phone reaches another screen.
    _, _, page = exchange(served.port, request_bytes(b"GET", b"/notes", {b"Cookie": cookie}))
    assert b"<script>" not in page and not FORBIDDEN.search(page.decode("utf-8"))


@ROOM_SETTINGS
@given(comment=HOSTILE, useful=st.sampled_from(["5", "1", "0", "", "99", "\x00", "5\x1b"]))
def test_an_evaluation_form_is_stored_clean_or_refused(served, comment, useful):
    cookies = {"dialog_room": served.tokens.evaluation}
    hidden = page_fields(served.port, "/form", cookies, "/form")
    cookie = cookie_header(cookies)
    before = len(stored_texts(served.path, "SELECT id FROM evaluation_response"))
    body = urlencode({**hidden, "q_useful": useful, "q_comments": comment.encode("utf-8", "surrogatepass")}).encode()
    status, headers, answer = exchange(served.port, request_bytes(
        b"POST", b"/form", {b"Cookie": cookie, b"Content-Type": b"application/x-www-form-urlencoded"}, body))
    assert_clean_answer(status, headers, answer)
    after = len(stored_texts(served.path, "SELECT id FROM evaluation_response"))
    assert after - before == (1 if status == 303 else 0)
    for value in stored_texts(served.path, "SELECT value_text FROM evaluation_answer WHERE value_text IS NOT NULL"):
        assert not FORBIDDEN.search(value)
