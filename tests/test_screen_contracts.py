"""The screens keep the contracts the app talks to them through (dialog/tui/screen_contracts.py).

The app tells the screen on show about phases and the room and asks it for its
help's first words, checking with ``isinstance`` against a protocol. A screen
that lost or renamed one of those methods would simply stop hearing: these
checks say so instead.
"""

from __future__ import annotations

from importlib import import_module

import pytest

from dialog.tui.screen_contracts import ExplainsKeys, FollowsRoom, ShowsPhases
from dialog.tui.screens.phase_screens import PHASE_SCREENS


def phase_screen_class(phase: str) -> type:
    module, name = PHASE_SCREENS[phase]
    return getattr(import_module(module), name)


@pytest.mark.parametrize("phase", list(PHASE_SCREENS))
def test_every_phase_screen_shows_phases_follows_the_room_and_explains_its_keys(phase):
    screen = phase_screen_class(phase)
    assert issubclass(screen, ShowsPhases) and issubclass(screen, FollowsRoom) and issubclass(screen, ExplainsKeys)


def test_the_other_screens_keep_the_parts_they_take_part_in():
    from dialog.tui.screens.group_large import GroupLargeScreen
    from dialog.tui.screens.overview import OverviewScreen
    from dialog.tui.screens.picker import PickerScreen
    from dialog.tui.screens.qr_screen import QrScreen
    from dialog.tui.screens.room import RoomScreen

    assert issubclass(RoomScreen, FollowsRoom) and issubclass(RoomScreen, ExplainsKeys)
    assert all(issubclass(screen, ExplainsKeys) for screen in (QrScreen, OverviewScreen, GroupLargeScreen))
    # The list of conferences has no phases and no room: the app says the list's own help for it.
    assert not issubclass(PickerScreen, ShowsPhases) and not issubclass(PickerScreen, FollowsRoom)
    assert not issubclass(PickerScreen, ExplainsKeys)
