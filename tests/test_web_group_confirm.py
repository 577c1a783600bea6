"""A group confirms its notes on its page ("Dette er våre ord"), or flags one to change with a line why."""

from __future__ import annotations

import re
from html import escape

import pytest

from dialog.core.database import open_conference
from dialog.core.group_checks import group_check
from dialog.core.notes import delete_note, edit_note, list_notes
from dialog.web.server import create_web_app
from tests.test_web_group_notes import csrf, laptop, laptop_in_first_group, version


@pytest.fixture
async def app(room):
    return create_web_app(room)


def fingerprint(html: str) -> str:
    return re.search(r'name="fingerprint" value="([0-9a-f]+)"', html).group(1)


async def flag_page(client, note_id: str) -> str:
    """The note's flag page, reached by its button on the notes page."""
    response = await client.get(f"/check/flag/{note_id}")
    assert response.status == 200
    return await response.text()


def state_of(path, group_id):
    db = open_conference(path)
    try:
        return group_check(db, group_id)
    finally:
        db.close()


def notes_in(path, group_id):
    db = open_conference(path)
    try:
        return list_notes(db, group_id)
    finally:
        db.close()


def status_line(html: str) -> str:
    return re.search(r"<p class=status>(Status:[^<]*)</p>", html).group(1)


async def test_the_page_lists_the_notes_as_the_minutes_will_and_the_group_confirms_them(app, room, stovner):
    client, first, html = await laptop_in_first_group(app, room)
    other, _, _ = await laptop_in_first_group(app, room)
    try:
        section = html[html.index("Slik blir notatene i referatet"):]
        headings = re.findall(r"<h3>([^<]+)</h3>", section)
        assert headings[0] == "Dette fungerer godt" and len(headings) == len(set(headings)) > 1
        for note in notes_in(stovner, first):  # each note, quotes in «», with its role letter as in the minutes
            text = f"«{note['text']}»" if note["kind"] == "quote" else note["text"]
            assert "<li>" + escape(text + (f" ({note['role_letter']})" if note["role_letter"] else "")) in section
        assert status_line(html) == "Status: Gruppen har ikke bekreftet notatene ennå."

        sent = await client.post("/check/confirm", data={"csrf": csrf(html), "fingerprint": fingerprint(html)},
                                 allow_redirects=False)
        assert sent.status == 303 and sent.headers["Location"] == "/notes#check"
        assert state_of(stovner, first).state == "confirmed"
        seen_elsewhere = await (await other.get("/notes")).text()  # the group's other laptop sees it too
        assert status_line(seen_elsewhere).startswith("Status: Gruppen bekreftet notatene kl. ")
    finally:
        await client.close()
        await other.close()


async def test_a_list_that_changed_meanwhile_is_not_confirmed_and_the_page_shows_the_new_one(app, room, stovner):
    client, first, html = await laptop_in_first_group(app, room)
    try:
        note = notes_in(stovner, first)[0]
        db = open_conference(stovner)  # meanwhile the leader corrects a note on the terminal
        edit_note(db, note["id"], text="Legevakta svarer raskt om natta")
        db.close()
        stale = await client.post("/check/confirm", data={"csrf": csrf(html), "fingerprint": fingerprint(html)})
        page = await stale.text()
        assert stale.status == 409
        assert re.search(r"role=alert>Notatene ble endret etter at siden ble åpnet, så de ble ikke bekreftet", page)
        assert "Legevakta svarer raskt om natta" in page
        assert state_of(stovner, first).state == "not_looked_at"
        again = await client.post("/check/confirm", data={"csrf": csrf(page), "fingerprint": fingerprint(page)},
                                  allow_redirects=False)
        assert again.status == 303 and state_of(stovner, first).state == "confirmed"
    finally:
        await client.close()


