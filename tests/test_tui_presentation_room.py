"""Presentation: the room answers the finding on screen from phones; the leader sees the count arrive and reveals
the distribution with ``r`` (hidden under 3 answers), and moving on closes the finding to phones.

The phones are another connection to the file, as the room's process is: the app
notices their answers through its poll of the file.
"""

from __future__ import annotations

import re
import secrets
from contextlib import closing

import pytest

from dialog.core.database import open_conference
from dialog.core.errors import DialogError
from dialog.core.findings import delete_finding
from dialog.core.phases import move_to_phase
from dialog.core.room_answers import answer_finding
from dialog.i18n import set_language
from dialog.tui.app import create_app
from tests.finding_leader import without_room_answers
from tests.tui_helpers import rows_in, screen_text, settle, text_of, wait_for

WAIT = 10
"""Seconds to wait for what the screen or the file should come to show (the app polls the file every 0.5 s)."""


@pytest.fixture
def stovner(stovner):
    """The Stovner demo without its phones' answers: these tests give their own and count from none."""
    return without_room_answers(stovner)


@pytest.fixture
def conference(stovner):
    """The Stovner demo with its presentation running (only then do phones' answers count)."""
    with closing(open_conference(stovner)) as db:
        move_to_phase(db, "presentation")
    set_language("nb")
    return stovner


def finding_ids(path) -> list[str]:
    return [row["id"] for row in rows_in(path, "SELECT id FROM finding ORDER BY position")]


def open_one(path) -> str | None:
    rows = rows_in(path, "SELECT open_finding_id FROM room_state WHERE id = 1")
    return rows[0]["open_finding_id"] if rows else None


def phones_answer(path, finding_id: str, answers: list[tuple[str, str | None]], comment: str = "") -> None:
    """Each (response, role code) from a phone of its own, through a connection of its own (as the room's
    process writes)."""
    with closing(open_conference(path)) as db:
        for response, role in answers:
            answer_finding(db, finding_id, secrets.token_hex(16), response, comment, role)


def room_text(app) -> str:
    return text_of(app.screen, "#room-answers")


async def presentation_on_show(pilot, path) -> str:
    """Wait for the first finding on screen and made the one phones answer; return its id."""
    await settle(pilot)
    first = finding_ids(path)[0]
    assert await wait_for(pilot, lambda: "Funn 1 av 8" in screen_text(pilot.app), WAIT)
    assert await wait_for(pilot, lambda: open_one(path) == first, WAIT)
    assert await wait_for(pilot, lambda: "Svar fra salen: " in room_text(pilot.app), WAIT)
    return first


async def test_the_count_rises_as_phones_answer_and_their_comments_stay_off_the_screen(conference):
    app = create_app(conference.parent, conference)
    async with app.run_test(size=(80, 24)) as pilot:
        first = await presentation_on_show(pilot, conference)
        assert "Svar fra salen: 0" in room_text(app)
        for new, count in ((1, 1), (1, 2), (3, 5)):
            phones_answer(conference, first, [("nuanced", None)] * new, comment="Hemmelig kommentar om Kari")
            assert await wait_for(pilot, lambda count=count: f"Svar fra salen: {count}" in room_text(app), WAIT)
        shown = screen_text(app)
        assert "5 kommentarer" in shown
        assert "Hemmelig" not in shown and "Kari" not in shown
        assert "█" not in room_text(app)  # the distribution waits for r
        assert "Psykisk helseteam kommer hjem til folk" in shown  # the finding still shows at 80x24


async def test_revealing_with_fewer_than_three_answers_shows_no_counts(conference):
    app = create_app(conference.parent, conference)
    async with app.run_test(size=(80, 24)) as pilot:
        first = await presentation_on_show(pilot, conference)
        phones_answer(conference, first, [("confirmed", "user"), ("contested", "user")])
        assert await wait_for(pilot, lambda: "Svar fra salen: 2" in room_text(app), WAIT)
        await pilot.press("r")
        assert await wait_for(pilot, lambda: "For få har svart til å vise fordelingen (under 3)." in room_text(app),
                              WAIT)
        text = room_text(app)
        assert "█" not in text and "Bekreftet" not in text and "Bruker" not in text
        assert rows_in(conference, "SELECT revealed FROM finding_room WHERE finding_id = ?", (first,)) == [
            {"revealed": 1}]


def distribution(text: str) -> dict[str, int]:
    """Response name -> count, read from the revealed lines (``1 Bekreftet  ████ 3``)."""
    return {name.strip(): int(count) for name, count in re.findall(r"\d ([^\d█]+?)\s+█*\s+(\d+)", text)}


