"""The leader opens the room from the app: phones' forms and laptops' notes show up on the screen."""

from __future__ import annotations

import asyncio
import re
import socket

import aiohttp
from textual.widgets import Input, ListView, Select

from bench.ports import free_port
from dialog.export.qr_codes import qr_matrix
from dialog.tui.app import create_app
from dialog.tui.screens.qr_screen import QrScreen
from dialog.tui.screens.room import RoomScreen
from dialog.tui.widgets.qr_view import QrView
from tests.tui_helpers import hidden, list_rows, rows_in, settle, text_of, wait_for


def browser() -> aiohttp.ClientSession:
    """A client that keeps cookies for an IP address, as phones' browsers do."""
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))




async def open_room_from_keys(pilot, port: int) -> None:
    """Ctrl+O, pick loopback, type the port, press Open."""
    await pilot.press("ctrl+o")
    await settle(pilot)
    room = pilot.app.screen
    assert isinstance(room, RoomScreen)
    await wait_for(pilot, lambda: len(room.query_one("#room-host", Select)._options) > 1)
    room.query_one("#room-host", Select).value = "127.0.0.1"
    port_field = room.query_one("#room-port", Input)
    port_field.focus()
    port_field.value = ""
    await pilot.press(*str(port))
    await pilot.click("#open-room")
    await settle(pilot)


async def open_room_and_wait(pilot, port: int) -> None:
    """Once the conference is open, open the room from the keys and wait until it serves."""
    await settle(pilot)
    await open_room_from_keys(pilot, port)
    assert await wait_for(pilot, lambda: pilot.app.room is not None)


def listed_notes(screen) -> list[str]:
    return list_rows(screen.query_one("#notes-list", ListView))


async def test_phone_forms_raise_the_count_and_laptop_notes_appear_within_a_second(stovner):
    port = free_port()
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        assert text_of(app.screen, "#tally-count").startswith("13 forms returned")
        assert not app.screen.query_one("#room-line").display

        await open_room_and_wait(pilot, port)
        await settle(pilot)
        room_window = app.screen
        base = f"http://127.0.0.1:{port}"
        assert text_of(room_window, "#room-state") == f"The room is open at {base}"
        evaluation = f"{base}/e/{app.room.tokens.evaluation}"
        assert await wait_for(pilot, lambda: evaluation in text_of(room_window, "#room-urls"))
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.query_one("#room-line").display
        assert base in text_of(app.screen, "#room-line") and "q QR code" in text_of(app.screen, "#room-line")

        # Three phones fill in the form; the leader's tally counts them within a second.
        for score in ("5", "4", "5"):
            async with browser() as phone:
                form = await (await phone.get(evaluation)).text()
                sent = await phone.post(f"{base}/form", data={
                    "instance_id": hidden(form, "instance_id"), "csrf": hidden(form, "csrf"), "q_useful": score})
                assert sent.status == 200 and str(sent.url) == f"{base}/thanks"
        assert await wait_for(pilot, lambda: text_of(app.screen, "#tally-count").startswith("16 forms"), 1.5)

        # The projector view: the code on screen is exactly the evaluation address, with the count.
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, QrScreen)
        assert text_of(app.screen, "#qr-url") == evaluation
        assert text_of(app.screen, "#qr-count") == "16 forms returned so far"
        view = app.screen.query_one(QrView)
        assert view.scale >= 1
        drawn = view.lines(view.content_size.width, view.content_size.height)
        assert decode_half_blocks(drawn, view.scale) in (qr_matrix(evaluation, 4), qr_matrix(evaluation, 2))
        await pilot.press("escape")
        await settle(pilot)

        # An assistant's laptop writes a note for group 2; the leader's group view shows it.
        await pilot.press("f4")
        await settle(pilot)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        group_two = app.screen.groups[1]["id"]
        async with browser() as laptop:
            page = await (await laptop.get(f"{base}/g/{app.room.tokens.groups[group_two]}")).text()
            sent = await laptop.post(f"{base}/notes", data={
                "csrf": hidden(page, "csrf"), "kind": "works_well", "role_letter": "B3",
                "text": "Skrevet ved bordet"})
            assert sent.status == 200
        assert await wait_for(pilot, lambda: any("Skrevet ved bordet" in n for n in listed_notes(app.screen)), 1.0)
        await pilot.press("f7")  # Closing has no QR code key: its room line does not offer one
        await settle(pilot)
        assert base in text_of(app.screen, "#room-line") and "QR" not in text_of(app.screen, "#room-line")
        await pilot.press("q")
        await settle(pilot)
        assert not isinstance(app.screen, QrScreen)

        # Closing the room: the address stops answering at once.
        await pilot.press("ctrl+o")
        await settle(pilot)
        await pilot.click("#close-room")
        assert await wait_for(pilot, lambda: text_of(app.screen, "#room-state").startswith("The room is closed"))
        async with browser() as phone:
            try:
                answer = await phone.get(evaluation)
                status = answer.status
            except aiohttp.ClientConnectionError:
                status = "refused"
        assert status in (404, "refused")
        assert app.room is None


