"""Textual widgets that look for a child before it is composed no longer stop the app (dialog/tui/textual_races.py).

On a busy laptop Textual can mount a widget before its children are there; a
``Select`` then wrote its label into a missing ``#label`` and a tab row moved
its underline under a missing ``Underline``, and the app ended with NoMatches
(6–8 of 10 new conferences on a loaded machine). The calls are made here in
exactly that state – before the child exists – then the widget is mounted.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.widgets import Static, Tab
from textual.widgets._select import SelectCurrent
from textual.widgets._tabs import Tabs, Underline

from dialog.tui.textual_races import install
from tests.tui_helpers import settle


class Room(App):
    def compose(self) -> ComposeResult:
        yield Vertical(id="room")


async def test_a_select_label_written_before_it_exists_shows_once_it_does():
    install()
    app = Room()
    async with app.run_test() as pilot:
        current = SelectCurrent("Velg språk")
        current.update("Norsk bokmål")  # its #label is not composed: Textual alone raised NoMatches here
        await app.query_one("#room").mount(current)
        await settle(pilot)
        assert str(current.query_one("#label", Static).content) == "Norsk bokmål"
        assert current.has_value


async def test_a_tab_row_resized_before_its_underline_exists_places_it_once_it_does():
    install()
    app = Room()
    async with app.run_test() as pilot:
        tabs = Tabs(Tab("Fakta", id="facts"), Tab("Oppmøte", id="attendance"))
        tabs._highlight_active(animate=False)  # no Underline yet: Textual alone raised NoMatches here
        await app.query_one("#room").mount(tabs)
        await settle(pilot)
        underline = tabs.query_one(Underline)
        assert tabs.active == "facts" and underline.show_highlight
        assert underline.highlight_end > underline.highlight_start
