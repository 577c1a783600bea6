"""Keys that seemed dead: Ctrl+PgDn on the Tally tab, ↓ on Plenary › groups present, ← → between a
dialog's buttons, and a delete that needed d, Shift+Tab, Enter (Norwegian, 80×24, real key presses)."""

from __future__ import annotations

from textual.widgets import Button, ListView, TabbedContent

from dialog.i18n import set_language
from dialog.tui.app import create_app
from dialog.tui.screens.confirm import ConfirmScreen
from dialog.tui.screens.form import FormScreen
from dialog.tui.screens.room import RoomScreen
from tests.tui_helpers import rows_in, screen_text, settle, wait_for

SIZE = (80, 24)


def words(text: str) -> str:
    return " ".join(text.replace("█", " ").replace("▊", " ").replace("▎", " ").split())


async def test_ctrl_pagedown_leaves_the_tally_tab_and_comes_back(stovner):
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        tabs = app.screen.query_one(TabbedContent)
        assert await wait_for(pilot, lambda: "13 skjema" in screen_text(app), 10)
        assert tabs.active == "tab-tally" and app.focused.id == "tally-scroll"  # the tally has the cursor
        await pilot.press("ctrl+pagedown")
        assert await wait_for(pilot, lambda: tabs.active == "tab-free-text", 5)
        await pilot.press("ctrl+pagedown")  # from the free-text list on to the form
        assert await wait_for(pilot, lambda: tabs.active == "tab-form", 5)
        assert await wait_for(pilot, lambda: "Stemte funnene med dine egne erfaringer?" in screen_text(app)
                              and "Snitt" not in screen_text(app), 10)
        await pilot.press("ctrl+pageup", "ctrl+pageup")
        assert await wait_for(pilot, lambda: tabs.active == "tab-tally" and "Snitt" in screen_text(app), 5)


async def test_down_moves_in_the_presenting_group_s_notes_at_once_and_left_right_change_the_group(stovner):
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        listing = app.screen.query_one("#present-notes", ListView)
        assert await wait_for(pilot, lambda: len(listing.children) == 7, 10)
        assert app.focused is listing
        footer = screen_text(app).splitlines()[-1]
        assert "z Vis stort" in footer and "[ ] Gruppe" in footer and "f1 Alle taster" in footer  # f9 is in F1's list
        await pilot.press("down", "down")
        assert listing.index == 2
        tabs = app.screen.query_one("#present-tabs")
        first = tabs.active
        await pilot.press("right")
        assert await wait_for(pilot, lambda: tabs.active != first, 5)
        assert "4.5 Samlokaliserte boliger" in screen_text(app)
        await pilot.press("left")
        assert await wait_for(pilot, lambda: tabs.active == first, 5)
        assert "4.9 Legevakt og krisetilbud" in screen_text(app)


async def test_one_key_answers_a_delete_and_the_dialog_says_which(stovner):
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f5", "ctrl+pagedown", "ctrl+pagedown")  # Plenary points
        listing = app.screen.query_one("#points ListView", ListView)
        assert await wait_for(pilot, lambda: len(listing.children) == 6 and app.focused is listing, 10)
        points = rows_in(stovner, "SELECT text FROM plenary_point ORDER BY position")

        await pilot.press("d")
        assert await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen), 5)
        assert "j = Slett · n eller Esc = Nei" in words(screen_text(app))
        assert app.screen.focused.id == "no"  # Enter alone keeps the point
        await pilot.press("n")
        assert await wait_for(pilot, lambda: not isinstance(app.screen, ConfirmScreen), 5)
        await pilot.press("d", "enter")
        await settle(pilot)
        assert len(rows_in(stovner, "SELECT id FROM plenary_point")) == len(points)

        await pilot.press("d")
        assert await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen), 5)
        await pilot.press("j")
        assert await wait_for(pilot, lambda: len(rows_in(stovner, "SELECT id FROM plenary_point")) == len(points) - 1,
                              10)
        assert [row["text"] for row in rows_in(stovner, "SELECT text FROM plenary_point ORDER BY position")] == \
               [row["text"] for row in points[1:]]


async def test_left_and_right_move_between_the_buttons_of_every_dialog(stovner):
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # The delete question: ← to "Slett", → back to "Nei", ← Enter deletes.
        await pilot.press("f5", "ctrl+pagedown", "ctrl+pagedown")
        listing = app.screen.query_one("#points ListView", ListView)
        assert await wait_for(pilot, lambda: len(listing.children) == 6 and app.focused is listing, 10)
        await pilot.press("d")
        assert await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen), 5)
        await pilot.press("left")
        assert app.screen.focused.id == "yes"
        await pilot.press("right")
        assert app.screen.focused.id == "no"
        await pilot.press("left", "enter")
        assert await wait_for(pilot, lambda: len(rows_in(stovner, "SELECT id FROM plenary_point")) == 5, 10)

        # A form: from "Lagre" → to "Avbryt"; ← back; Enter on "Lagre" saves.
        await pilot.press("e")
        assert await wait_for(pilot, lambda: isinstance(app.screen, FormScreen), 5)
        form = app.screen
        form.query_one("#save", Button).focus()
        await pilot.pause()
        await pilot.press("right")
        assert form.focused.id == "cancel"
        await pilot.press("right")  # the last button: stays
        assert form.focused.id == "cancel"
        await pilot.press("left")
        assert form.focused.id == "save"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: not isinstance(app.screen, FormScreen), 5)

        # The room window: its visible buttons in a row.
        await pilot.press("ctrl+o")
        assert await wait_for(pilot, lambda: isinstance(app.screen, RoomScreen), 5)
        room = app.screen
        room.query_one("#open-room", Button).focus()
        await pilot.pause()
        await pilot.press("right")
        assert room.focused.id == "back"  # "Steng rommet" is hidden while the room is closed
        await pilot.press("left")
        assert room.focused.id == "open-room"
        await pilot.press("right", "enter")
        assert await wait_for(pilot, lambda: not isinstance(app.screen, RoomScreen), 5)


async def test_the_privacy_list_before_export_steps_between_its_buttons(stovner, exports):
    from dialog.core.assessment import set_assessment
    from dialog.core.database import open_conference
    from dialog.tui.screens.privacy_list import PrivacyListScreen

    db = open_conference(stovner)
    try:
        set_assessment(db, "Ring Kari på 412 34 567 om oppfølgingen.")
    finally:
        db.close()
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f7")
        await settle(pilot)
        await pilot.press("ctrl+e")
        assert await wait_for(pilot, lambda: isinstance(app.screen, PrivacyListScreen), 10)
        screen = app.screen
        assert screen.focused.id == "no"
        await pilot.press("left")
        assert screen.focused.id == "yes"
        await pilot.press("right")
        assert screen.focused.id == "no"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: not isinstance(app.screen, PrivacyListScreen), 5)
        await settle(pilot)
        assert not exports.exists() or not any(exports.iterdir())  # "Nei" kept the minutes in