async def test_a_note_is_flagged_with_a_line_why_and_the_page_and_state_show_it(app, room, stovner):
    client, first, html = await laptop_in_first_group(app, room)
    try:
        note = notes_in(stovner, first)[1]
        assert f'action="/check/flag/{note["id"]}"' in html  # every note has its button
        page = await flag_page(client, note["id"])
        assert escape(note["text"]) in page
        form = {"csrf": csrf(page), "version": version(page)}
        blank = await client.post(f"/check/flag/{note['id']}", data={**form, "reason": "  "})
        assert blank.status == 400 and "role=alert>" in await blank.text()
        assert state_of(stovner, first).state == "not_looked_at"

        sent = await client.post(f"/check/flag/{note['id']}", data={**form, "reason": "Det var T som sa det"},
                                 allow_redirects=False)
        assert sent.status == 303 and sent.headers["Location"] == "/notes#check"
        check = state_of(stovner, first)
        assert check.state == "flagged" and [f.reason for f in check.flags] == ["Det var T som sa det"]
        page = await (await client.get("/notes")).text()
        assert "⚑ Flagget: Det var T som sa det" in page
        assert status_line(page) == "Status: 1 notat er flagget for endring."
    finally:
        await client.close()


async def test_a_flag_on_a_note_that_changed_meanwhile_comes_back_as_typed(app, room, stovner):
    client, first, _html = await laptop_in_first_group(app, room)
    try:
        note = notes_in(stovner, first)[0]
        page = await flag_page(client, note["id"])
        db = open_conference(stovner)
        edit_note(db, note["id"], text=note["text"] + ", stort sett")
        db.close()
        stale = await client.post(f"/check/flag/{note['id']}", data={"csrf": csrf(page), "version": version(page),
                                                                     "reason": "Mangler når"})
        again = await stale.text()
        assert stale.status == 409 and "så det ble ikke flagget" in again
        assert 'value="Mangler når"' in again and escape(note["text"] + ", stort sett") in again
        assert state_of(stovner, first).state == "not_looked_at"
        # Sent again from the page as it came back, it flags the wording the group has now read.
        sent = await client.post(f"/check/flag/{note['id']}", data={"csrf": csrf(again), "version": version(again),
                                                                    "reason": "Mangler når"}, allow_redirects=False)
        assert sent.status == 303 and state_of(stovner, first).state == "flagged"
    finally:
        await client.close()


async def test_a_flag_on_a_note_deleted_meanwhile_shows_the_line_why_back(app, room, stovner):
    client, first, _html = await laptop_in_first_group(app, room)
    try:
        note = notes_in(stovner, first)[0]
        page = await flag_page(client, note["id"])
        db = open_conference(stovner)
        delete_note(db, note["id"])
        db.close()
        late = await client.post(f"/check/flag/{note['id']}", data={"csrf": csrf(page), "version": version(page),
                                                                    "reason": "Dette sa vi ikke sånn"})
        assert late.status == 409 and "Dette sa vi ikke sånn" in await late.text()
        assert rows(stovner, "SELECT count(*) FROM note_flag") == 0
    finally:
        await client.close()


def rows(path, sql: str) -> int:
    db = open_conference(path)
    try:
        return db.execute(sql).fetchone()[0]
    finally:
        db.close()


async def test_no_csrf_another_groups_note_or_no_cookie_stores_nothing(app, room, stovner):
    client, first, html = await laptop_in_first_group(app, room)
    stranger = await laptop(app)
    try:
        second = list(room.tokens.groups)[1]
        foreign = notes_in(stovner, second)[0]
        own = notes_in(stovner, first)[0]
        page = await flag_page(client, own["id"])
        assert (await client.post("/check/confirm", data={"fingerprint": fingerprint(html)})).status == 403
        no_csrf = await client.post(f"/check/flag/{own['id']}", data={"reason": "x", "version": version(page)})
        assert no_csrf.status == 403 and 'value="x"' in await no_csrf.text()
        assert (await client.get(f"/check/flag/{foreign['id']}")).status == 404  # another group's note
        assert (await client.post(f"/check/flag/{foreign['id']}", data={"csrf": csrf(html), "reason": "x",
                                                                        "version": "0"})).status == 404
        assert (await stranger.post("/check/confirm", data={"fingerprint": fingerprint(html)})).status == 403
        assert (await stranger.get(f"/check/flag/{own['id']}")).status == 403
        assert state_of(stovner, first).state == state_of(stovner, second).state == "not_looked_at"
    finally:
        await client.close()
        await stranger.close()
