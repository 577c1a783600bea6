"""Nothing is cut off: every phase screen, tab and dialog at 80×24 (phase screens at 120×36 too), in bokmål and English.

Each test walks part of the app on the Stovner demo and asks :func:`tests.cut_text.cut_off`
after every step for texts that are not drawn whole: a label or a line ending
mid-word at its edge, a footer key or a tab pushed off its bar, a table wider
than its box, a placeholder cut inside its field.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from textual.widgets import ListView

from dialog.core.database import open_conference
from dialog.core.groups import list_groups
from dialog.core.notes import add_note, edit_note
from dialog.i18n import set_language
from dialog.tui.app import create_app
from tests.cut_text import cut_off
from tests.tui_helpers import settle


@dataclass(frozen=True)
class Step:
    """Keys to press (or something to do) and whether to look at the screen afterwards."""

    name: str
    keys: tuple[str, ...] = ()
    do: Callable | None = None
    look: bool = True


def back(name: str = "back") -> Step:
    """Close a dialog without looking."""
    return Step(name, ("escape",), look=False)


def _last_note(app) -> None:
    listing = app.screen.query_one("#notes-list", ListView)
    listing.focus()
    listing.index = len(listing.children) - 1


WALKS: dict[str, list[Step]] = {
    "setup": [
        Step("facts", ("f2",)),
        Step("attendance", ("ctrl+pagedown",)),
        Step("findings", ("ctrl+pagedown",)), Step("finding form", ("e",)), back(),
        Step("import findings", ("i",)), back(),
        Step("delete finding?", ("d",)), back(),
        Step("groups", ("ctrl+pagedown",)), Step("group form", ("e",)), back(),
        Step("themes", ("ctrl+pagedown",)), Step("theme form", ("a",)), back(),
        Step("agenda", ("ctrl+pagedown",)), Step("agenda form", ("e",)), back(),
        Step("help", ("f1",)), back(),
    ],
    "presentation": [
        Step("finding", ("f3",)), Step("comment", ("c",)), back(), Step("help", ("f1",)), back(),
    ],
    "group_work": [
        Step("group 1", ("f4",)), Step("group 4", ("right_square_bracket",) * 3),
        Step("note history", ("right_square_bracket", "h"), do=_last_note), back(),
        Step("help", ("f1",)), back(),
        Step("previous phase?", ("f8",)), Step("moved back", ("enter",), look=False),
        Step("next phase?", ("f9",)), back(),
    ],
    "plenary": [
        Step("groups present", ("f5",)), Step("note to measure", ("m",)), back(),
        Step("measures", ("ctrl+pagedown",)), Step("measure form", ("e",)), back(),
        Step("plenary points", ("ctrl+pagedown",)), Step("point form", ("e",)), back(),
        Step("help", ("f1",)), back(),
    ],
    "evaluation": [
        Step("tally", ("f6",)), Step("free text", ("ctrl+pagedown",)),
        Step("form", ("ctrl+pagedown",)), Step("question form", ("e",)), back(),
        Step("paper form", ("n",)), back(), Step("help", ("f1",)), back(),
    ],
    "closing": [
        Step("closing", ("f7",)), Step("privacy list", ("ctrl+e",)), back(),
        Step("room", ("ctrl+o",)), back(), Step("help", ("f1",)), back(),
        Step("command palette", ("ctrl+p",)), back(),
    ],
    "picker": [
        Step("picker", ()), Step("new conference", ("n",)), back(),
        Step("delete?", ("d",)), back(), Step("help", ("f1",)), back(),
        Step("overview", ("o",)), Step("overview measures", ("ctrl+pagedown",)),
        Step("overview themes", ("ctrl+pagedown",)), Step("overview evaluation", ("ctrl+pagedown",)),
        Step("status of a measure", ("ctrl+pageup", "ctrl+pageup", "tab", "tab", "tab", "tab", "s")), back(),
    ],
}


@pytest.fixture
def demo_with_history(stovner_template, tmp_path) -> Path:
    """The Stovner demo, with a last note in group 1 that holds a phone number and an earlier wording."""
    folder = tmp_path / "sessions"
    folder.mkdir(exist_ok=True)
    path = folder / stovner_template.name
    shutil.copy(stovner_template, path)
    db = open_conference(path)
    group = list_groups(db)[0]
    note = add_note(db, group["id"], "new_angle", "Ring kontaktpersonen direkte", "B")
    edit_note(db, note, text="Ring kontaktpersonen direkte på 912 34 567 når krisen kommer om natten")
    db.close()
    return path


async def walk(app, pilot, steps: list[Step]) -> dict[str, list[str]]:
    """Take ``steps`` and return, per step looked at, the texts not drawn whole."""
    problems = {}
    await settle(pilot)
    for step in steps:
        if step.do is not None:
            step.do(app)
        for key in step.keys:
            await pilot.press(key)
            await settle(pilot)
        if step.look:
            await pilot.pause(0.2)  # tabs and the footer fit themselves after a refresh
            await settle(pilot)
            cuts = cut_off(app.screen)
            if cuts:
                problems[f"{step.name} ({type(app.screen).__name__})"] = [str(cut) for cut in cuts]
    return problems


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
@pytest.mark.parametrize("area", list(WALKS))
async def test_nothing_is_cut_off_at_80x24(demo_with_history, area, language):
    set_language(language)
    app = create_app(demo_with_history.parent, None if area == "picker" else demo_with_history)
    async with app.run_test(size=(80, 24)) as pilot:
        problems = await walk(app, pilot, WALKS[area])
    assert problems == {}


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
async def test_no_phase_screen_is_cut_off_at_120x36(demo_with_history, language):
    set_language(language)
    steps = [Step(phase, (key,)) for key, phase in
             zip(("f2", "f3", "f4", "f5", "f6", "f7"), ("setup", "presentation", "group_work", "plenary",
                                                       "evaluation", "closing"))]
    app = create_app(demo_with_history.parent, demo_with_history)
    async with app.run_test(size=(120, 36)) as pilot:
        problems = await walk(app, pilot, steps + [Step("help", ("f1",))])
    assert problems == {}


async def test_the_footer_leaves_out_whole_keys_and_then_f1_reads_all_keys(demo_with_history):
    from dialog.tui.widgets.key_footer import KeyFooter

    app = create_app(demo_with_history.parent, demo_with_history)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        await pilot.pause(0.2)
        footer = app.screen.query_one(KeyFooter)
        assert footer.left_out  # more keys than room at 80 columns …
        shown = {key.key: key.description for key in footer.query("FooterKey") if key.display}
        assert shown["f1"] == "All keys"  # … and the help key says where they are
        assert not ({"left_square_bracket", "right_square_bracket"} & set(shown)) or \
            {"left_square_bracket", "right_square_bracket"} <= set(shown)  # a pair is shown whole or not at all
        await pilot.resize_terminal(160, 40)
        await settle(pilot)
        await pilot.pause(0.3)
        footer = app.screen.query_one(KeyFooter)
        assert footer.left_out == []
        assert {key.key: key.description for key in footer.query("FooterKey")}["f1"] == "Help"


def test_tab_names_shorten_at_a_word_and_the_chosen_one_stays_whole():
    from dialog.tui.widgets.fitting_tabs import fitted_names, shorten

    names = ["Gruppe 1 – Krisehjelp etter kontortid", "Gruppe 2 – Å bo i samlokalisert bolig",
             "Gruppe 3 – Fra aktivitet til arbeid", "Gruppe 4 – Samarbeid mellom bydelen og DPS"]
    assert shorten("Gruppe 2 – Å bo i samlokalisert bolig", 10) == "Gruppe 2…"
    assert fitted_names(names, 3, 200) == names  # room for all: nothing changes
    shown = fitted_names(names, 3, 80)
    assert shown[3] == names[3]
    assert shown[:3] == ["Gruppe 1…", "Gruppe 2…", "Gruppe 3…"]
    assert sum(len(name) + 2 for name in shown) <= 80


def test_a_wide_table_wraps_its_headings_then_its_text_columns():
    from dialog.tui.widgets.table_fit import column_widths

    headers = ["District", "Theme", "Measure", "Status"]
    rows = [["Stovner", "4.9", "A very long measure text that goes on and on about telephones at night", "Agreed"]]
    assert column_widths(headers, rows, 200, 2, wrap=(2,)) == [8, 5, 70, 6]
    widths = column_widths(headers, rows, 50, 2, wrap=(2,))
    assert sum(widths) + 2 * len(widths) <= 50 and widths[2] >= 12