def decode_half_blocks(lines: list[str], scale: int) -> list[list[bool]]:
    """Turn the drawn characters back into modules (what a phone's camera sees)."""
    tops = {" ": False, "▀": True, "▄": False, "█": True}
    bottoms = {" ": False, "▀": False, "▄": True, "█": True}
    pixels = []
    for line in lines:
        pixels.append([tops[c] for c in line])
        pixels.append([bottoms[c] for c in line])
    size = len(pixels[0]) // scale
    return [[pixels[row * scale][column * scale] for column in range(size)] for row in range(size)]


async def test_a_port_in_use_or_a_bad_port_is_one_line_and_nothing_runs(stovner):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        app = create_app(stovner.parent, stovner)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await open_room_from_keys(pilot, port)
            assert await wait_for(pilot, lambda: "already in use" in text_of(app.screen, "#room-state"))
            assert text_of(app.screen, "#room-state") == (
                f"port {port} is already in use on this machine; pick another port or close what uses it.")
            assert app.room is None
            assert app.screen.query_one("#open-room").display

            port_field = app.screen.query_one("#room-port", Input)
            port_field.value = ""
            port_field.focus()
            await pilot.press(*"99999")
            await pilot.click("#open-room")
            await settle(pilot)
            assert text_of(app.screen, "#room-state") == "99999 is not a port; use a number from 1 to 65535."
            assert app.room is None


async def test_q_with_the_room_closed_offers_to_open_it(stovner):
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, RoomScreen)
        assert text_of(app.screen, "#room-state").startswith("The room is closed")


async def test_the_closed_room_window_shows_its_buttons_at_80x24_in_norwegian(stovner):
    """With the room closed there are no addresses to list: their empty lines do not push the buttons out of sight."""
    from dialog.i18n import set_language
    from tests.tui_helpers import screen_text

    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")
        await settle(pilot)
        await pilot.pause(0.1)
        box = app.screen.query_one("#dialog-box")
        assert box.max_scroll_y == 0
        assert "Åpne rommet" in screen_text(app)


async def test_quitting_the_app_closes_the_room(stovner):
    port = free_port()
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_room_and_wait(pilot, port)
    await asyncio.sleep(0.1)
    with socket.socket() as again:
        again.bind(("127.0.0.1", port))  # free again: the server is gone


async def test_room_news_arriving_while_the_app_shuts_down_is_ignored(stovner):
    """A room or file change reported after the last screen is gone must not crash the exit."""
    from dialog.tui.room_control import RoomChanged

    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.showing() is app.screen
    assert app.showing() is None
    app.on_room_changed(RoomChanged())
    app._maybe_changed(True)


