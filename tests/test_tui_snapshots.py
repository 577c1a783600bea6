"""How each screen looks, at 80×24 and at 160×48 (SVG snapshots under tests/__snapshots__)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dialog.tui.app import create_app
from tests.tui_helpers import settle

SIZES = [(80, 24), (160, 48)]
SCREENS = {
    "picker": [],
    "setup": ["f2"],
    "setup_groups": ["f2", "ctrl+pagedown", "ctrl+pagedown", "ctrl+pagedown"],
    "presentation": ["f3"],
    "group_work": ["f4"],
    "plenary": ["f5"],
    "evaluation": ["f6"],
    "closing": ["f7"],
    "help": ["f4", "f1"],
}


@pytest.fixture
def demo_folder(stovner_template, tmp_path, monkeypatch):
    """The Stovner demo in ./sessions, so the screen shows a stable relative path."""
    monkeypatch.chdir(tmp_path)
    folder = Path("sessions")
    folder.mkdir(exist_ok=True)
    shutil.copy(stovner_template, folder / "2007-10-17-stovner.dialog.sqlite")
    return folder


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", sorted(SCREENS))
def test_screen_snapshot(snap_compare, demo_folder, name, size):
    conference = None if name == "picker" else demo_folder / "2007-10-17-stovner.dialog.sqlite"
    app = create_app(demo_folder, conference)
    app.animation_level = "none"  # a snapshot taken mid-animation would differ from run to run

    async def before(pilot):
        await settle(pilot)
        for key in SCREENS[name]:
            await pilot.press(key)
            await settle(pilot)
        # Lists scroll to their selection after the next refresh; give that time to happen.
        await pilot.pause(0.3)
        await settle(pilot)
        # A blinking cursor would be caught on or off at random: take the picture without focus.
        pilot.app.set_focus(None)
        await pilot.pause(0.1)

    assert snap_compare(app, terminal_size=size, run_before=before)


def test_group_work_clock_fills_a_projector_screen(snap_compare, demo_folder):
    """At 200×60 the countdown is drawn in block digits big enough for the back of the room."""
    app = create_app(demo_folder, demo_folder / "2007-10-17-stovner.dialog.sqlite")
    app.animation_level = "none"

    async def before(pilot):
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        await pilot.pause(0.3)
        pilot.app.set_focus(None)
        await pilot.pause(0.1)
        assert pilot.app.screen.query_one("#countdown-big").display
        assert pilot.app.screen.query_one("#countdown-big").region.height == 15

    assert snap_compare(app, terminal_size=(200, 60), run_before=before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_qr_code_fills_the_screen(snap_compare, demo_folder, size):
    """A group's code, black on white whatever the theme, as large as the window allows."""
    from dialog.export.qr_codes import RoomCode
    from dialog.tui.screens.qr_screen import QrScreen

    base = "http://192.168.1.20:8765"
    codes = [RoomCode("Evaluation form", f"{base}/e/{'A' * 22}", "evaluering"),
             RoomCode("Gruppe 1 – Krisehjelp etter kontortid", f"{base}/g/{'B' * 22}", "gruppe-1")]
    app = create_app(demo_folder, demo_folder / "2007-10-17-stovner.dialog.sqlite")
    app.animation_level = "none"

    async def before(pilot):
        await settle(pilot)
        pilot.app.push_screen(QrScreen(codes, 1))
        await settle(pilot)
        pilot.app.set_focus(None)
        await pilot.pause(0.1)

    assert snap_compare(app, terminal_size=size, run_before=before)
