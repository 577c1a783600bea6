"""A theme chosen in the command palette colours every phase screen, old and new alike."""

from __future__ import annotations

from textual.color import Color

from dialog.tui.app import create_app
from tests.tui_helpers import settle


def background(app) -> Color:
    return app.screen.styles.background


async def test_a_new_theme_reaches_screens_shown_before_and_after_the_change(stovner):
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.PHASE == "closing"
        dark = background(app)
        app.theme = "textual-light"
        await settle(pilot)
        light = background(app)
        assert light != dark and light.brightness > dark.brightness

        await pilot.press("f2")  # setup: a screen built after the change
        await settle(pilot)
        assert app.screen.PHASE == "setup"
        assert background(app) == light

        app.theme = "textual-dark"
        await settle(pilot)
        await pilot.press("f7")  # closing again: built before, shown after the change
        await settle(pilot)
        assert app.screen.PHASE == "closing"
        assert background(app) == dark
