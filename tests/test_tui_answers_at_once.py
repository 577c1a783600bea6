"""Every key that starts slow work answers in the very next frame: the screen in use says what is on its way.

The first showing of a phase screen builds it, and F9/F8 write the move and a
backup; on a busy laptop either took a second or two with the old screen
standing still. These tests look at the order of the frames painted, never at
the clock.
"""

from __future__ import annotations

from textual import events

from dialog.i18n import set_language
from dialog.tui.app import create_app
from tests.painted import PaintedFrames
from tests.tui_helpers import settle, wait_for


async def test_a_phase_screen_shown_the_first_time_is_announced_in_the_next_frame(stovner):
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        closing = app.screen
        painted = PaintedFrames(app)
        await pilot.press("f2")
        assert painted.first().screen is closing  # the screen in use answers, before Setup is built …
        assert painted.first().title == "Åpner Forberedelse …"  # … in its title line
        await settle(pilot)
        assert getattr(app.screen, "PHASE", None) == "setup"
        assert [type(screen).__name__ for screen in painted.screens()] == ["ClosingScreen", "SetupScreen"]
        await pilot.press("f7")
        await settle(pilot)
        assert app.screen is closing and closing.sub_title.endswith("Avslutning")  # its own title again
        painted.clear()
        await pilot.press("f2")  # built already: it shows at once
        await settle(pilot)
        assert [type(screen).__name__ for screen in painted.screens()] == ["SetupScreen"]


async def test_moving_the_conference_is_announced_in_the_frame_after_enter(stovner):
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.phase_info.current == "closing"
        await pilot.press("f8")
        await settle(pilot)
        question = app.screen
        painted = PaintedFrames(app)
        await pilot.press("enter")
        answer = painted.first_besides(question)  # the question may repaint its button as it is pressed
        assert answer.title == "Flytter konferansen til Evaluering …"
        await settle(pilot)
        assert await wait_for(pilot, lambda: getattr(app.screen, "PHASE", None) == "evaluation", 10)
        assert app.phase_info.current == "evaluation"
        # Until Evaluation is there, the old screen keeps saying what is coming (no flicker back to its own title).
        start = painted.frames.index(answer)
        said = {frame.title for frame in painted.frames[start:] if frame.screen is answer.screen}
        assert said <= {"Flytter konferansen til Evaluering …", "Åpner Evaluering …"}


async def test_keys_typed_while_a_screen_is_on_its_way_reach_it(stovner):
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.action_view("setup")
        assert app.screen.query_one("#phase-setup").has_class("viewing")  # the phase bar answers too
        app.post_message(events.Key("ctrl+pagedown", None))  # typed before the Setup screen is there
        await settle(pilot)
        assert await wait_for(pilot, lambda: getattr(app.screen, "PHASE", None) == "setup", 10)
        await settle(pilot)
        assert app.screen.query_one("#setup-tabs").active == "tab-attendance"
