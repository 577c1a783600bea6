"""The group-notes page: one group per token, edits only from the writing device."""

from __future__ import annotations

import re

import pytest
from aiohttp.test_utils import TestClient, TestServer

from dialog.core.database import open_conference
from dialog.core.notes import edit_note, list_notes, revisions
from dialog.web.server import create_web_app


@pytest.fixture
async def app(room):
    return create_web_app(room)


async def laptop(app) -> TestClient:
    """A separate browser with its own cookies."""
    client = TestClient(TestServer(app))
    await client.start_server()
    return client


def csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def version(html: str) -> str:
    """The wording version an edit form was opened on (a browser sends it back with the form)."""
    return re.search(r'name="version" value="([^"]+)"', html).group(1)


def group_ids(room) -> list[str]:
    return list(room.tokens.groups)


def notes_of(path, group_id) -> list[dict]:
    db = open_conference(path)
    try:
        return list_notes(db, group_id)
    finally:
        db.close()


async def test_add_and_edit_own_note_and_isolation(app, room, stovner):
    first, second = group_ids(room)[:2]
    assistant = await laptop(app)
    other = await laptop(app)
    try:
        entered = await assistant.get(f"/g/{room.tokens.groups[first]}", allow_redirects=False)
        assert entered.status == 303 and entered.headers["Location"] == "/notes"
        page = await assistant.get("/notes")
        html = await page.text()
        assert "Gruppe 1 – Krisehjelp etter kontortid" in html and "Legevakta er flinke" in html
        sent = await assistant.post("/notes", data={"csrf": csrf(html), "kind": "new_angle", "role_letter": "b2",
                                                      "text": "Nattåpen kafé"}, allow_redirects=False)
        assert sent.status == 303
        db = open_conference(stovner)
        note = next(n for n in list_notes(db, first) if n["text"] == "Nattåpen kafé")
        db.close()
        assert note["role_letter"] == "B2" and note["author_device"].startswith("web:")
        # Edit it from the same device: a revision is kept.
        edit_page = await assistant.get(f"/notes/{note['id']}")
        assert edit_page.status == 200
        edit_html = await edit_page.text()
        saved = await assistant.post(f"/notes/{note['id']}", data={"csrf": csrf(edit_html),
                                                                     "version": version(edit_html),
                                                                     "text": "Nattåpen kafé i helgene",
                                                                     "role_letter": "B2"}, allow_redirects=False)
        assert saved.status == 303
        db = open_conference(stovner)
        assert revisions(db, note["id"])[0]["text"] == "Nattåpen kafé"
        db.close()
        # Another laptop in another group cannot read or edit it.
        await other.get(f"/g/{room.tokens.groups[second]}")
        other_page = await (await other.get("/notes")).text()
        assert "Nattåpen kafé" not in other_page and "Legevakta er flinke" not in other_page
        assert (await other.get(f"/notes/{note['id']}")).status == 404
        # Another laptop in the same group can read it but not edit it.
        await other.get(f"/g/{room.tokens.groups[first]}")
        assert "Nattåpen kafé i helgene" in await (await other.get("/notes")).text()
        assert (await other.get(f"/notes/{note['id']}")).status == 404
    finally:
        await assistant.close()
        await other.close()


async def test_group_pages_refuse_strangers(app, room):
    """No group cookie (a stranger, a lost cookie, the evaluation code): the page asks to scan the code again."""
    client = await laptop(app)
    try:
        refused = [await client.get("/notes"), await client.get("/g/" + "y" * 22, allow_redirects=False)]
        # The evaluation token opens no group.
        await client.get(f"/e/{room.tokens.evaluation}")
        refused += [await client.get("/notes"), await client.post("/notes", data={"text": "x"}),
                    await client.get("/notes/" + "z" * 32)]
        for response in refused:
            assert response.status == 403
            assert re.search("<h1>(Skann QR-koden på nytt|Koden gjelder ikke)</h1>", await response.text())
    finally:
        await client.close()


async def test_back_reload_or_a_double_tap_saves_a_note_once(app, room, stovner):
    """Back brings the page again with the note typed back in; sending it again saves nothing more."""
    client, first, html = await laptop_in_first_group(app, room)
    other, _, other_html = await laptop_in_first_group(app, room)
    try:
        before = len(notes_of(stovner, first))
        note = {"csrf": csrf(html), "kind": "works_well", "role_letter": "b", "text": "Fastlegen  ringer tilbake"}
        assert (await client.post("/notes", data=note, allow_redirects=False)).status == 303
        again = await client.post("/notes", data={**note, "role_letter": "B", "text": "Fastlegen  ringer tilbake\r\n"})
        page = await again.text()
        assert again.status == 200 and "Dette notatet er allerede lagret" in page
        assert page.count("Fastlegen  ringer tilbake") == 1 and "Fastlegen  ringer tilbake</textarea>" not in page
        assert len(notes_of(stovner, first)) == before + 1
        # Another kind, or the same words from another laptop in the group, is a note of its own.
        assert (await client.post("/notes", data={**note, "kind": "quote"}, allow_redirects=False)).status == 303
        assert (await other.post("/notes", data={**note, "csrf": csrf(other_html)},
                                 allow_redirects=False)).status == 303
        assert len(notes_of(stovner, first)) == before + 3
    finally:
        await client.close()
        await other.close()


