"""The highlight in a list stays on the row it was on when the list is read again in a new order,
and Home/End go to the first and the last row (Norwegian, 80×24, real key presses)."""

from __future__ import annotations

from textual.widgets import ListView, TextArea

from dialog.core.database import open_conference
from dialog.core.notes import add_note
from dialog.i18n import set_language
from dialog.tui.app import create_app
from dialog.tui.screens.form import FormScreen
from dialog.tui.widgets.findings_editor import FindingsEditor
from dialog.tui.widgets.measures_editor import MeasuresEditor
from tests.tui_helpers import rows_in, screen_text, settle, text_of, wait_for

SIZE = (80, 24)


def votes(path) -> dict[str, int]:
    return {row["text"]: row["votes"] for row in rows_in(path, "SELECT text, votes FROM measure")}


async def test_four_priority_dots_on_one_measure_all_land_on_it_while_the_list_re_sorts(stovner):
    set_language("nb")
    before = votes(stovner)
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f5", "ctrl+pagedown")
        editor = app.screen.query_one(MeasuresEditor)
        assert await wait_for(pilot, lambda: editor.items and app.focused is editor.query_one(ListView), 10)
        await pilot.press(*["down"] * (len(editor.items) - 1))  # the measure with the fewest dots, at the bottom
        await settle(pilot)
        chosen = editor.selected()["text"]
        assert chosen.startswith("Oppslag ved inngangen")
        for dots in range(1, 5):
            await pilot.press("plus")
            assert await wait_for(pilot, lambda dots=dots: votes(stovner)[chosen] == before[chosen] + dots, 10)
            await settle(pilot)
            assert editor.selected()["text"] == chosen  # the highlight went along with the re-sort
        after = votes(stovner)
        assert after[chosen] == before[chosen] + 4
        assert {text: n for text, n in after.items() if text != chosen} == \
               {text: n for text, n in before.items() if text != chosen}
        # On screen: seven dots in front of it, and it is now fourth (after 9, 8 and the older 7).
        assert "●●●●●●●  7  Oppslag ved inngangen" in screen_text(app)
        assert [item["text"] for item in editor.items].index(chosen) == 3
        assert editor.query_one(ListView).index == 3


async def test_a_moved_finding_keeps_the_cursor(stovner):
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f2", "ctrl+pagedown", "ctrl+pagedown")
        editor = app.screen.query_one(FindingsEditor)
        assert await wait_for(pilot, lambda: editor.items and app.focused is editor.query_one(ListView), 10)
        first = editor.selected()["title"]
        for _ in range(2):
            await pilot.press("shift+down")
            await settle(pilot)
        titles = [row["title"] for row in rows_in(stovner, "SELECT title FROM finding ORDER BY position")]
        assert titles.index(first) == 2
        assert editor.selected()["title"] == first
        assert f"3. {first[:40]}" in screen_text(app)


async def test_a_note_arriving_from_elsewhere_leaves_the_plenary_cursor_on_its_note(stovner):
    """Plenary › groups present: a laptop adds a note while the leader has the third one chosen; m takes that one."""
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        listing = app.screen.query_one("#present-notes", ListView)
        assert await wait_for(pilot, lambda: len(listing.children) == 7 and app.focused is listing, 10)
        await pilot.press("down", "down")
        await settle(pilot)
        chosen = str(listing.highlighted_child.content)
        group = rows_in(stovner, "SELECT id FROM work_group ORDER BY position")[0]["id"]
        third = rows_in(stovner, "SELECT text FROM note WHERE group_id = ? AND deleted_at IS NULL ORDER BY position",
                        (group,))[2]["text"]
        assert third in chosen
        db = open_conference(stovner)  # another program on the same file
        try:
            add_note(db, group, "other", "Et notat fra sekretærens maskin", "T")
        finally:
            db.close()
        assert await wait_for(pilot, lambda: len(listing.children) == 8, 10)  # the list was read again
        await settle(pilot)
        assert str(listing.highlighted_child.content) == chosen
        await pilot.press("m")
        assert await wait_for(pilot, lambda: isinstance(app.screen, FormScreen), 10)
        assert app.screen.query_one("#field-text", TextArea).text == third


async def test_home_and_end_move_the_highlight_and_end_d_deletes_the_last_finding(stovner):
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f2", "ctrl+pagedown", "ctrl+pagedown")
        editor = app.screen.query_one(FindingsEditor)
        listing = editor.query_one(ListView)
        assert await wait_for(pilot, lambda: editor.items and app.focused is listing, 10)
        titles = [item["title"] for item in editor.items]
        await pilot.press("end")
        assert listing.index == len(titles) - 1
        await pilot.press("home")
        assert listing.index == 0
        await pilot.press("end", "d")
        await settle(pilot)
        assert titles[-1] in text_of(app.screen, "#question")
        await pilot.press("j")
        assert await wait_for(pilot, lambda: len(rows_in(stovner, "SELECT id FROM finding")) == len(titles) - 1, 10)
        left = [row["title"] for row in rows_in(stovner, "SELECT title FROM finding ORDER BY position")]
        assert left == titles[:-1]


async def test_home_and_end_in_the_group_work_notes_list_and_the_picker(stovner):
    set_language("nb")
    app = create_app(stovner.parent, None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#conferences")
        stovner.with_name("2008-01-01-bjerke.dialog.sqlite").write_bytes(stovner.read_bytes())
        await pilot.press("r")
        assert await wait_for(pilot, lambda: table.row_count == 2, 10)
        await pilot.press("end")
        assert table.cursor_row == 1
        await pilot.press("r")  # read the folder again: the cursor stays on its conference
        await settle(pilot)
        assert table.cursor_row == 1
        await pilot.press("home")
        assert table.cursor_row == 0
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: getattr(app.screen, "PHASE", None) == "closing", 10)
        await pilot.press("f4")
        assert await wait_for(pilot, lambda: getattr(app.screen, "PHASE", None) == "group_work", 10)
        notes = app.screen.query_one("#notes-list", ListView)
        assert await wait_for(pilot, lambda: len(notes.children) > 3 and app.focused is notes, 10)
        await pilot.press("end")
        assert notes.index == len(notes.children) - 1
        await pilot.press("home")
        assert notes.index == 0


async def test_a_point_just_added_gets_the_cursor_so_e_edits_it(stovner):
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f5", "ctrl+pagedown", "ctrl+pagedown")
        listing = app.screen.query_one("#points ListView", ListView)
        assert await wait_for(pilot, lambda: len(listing.children) == 6 and app.focused is listing, 10)
        await pilot.press("a")
        assert await wait_for(pilot, lambda: isinstance(app.screen, FormScreen), 5)
        app.screen.query_one("#field-text", TextArea).focus()
        await pilot.pause()
        await pilot.press(*"Nytt", "space", *"punkt", "ctrl+s")
        assert await wait_for(pilot, lambda: len(listing.children) == 7, 10)
        await settle(pilot)
        assert listing.index == 6
        await pilot.press("e")
        assert await wait_for(pilot, lambda: isinstance(app.screen, FormScreen), 5)
        assert app.screen.query_one("#field-text", TextArea).text == "Nytt punkt"
