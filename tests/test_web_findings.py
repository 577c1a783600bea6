"""Phones answer the finding the leader shows (pytest-aiohttp, real handlers, a copy of the Stovner demo).

Each phone is its own client (its own cookies); the leader moves through the
findings by writing to the file, as the terminal does.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html import unescape

import pytest

from dialog.core.database import open_conference
from dialog.core.findings import delete_finding
from dialog.core.room_answers import MAX_COMMENT, set_revealed
from dialog.web.server import create_web_app
from tests.finding_leader import (
    answered,
    answers_to,
    findings,
    leader_moves_to,
    leader_shows,
    without_room_answers,
)


@pytest.fixture
def stovner(stovner):
    """The Stovner demo without its phones' answers: these tests give their own and count from none."""
    return without_room_answers(stovner)




async def phone(aiohttp_client, room):
    """A phone that has scanned the evaluation QR code (its own cookie jar)."""
    client = await aiohttp_client(create_web_app(room))
    entered = await client.get(f"/e/{room.tokens.evaluation}", allow_redirects=False)
    assert entered.status == 303
    return client


def hidden(html: str, name: str) -> str:
    return re.search(rf'name="{name}" value="([^"]*)"', html).group(1)


def form_of(html: str, **answer: str) -> dict[str, str]:
    """What the page's form sends with ``answer`` filled in (``response``, ``comment``, ``role``)."""
    return {"finding_id": hidden(html, "finding_id"), "csrf": hidden(html, "csrf"), "response": "",
            "comment": "", "role": "", **answer}


def alert(html: str) -> str:
    found = re.findall(r"<p class=error role=alert>(.*?)</p>", html)
    assert len(found) == 1, found
    return unescape(found[0])


def textarea(html: str) -> str:
    return unescape(re.search(r"<textarea[^>]*>(.*?)</textarea>", html, re.S).group(1))


def ticked(html: str) -> str:
    return re.search(r'name="response" value="([^"]*)" checked', html).group(1)


def chosen_role(html: str) -> str:
    found = re.search(r'<option value="([^"]*)" selected>', html)
    return found.group(1) if found else ""


async def page_of(client) -> str:
    response = await client.get("/finding")
    assert response.status == 200
    return await response.text()


async def test_the_qr_code_leads_to_the_finding_the_leader_shows_and_otherwise_to_the_form(aiohttp_client, room,
                                                                                           stovner):
    client = await aiohttp_client(create_web_app(room))
    before = await client.get(f"/e/{room.tokens.evaluation}", allow_redirects=False)
    assert before.headers["Location"] == "/form"  # the demo has ended: no finding is open
    leader_shows(stovner, 2)
    during = await client.get(f"/e/{room.tokens.evaluation}", allow_redirects=False)
    assert during.status == 303 and during.headers["Location"] == "/finding"
    html = await page_of(client)
    title = findings(stovner)[1][1]
    assert "Funn 2 av 8" in html and f"<h1>{title}</h1>" in html
    assert ticked(html) == "" and textarea(html) == "" and chosen_role(html) == ""
    assert 'maxlength="500"' in html and "Bestridt" in html and "Til evalueringsskjemaet" in html


async def test_several_phones_answer_and_a_phone_that_sends_again_or_changes_has_one_answer(aiohttp_client, room,
                                                                                          stovner):
    finding_id = leader_shows(stovner, 1)
    phones = [await phone(aiohttp_client, room) for _ in range(3)]
    for client, response in zip(phones, ("confirmed", "contested", "new_angle")):
        html = await page_of(client)
        sent = await client.post("/finding", data=form_of(html, response=response, comment=f"Sier {response}",
                                                          role="user"), allow_redirects=False)
        assert sent.status == 303 and sent.headers["Location"] == "/finding"
    assert answered(stovner, finding_id) == 3

    # The first phone sends the same form again (a double tap), then changes its answer.
    first = phones[0]
    html = await page_of(first)
    assert "Svaret ditt er lagret. Du kan endre det til lederen går videre." in html
    assert (ticked(html), textarea(html), chosen_role(html)) == ("confirmed", "Sier confirmed", "user")
    assert "Send endringen" in html
    await first.post("/finding", data=form_of(html, response="confirmed", comment="Sier confirmed", role="user"))
    assert answered(stovner, finding_id) == 3
    changed = await first.post("/finding", data=form_of(html, response="nuanced", comment="Stemmer delvis"))
    assert changed.status == 200  # back on /finding, the change shown
    html = await changed.text()
    assert (ticked(html), textarea(html), chosen_role(html)) == ("nuanced", "Stemmer delvis", "")
    assert answered(stovner, finding_id) == 3
    assert sorted((a["response"], a["comment"], a["role_code"]) for a in answers_to(stovner, finding_id)) == [
        ("contested", "Sier contested", "user"), ("new_angle", "Sier new_angle", "user"),
        ("nuanced", "Stemmer delvis", None)]


