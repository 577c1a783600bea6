"""A presentation and group work as the day runs them: 20 phones answer every finding, groups check their notes.

The leader drives the app with real key presses; the phones and the groups'
laptops are HTTP clients of the room the app opened (its own child process),
each phone on its own loopback address with its own cookies, as phones on the
room's Wi-Fi are. At the end the minutes are written and read back: each
finding shows the room's answers beside the leader's recorded response, each
group's check of its notes is printed, and the balance view has warned about
the group where the users went quiet.
"""

from __future__ import annotations

import asyncio
import re
from contextlib import closing
from pathlib import Path

import aiohttp
from docx import Document

from bench.ports import free_port
from dialog.core.database import open_conference
from dialog.core.phases import move_to_phase
from dialog.export.minutes_docx import export_minutes
from dialog.i18n import set_language, t
from dialog.tui.app import create_app
from tests.finding_leader import without_room_answers
from tests.tui_helpers import hidden, rows_in, screen_text, settle, text_of, wait_for

WAIT = 15
PHONES = 20

# What the room answers to each of the 8 findings: counts of confirmed, nuanced, contested, new angle.
PLAN = [(12, 5, 2, 1), (3, 9, 6, 2), (0, 4, 14, 2), (15, 3, 1, 1), (6, 6, 6, 2), (2, 2, 2, 14), (10, 10, 0, 0)]
LAST_FINDING_PHONES = 2
"""The last finding is answered by 2 phones only: the minutes must not show its distribution."""
RESPONSES = ("confirmed", "nuanced", "contested", "new_angle")
LEADER = ["1", "2", "3", "1", "2", "4", "1", "2"]
"""The leader's own recorded response to each finding (keys 1–4)."""


def phone(number: int) -> aiohttp.ClientSession:
    """A phone on its own loopback address, with its own cookies (kept all day)."""
    connector = aiohttp.TCPConnector(local_addr=(f"127.0.0.{10 + number}", 0), force_close=True)
    return aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.CookieJar(unsafe=True))


async def phone_answers(session: aiohttp.ClientSession, entry: str, response: str, comment: str = "",
                        role: str = "") -> str:
    """A phone scans the room's code (it leads to the finding on the leader's screen) and answers it."""
    page = await (await session.get(entry)).text()
    data = {"finding_id": hidden(page, "finding_id"), "csrf": hidden(page, "csrf"), "response": response,
            "comment": comment, "role": role}
    sent = await session.post(entry.split("/e/")[0] + "/finding", data=data)
    assert sent.status == 200, await sent.text()
    return await sent.text()


async def laptop_page(number: int, base: str, token: str):
    """A group's laptop scans the group's code; returns its session (open) and the notes page."""
    connector = aiohttp.TCPConnector(local_addr=(f"127.0.0.{60 + number}", 0), force_close=True)
    session = aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.CookieJar(unsafe=True))
    page = await (await session.get(f"{base}/g/{token}")).text()
    return session, page


def groups(path: Path) -> list[dict]:
    return rows_in(path, "SELECT id, name FROM work_group ORDER BY position")


def plan_for(number: int) -> list[str]:
    """The 20 phones' responses to finding ``number`` (0-based), in phone order."""
    counts = PLAN[number]
    return [response for response, count in zip(RESPONSES, counts) for _ in range(count)]


async def present_every_finding(pilot, app, phones: list[aiohttp.ClientSession], entry: str) -> None:
    """Each finding: the phones answer, the leader records a response and reveals the room's answers, then n."""
    for number in range(8):
        assert await wait_for(pilot, lambda n=number: f"Funn {n + 1} av 8" in screen_text(app), WAIT)
        answers = plan_for(number) if number < 7 else ["contested", "contested"][:LAST_FINDING_PHONES]
        roles = ["user"] * 5 + ["staff"] * 5 + [""] * 10
        said = await asyncio.gather(*(
            phone_answers(phones[phone], entry, response, f"Kommentar {phone}" if phone == 3 else "", roles[phone])
            for phone, response in enumerate(answers)))
        assert all("Svaret ditt er lagret" in page for page in said)
        if number == 0:  # one phone changes its mind, another sends the same answer again: still 20
            await phone_answers(phones[0], entry, "nuanced")
            await phone_answers(phones[1], entry, answers[1])
        count = len(answers)
        assert await wait_for(pilot, lambda c=count: f"Svar fra salen: {c}" in text_of(app.screen, "#room-answers"),
                              WAIT)
        await pilot.press(LEADER[number], "r")
        await settle(pilot)
        if count >= 3:
            assert await wait_for(pilot, lambda: "█" in text_of(app.screen, "#room-answers"), WAIT)
        else:
            assert await wait_for(pilot, lambda: "under 3" in text_of(app.screen, "#room-answers"), WAIT)
        await pilot.press("n")


