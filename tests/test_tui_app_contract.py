"""Screens and widgets ask the app for actions by message, and read its state through a typed ``app``.

The contract (dialog/tui/app_requests.py, dialog/tui/typed_app.py): a key in a
screen posts a named message that bubbles up, the app acts on it; no screen or
widget calls an app method of ours, save the few whose effect is needed at once;
mypy checks every read of ``self.app`` against ``DialogApp``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Input

from bench.ports import free_port
from dialog.tui.app import create_app
from dialog.tui.app_requests import (
    CloseRoom,
    LoadRoomCodes,
    OpenConference,
    OpenRoom,
    RefreshConferenceLabel,
    RenewRoomCodes,
    ShowQrCode,
)
from dialog.tui.screens.closing import ClosingScreen
from dialog.tui.screens.confirm import ConfirmScreen
from dialog.tui.screens.room import RoomScreen
from tests.test_tui_room import open_room_from_keys
from tests.tui_helpers import Heard, settle, text_of, wait_for

ROOT = Path(__file__).resolve().parent.parent
TUI = ROOT / "dialog" / "tui"

CALLED_AT_ONCE = {"hold_keys", "store_jobs_hold_keys", "flush_typed_text"}
"""The app methods of ours a screen or widget may call: a key hold it releases itself, store jobs held within a
block, typed text sent before a screen or tab is left. Everything else is asked for by message."""


def app_calls(path: Path) -> list[tuple[int, str]]:
    """Every ``….app.name(…)`` call in ``path``: (line, name)."""
    calls = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Attribute) and owner.attr == "app":
                calls.append((node.lineno, node.func.attr))
    return calls


def guesses_on_the_app(path: Path) -> list[int]:
    """Lines where ``hasattr`` or ``getattr`` guesses at an attribute of ``….app``."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text())):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("hasattr", "getattr")
                and node.args and isinstance(node.args[0], ast.Attribute) and node.args[0].attr == "app"):
            lines.append(node.lineno)
    return lines


def test_screens_and_widgets_call_only_textual_and_the_immediate_app_methods():
    modules = sorted((TUI / "screens").glob("*.py")) + sorted((TUI / "widgets").glob("*.py"))
    ours = [f"{path.relative_to(ROOT)}:{line} app.{name}()" for path in modules for line, name in app_calls(path)
            if name not in CALLED_AT_ONCE and not hasattr(App, name)]
    assert ours == [], "post a message from dialog/tui/app_requests.py instead"


def test_nothing_in_the_terminal_app_guesses_at_the_app_with_hasattr_or_getattr():
    guessed = [f"{path.relative_to(ROOT)}:{line}" for path in sorted(TUI.rglob("*.py"))
               for line in guesses_on_the_app(path)]
    assert guessed == []


def test_mypy_checks_the_terminal_app_and_finds_no_unknown_attribute_on_the_app(tmp_path):
    pytest.importorskip("mypy")
    overrides = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"].get("overrides", [])
    assert not [o for o in overrides if o.get("ignore_errors") and any("dialog.tui" in m for m in o["module"])]
    result = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path), "dialog/tui"],
                            cwd=ROOT, capture_output=True, text=True)
    unknown = [line for line in result.stdout.splitlines()
               if "[attr-defined]" in line and ('"App[' in line or "DialogApp" in line or ".app" in line)]
    assert unknown == [], result.stdout


async def test_q_on_the_evaluation_screen_asks_for_the_code_and_the_app_offers_the_closed_room(stovner):
    heard = Heard()
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40), message_hook=heard) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert [message.index for message in heard.of(ShowQrCode)] == [0]
        assert isinstance(app.screen, RoomScreen)  # the room is closed: the app opens its window instead
        assert any("The room is closed" in notice.message for notice in app._notifications)


async def test_the_room_window_opens_renews_and_closes_the_room_by_messages(stovner):
    heard = Heard()
    port = free_port()
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40), message_hook=heard) as pilot:
        await settle(pilot)
        await open_room_from_keys(pilot, port)
        assert await wait_for(pilot, lambda: app.room is not None)
        room = app.screen
        assert isinstance(room, RoomScreen)
        assert await wait_for(pilot, lambda: f"127.0.0.1:{port}/e/" in text_of(room, "#room-urls"))
        assert [(m.host, m.port) for m in heard.of(OpenRoom)] == [("127.0.0.1", port)]
        assert any(m.asker is room for m in heard.of(LoadRoomCodes))

        await pilot.press("ctrl+r")
        await settle(pilot)
        assert any(m.asker is room for m in heard.of(RenewRoomCodes))
        assert isinstance(app.screen, ConfirmScreen)  # the app asks before it revokes the codes
        await pilot.press("escape")
        await settle(pilot)

        await pilot.click("#close-room")
        assert await wait_for(pilot, lambda: text_of(room, "#room-state").startswith("The room is closed"))
        assert app.room is None and heard.of(CloseRoom)


async def test_enter_in_the_list_asks_the_app_to_open_the_conference(stovner, sessions):
    heard = Heard()
    app = create_app(sessions)
    async with app.run_test(size=(100, 30), message_hook=heard) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert [(m.path, m.name) for m in heard.of(OpenConference)] == [(stovner, "Stovner 2007-10-17")]
        assert isinstance(app.screen, ClosingScreen)


async def test_saved_facts_ask_the_app_to_read_the_conference_label_again(stovner):
    heard = Heard()
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40), message_hook=heard) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        district = app.screen.query_one("#facts-district", Input)
        district.focus()
        district.value = ""
        await pilot.press(*"Grorud", "ctrl+s")
        await settle(pilot)
        assert heard.of(RefreshConferenceLabel)
        assert await wait_for(pilot, lambda: app.conference_label.startswith("Grorud "))
