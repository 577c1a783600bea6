"""Phones answering one finding, run as their own process: each scans the code, loads the page, then they answer.

Usage: ``python -m bench.finding_client URL COUNT SECONDS`` where URL is the
room's evaluation address (``http://HOST:PORT/e/TOKEN``; during the
presentation it leads to the finding being shown) or ``bare:`` + a base URL
for the baseline handler (``bench.finding_bare``). Every phone reads the form
from the page it got, as a browser would (its address, hidden fields and the
name of the response choice), then the phones send within ``SECONDS``,
evenly spread. Prints JSON, one entry per phone: the HTTP status and
``Location`` of the answer, the send latency and when the answer arrived
(``time.monotonic``). Each phone has its own loopback address (127.0.0.2, .3,
…), as phones on Wi-Fi each have their own.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from html.parser import HTMLParser
from urllib.parse import urljoin

import aiohttp

RESPONSES = ("confirmed", "nuanced", "contested", "new_angle")


class FormReader(HTMLParser):
    """The first POST form of a page: where it goes, its hidden fields, and the name of its response choice."""

    def __init__(self) -> None:
        super().__init__()
        self.action: str | None = None
        self.hidden: dict[str, str] = {}
        self.choice: str | None = None
        self.comment: str | None = None
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if tag == "form" and self.action is None and found.get("method", "").lower() == "post":
            self.action, self._inside = found.get("action", ""), True
        elif tag == "input" and self._inside:
            if found.get("type") == "hidden":
                self.hidden[found.get("name", "")] = found.get("value", "")
            elif found.get("type") == "radio" and found.get("value") in RESPONSES:
                self.choice = found.get("name")
        elif tag == "textarea" and self._inside and self.comment is None:
            self.comment = found.get("name")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._inside = False


def phone(number: int) -> aiohttp.ClientSession:
    """A browser on its own address with its own cookies."""
    connector = aiohttp.TCPConnector(local_addr=(f"127.0.0.{2 + number % 250}", 0), force_close=True)
    return aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.CookieJar(unsafe=True))


async def load(session: aiohttp.ClientSession, url: str) -> tuple[str, dict]:
    """Scan the code and read the answer form: (where to send it, the fields to send)."""
    async with session.get(url) as response:
        html = await response.text()
        if response.status != 200:
            raise SystemExit(f"loading the finding gave HTTP {response.status}")
        page = str(response.url)
    reader = FormReader()
    reader.feed(html)
    if reader.action is None or reader.choice is None:
        raise SystemExit("the page has no form with the four responses")
    return urljoin(page, reader.action), {"fields": reader.hidden, "choice": reader.choice,
                                               "comment": reader.comment}


async def send(session, target: str, form: dict, number: int, at: float) -> dict:
    await asyncio.sleep(max(0.0, at - time.monotonic()))
    data = {**form["fields"], form["choice"]: RESPONSES[number % len(RESPONSES)]}
    if number % 3 == 0 and form["comment"]:
        data[form["comment"]] = f"Kommentar fra telefon {number}"
    start = time.monotonic()
    async with session.post(target, data=data, allow_redirects=False) as response:
        await response.read()
        end = time.monotonic()
        return {"latency": end - start, "status": response.status,
                "location": response.headers.get("Location", ""), "at": end}


async def answer(url: str, count: int, seconds: float) -> list[dict]:
    sessions = [phone(number) for number in range(count)]
    try:
        entry = url[len("bare:"):] + "/finding" if url.startswith("bare:") else url
        limit = asyncio.Semaphore(20)

        async def loaded(session):
            async with limit:
                return await load(session, entry)

        forms = await asyncio.gather(*(loaded(session) for session in sessions))
        print("loaded", file=sys.stderr, flush=True)
        start = time.monotonic() + 0.05
        return await asyncio.gather(*(send(session, target, form, number, start + number * seconds / count)
                                      for number, (session, (target, form)) in enumerate(zip(sessions, forms))))
    finally:
        await asyncio.gather(*(session.close() for session in sessions))


if __name__ == "__main__":
    print(json.dumps(asyncio.run(answer(sys.argv[1], int(sys.argv[2]), float(sys.argv[3])))))
