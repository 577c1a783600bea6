"""The flood's baseline, run as its own process: a bare aiohttp handler storing each form the fastest honest way.

Usage: ``python -m bench.flood_bare FILE PORT``; prints ``ready`` once it serves, ends when its input ends.
Each ``POST /form`` is parsed, its answers inserted with plain :mod:`sqlite3`
into the same tables as the room stores them (a repeated one-time id stores
nothing), and committed with the same durability (WAL, ``synchronous = FULL``)
on one writer thread before the 303 answer goes out: acknowledged means stored.
It checks nothing else (no room cookie, no CSRF, no validation, no page).
"""

from __future__ import annotations

import asyncio
import sqlite3
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from aiohttp import web

WRITER = ThreadPoolExecutor(max_workers=1)


def opened(path: Path) -> tuple[sqlite3.Connection, str, dict[str, str]]:
    """The connection, the current form template and its questions' ids by code."""
    connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    connection.execute("PRAGMA busy_timeout = 5000")
    connection.execute("PRAGMA synchronous = FULL")
    template = connection.execute("SELECT id FROM form_template ORDER BY version DESC LIMIT 1").fetchone()[0]
    questions = dict(connection.execute("SELECT code, id FROM form_question WHERE template_id = ?", [template]))
    return connection, template, questions


def serve(path: Path, port: int) -> None:
    connection, template, questions = opened(path)

    def store(instance_id: str, answers: dict[str, str]) -> None:
        response_id = uuid.uuid4().hex
        with connection:
            connection.execute("BEGIN IMMEDIATE")
            added = connection.execute("INSERT OR IGNORE INTO evaluation_response (id, template_id, source, "
                                       "instance_id) VALUES (?, ?, 'phone', ?)", [response_id, template, instance_id])
            if added.rowcount:
                connection.executemany(
                    "INSERT INTO evaluation_answer (response_id, question_id, value_int, value_text) VALUES (?,?,?,?)",
                    [(response_id, questions[code], int(value) if value.isdigit() else None,
                      None if value.isdigit() else value) for code, value in answers.items()])

    async def submit(request: web.Request) -> web.Response:
        form = await request.post()
        answers = {key[2:]: str(value) for key, value in form.items() if key.startswith("q_")}
        await asyncio.get_running_loop().run_in_executor(WRITER, store, str(form["instance_id"]), answers)
        raise web.HTTPSeeOther("/thanks")

    async def run() -> None:
        app = web.Application()
        app.router.add_post("/form", submit)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until the bench closes our input
        await runner.cleanup()

    asyncio.run(run())

if __name__ == "__main__":
    serve(Path(sys.argv[1]), int(sys.argv[2]))
