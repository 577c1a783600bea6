"""The participation server's evaluation form and its security rules (pytest-aiohttp, real handlers)."""

from __future__ import annotations

import re

import pytest

from dialog.core.database import open_conference
from dialog.web.server import MAX_BODY, create_web_app
from tests.tui_helpers import forms_in


@pytest.fixture
async def client(aiohttp_client, room):
    return await aiohttp_client(create_web_app(room))


async def enter(client, room):
    response = await client.get(f"/e/{room.tokens.evaluation}", allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/form"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    return await client.get("/form")


def hidden(html: str, name: str) -> str:
    return re.search(rf'name="{name}" value="([^"]+)"', html).group(1)


async def test_fill_in_once_even_when_sent_twice(client, room, stovner):
    before = forms_in(stovner)
    form_page = await enter(client, room)
    html = await form_page.text()
    assert form_page.status == 200 and "Evaluering av dialogkonferansen" in html
    data = {"instance_id": hidden(html, "instance_id"), "csrf": hidden(html, "csrf"), "q_useful": "5",
            "q_role": "user", "q_comments": "Fin dag 🙂"}
    sent = await client.post("/form", data=data, allow_redirects=False)
    assert sent.status == 303 and sent.headers["Location"] == "/thanks"
    again = await client.post("/form", data=data)  # a double tap
    assert again.status == 200 and "allerede mottatt" in await again.text()
    assert forms_in(stovner) == before + 1
    thanks = await client.get("/thanks")
    assert "Takk!" in await thanks.text()


async def test_security_headers_on_every_answer(client, room):
    for response in (await enter(client, room), await client.get("/nowhere")):
        assert response.headers["Referrer-Policy"] == "no-referrer"
        assert response.headers["Cache-Control"] == "no-store"
        assert "default-src 'none'" in response.headers["Content-Security-Policy"]
        assert "script-src" not in response.headers["Content-Security-Policy"]


async def test_a_wrong_code_or_no_cookie_gets_the_scan_again_page(client, room, stovner):
    before = forms_in(stovner)
    for response in (await client.get("/e/" + "x" * 22, allow_redirects=False), await client.get("/form"),
                     await client.get("/form/" + "x" * 22), await client.get("/thanks"),
                     await client.post("/form", data={"q_useful": "5"}), await client.post("/form/new")):
        assert response.status == 403
        page = await response.text()
        assert "<h1>Skann QR-koden på nytt</h1>" in page or "<h1>Koden gjelder ikke</h1>" in page
    assert forms_in(stovner) == before


async def test_missing_or_wrong_csrf_is_refused(client, room, stovner):
    before = forms_in(stovner)
    html = await (await enter(client, room)).text()
    instance_id = hidden(html, "instance_id")
    for csrf in ("", "0" * 64, hidden(html, "csrf")[::-1]):
        response = await client.post("/form", data={"instance_id": instance_id, "csrf": csrf, "q_useful": "4"})
        assert response.status == 403
    assert forms_in(stovner) == before


async def test_oversize_body_is_refused_before_it_is_read(client, room, stovner):
    before = forms_in(stovner)
    html = await (await enter(client, room)).text()
    data = {"instance_id": hidden(html, "instance_id"), "csrf": hidden(html, "csrf"),
            "q_comments": "x" * (MAX_BODY + 1)}
    response = await client.post("/form", data=data)
    assert response.status == 413
    assert forms_in(stovner) == before


async def test_a_bad_answer_shows_the_form_again_and_stores_nothing(client, room, stovner):
    before = forms_in(stovner)
    html = await (await enter(client, room)).text()
    data = {"instance_id": hidden(html, "instance_id"), "csrf": hidden(html, "csrf"), "q_useful": "9"}
    response = await client.post("/form", data=data)
    assert response.status == 400 and "må være et helt tall fra 1 til 5" in await response.text()
    assert forms_in(stovner) == before


async def test_a_closed_room_answers_404_to_everything(client, room):
    form = await (await enter(client, room)).text()  # a phone that was already in
    group_token = next(iter(room.tokens.groups.values()))
    room.is_open = False
    assert (await client.get(f"/e/{room.tokens.evaluation}", allow_redirects=False)).status == 404
    assert (await client.get(f"/g/{group_token}", allow_redirects=False)).status == 404
    for path in ("/form", "/thanks", "/notes"):
        assert (await client.get(path)).status == 404
    sent = await client.post("/form", data={"instance_id": hidden(form, "instance_id"),
                                            "csrf": hidden(form, "csrf"), "q_useful": "4"})
    assert sent.status == 404


async def test_no_files_are_served_from_disk(client, room):
    await enter(client, room)  # with a valid cookie, too
    for path in ("/static/app.tcss", "/app.tcss", "/dialog/web/pages.py", "/%2e%2e/%2e%2e/etc/passwd",
                 "/../pyproject.toml", "/sessions/", "/.backups/", "/favicon.ico", "/index.html"):
        response = await client.get(path)
        assert response.status == 404, path


async def test_the_evaluation_token_reads_no_answers(client, room, stovner):
    html = await (await enter(client, room)).text()
    await client.post("/form", data={"instance_id": hidden(html, "instance_id"), "csrf": hidden(html, "csrf"),
                                     "q_useful": "4", "q_comments": "Et hemmelig svar"})
    pages = [await (await client.get(path)).text() for path in ("/form", "/thanks", "/notes", "/answers",
                                                                 "/tally", "/results")]
    assert not any("Et hemmelig svar" in page for page in pages)
    db = open_conference(stovner)
    try:
        note_texts = [row[0] for row in db.execute("SELECT text FROM note LIMIT 5")]
    finally:
        db.close()
    assert not any(text in page for text in note_texts for page in pages)


async def test_rate_limit_per_client(client, room):
    statuses = [(await client.get("/nowhere")).status for _ in range(70)]
    assert statuses.count(429) >= 10 and statuses[0] == 404


async def test_nothing_about_the_sender_is_stored(client, room, stovner):
    html = await (await enter(client, room)).text()
    await client.post("/form", data={"instance_id": hidden(html, "instance_id"), "csrf": hidden(html, "csrf"),
                                     "q_useful": "3"})
    db = open_conference(stovner)
    try:
        columns = ({c.name for c in db["evaluation_response"].columns}
                   | {c.name for c in db["evaluation_answer"].columns})
        dump = "\n".join(db.iterdump())
    finally:
        db.close()
    # sheet_number is the number printed on a paper form: a phone's form has none.
    assert columns == {"id", "template_id", "source", "instance_id", "sheet_number", "response_id", "question_id",
                       "value_int", "value_text"}
    assert "127.0.0.1" not in dump


def test_serve_refuses_bad_input_without_starting(cli, tmp_path, stovner):
    assert "no such file" in cli("serve", str(tmp_path / "none.dialog.sqlite")).err
    result = cli("serve", str(stovner), "--port", "0")
    assert result.code == 2 and "not a port" in result.err


async def test_a_refused_send_keeps_every_answer_and_the_corrected_send_stores_one(client, room, stovner):
    before = forms_in(stovner)
    html = await (await enter(client, room)).text()
    instance_id = hidden(html, "instance_id")
    typed = {"instance_id": instance_id, "csrf": hidden(html, "csrf"), "q_role": "relative", "q_useful": "9",
             "q_safe": "4", "q_comments": "Godt å bli hørt <3\nTakk"}
    refused = await client.post("/form", data=typed)
    page = await refused.text()
    assert refused.status == 400
    assert '<input type="radio" name="q_safe" value="4" checked>' in page
    assert '<option value="relative" selected>' in page
    assert ">Godt å bli hørt &lt;3\nTakk</textarea>" in page
    assert hidden(page, "instance_id") == instance_id  # still one form: a retry cannot count twice

    stale = dict(typed, q_useful="5", csrf="0" * 64)  # e.g. the room was closed and opened again meanwhile
    expired = await client.post("/form", data=stale)
    page = await expired.text()
    assert expired.status == 403 and "Alt du skrev, står her fortsatt" in page
    assert '<input type="radio" name="q_useful" value="5" checked>' in page
    assert forms_in(stovner) == before

    corrected = dict(stale, csrf=hidden(page, "csrf"), instance_id=hidden(page, "instance_id"))
    assert (await client.post("/form", data=corrected, allow_redirects=False)).status == 303
    assert (await client.post("/form", data=corrected, allow_redirects=False)).status == 303  # a double tap
    assert forms_in(stovner) == before + 1


async def test_a_file_busy_past_the_wait_gives_the_phone_its_form_back_filled_in(client, room, stovner):
    """Another program holds the write lock longer than SQLite waits: no 500, the answers come back, nothing stored."""
    import subprocess
    import sys

    from dialog.core.database import BUSY_TIMEOUT_MS

    before = forms_in(stovner)
    html = await (await enter(client, room)).text()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time\n"
         "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
         "c.execute('BEGIN IMMEDIATE'); print('holding', flush=True); time.sleep(float(sys.argv[2]))\n"
         "c.execute('ROLLBACK')", str(stovner), str(BUSY_TIMEOUT_MS / 1000 + 2)],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    try:
        sent = await client.post("/form", data={"instance_id": hidden(html, "instance_id"),
                                                "csrf": hidden(html, "csrf"), "q_useful": "4",
                                                "q_comments": "Godt å bli hørt"})
        page = await sent.text()
    finally:
        holder.wait(timeout=30)
    assert sent.status == 400
    assert "opptatt i et annet program" in page and "Godt å bli hørt" in page
    assert forms_in(stovner) == before
    # Sent again once the other program is done: stored once.
    again = await client.post("/form", data={"instance_id": hidden(page, "instance_id"), "csrf": hidden(page, "csrf"),
                                              "q_useful": "4", "q_comments": "Godt å bli hørt"}, allow_redirects=False)
    assert again.status == 303
    assert forms_in(stovner) == before + 1


async def test_odd_characters_in_token_cookie_or_csrf_are_refused_cleanly(client, room, stovner):
    before = forms_in(stovner)
    assert (await client.get("/e/æøå-" + "x" * 20, allow_redirects=False)).status == 403
    assert (await client.get("/form", headers={"Cookie": "dialog_room=Ærlig"})).status == 403
    html = await (await enter(client, room)).text()
    sent = await client.post("/form", data={"instance_id": hidden(html, "instance_id"), "csrf": "ø" * 64,
                                            "q_useful": "4"})
    assert sent.status == 403 and "4" in await sent.text()
    assert forms_in(stovner) == before


async def test_no_version_in_the_server_header(client, room):
    for response in (await enter(client, room), await client.get("/nowhere")):
        assert response.headers["Server"] == "dialog"


async def test_an_empty_form_is_not_counted_as_returned(client, room, stovner):
    before = forms_in(stovner)
    html = await (await enter(client, room)).text()
    sent = await client.post("/form", data={"instance_id": hidden(html, "instance_id"), "csrf": hidden(html, "csrf"),
                                            "q_comments": "   "})
    assert sent.status == 400 and "skjemaet er tomt" in (await sent.text()).lower()
    assert forms_in(stovner) == before