async def laptop_in_first_group(app, room) -> tuple[TestClient, str, str]:
    """A laptop that scanned the first group's code: the client, the group id and its notes page."""
    first = group_ids(room)[0]
    client = await laptop(app)
    await client.get(f"/g/{room.tokens.groups[first]}")
    return client, first, await (await client.get("/notes")).text()


async def test_missing_csrf_and_bad_input_store_nothing(app, room, stovner):
    client, first, html = await laptop_in_first_group(app, room)
    try:
        before = len(notes_of(stovner, first))
        assert (await client.post("/notes", data={"kind": "other", "text": "x"})).status == 403
        bad = await client.post("/notes", data={"csrf": csrf(html), "kind": "gossip", "text": "x"})
        assert bad.status == 400
        named = await client.post("/notes", data={"csrf": csrf(html), "kind": "other", "text": "x",
                                                  "role_letter": "Kari"})
        assert named.status == 400 and "ikke en rollebokstav" in await named.text()
        assert len(notes_of(stovner, first)) == before
    finally:
        await client.close()


async def test_a_refused_note_comes_back_in_the_form_as_typed(app, room, stovner):
    client, first, html = await laptop_in_first_group(app, room)
    try:
        before = len(notes_of(stovner, first))
        typed = {"kind": "quote", "role_letter": "Kari", "text": "Vi trenger «noen» å ringe til om natta"}
        named = await client.post("/notes", data={"csrf": csrf(html), **typed})
        page = await named.text()
        assert named.status == 400 and "ikke en rollebokstav" in page
        assert '<option value="quote" selected>' in page and 'value="Kari"' in page
        assert ">Vi trenger «noen» å ringe til om natta</textarea>" in page

        expired = await client.post("/notes", data={"csrf": "0" * 64, **typed, "role_letter": "B"})
        page = await expired.text()
        assert expired.status == 403 and "Alt du skrev, står her fortsatt" in page
        assert ">Vi trenger «noen» å ringe til om natta</textarea>" in page
        assert len(notes_of(stovner, first)) == before

        sent = await client.post("/notes", data={"csrf": csrf(page), **typed, "role_letter": "B"},
                                 allow_redirects=False)
        assert sent.status == 303 and len(notes_of(stovner, first)) == before + 1
        note = next(n for n in notes_of(stovner, first) if n["text"] == typed["text"])

        edit_page = await (await client.get(f"/notes/{note['id']}")).text()
        bad_edit = await client.post(f"/notes/{note['id']}", data={"csrf": csrf(edit_page), "role_letter": "Ola",
                                                                    "text": "Vi trenger noen å ringe til"})
        page = await bad_edit.text()
        assert bad_edit.status == 400 and ">Vi trenger noen å ringe til</textarea>" in page and 'value="Ola"' in page
        assert next(n for n in notes_of(stovner, first) if n["id"] == note["id"])["text"] == typed["text"]
    finally:
        await client.close()


async def test_a_stale_edit_comes_back_filled_in_and_both_wordings_are_kept(app, room, stovner):
    client, first, html = await laptop_in_first_group(app, room)
    try:
        sent = await client.post("/notes", data={"csrf": csrf(html), "kind": "other", "role_letter": "B",
                                                 "text": "Bussen går for sjelden"}, allow_redirects=False)
        assert sent.status == 303
        note = next(n for n in notes_of(stovner, first) if n["text"] == "Bussen går for sjelden")
        edit_page = await (await client.get(f"/notes/{note['id']}")).text()
        # Meanwhile the leader's terminal corrects the same note.
        db = open_conference(stovner)
        edit_note(db, note["id"], text="Bussen går for sjelden om kvelden")
        db.close()
        stale = await client.post(f"/notes/{note['id']}", data={
            "csrf": csrf(edit_page), "version": version(edit_page), "role_letter": "B",
            "text": "Bussen går bare hver time"})
        page = await stale.text()
        assert stale.status == 409
        assert "endret på en annen skjerm" in page and "Bussen går for sjelden om kvelden" in page
        assert ">Bussen går bare hver time</textarea>" in page
        db = open_conference(stovner)
        current = next(n for n in list_notes(db, first) if n["id"] == note["id"])
        kept = [r["text"] for r in revisions(db, note["id"])]
        db.close()
        assert current["text"] == "Bussen går for sjelden om kvelden"
        assert "Bussen går bare hver time" in kept and "Bussen går for sjelden" in kept
        # Saving the returned form again makes the assistant's wording the note's; the leader's is kept.
        again = await client.post(f"/notes/{note['id']}", data={
            "csrf": csrf(page), "version": version(page), "role_letter": "B", "text": "Bussen går bare hver time"},
            allow_redirects=False)
        assert again.status == 303
        db = open_conference(stovner)
        current = next(n for n in list_notes(db, first) if n["id"] == note["id"])
        kept = [r["text"] for r in revisions(db, note["id"])]
        db.close()
        assert current["text"] == "Bussen går bare hver time"
        assert "Bussen går for sjelden om kvelden" in kept
    finally:
        await client.close()


async def test_a_blank_note_is_not_stored_from_a_laptop(app, room, stovner):
    """Spaces and invisible characters only: the form comes back with a line, nothing is stored."""
    client, first, html = await laptop_in_first_group(app, room)
    try:
        before = len(notes_of(stovner, first))
        for blank in ("", "   ", "\u200b\u200b", "\r\n\t"):
            sent = await client.post("/notes", data={"csrf": csrf(html), "kind": "works_well", "role_letter": "B",
                                                     "text": blank})
            assert sent.status == 400
        assert len(notes_of(stovner, first)) == before
    finally:
        await client.close()
