"""Talking to the room in raw bytes, as a hostile or broken client would: any byte anywhere, any pace."""

from __future__ import annotations

import socket
from dataclasses import dataclass


@dataclass
class Answer:
    """What came back on one connection: status, headers (lower-case names) and the body as text."""

    status: int
    headers: dict[str, str]
    body: str


def parse(raw: bytes) -> Answer:
    """The first answer in ``raw`` (status 0 if nothing came back)."""
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    if not lines[0].startswith("HTTP/"):
        return Answer(0, {}, "")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", len(body)))
    return Answer(int(lines[0].split()[1]), headers, body[:length].decode("utf-8", "replace"))


def exchange(port: int, request: bytes, source: str = "127.0.0.1", timeout: float = 10.0) -> Answer:
    """Send ``request`` as it is and read until the server closes or one whole answer is in."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout, source_address=(source, 0)) as connection:
        try:
            connection.sendall(request)
        except OSError:  # the server answered and closed before taking it all: read what it said
            pass
        received = b""
        while True:
            try:
                chunk = connection.recv(65536)
            except (TimeoutError, ConnectionResetError):
                break
            if not chunk:
                break
            received += chunk
            if _complete(received):
                break
    return parse(received)


def _complete(raw: bytes) -> bool:
    head, found, body = raw.partition(b"\r\n\r\n")
    if not found:
        return False
    answer = parse(head + found)
    return len(body) >= int(answer.headers.get("content-length", 10**9))


def request(method: str, path: bytes, headers: list[bytes] = (), body: bytes = b"") -> bytes:
    """An HTTP/1.1 request in bytes; ``path`` and ``headers`` go out exactly as given."""
    lines = [method.encode() + b" " + path + b" HTTP/1.1", b"Host: room"]
    lines += list(headers)
    if body or method == "POST":
        lines.append(b"Content-Length: " + str(len(body)).encode())
    return b"\r\n".join(lines) + b"\r\n\r\n" + body
