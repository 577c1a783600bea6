"""A room full of phones, run as its own process: each phone loads the form, then all send within a second.

Usage: ``python -m bench.flood_client URL COUNT SECONDS`` where URL is the
evaluation address (``http://HOST:PORT/e/TOKEN``), or ``bare`` + a base URL to
post to the baseline handler (``bench.flood_bare``). Prints JSON, one entry per
phone: the one-time id it sent, the send latency in seconds, the HTTP status
and ``Location`` of the answer, and when the answer arrived (``time.monotonic``,
the same clock in every process). Each phone connects from its own loopback
address (127.0.0.2, .3, …), as phones on Wi-Fi each have their own, so the
per-phone rate limit is not what is measured.
"""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import sys
import time

import aiohttp

FIELD = re.compile(r'name="(instance_id|csrf)" value="([^"]+)"')
ANSWERS = {"q_useful": "4", "q_safe": "5", "q_comments": "Sendt fra benken"}


def phone(number: int) -> aiohttp.ClientSession:
    """A browser on its own address with its own cookies."""
    connector = aiohttp.TCPConnector(local_addr=(f"127.0.0.{2 + number % 250}", 0), force_close=True)
    return aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.CookieJar(unsafe=True))


async def load_form(session: aiohttp.ClientSession, url: str) -> dict:
    """Scan the QR code: the room cookie, then the form page with its one-time id and CSRF token."""
    async with session.get(url) as response:
        html = await response.text()
        if response.status != 200:
            raise SystemExit(f"loading the form gave HTTP {response.status}")
    fields = dict(FIELD.findall(html))
    return {"instance_id": fields["instance_id"], "csrf": fields["csrf"], **ANSWERS}


async def send(session: aiohttp.ClientSession, post_url: str, data: dict, at: float) -> dict:
    await asyncio.sleep(max(0.0, at - time.monotonic()))
    start = time.monotonic()
    async with session.post(post_url, data=data, allow_redirects=False) as response:
        await response.read()
        end = time.monotonic()
        return {"instance_id": data["instance_id"], "latency": end - start, "status": response.status,
                "location": response.headers.get("Location", ""), "at": end}


async def flood(url: str, count: int, seconds: float) -> list[dict]:
    sessions = [phone(number) for number in range(count)]
    try:
        if url.startswith("bare:"):
            post_url = url[len("bare:"):] + "/form"
            forms = [{"instance_id": secrets.token_urlsafe(16), **ANSWERS} for _ in range(count)]
        else:
            post_url = url.split("/e/")[0] + "/form"
            limit = asyncio.Semaphore(20)

            async def prepared(session):
                async with limit:
                    return await load_form(session, url)

            forms = await asyncio.gather(*(prepared(session) for session in sessions))
        print("loaded", file=sys.stderr, flush=True)  # the bench notes the servers' CPU time from here
        start = time.monotonic() + 0.05
        return await asyncio.gather(*(send(session, post_url, form, start + index * seconds / count)
                                      for index, (session, form) in enumerate(zip(sessions, forms))))
    finally:
        await asyncio.gather(*(session.close() for session in sessions))


if __name__ == "__main__":
    print(json.dumps(asyncio.run(flood(sys.argv[1], int(sys.argv[2]), float(sys.argv[3])))))
