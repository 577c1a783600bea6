"""Each evaluation form is stored once per device: Back, reload, a new scan and a double tap store nothing twice.

Real handlers on a copy of the Stovner demo (pytest-aiohttp); what is asserted is
what a participant sees and what lands in the file.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from dialog.core.access import rotate_tokens
from dialog.core.database import open_conference
from dialog.core.evaluation import count_responses, tally_scales
from dialog.core.store import Store
from dialog.web.server import create_web_app, open_room
from tests.tui_helpers import hidden

SCALES = ("matched", "voice", "safe", "learned", "useful")


@pytest.fixture
async def client(aiohttp_client, room):
    return await aiohttp_client(create_web_app(room))


def read(path, fn):
    db = open_conference(path)
    try:
        return fn(db)
    finally:
        db.close()


class _Fields(HTMLParser):
    """What a browser sends for a form left as it came (lynx: the first radio of a group when none is ticked)."""

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, str] = {}
        self.first_radio: dict[str, str] = {}
        self.select: str | None = None
        self.textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and a.get("type") == "radio":
            self.first_radio.setdefault(a["name"], a.get("value", ""))
            if "checked" in a:
                self.values[a["name"]] = a.get("value", "")
        elif tag == "input" and a.get("name"):
            self.values[a["name"]] = a.get("value", "")
        elif tag == "select":
            self.select = a["name"]
        elif tag == "option" and self.select and (self.select not in self.values or "selected" in a):
            self.values[self.select] = a.get("value", "")
        elif tag == "textarea":
            self.textarea = a["name"]
            self.values[a["name"]] = ""

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        if tag == "textarea":
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.values[self.textarea] += data


def untouched(html: str) -> dict[str, str]:
    """The fields a text browser sends when nothing was touched."""
    fields = _Fields()
    fields.feed(html)
    return {**fields.first_radio, **fields.values}


async def scan(client, room):
    """Scan the evaluation code: the page the phone ends up on."""
    return await client.get(f"/e/{room.tokens.evaluation}")


async def test_back_reload_and_a_new_scan_after_sending_store_nothing_twice(client, room, stovner):
    before = read(stovner, count_responses)
    opened = await scan(client, room)
    form_address = opened.url.path
    assert form_address.startswith("/form/")  # the form's one-time id is in its address
    html = await opened.text()
    answers = {"instance_id": hidden(html, "instance_id"), "csrf": hidden(html, "csrf"), "q_useful": "4",
               "q_comments": "Nyttig dag"}
    assert (await client.get("/form")).url.path == form_address  # a reload before sending: the same form

    sent = await client.post("/form", data=answers)
    assert sent.url.path == "/thanks" and "Svarene dine er lagret" in await sent.text()
    assert read(stovner, count_responses) == before + 1

    # Back: the browser loads the form's address again (nothing is cached) and would type the answers back in.
    back = await client.get(form_address)
    page = await back.text()
    assert back.status == 200 and "allerede mottatt" in page and 'name="q_useful"' not in page
    # The old form still in the browser's memory, sent again with other answers (even a wrong one): nothing more
    # is stored, and the page says it was received rather than asking to correct a form already in.
    resent = await client.post("/form", data={**answers, "q_useful": "9"})
    assert resent.url.path == form_address and "allerede mottatt" in await resent.text()
    # A reload, and scanning the code again on the same phone.
    assert "allerede mottatt" in await (await client.get("/form")).text()
    assert "allerede mottatt" in await (await scan(client, room)).text()
    assert read(stovner, count_responses) == before + 1


async def test_another_form_on_purpose_is_stored_as_a_second_response(client, room, stovner):
    before = read(stovner, count_responses)
    first = await (await scan(client, room)).text()
    await client.post("/form", data={"instance_id": hidden(first, "instance_id"), "csrf": hidden(first, "csrf"),
                                     "q_useful": "5"})
    thanks = await (await client.get("/thanks")).text()
    assert "Fyll ut et nytt skjema" in thanks and "Deler dere telefon?" in thanks

    another = await client.post("/form/new", data={"csrf": hidden(thanks, "csrf")})
    second = await another.text()
    assert another.url.path == f"/form/{hidden(second, 'instance_id')}"
    assert hidden(second, "instance_id") != hidden(first, "instance_id")
    assert 'value="5" checked' not in second  # empty: nothing of the first person's answers
    assert (await client.get("/form")).url.path == another.url.path  # the phone is on the new form now
    await client.post("/form", data={"instance_id": hidden(second, "instance_id"), "csrf": hidden(second, "csrf"),
                                     "q_useful": "2"})
    assert read(stovner, count_responses) == before + 2

    # The "another form" button without its CSRF token starts nothing: back to the form the phone is on.
    refused = await client.post("/form/new", data={"csrf": "0" * 64})
    assert refused.url.path == another.url.path


async def test_an_untouched_form_is_not_stored_and_no_answer_is_never_a_one(client, room, stovner):
    before = read(stovner, count_responses)
    tallies_before = read(stovner, tally_scales)
    html = await (await scan(client, room)).text()
    for scale in SCALES:  # every scale starts on "no answer", ticked, so a text browser sends no score
        assert f'<input type="radio" name="q_{scale}" value="" checked> Ikke svart' in html
    left_alone = untouched(html)
    assert all(left_alone[f"q_{scale}"] == "" for scale in SCALES)

    refused = await client.post("/form", data=left_alone)
    page = await refused.text()
    assert refused.status == 400 and "Skjemaet er tomt" in page
    assert read(stovner, count_responses) == before

    # One scale answered, the rest left on "no answer": only that one is stored, and no 1 appears anywhere.
    one = untouched(page) | {"q_safe": "4"}
    assert (await client.post("/form", data=one)).url.path == "/thanks"
    assert read(stovner, count_responses) == before + 1
    tallies_after = {t.code: t for t in read(stovner, tally_scales)}
    for tally in tallies_before:
        after = tallies_after[tally.code]
        assert after.count == tally.count + (tally.code == "safe")
        assert after.distribution.get(1, 0) == tally.distribution.get(1, 0)


async def test_a_form_opened_before_the_room_closed_is_stored_after_it_opens_again(aiohttp_client, stovner):
    before = read(stovner, count_responses)
    store = Store(stovner)
    try:
        first_room = open_room(store, "nb")
        phone = await aiohttp_client(create_web_app(first_room))
        html = await (await phone.get(f"/e/{first_room.tokens.evaluation}")).text()
        first_room.is_open = False  # the leader closes the room while the form is being filled in ...
    finally:
        store.close()
    store = Store(stovner)  # ... and opens it again: a new server, as after `dialog serve` restarts
    try:
        reopened = await aiohttp_client(create_web_app(open_room(store, "nb")))
        reopened.session.cookie_jar.update_cookies(phone.session.cookie_jar.filter_cookies(phone.make_url("/")))
        sent = await reopened.post("/form", data={"instance_id": hidden(html, "instance_id"),
                                                  "csrf": hidden(html, "csrf"), "q_useful": "3"})
        assert sent.status == 200 and sent.url.path == "/thanks"
    finally:
        store.close()
    assert read(stovner, count_responses) == before + 1


async def test_renewed_codes_shut_out_old_cookies_with_the_scan_again_page(aiohttp_client, room, stovner):
    phone = await aiohttp_client(create_web_app(room))
    html = await (await scan(phone, room)).text()
    group_token = next(iter(room.tokens.groups.values()))
    await phone.get(f"/g/{group_token}")
    assert (await phone.get("/notes")).status == 200
    old_evaluation = room.tokens.evaluation

    room.tokens = await room.run(rotate_tokens)  # what the leader's key does, through the room's own store
    before = read(stovner, count_responses)
    for response in (await phone.get("/form"), await phone.get("/notes"),
                     await phone.post("/form", data={"instance_id": hidden(html, "instance_id"),
                                                     "csrf": hidden(html, "csrf"), "q_useful": "4"}),
                     await phone.get(f"/e/{old_evaluation}"), await phone.get(f"/g/{group_token}")):
        assert response.status == 403
        page = await response.text()
        assert "<h1>Skann QR-koden på nytt</h1>" in page or "<h1>Koden gjelder ikke</h1>" in page
        assert 'lang="nb"' in page
    assert read(stovner, count_responses) == before
    # The new code lets the same phone straight in again.
    assert 'name="q_useful"' in await (await scan(phone, room)).text()
