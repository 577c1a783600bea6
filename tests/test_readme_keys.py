"""README.md's key tables match the app: every key the app explains is in them, every key they list exists.

The bindings are read from the running app (each phase screen with every
widget on it, tabs included) and from the dialogs each screen opens, so a key
added, moved or dropped anywhere shows here. A binding counts as documented
when any of its keys appears in its section's table (or under *Keys
everywhere*); a key in a table's key column must be bound on that screen,
everywhere, or be one the widgets handle themselves (arrows, Enter, Tab).
"""

from __future__ import annotations

import pytest
from textual.binding import Binding

from dialog.tui.app import create_app
from dialog.tui.screens.choice import ChoiceScreen
from dialog.tui.screens.confirm import ConfirmScreen
from dialog.tui.screens.form import FormScreen
from dialog.tui.screens.help import HelpScreen
from dialog.tui.screens.note_history import NoteHistoryScreen
from dialog.tui.screens.overview import OverviewScreen
from dialog.tui.screens.paper_form import PaperFormScreen
from dialog.tui.screens.phase_screen import NAVIGATION, TAB_KEYS
from dialog.tui.screens.privacy_list import PrivacyListScreen
from dialog.tui.screens.qr_screen import QrScreen
from dialog.tui.screens.room import RoomScreen
from dialog.tui.screens.text_prompt import TextPromptScreen
from tests.readme_keys import key_tables
from tests.tui_helpers import settle

EVERYWHERE = "Keys everywhere"
SECTIONS = {"Conference picker": None, "Setup": "f2", "Presentation": "f3", "Group work": "f4", "Plenary": "f5",
            "Evaluation": "f6", "Closing": "f7"}
"""README section (its heading's start) -> the key that shows that screen (None: the picker)."""

DIALOGS = {
    EVERYWHERE: [FormScreen, ConfirmScreen, ChoiceScreen, HelpScreen, PrivacyListScreen, RoomScreen, QrScreen],
    "Conference picker": [OverviewScreen],
    "Presentation": [TextPromptScreen],
    "Group work": [QrScreen, NoteHistoryScreen],
    "Evaluation": [QrScreen, PaperFormScreen],
}
"""The screens and dialogs a section's keys open, whose keys it explains too."""

WIDGET_KEYS = {"up", "down", "left", "right", "enter", "tab", "shift+tab"}
"""Keys the widgets handle themselves (lists, tables, inputs), with no binding of ours."""


def ours(bindings) -> list[Binding]:
    """Our own bindings that explain themselves (an id and a description); Textual's are not ours to document."""
    return [binding for binding in bindings if binding.id and binding.description]


def dialog_bindings(section: str) -> list[Binding]:
    return [binding for screen in DIALOGS.get(section, []) for keys in screen._merge_bindings().key_to_bindings.values()
            for binding in keys]


def live_bindings(screen) -> list[Binding]:
    """Every binding of ``screen`` and of every widget on it."""
    return [binding for node in screen.walk_children(with_self=True)
            for keys in node._bindings.key_to_bindings.values() for binding in keys]


def section_named(tables: dict, start: str) -> str:
    matches = [heading for heading in tables if heading.startswith(start)]
    assert len(matches) == 1, f"README has no (single) key table under a heading starting {start!r}"
    return matches[0]


@pytest.fixture(scope="module")
def app_bindings(tmp_path_factory) -> dict[str, list[Binding]]:
    """Section -> its screen's bindings (live) and its dialogs'; EVERYWHERE -> the app's and every phase screen's."""
    import asyncio

    from dialog.core.demo import build_demo
    from dialog.i18n import set_language

    set_language("en")
    folder = tmp_path_factory.mktemp("readme-keys")
    demo = build_demo(folder, "stovner")
    found: dict[str, list[Binding]] = {}

    async def visit() -> None:
        for section, key in SECTIONS.items():
            app = create_app(folder, None if key is None else demo)
            async with app.run_test(size=(120, 40)) as pilot:
                await settle(pilot)
                if key is not None:
                    await pilot.press(key)
                    await settle(pilot)
                found[section] = live_bindings(app.screen) + dialog_bindings(section)
                found.setdefault(EVERYWHERE, [binding for keys in app._bindings.key_to_bindings.values()
                                              for binding in keys])

    asyncio.run(visit())
    found[EVERYWHERE] += [*NAVIGATION, *TAB_KEYS, *dialog_bindings(EVERYWHERE)]
    return found


@pytest.mark.parametrize("section", [EVERYWHERE, *SECTIONS])
def test_every_key_the_app_explains_is_in_the_readme(app_bindings, section):
    tables = key_tables()
    documented = tables[section_named(tables, section)][1] | tables[section_named(tables, EVERYWHERE)][1]
    missing = sorted({f"{binding.key} ({binding.id})" for binding in ours(app_bindings[section])
                      if not set(binding.key.split(",")) & documented
                      and not any(other.id == binding.id and other.key in documented
                                  for other in ours(app_bindings[section]))})
    assert missing == [], f"README.md's '{section}' table lacks these keys of the app"


@pytest.mark.parametrize("section", [EVERYWHERE, *SECTIONS])
def test_every_key_in_the_readme_exists_in_the_app(app_bindings, section):
    tables = key_tables()
    listed = tables[section_named(tables, section)][0]
    bound = {key for binding in app_bindings[section] + app_bindings[EVERYWHERE] for key in binding.key.split(",")}
    unknown = sorted(listed - bound - WIDGET_KEYS)
    assert unknown == [], f"README.md's '{section}' table lists keys the app does not have there"


def test_the_readme_reader_reads_keys_as_textual_names():
    from tests.readme_keys import keys_in

    assert keys_in("`Ctrl+PageDown` / `Ctrl+→`, `Shift+↑`, `[` `]`, `+`, `Esc`, `?`, `Space`, `F2` … `F4`, "
                   "`1`–`3`, `B2`, `exports/`") == {
        "ctrl+pagedown", "ctrl+right", "shift+up", "left_square_bracket", "right_square_bracket", "plus", "escape",
        "question_mark", "space", "f2", "f3", "f4", "1", "2", "3"}
