"""What the room sees large: the group-work clock after the groups are done, the countdown beside a
group's QR code, and Plenary's groups shown large (Norwegian, real key presses)."""

from __future__ import annotations

import re

from bench.ports import free_port
from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.groups import add_group
from dialog.core.phases import move_to_phase
from dialog.i18n import set_language
from dialog.tui.app import create_app
from dialog.tui.screens.qr_screen import QrScreen
from dialog.tui.widgets.qr_view import QrView
from tests.test_tui_room import open_room_and_wait
from tests.tui_helpers import screen_text, settle, wait_for


async def test_after_group_work_the_big_clock_shows_how_long_it_ran(tmp_path):
    path = tmp_path / "c.dialog.sqlite"
    db = create_conference(path, ConferenceFacts("Alna", "2026-11-25"))
    add_group(db, "Gruppe 1", ["4.9"], {"user": 2, "staff": 1})
    move_to_phase(db, "group_work", at="2026-11-25T10:20:00+01:00")
    move_to_phase(db, "plenary", at="2026-11-25T11:35:00+01:00")  # 75 minutes; 60 were planned
    db.close()
    set_language("nb")
    app = create_app(tmp_path, path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        assert await wait_for(pilot, lambda: "varte fra 10:20 til 11:35" in screen_text(app), 10)
        assert app.screen.query_one("#countdown-digits").value == "75:00"  # not the planned 60:00
        assert "75 minutter (60 planlagt)" in screen_text(app)


async def test_a_group_s_qr_code_shows_the_time_the_groups_have_left(tmp_path):
    path = tmp_path / "c.dialog.sqlite"
    db = create_conference(path, ConferenceFacts("Alna", "2026-11-25"))
    add_group(db, "Gruppe 1", ["4.9"], {"user": 2, "staff": 1})
    move_to_phase(db, "group_work")
    db.close()
    set_language("nb")
    app = create_app(tmp_path, path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_room_and_wait(pilot, free_port())
        await pilot.press("escape")  # the room window closes; the room stays open
        await settle(pilot)
        await pilot.press("q")
        assert await wait_for(pilot, lambda: isinstance(app.screen, QrScreen), 10)
        assert await wait_for(pilot, lambda: re.search(r"Gruppearbeid: (59:[0-5]\d|60:00) igjen", screen_text(app)), 10)
        assert app.screen.query_one(QrView).scale >= 1  # the code still fits at 80×24
        await pilot.press("left")  # the evaluation form's code: no clock there
        assert await wait_for(pilot, lambda: "Gruppearbeid:" not in screen_text(app), 5)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("space")  # pause the clock, then look again
        await settle(pilot)
        await pilot.press("q")
        assert await wait_for(pilot, lambda: isinstance(app.screen, QrScreen), 10)
        assert await wait_for(pilot, lambda: re.search(r"Gruppearbeid: \d\d:\d\d igjen \(pause\)", screen_text(app)),
                              10)


def test_block_letters_fit_the_window_and_refuse_what_they_cannot_draw():
    from dialog.tui.widgets.big_text import big_lines

    lines = big_lines("Ingen å ringe", 80, 20)
    assert lines and max(len(line) for line in lines) <= 80 and len(lines) <= 20
    assert any("█" in line for line in lines)
    assert big_lines("Ingen å ringe", 400, 120) != lines  # a bigger window, bigger letters
    assert big_lines("Kaffe ☕", 80, 20) is None  # shown in plain words instead


async def test_plenary_shows_the_presenting_group_s_notes_large(stovner):
    from dialog.tui.screens.group_large import GroupLargeScreen
    from dialog.tui.widgets.big_text import BigText

    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        listing = app.screen.query_one("#present-notes")
        assert await wait_for(pilot, lambda: len(listing.children) == 7 and app.focused is listing, 10)
        await pilot.press("down", "z")
        assert await wait_for(pilot, lambda: isinstance(app.screen, GroupLargeScreen), 10)
        await pilot.pause(0.2)
        shown = screen_text(app)
        assert "Gruppe 1 – Krisehjelp etter kontortid" in shown
        assert "Notat 2 av 7" in shown and "[Fungerer mindre godt]" in shown and "B2" in shown
        big = app.screen.query_one(BigText)
        assert big.drawn and "Ingen å ringe" in big.text
        block_rows = [line for line in shown.splitlines() if line.count("█") + line.count("▄") + line.count("▀") > 20]
        assert len(block_rows) >= 6  # block letters, several rows tall
        assert "Ingen å ringe" not in shown  # the words are drawn, not printed small
        await pilot.press("down")
        assert await wait_for(pilot, lambda: "Notat 3 av 7" in screen_text(app), 5)
        await pilot.press("right_square_bracket")
        assert await wait_for(pilot, lambda: "Gruppe 2 – Å bo i samlokalisert bolig" in screen_text(app), 5)
        assert "Notat 1 av" in screen_text(app)
        await pilot.press("down", "escape")
        assert await wait_for(pilot, lambda: not isinstance(app.screen, GroupLargeScreen), 5)
        await settle(pilot)
        tabs = app.screen.query_one("#present-tabs")
        assert await wait_for(pilot, lambda: listing.index == 1 and tabs.active.endswith(
            app.screen.query_one("#present").groups[1]["id"]), 5)  # back on the group and note shown last
