"""The baseline for phones answering a finding, run as its own process: a bare aiohttp handler and plain sqlite3.

Usage: ``python -m bench.finding_bare FILE PORT``; prints ``ready`` once it
serves, ends when its input ends. ``GET /finding`` gives a minimal form for
the finding open in the file (and a random device cookie); ``POST /finding``
stores the answer under a key made from that cookie, one per device (a second
answer replaces the first), committed with the same durability as the room
(WAL, ``synchronous = FULL``) on one writer thread before the 303 answer goes
out: acknowledged means stored. It checks nothing else (no room cookie, no
CSRF, no phase, no validation).
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
import sqlite3
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from aiohttp import web

WRITER = ThreadPoolExecutor(max_workers=1)
CHOICES = "".join(f'<label><input type="radio" name="response" value="{value}"> {value}</label>'
                  for value in ("confirmed", "nuanced", "contested", "new_angle"))


def serve(path: Path, port: int) -> None:
    connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    connection.execute("PRAGMA busy_timeout = 5000")
    connection.execute("PRAGMA synchronous = FULL")
    finding = connection.execute("SELECT open_finding_id FROM room_state WHERE id = 1").fetchone()[0]

    def store(device: str, response: str, comment: str) -> None:
        voter = hashlib.sha256(f"{finding}/{device}".encode()).hexdigest()
        connection.execute(
            "INSERT INTO finding_answer (finding_id, voter, response, comment) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (finding_id, voter) DO UPDATE SET response = excluded.response, comment = excluded.comment",
            [finding, voter, response, comment])

    async def page(request: web.Request) -> web.Response:
        response = web.Response(text=f'<form method="post" action="/finding">{CHOICES}'
                                     f'<textarea name="comment"></textarea><button>Send</button></form>',
                                content_type="text/html")
        response.set_cookie("device", secrets.token_urlsafe(16))
        return response

    async def submit(request: web.Request) -> web.Response:
        form = await request.post()
        await asyncio.get_running_loop().run_in_executor(
            WRITER, store, request.cookies.get("device", ""), str(form["response"]), str(form.get("comment", "")))
        raise web.HTTPSeeOther("/finding")

    async def run() -> None:
        app = web.Application()
        app.router.add_get("/finding", page)
        app.router.add_post("/finding", submit)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until the bench closes our input
        await runner.cleanup()

    asyncio.run(run())


if __name__ == "__main__":
    serve(Path(sys.argv[1]), int(sys.argv[2]))