async def test_nothing_but_the_answer_and_a_key_is_stored(aiohttp_client, room, stovner):
    finding_id = leader_shows(stovner, 1)
    client = await phone(aiohttp_client, room)
    html = await page_of(client)
    await client.post("/finding", data=form_of(html, response="confirmed"))
    device = next(c.value for c in client.session.cookie_jar if c.key == "dialog_voter")
    db = open_conference(stovner)
    try:
        columns = [row[1] for row in db.execute("PRAGMA table_info(finding_answer)")]
        (voter,) = db.execute("SELECT voter FROM finding_answer WHERE finding_id = ?", [finding_id]).fetchone()
    finally:
        db.close()
    assert columns == ["finding_id", "voter", "response", "comment", "role_code"]
    assert device not in voter and room.tokens.evaluation not in voter and len(voter) == 64


async def test_a_phones_answers_cannot_be_joined_to_the_notes_written_from_it(aiohttp_client, room, stovner):
    finding_id = leader_shows(stovner, 1)
    client = await phone(aiohttp_client, room)
    group_token = next(iter(room.tokens.groups.values()))
    notes = await (await client.get(f"/g/{group_token}")).text()  # the same browser writes a group note …
    await client.post("/notes", data={"csrf": re.search(r'name="csrf" value="([^"]+)"', notes).group(1),
                                      "kind": "other", "role_letter": "B", "text": "Skrevet fra samme telefon"})
    await client.post("/finding", data=form_of(await page_of(client), response="contested"))  # … and answers
    db = open_conference(stovner)
    try:
        (author,) = db.execute("SELECT author_device FROM note WHERE text = 'Skrevet fra samme telefon'").fetchone()
        (secret,) = db.execute("SELECT secret FROM room_secret").fetchone()
        voters = {voter for (voter,) in db.execute("SELECT voter FROM finding_answer WHERE finding_id = ?",
                                                   [finding_id])}
    finally:
        db.close()
    from dialog.core.room_answers import voter_key

    assert author.startswith("web:") and len(voters) == 1
    assert voter_key(secret.encode(), author.removeprefix("web:"), finding_id) not in voters


async def test_a_phone_without_a_device_cookie_gets_one_on_the_finding_page(aiohttp_client, room, stovner):
    finding_id = leader_shows(stovner, 1)
    client = await phone(aiohttp_client, room)
    client.session.cookie_jar.clear(lambda cookie: cookie.key == "dialog_voter")
    html = await page_of(client)
    assert any(c.key == "dialog_voter" for c in client.session.cookie_jar)
    sent = await client.post("/finding", data=form_of(html, response="nuanced"), allow_redirects=False)
    assert sent.status == 303 and answered(stovner, finding_id) == 1