async def test_twenty_phones_and_four_groups_give_minutes_with_the_rooms_voice(stovner, tmp_path):
    with closing(open_conference(without_room_answers(stovner))) as db:  # the demo's own answers away
        move_to_phase(db, "presentation")
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        assert await wait_for(pilot, lambda: "Funn 1 av 8" in screen_text(app), WAIT)
        app.open_the_room("127.0.0.1", free_port())
        assert await wait_for(pilot, lambda: app.room is not None, WAIT)
        base, tokens = app.room.base_url, app.room.tokens
        entry = f"{base}/e/{tokens.evaluation}"

        # Presentation: every finding answered by the room, the leader's own response recorded, then revealed.
        phones = [phone(number) for number in range(PHONES)]
        try:
            await present_every_finding(pilot, app, phones, entry)
        finally:
            await asyncio.gather(*(session.close() for session in phones))


        # Group work: the groups' laptops add notes and check them.
        await pilot.press("f4")
        assert await wait_for(pilot, lambda: getattr(app.screen, "PHASE", "") == "group_work", WAIT)
        first, second, third, _fourth = groups(stovner)
        sessions = []
        try:
            laptop, page = await laptop_page(1, base, tokens.groups[first["id"]])
            sessions.append(laptop)
            for number, role in enumerate("TLTLTLTLTLTL"):  # the staff do the talking in the first group
                note = {"csrf": hidden(page, "csrf"), "kind": "other", "role_letter": role,
                        "text": f"Innspill nummer {number + 1} fra personalet"}
                page = await (await laptop.post(f"{base}/notes", data=note)).text()
            page = await (await laptop.get(f"{base}/notes")).text()
            confirmed = await laptop.post(f"{base}/check/confirm", data={"csrf": hidden(page, "csrf"),
                                                                          "fingerprint": hidden(page, "fingerprint")})
            assert confirmed.status == 200

            laptop, page = await laptop_page(2, base, tokens.groups[second["id"]])
            sessions.append(laptop)
            await laptop.post(f"{base}/check/confirm", data={"csrf": hidden(page, "csrf"),
                                                             "fingerprint": hidden(page, "fingerprint")})
            await laptop.post(f"{base}/notes", data={"csrf": hidden(page, "csrf"), "kind": "other",
                                                     "role_letter": "B", "text": "Lagt til etter bekreftelsen"})

            laptop, page = await laptop_page(3, base, tokens.groups[third["id"]])
            sessions.append(laptop)
            flag = re.search(r'href="(/check/flag/[^"]+)"', page) or re.search(r'action="(/check/flag/[^"]+)"', page)
            assert flag is not None, page
            form = await (await laptop.get(f"{base}{flag.group(1)}")).text()
            flagged = await laptop.post(f"{base}{flag.group(1)}", data={
                "csrf": hidden(form, "csrf"), "version": hidden(form, "version"), "reason": "Dette sa vi ikke"})
            assert flagged.status == 200
        finally:
            await asyncio.gather(*(session.close() for session in sessions))

        # The leader sees each group's check, and the balance view warns about the first group.
        assert await wait_for(pilot, lambda: "✓" in screen_text(app) and "⚑" in screen_text(app)
                              and "≠" in screen_text(app), WAIT)
        await pilot.press("v")
        quiet = t("heard.users_quiet", "nb", notes=0, members=0).split(" står for")[0]
        ok = await wait_for(pilot, lambda: quiet in screen_text(app) and "% av gruppen" in screen_text(app), WAIT)
        assert ok, screen_text(app)

    # The minutes: the room beside the leader, and each group's check.
    minutes = export_minutes(stovner, tmp_path / "referat.docx", language="nb")
    document = Document(minutes)
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    tables = ["\n".join(" | ".join(cell.text for cell in row.cells) for row in table.rows) for table in document.tables]
    findings = rows_in(stovner, "SELECT title, response FROM finding ORDER BY position")
    for number, finding in enumerate(findings):
        leader = t(f"response.{RESPONSES[int(LEADER[number]) - 1]}", "nb")
        assert finding["response"] == RESPONSES[int(LEADER[number]) - 1]
        after = text.split(finding["title"], 1)[1]
        block = after.split(findings[number + 1]["title"], 1)[0] if number < 7 else after[:600]
        assert leader in block and "Svar fra salen på mobil" in block
        if number < 7:
            assert "20 svarte" in block
        else:
            assert "2 svarte; fordelingen vises ikke med færre enn 3 svar" in block
    first_plan = plan_for(0)
    first_plan[0] = "nuanced"  # phone 0 changed its answer
    everyone = [table for table in tables if "Alle | 20" in table]
    assert len(everyone) == 7
    confirmed_count = first_plan.count("confirmed")
    assert re.search(rf"Alle \| 20 \| {confirmed_count} \(", everyone[0])
    assert "Kommentar 3" in text
    for line in ("Gruppen bekreftet notatene.", "Notatene ble endret etter at gruppen bekreftet dem.",
                 "Gruppen har ikke bekreftet notatene: 1 notat ble flagget for endring og er ikke endret.",
                 "Gruppen har ikke bekreftet notatene."):
        assert line in text
