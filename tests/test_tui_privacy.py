"""Warnings about personal data on screen: while typing in every field that feeds the minutes, and the whole
list before the minutes leave, readable and scrollable at 80×24."""

from __future__ import annotations

from textual.widgets import Input, ListView, TextArea

from dialog.core.database import open_conference
from dialog.core.groups import list_groups
from dialog.core.notes import add_note
from dialog.core.privacy import set_watched_names
from dialog.tui.app import create_app
from dialog.tui.screens.form import FormScreen
from dialog.tui.screens.paper_form import PaperFormScreen
from dialog.tui.screens.privacy_list import PrivacyListScreen
from dialog.tui.screens.text_prompt import TextPromptScreen
from tests.tui_helpers import rows_in, settle, text_of

NATIONAL_ID = "15076500565"


def inside(region, width: int = 80, height: int = 24) -> bool:
    return region.width > 0 and region.height > 0 and region.right <= width and region.bottom <= height


async def test_the_list_before_export_holds_every_warning_and_scrolls_at_80x24(stovner, exports):
    db = open_conference(stovner)
    try:
        group = list_groups(db)[0]["id"]
        for number in range(20):
            add_note(db, group, "other", f"Notat {number + 1}: ring meg på 912 34 {number + 100:03d}", "B")
    finally:
        db.close()
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f7", "ctrl+e")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PrivacyListScreen)
        assert text_of(screen, "#privacy-question").startswith("20 texts look like they hold personal data.")
        entries = list(screen.query(".privacy-entry"))
        assert len(entries) == 20  # all of them, none cut off
        assert text_of(screen, "#privacy-20").splitlines() == [
            "Note: Gruppe 1 – Krisehjelp etter kontortid · B", "a phone number", "“Notat 20: ring meg på 912 34 119”"]
        listing = screen.query_one("#privacy-list")
        assert inside(screen.query_one("#yes").region) and inside(screen.query_one("#no").region)
        assert listing.scroll_y == 0 and listing.max_scroll_y > 0
        assert listing.region.contains_region(entries[0].region) and entries[0].region.height == 3
        await pilot.press("pagedown", "down")
        assert listing.scroll_y > 0
        await pilot.press("end")
        await pilot.pause()
        assert listing.scroll_y == listing.max_scroll_y
        assert listing.region.contains_region(entries[-1].region) and entries[-1].region.height == 3  # readable
        assert app.focused is screen.query_one("#no")  # the keys scrolled; Enter still means No
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, PrivacyListScreen)
    assert list(exports.glob("*.docx")) == []


async def open_form(pilot, tab: str, listing: str) -> FormScreen:
    await pilot.press("f5")
    await settle(pilot)
    pilot.app.screen.query_one("#plenary-tabs").active = tab
    await settle(pilot)
    pilot.app.screen.query_one(listing, ListView).focus()
    await pilot.press("a")
    await settle(pilot)
    assert isinstance(pilot.app.screen, FormScreen)
    return pilot.app.screen


async def test_the_measure_form_warns_while_typing_and_saves_all_the_same(stovner):
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        form = await open_form(pilot, "tab-measures", "#measures ListView")
        assert not form.query_one("#privacy-text").display and not form.query_one("#privacy-owner").display
        form.query_one("#field-text", TextArea).focus()
        await pilot.press(*"Nattåpen krisetelefon")
        assert not form.query_one("#privacy-text").display
        form.query_one("#field-owner", Input).focus()
        await pilot.press(*"Kari, 912 34 567")
        await pilot.pause()
        assert inside(form.query_one("#privacy-owner").region)  # scrolled into sight at 80×24
        assert text_of(form, "#privacy-owner") == \
            "⚠ “Owner”: this looks like a phone number. Is it needed in the minutes?"
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert rows_in(stovner, "SELECT owner FROM measure WHERE text = 'Nattåpen krisetelefon'") == [
        {"owner": "Kari, 912 34 567"}]


async def test_the_plenary_point_form_warns_about_a_watched_name(stovner):
    db = open_conference(stovner)
    try:
        set_watched_names(db, ["Ola Hansen"])
    finally:
        db.close()
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        form = await open_form(pilot, "tab-points", "#points ListView")
        form.query_one("#field-text", TextArea).focus()
        await pilot.press(*"Ola Hansen vil ha kveldsåpent")
        assert text_of(form, "#privacy-text") == \
            "⚠ “Plenary point”: this looks like a name on the watch list. Is it needed in the minutes?"
        await pilot.press("ctrl+a", "backspace")
        await pilot.press(*"Kveldsåpent")
        assert not form.query_one("#privacy-text").display


async def test_the_assessment_warns_while_typing(stovner):
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f7")
        await settle(pilot)
        area = app.screen.query_one("#assessment", TextArea)
        area.focus()
        await pilot.press("ctrl+end", *f" Fnr {NATIONAL_ID}.")
        assert text_of(app.screen, "#assessment-privacy") == \
            "⚠ “Leader's assessment”: this looks like a national ID number. Is it needed in the minutes?"
        assert inside(app.screen.query_one("#assessment-privacy").region)


async def test_a_paper_form_warns_about_a_free_text_answer(stovner):
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f6", "n")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PaperFormScreen)
        screen.query_one("#q-comments", Input).focus()
        await pilot.press(*"Ring meg på 41234567")
        await pilot.pause()
        assert inside(screen.query_one("#privacy-comments").region)
        assert text_of(screen, "#privacy-comments") == \
            "⚠ “Other comments”: this looks like a phone number. Is it needed in the minutes?"


async def test_the_comment_on_a_finding_warns_while_typing(stovner):
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f3", "c")
        await settle(pilot)
        assert isinstance(app.screen, TextPromptScreen)
        await pilot.press(*"Spør kari@example.no")
        assert text_of(app.screen, "#prompt-privacy") == \
            "⚠ “Comment on finding”: this looks like an e-mail address. Is it needed in the minutes?"