async def test_a_room_process_that_dies_is_reported_and_can_be_opened_again(stovner):
    import os
    import signal

    port = free_port()
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_room_and_wait(pilot, port)
        os.kill(app.room.pid, signal.SIGKILL)
        # What the leader sees, waited for as such: the app notices at its next look (every 0.5 s), and the
        # screen changes when that news has been handled, which on a busy machine takes a while.
        assert await wait_for(pilot, lambda: "the room has stopped on its own" in text_of(app.screen, "#room-state"),
                              seconds=15)
        assert app.room is None
        await pilot.click("#open-room")
        assert await wait_for(pilot, lambda: "is open" in text_of(app.screen, "#room-state"), seconds=15)
        assert app.room is not None


async def test_ctrl_r_renews_every_code_after_asking_and_old_cookies_get_the_scan_again_page(stovner):
    from dialog.tui.screens.confirm import ConfirmScreen

    port = free_port()
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_room_and_wait(pilot, port)
        base = f"http://127.0.0.1:{port}"
        old_evaluation = f"{base}/e/{app.room.tokens.evaluation}"
        old_group = f"{base}/g/{next(iter(app.room.tokens.groups.values()))}"
        room_window = app.screen
        assert await wait_for(pilot, lambda: old_evaluation in text_of(room_window, "#room-urls"))
        async with browser() as phone:
            assert "Send" in await (await phone.get(old_evaluation)).text()  # a phone already in

            # Asked first; Escape, and "No" (chosen to begin with), change nothing.
            await pilot.press("ctrl+r")
            await settle(pilot)
            assert isinstance(app.screen, ConfirmScreen)
            await pilot.press("escape")
            await pilot.press("ctrl+r")
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert app.screen is room_window and old_evaluation in text_of(room_window, "#room-urls")

            # → … ← moves between the answers; Enter on "Make new codes" renews them.
            await pilot.press("ctrl+r")
            await settle(pilot)
            await pilot.press("left")
            assert app.screen.focused.id == "yes"
            await pilot.press("right")
            assert app.screen.focused.id == "no"
            await pilot.press("left")
            await pilot.press("enter")
            assert await wait_for(pilot, lambda: old_evaluation not in text_of(room_window, "#room-urls"))
            await settle(pilot)
            new_evaluation = f"{base}/e/{app.room.tokens.evaluation}"
            assert new_evaluation in text_of(room_window, "#room-urls")
            assert any("New QR codes made" in n.message for n in app._notifications)

            # The phone that was in, an old code scanned, an old group code: all asked to scan again.
            for address in (f"{base}/form", old_evaluation, old_group):
                answer = await phone.get(address)
                assert answer.status == 403
                assert re.search("Skann QR-koden på nytt|Koden gjelder ikke", await answer.text())
            assert "Send" in await (await phone.get(new_evaluation)).text()

        # On the projector's QR screen the new code replaces the one shown, at once.
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        await pilot.press("q")
        assert await wait_for(pilot, lambda: isinstance(app.screen, QrScreen))
        await settle(pilot)
        assert text_of(app.screen, "#qr-url") == new_evaluation
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("left", "enter")
        assert await wait_for(pilot, lambda: isinstance(app.screen, QrScreen)
                              and text_of(app.screen, "#qr-url") != new_evaluation)
        await settle(pilot)
        assert text_of(app.screen, "#qr-url") == f"{base}/e/{app.room.tokens.evaluation}"
        rows = rows_in(stovner, "SELECT token FROM access_token WHERE kind = 'evaluation'")
        assert f"{base}/e/{rows[0]['token']}" == text_of(app.screen, "#qr-url")


async def test_ctrl_r_with_the_room_closed_still_revokes_the_printed_codes(stovner):
    from dialog.core.access import ensure_tokens
    from dialog.core.database import open_conference

    db = open_conference(stovner)
    ensure_tokens(db)  # the codes `dialog qr` printed
    db.close()
    before = rows_in(stovner, "SELECT token FROM access_token ORDER BY token")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert app.room is None
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("left", "enter")
        assert await wait_for(pilot, lambda: any("New QR codes made" in n.message for n in app._notifications))
        assert text_of(app.screen, "#room-state").startswith("The room is closed")
    after = rows_in(stovner, "SELECT token FROM access_token ORDER BY token")
    assert len(after) == len(before) == 5 and not {r["token"] for r in after} & {r["token"] for r in before}
