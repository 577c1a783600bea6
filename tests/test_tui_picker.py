"""The conference picker and conference screen, driven by real key presses."""

from __future__ import annotations

from textual.widgets import DataTable, Input

from dialog.core.database import open_conference
from dialog.i18n import set_language
from dialog.tui.app import create_app
from dialog.tui.screens.closing import ClosingScreen
from dialog.tui.screens.picker import PickerScreen
from dialog.tui.screens.setup import SetupScreen
from tests.tui_helpers import settle, text_of, wait_for


async def test_picker_lists_the_demo_and_opens_it(stovner, sessions):
    app = create_app(sessions)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 1
        assert [str(cell) for cell in table.get_row_at(0)] == ["Stovner (demo)", "2007-10-17", "Closing", "15", "13"]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ClosingScreen)  # the demo has reached its closing phase
        assert "15 participants · 13 evaluation forms · 4 groups" in text_of(app.screen, "#summary")
        await pilot.press("f10")
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)


async def test_the_columns_fit_the_conferences_as_soon_as_they_are_listed(sessions):
    """The list is drawn whole on its first frame, not as "Stovn  2007  Avsl" until something redraws it.

    A DataTable measures new rows only when it is next idle, and does not redraw a
    row it drew before that; the picker sometimes drew its first rows in between.
    """
    from dialog.core.demo import build_demo
    from dialog.core.sessions import list_conferences

    sessions.mkdir(parents=True)
    app = create_app(sessions)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        build_demo(sessions, "stovner")
        picker = app.screen
        picker.show_listings(list_conferences(sessions))
        table = picker.query_one(DataTable)
        widths = [column.get_render_width(table) - 2 * table.cell_padding for column in table.ordered_columns]
        row = [str(cell) for cell in table.get_row_at(0)]
        assert row == ["Stovner (demo)", "2007-10-17", "Closing", "15", "13"]
        assert all(width >= len(cell) for width, cell in zip(widths, row)), widths


async def test_empty_folder_says_what_to_do(sessions):
    app = create_app(sessions)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        empty = app.screen.query_one("#picker-empty")
        assert await wait_for(pilot, lambda: empty.display, 10)  # the folder is read on a worker thread
        assert "Press n to create one" in text_of(app.screen, "#picker-empty")


async def test_new_conference_from_the_keyboard(sessions):
    app = create_app(sessions)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        from textual.widgets import Button

        assert str(app.screen.query_one("#save", Button).label) == "Create"  # it makes a file, it saves nothing
        await pilot.press(*"Grorud")
        date_input = app.screen.query_one("#field-date", Input)
        date_input.value = ""
        await pilot.press("tab", *"2007-04-25", "enter")
        await settle(pilot)
        assert isinstance(app.screen, SetupScreen)
        path = sessions / "2007-04-25-grorud.dialog.sqlite"
        db = open_conference(path)
        assert db.execute("SELECT district, date, phase FROM conference").fetchone() == ("Grorud", "2007-04-25",
                                                                                        "setup")
        db.close()


async def test_new_conference_with_a_bad_date_shows_the_error_and_creates_nothing(sessions):
    app = create_app(sessions)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"Ullern")
        app.screen.query_one("#field-date", Input).value = ""
        await pilot.press("tab", *"31.12.2007", "enter")
        await settle(pilot)
        assert "not a valid date" in text_of(app.screen, "#error")
        assert not sessions.exists() or not list(sessions.iterdir())
        await pilot.press("escape")  # asks before throwing away what was typed
        await settle(pilot)
        await pilot.press("enter")  # "No" is preselected: the form stays
        await settle(pilot)
        assert app.screen.query_one("#field-district", Input).value == "Ullern"
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("shift+tab", "enter")  # "Throw away"
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)


async def test_delete_asks_first_and_no_keeps_the_file(stovner, sessions):
    app = create_app(sessions)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("enter")  # "No" has the focus
        await settle(pilot)
        assert stovner.exists()
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("shift+tab", "enter")  # move to "Yes"
        await settle(pilot)
        assert not stovner.exists()
        # The list is read again on a worker thread after the delete: wait for what the leader then sees.
        assert await wait_for(pilot, lambda: app.screen.query_one("#picker-empty").display, 10)


async def test_norwegian_interface(stovner, sessions):
    set_language("nb")
    app = create_app(sessions, stovner)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert "15 deltakere · 13 evalueringsskjemaer" in text_of(app.screen, "#summary")
        assert "Avslutning" in text_of(app.screen, "#phase-closing")
        descriptions = {b.description for b in app.screen._bindings.key_to_bindings.get("f9", [])}
        assert descriptions == {"Neste fase"}
        # The command palette speaks Norwegian too: none of Textual's English-only commands or widget keys.
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Neste fase", "Eksporter referat", "Fargetema", "Avslutt"} <= titles
        assert not titles & {"Copy", "Cut", "Cursor down", "Theme", "Quit", "Keys", "Screenshot", "Maximize"}
        await pilot.press("ctrl+p")
        await settle(pilot)
        from textual.command import CommandInput

        assert app.screen.query_one(CommandInput).placeholder == "Søk etter en handling …"


async def test_keys_typed_in_one_burst_land_in_the_field_tab_moved_to(sessions):
    """A fast typist (or a slow laptop) delivers keys faster than fields take them: Tab must still count."""
    from textual import events

    app = create_app(sessions)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        for key in [*"Grorud", "tab", "tab", *"Huset", "shift+tab"]:
            character = key if len(key) == 1 else None
            app.post_message(events.Key(key, character))  # queued at once, none waits for the last
        await settle(pilot)
        values = {name: app.screen.query_one(f"#field-{name}", Input).value for name in ("district", "venue")}
        assert values == {"district": "Grorud", "venue": "Huset"}
        assert app.focused is app.screen.query_one("#field-date", Input)


async def test_no_list_box_says_select_in_english_on_a_norwegian_screen(stovner, sessions):
    from textual.widgets import Select

    set_language("nb")
    app = create_app(sessions, stovner)
    prompts = set()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for key in ("f2", "f3", "f4", "f5", "f6", "n"):  # every phase, then a paper form
            await pilot.press(key)
            await settle(pilot)
            prompts |= {select.prompt for select in app.screen.query(Select)}
        await pilot.press("escape")
        await pilot.press("f2")
        await settle(pilot)
        await pilot.press("ctrl+pagedown", "ctrl+pagedown", "ctrl+pagedown", "a")  # a new group's form
        await settle(pilot)
        prompts |= {select.prompt for select in app.screen.query(Select)}
    assert "Ikke oppgitt" in prompts
    assert "Select" not in prompts