async def test_an_answer_sent_after_the_leader_moved_on_is_not_stored_and_what_was_typed_comes_back(
        aiohttp_client, room, stovner):
    first = leader_shows(stovner, 1)
    client = await phone(aiohttp_client, room)
    html = await page_of(client)
    second = leader_shows(stovner, 2)
    late = await client.post("/finding", data=form_of(html, response="contested", comment="Ikke hos oss",
                                                      role="relative"))
    assert late.status == 409
    html = await late.text()
    assert alert(html) == "Lederen har gått videre til et annet funn, så svaret ble ikke lagret."
    (_, first_title), (_, second_title) = findings(stovner)[:2]
    assert f"Det du skrev om «{first_title}»:" in unescape(html)
    quoted = unescape(re.search(r"<blockquote>(.*?)</blockquote>", html, re.S).group(1))
    assert "Svar: Bestridt" in quoted and "Ikke hos oss" in quoted and "Rollegruppe: Pårørende" in quoted
    # The form below is the new finding's, empty: the old answer is not sent to it by mistake.
    assert f"<h1>{second_title}</h1>" in html and hidden(html, "finding_id") == second
    assert (ticked(html), textarea(html)) == ("", "")
    assert answered(stovner, first) == 0 and answered(stovner, second) == 0


async def test_outside_the_presentation_no_finding_is_open_and_a_late_send_is_refused(aiohttp_client, room,
                                                                                     stovner):
    finding_id = leader_shows(stovner, 3)
    client = await phone(aiohttp_client, room)
    html = await page_of(client)
    leader_moves_to(stovner, "group_work")
    none = await page_of(client)
    assert "<h1>Ingen funn å svare på nå</h1>" in none and '<a href="/form">' in none
    assert "<form" not in none
    late = await client.post("/finding", data=form_of(html, response="confirmed", comment="For sent"))
    assert late.status == 409 and "svaret ble ikke lagret" in alert(await late.text())
    assert "For sent" in await late.text() and "Ingen funn å svare på nå" in await late.text()
    assert answered(stovner, finding_id) == 0
    leader_shows(stovner, None)  # back in the presentation, but the leader shows none
    assert "Ingen funn å svare på nå" in await page_of(client)


async def test_while_the_room_sees_its_answers_the_phone_says_so_and_takes_none(aiohttp_client, room, stovner):
    finding_id = leader_shows(stovner, 2)
    client = await phone(aiohttp_client, room)
    html = await page_of(client)
    db = open_conference(stovner)
    try:
        set_revealed(db, finding_id, True)  # the leader pressed r: the bars are on the projector
    finally:
        db.close()
    shown = await page_of(client)
    assert "<h1>Salens svar vises nå</h1>" in shown and "Ingen funn å svare på nå" not in shown
    assert "<form" not in shown and '<a href="/form">' in shown
    late = await client.post("/finding", data=form_of(html, response="confirmed"))
    assert late.status == 409 and answered(stovner, finding_id) == 0
    leader_shows(stovner, 3)  # the next finding: answers again, and the page is the finding's
    assert "<form" in await page_of(client)


async def test_a_finding_deleted_while_open_is_not_answered(aiohttp_client, room, stovner):
    finding_id = leader_shows(stovner, 1)
    client = await phone(aiohttp_client, room)
    html = await page_of(client)
    db = open_conference(stovner)
    try:
        delete_finding(db, finding_id)
    finally:
        db.close()
    sent = await client.post("/finding", data=form_of(html, response="confirmed", comment="Borte"))
    text = await sent.text()
    assert sent.status == 409 and alert(text) == "Det funnet finnes ikke lenger, så svaret ble ikke lagret."
    assert "Det du skrev:" in text and "Borte" in text