async def test_r_reveals_the_counts_hides_them_again_and_the_reveal_survives_a_restart(conference):
    app = create_app(conference.parent, conference)
    async with app.run_test(size=(80, 24)) as pilot:
        first = await presentation_on_show(pilot, conference)
        phones_answer(conference, first, [("confirmed", "user"), ("confirmed", "user"), ("confirmed", "user"),
                                          ("nuanced", None), ("new_angle", None)])
        assert await wait_for(pilot, lambda: "Svar fra salen: 5" in room_text(app), WAIT)
        await pilot.press("r")
        assert await wait_for(pilot, lambda: "█" in room_text(app), WAIT)
        assert distribution(room_text(app)) == {"Bekreftet": 3, "Nyansert": 1, "Bestridt": 0, "Nytt perspektiv": 1}
        assert "Etter rolle" not in room_text(app)  # 3 users and 2 without a role: no group may be shown alone
        assert "Psykisk helseteam kommer hjem til folk" in screen_text(app)

        # Shown, the finding takes no more answers: a bar moving now would tell the room what one person said.
        with pytest.raises(DialogError) as refused:
            phones_answer(conference, first, [("contested", None)])
        assert refused.value.key == "error.finding_answers_shown"

        await pilot.press("r")  # hidden again, the room may answer again
        assert await wait_for(pilot, lambda: "█" not in room_text(app), WAIT)
        assert "Svar fra salen: 5" in room_text(app) and "Bekreftet" not in room_text(app)
        phones_answer(conference, first, [("contested", None)])
        assert await wait_for(pilot, lambda: "Svar fra salen: 6" in room_text(app), WAIT)
        await pilot.press("r")
        assert await wait_for(pilot, lambda: distribution(room_text(app)).get("Bestridt") == 1, WAIT)
        assert "Etter rolle (svar 1/2/3/4): Bruker 3/0/0/0 · andre / ikke oppgitt 0/1/1/1" in " ".join(
            room_text(app).split())

    app = create_app(conference.parent, conference)
    async with app.run_test(size=(80, 24)) as pilot:
        await presentation_on_show(pilot, conference)
        assert await wait_for(pilot, lambda: "█" in room_text(app), WAIT)
        assert distribution(room_text(app)) == {"Bekreftet": 3, "Nyansert": 1, "Bestridt": 1, "Nytt perspektiv": 1}


async def test_moving_on_closes_the_finding_to_phones(conference):
    app = create_app(conference.parent, conference)
    async with app.run_test(size=(80, 24)) as pilot:
        first = await presentation_on_show(pilot, conference)
        second = finding_ids(conference)[1]
        phones_answer(conference, first, [("confirmed", None)])
        assert await wait_for(pilot, lambda: "Svar fra salen: 1" in room_text(app), WAIT)

        await pilot.press("n")
        assert await wait_for(pilot, lambda: open_one(conference) == second, WAIT)
        assert "Funn 2 av 8" in screen_text(app)
        with pytest.raises(DialogError) as refused:
            phones_answer(conference, first, [("contested", None)])
        assert refused.value.key == "error.finding_moved_on"
        phones_answer(conference, second, [("nuanced", None), ("nuanced", None)])
        assert await wait_for(pilot, lambda: "Svar fra salen: 2" in room_text(app), WAIT)

        await pilot.press("p")
        assert await wait_for(pilot, lambda: open_one(conference) == first, WAIT)
        assert await wait_for(pilot, lambda: "Svar fra salen: 1" in room_text(app), WAIT)  # the first's own count
        with pytest.raises(DialogError):
            phones_answer(conference, second, [("confirmed", None)])
    assert rows_in(conference, "SELECT finding_id, count(*) AS answers FROM finding_answer GROUP BY finding_id "
                               "ORDER BY answers") == [{"finding_id": first, "answers": 1},
                                                       {"finding_id": second, "answers": 2}]


async def test_a_finding_deleted_elsewhere_hands_the_room_to_the_one_now_on_screen(conference):
    first, second = finding_ids(conference)[:2]
    app = create_app(conference.parent, conference)
    async with app.run_test(size=(80, 24)) as pilot:
        assert await presentation_on_show(pilot, conference) == first
        with closing(open_conference(conference)) as db:  # a second terminal deletes the finding on show
            delete_finding(db, first)
        assert await wait_for(pilot, lambda: "Funn 1 av 7" in screen_text(app), WAIT)
        assert await wait_for(pilot, lambda: open_one(conference) == second, WAIT)
        phones_answer(conference, second, [("confirmed", None)])
        assert await wait_for(pilot, lambda: "Svar fra salen: 1" in room_text(app), WAIT)

        with closing(open_conference(conference)) as db:  # and then every other one
            for finding_id in finding_ids(conference):
                delete_finding(db, finding_id)
        assert await wait_for(pilot, lambda: "Det finnes ingen funn å presentere" in screen_text(app), WAIT)
        assert await wait_for(pilot, lambda: open_one(conference) is None, WAIT)
        assert not app.screen.query_one("#room-answers").display
