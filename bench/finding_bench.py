"""40 phones answer the finding the leader shows, all at once: every answer counted? how long until the last is seen?

Usage: ``python -m bench.finding_bench [PAIRS]`` (default 5). Each pair of runs, in turn:

* **baseline** – a bare aiohttp handler in its own process storing each answer
  with plain sqlite3 (one writer thread, ``synchronous = FULL``, the same
  table and upsert) before its 303, and a one-line page behind the redirect:
  the fastest honest way. It checks nothing (no cookie, no CSRF, no validation).
* **room** – the real room (:class:`~dialog.web.room_server.RoomServer`) in its
  own process, with every check, the voter key and the full finding page after
  the redirect.

The phones (each its own session, cookies and source address 127.0.0.N, as on
Wi-Fi) have the finding page loaded before the clock starts; the clock runs from
the first send until the last phone has its page back after the redirect. Then
the file is read: every acknowledged answer must be stored, once.
"""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

from bench.ports import free_port
from dialog.core.demo import build_demo

PHONES = 40
ROOT = Path(__file__).parent.parent


def serve_bare(path: Path, port: int) -> None:
    """The baseline server (a child process): store each answer with plain sqlite3, then 303 to a tiny page."""
    from concurrent.futures import ThreadPoolExecutor

    from aiohttp import web

    writer = ThreadPoolExecutor(max_workers=1)
    connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    connection.execute("PRAGMA busy_timeout = 5000")
    connection.execute("PRAGMA synchronous = FULL")

    def store(finding_id: str, voter: str, response: str, comment: str) -> None:
        connection.execute("INSERT INTO finding_answer (rowid, finding_id, voter, response, comment) "
                           "VALUES (abs(random() % 9000000000000000000), ?, ?, ?, ?) ON CONFLICT (finding_id, voter) "
                           "DO UPDATE SET response = excluded.response, comment = excluded.comment",
                           [finding_id, voter, response, comment])

    async def submit(request: web.Request) -> web.Response:
        form = await request.post()
        await asyncio.get_running_loop().run_in_executor(writer, store, str(form["finding_id"]), str(form["voter"]),
                                                         str(form["response"]), str(form["comment"]))
        raise web.HTTPSeeOther("/finding")

    async def page(_request: web.Request) -> web.Response:
        return web.Response(text="<!doctype html><p>Lagret</p>", content_type="text/html")

    app = web.Application()
    app.router.add_post("/finding", submit)
    app.router.add_get("/finding", page)
    _run_until_stdin_ends(app, port)


def serve_room(path: Path, port: int) -> None:
    """The real room (a child process); prints its evaluation token."""
    from dialog.web.room_server import RoomServer

    server = RoomServer(path, "nb", "127.0.0.1", port)
    server.start()
    print(f"ready {server.tokens.evaluation}", flush=True)
    sys.stdin.read()
    server.stop()


def _run_until_stdin_ends(app, port: int) -> None:
    from aiohttp import web

    async def run() -> None:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        print("ready -", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
        await runner.cleanup()

    asyncio.run(run())


def fresh_file(template: Path, folder: Path) -> tuple[Path, str]:
    """A copy of the demo in its presentation, showing its second finding; the copy and that finding's id."""
    from dialog.core.database import open_conference
    from dialog.core.findings import list_findings
    from dialog.core.phases import move_to_phase
    from dialog.core.room_answers import open_finding

    path = folder / f"run-{secrets.token_hex(4)}.sqlite"
    shutil.copy(template, path)
    db = open_conference(path)
    try:
        move_to_phase(db, "presentation")
        finding_id = list_findings(db)[1]["id"]
        open_finding(db, finding_id)
    finally:
        db.close()
    return path, finding_id


async def phones(base: str, token: str, finding_id: str) -> tuple[float, int]:
    """Load every phone's page, then send all answers at once; (seconds to the last page back, answers acknowledged)."""
    sessions = [aiohttp.ClientSession(connector=aiohttp.TCPConnector(local_addr=(f"127.0.0.{2 + n}", 0)),
                                      cookie_jar=aiohttp.CookieJar(unsafe=True))
                for n in range(PHONES)]
    try:
        forms = []
        for number, session in enumerate(sessions):
            comment = f"Telefon {number} mener noe"
            if token == "-":
                forms.append({"finding_id": finding_id, "voter": secrets.token_hex(32), "response": "nuanced",
                              "comment": comment})
                continue
            async with session.get(f"{base}/e/{token}") as page:
                html = await page.text()
            field = {name: re.search(rf'name="{name}" value="([^"]*)"', html).group(1)
                     for name in ("finding_id", "csrf")}
            forms.append({**field, "response": "nuanced", "comment": comment, "role": ""})

        async def send(session, form) -> bool:
            async with session.post(f"{base}/finding", data=form) as answer:
                await answer.read()
                return answer.status == 200 and answer.history[0].status == 303

        started = time.perf_counter()
        acknowledged = await asyncio.gather(*(send(s, f) for s, f in zip(sessions, forms)))
        return time.perf_counter() - started, sum(acknowledged)
    finally:
        for session in sessions:
            await session.close()


def one_run(kind: str, template: Path, folder: Path) -> float:
    path, finding_id = fresh_file(template, folder)
    port = free_port()
    child = subprocess.Popen([sys.executable, "-m", "bench.finding_bench", f"serve-{kind}", str(path), str(port)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert child.stdout is not None
        token = child.stdout.readline().split()[1]
        seconds, acknowledged = asyncio.run(phones(f"http://127.0.0.1:{port}", token, finding_id))
    finally:
        child.communicate("")
    stored = sqlite3.connect(path).execute("SELECT count(*) FROM finding_answer WHERE finding_id = ?",
                                           [finding_id]).fetchone()[0]
    assert acknowledged == PHONES == stored, (kind, acknowledged, stored)
    return seconds


def main(pairs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        template = build_demo(Path(folder), "stovner")
        bare, room = [], []
        for _ in range(pairs):
            bare.append(one_run("bare", template, Path(folder)))
            room.append(one_run("room", template, Path(folder)))
        b, r = statistics.median(bare), statistics.median(room)
        print(f"{PHONES} phones answer one finding at once, {pairs} pairs, every answer stored once")
        print(f"  baseline (bare aiohttp + sqlite3): median {b * 1000:.0f} ms  {[round(x * 1000) for x in bare]}")
        print(f"  room (every check, full page):     median {r * 1000:.0f} ms  {[round(x * 1000) for x in room]}")
        print(f"  ratio room/baseline: {r / b:.2f}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1].startswith("serve-"):
        {"serve-bare": serve_bare, "serve-room": serve_room}[sys.argv[1]](Path(sys.argv[2]), int(sys.argv[3]))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else int(os.environ.get("FINDING_PAIRS", "5")))