@pytest.mark.parametrize(("change", "status", "line"), [
    ({"csrf": "0" * 64}, 403, "Skjemaet var blitt for gammelt"),
    ({"csrf": ""}, 403, "Skjemaet var blitt for gammelt"),
    ({"finding_id": "not-a-finding"}, 403, "Skjemaet var blitt for gammelt"),
    ({"comment": "x" * (MAX_COMMENT + 1)}, 400, "Kommentaren er for lang: høyst 500 tegn. Du skrev 501."),
    ({"role": "king"}, 400, "Den rollegruppen finnes ikke."),
    ({"response": "maybe"}, 400, "Velg ett av de fire svarene før du sender."),
    ({"response": ""}, 400, "Velg ett av de fire svarene før du sender."),  # what lynx sends, nothing chosen
])
async def test_a_bad_send_gets_one_line_stores_nothing_and_keeps_what_was_typed(aiohttp_client, room, stovner,
                                                                                change, status, line):
    finding_id = leader_shows(stovner, 1)
    client = await phone(aiohttp_client, room)
    html = await page_of(client)
    data = form_of(html, response="nuanced", comment="Min kommentar", role="staff") | change
    refused = await client.post("/finding", data=data)
    html = await refused.text()
    assert refused.status == status and alert(html).startswith(line)
    assert answered(stovner, finding_id) == 0
    if data["finding_id"] != finding_id:  # a form for no finding there is: what it carried is quoted above the form
        quoted = unescape(re.search(r"<blockquote>(.*?)</blockquote>", html, re.S).group(1))
        assert "Det du skrev:" in html and "Min kommentar" in quoted and "Svar: Nyansert" in quoted
        return
    assert textarea(html) == data["comment"]
    if data["response"] == "nuanced":
        assert ticked(html) == "nuanced"
    if data["role"] == "staff":
        assert chosen_role(html) == "staff"
    # Nothing was stored, so the page does not say it was.
    assert "Svaret ditt er lagret" not in html


async def test_a_lynx_style_post_without_a_choice_keeps_the_form_on_no_answer(aiohttp_client, room, stovner):
    leader_shows(stovner, 1)
    client = await phone(aiohttp_client, room)
    html = await page_of(client)
    # A text browser sends every field as the page had it: the "not chosen yet" choice ticked.
    assert re.search(r'name="response" value="" checked> Ikke valgt ennå', html)
    refused = await client.post("/finding", data={"finding_id": hidden(html, "finding_id"),
                                                  "csrf": hidden(html, "csrf"), "response": "",
                                                  "comment": "Bare en kommentar", "role": ""})
    assert refused.status == 400 and ticked(await refused.text()) == ""
    assert textarea(await refused.text()) == "Bare en kommentar"


async def test_the_page_follows_the_leader_on_reload(aiohttp_client, room, stovner):
    leader_shows(stovner, 1)
    client = await phone(aiohttp_client, room)
    assert "Funn 1 av 8" in await page_of(client)
    leader_shows(stovner, 4)
    assert "Funn 4 av 8" in await page_of(client)


async def test_which_finding_is_open_is_told_only_to_a_phone_in_the_room(aiohttp_client, room, stovner):
    stranger = await aiohttp_client(create_web_app(room))
    refused = await stranger.get("/finding/now")
    assert refused.status == 403 and "Skann QR-koden på nytt" in await refused.text()
    assert (await stranger.get("/finding")).status == 403
    assert (await stranger.post("/finding", data={"response": "confirmed"})).status == 403

    client = await phone(aiohttp_client, room)
    assert json.loads(await (await client.get("/finding/now")).text()) == {"id": None}
    first = leader_shows(stovner, 1)
    now = await client.get("/finding/now")
    assert now.content_type == "application/json" and json.loads(await now.text()) == {"id": first}
    assert now.headers["Cache-Control"] == "no-store"
    leader_moves_to(stovner, "closing")
    assert json.loads(await (await client.get("/finding/now")).text()) == {"id": None}


async def test_the_finding_page_carries_one_inline_script_its_policy_allows_by_hash(aiohttp_client, room,
                                                                                    stovner):
    leader_shows(stovner, 1)
    client = await phone(aiohttp_client, room)
    response = await client.get("/finding")
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", await response.text(), re.S)
    assert len(scripts) == 1 and scripts[0][0] == ""  # inline, nothing loaded from anywhere
    digest = base64.b64encode(hashlib.sha256(scripts[0][1].encode()).digest()).decode()
    policy = response.headers["Content-Security-Policy"]
    assert f"script-src 'sha256-{digest}'" in policy and "connect-src 'self'" in policy
    assert "unsafe-inline" not in policy
    # Every other page still allows no script at all.
    other = await client.get("/form", allow_redirects=True)
    assert "script-src" not in other.headers["Content-Security-Policy"]
    assert "<script" not in await other.text()
