"""Every key that starts slow work answers in the very next frame: a notice says what is on its way.

The first showing of a phase screen builds it, and F9/F8 write the move and a
backup; on a busy laptop either took a second or two with the old screen
standing still. These tests look at the order of the frames painted, never at
the clock.
"""

from __future__ import annotations

from textual import events

from dialog.i18n import set_language
from dialog.tui.app import create_app
from dialog.tui.screens.notice import NoticeScreen
from tests.painted import PaintedFrames
from tests.tui_helpers import settle, wait_for


async def test_a_phase_screen_shown_the_first_time_says_so_in_the_next_frame(stovner):
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        painted = PaintedFrames(app)
        await pilot.press("f2")
        assert isinstance(painted.first().screen, NoticeScreen)
        assert painted.first().notice == "Åpner Forberedelse …"
        await settle(pilot)
        assert getattr(app.screen, "PHASE", None) == "setup"
        assert [type(screen).__name__ for screen in painted.screens()] == ["NoticeScreen", "SetupScreen"]
        await pilot.press("f7")
        await settle(pilot)
        painted.clear()
        await pilot.press("f2")  # built already: it shows at once, with no notice
        await settle(pilot)
        assert [type(screen).__name__ for screen in painted.screens()] == ["SetupScreen"]


async def test_moving_the_conference_says_so_in_the_frame_after_enter(stovner):
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
        assert isinstance(answer.screen, NoticeScreen)
        assert answer.notice == "Flytter konferansen til Evaluering …"
        await settle(pilot)
        assert await wait_for(pilot, lambda: getattr(app.screen, "PHASE", None) == "evaluation", 10)
        assert app.phase_info.current == "evaluation"
        assert not any(isinstance(screen, NoticeScreen) for screen in app.screen_stack)


async def test_keys_typed_while_the_notice_is_up_reach_the_screen_that_follows(stovner):
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.action_view("setup")
        assert isinstance(app.screen, NoticeScreen)
        app.post_message(events.Key("ctrl+pagedown", None))  # typed before the Setup screen is there
        await settle(pilot)
        assert await wait_for(pilot, lambda: getattr(app.screen, "PHASE", None) == "setup", 10)
        await settle(pilot)
        assert app.screen.query_one("#setup-tabs").active == "tab-attendance"
