"""How every screen and dialog looks, in bokmål and English, at 80×24 and 120×36 (SVGs under tests/__snapshots__).

:data:`WALKS` is the one table: for each part of the app, the snapshots taken on
the Stovner demo and the keys that reach each one from the one before. Every
snapshot is its own test, in both languages at both sizes, with ids like
``presentation-nb-80x24``; the pictures of one part are taken in one run of
the app (a fresh app for every picture would take several times as long), the
first time one of its tests asks. Before a picture is taken,
:func:`tests.cut_text.cut_off` must find no text cut at an edge, so a snapshot
test also fails on cut text.

The pictures are the same from run to run: the demo's clocks ran in 2007 (the
conference is in its closing phase, so no clock runs), its ids come from a seeded
generator, the note with an earlier wording was written at fixed times, the room
window lists a made-up address, a new conference's form offers a fixed date, and no
cursor blinks.
"""

from __future__ import annotations

import contextlib
import random
import shutil
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from unittest.mock import patch

import pytest
from pytest_textual_snapshot import SVGImageExtension
from textual.widgets import Input, TextArea

from dialog.core.database import open_conference
from dialog.core.groups import list_groups
from dialog.core.notes import add_note, edit_note
from dialog.i18n import set_language
from dialog.tui.app import create_app
from dialog.web.local_addresses import LocalAddress
from tests.cut_text import cut_off
from tests.tui_helpers import screen_text, settle

CONFERENCE = "2007-10-17-stovner.dialog.sqlite"
SIZES = [(80, 24), (120, 36)]
LANGUAGES = ["nb", "en"]


@dataclass(frozen=True)
class Shot:
    """A snapshot: the keys that reach it from the one before, and the keys that close it afterwards.

    A key starting with ``#`` is no key: it puts the focus on that widget (as a click would).
    """

    name: str
    keys: tuple[str, ...] = ()
    close: tuple[str, ...] = ()


def dialog(name: str, *keys: str) -> Shot:
    """A dialog or a window over a screen, closed with Escape once its picture is taken."""
    return Shot(name, keys, ("escape",))


WALKS: dict[str, list[Shot]] = {
    # Started without a conference: the list of conferences and the organiser's overview.
    "picker": [
        Shot("picker"), dialog("picker_new", "n"), dialog("picker_delete", "d"),
        Shot("overview", ("o",)), Shot("overview_measures", ("ctrl+pagedown",)),
        dialog("overview_status", "s"),
    ],
    # Started on the demo, which is in its closing phase; each phase's tabs in turn, with their dialogs.
    "setup": [
        Shot("setup", ("f2",)), Shot("setup_attendance", ("ctrl+pagedown",)),
        Shot("setup_findings", ("ctrl+pagedown",)), dialog("setup_finding_form", "e"),
        dialog("setup_finding_delete", "d"), dialog("setup_findings_import", "i"),
        Shot("setup_groups", ("ctrl+pagedown",)), dialog("setup_group_form", "a"),
        Shot("setup_themes", ("ctrl+pagedown",)), dialog("setup_theme_form", "a"),
        Shot("setup_agenda", ("ctrl+pagedown",)), dialog("setup_agenda_form", "e"),
    ],
    "presentation": [Shot("presentation", ("f3",)), dialog("presentation_comment", "c")],
    "group_work": [
        Shot("group_work", ("f4",)), dialog("note_history", "#notes-list", "end", "h"), dialog("help", "f1"),
    ],
    "plenary": [
        Shot("plenary", ("f5",)), dialog("plenary_large", "z"), dialog("plenary_measure_form", "m"),
        Shot("plenary_measures", ("ctrl+pagedown",)), Shot("plenary_points", ("ctrl+pagedown",)),
        dialog("plenary_point_form", "e"),
    ],
    "evaluation": [
        Shot("evaluation", ("f6",)), dialog("paper_form", "n"),
        Shot("evaluation_free_text", ("ctrl+pagedown",)), Shot("evaluation_form", ("ctrl+pagedown",)),
        dialog("evaluation_question_form", "e"),
    ],
    "closing": [
        Shot("closing"), dialog("privacy_list", "ctrl+e"), dialog("phase_move", "f8"), dialog("room", "ctrl+o"),
        dialog("command_palette", "ctrl+p"),
    ],
}

AREA = {shot.name: area for area, shots in WALKS.items() for shot in shots}
"""The walk each snapshot is taken on."""
assert len(AREA) == sum(len(shots) for shots in WALKS.values()), "two snapshots share a name"


@dataclass
class Picture:
    """What a walk saw at one snapshot: the screen as SVG, and the texts not drawn whole."""

    svg: str
    cut: list[str]


TAKEN: dict[tuple[str, str, tuple[int, int]], dict[str, Picture] | Exception] = {}
"""The pictures of each walk, in each language and size, once taken (or what stopped the walk)."""


@pytest.fixture(scope="session")
def snapshot_template(tmp_path_factory) -> Path:
    """The Stovner demo, with one more note in group 1: reworded once, and holding a phone number.

    Its ids come from a seeded generator, so whatever is listed in id order (free-text answers,
    deliberately in no order that says who wrote them) is listed the same on every run. The note
    was written at fixed times during the demo's group work, so its history reads the same too.
    """
    from dialog.core.demo import build_demo

    ids = random.Random(13)
    with patch("uuid.uuid4", lambda: uuid.UUID(int=ids.getrandbits(128), version=4)):
        path = build_demo(tmp_path_factory.mktemp("snapshots"), "stovner")
        db = open_conference(path)
        try:
            group = list_groups(db)[0]
            note = add_note(db, group["id"], "new_angle", "Ring kontaktpersonen direkte", "B",
                            at="2007-10-17T11:02:00+02:00")
            edit_note(db, note, text="Ring kontaktpersonen direkte på 912 34 567 når krisen kommer om natten",
                      at="2007-10-17T11:09:00+02:00")
        finally:
            db.close()
    assert path.name == CONFERENCE
    return path


class Today(date):
    """A day that stays put, for the new conference form's date."""

    @classmethod
    def today(cls) -> Today:
        return cls(2007, 10, 24)


@contextlib.contextmanager
def demo_folder(template: Path, parent: Path):
    """A fresh copy of the demo in ./sessions under ``parent`` (so screens show the same relative path), made
    the working directory; the room window finds one made-up address, and a new conference is dated one day."""
    parent.mkdir(parents=True)
    folder = parent / "sessions"
    folder.mkdir()
    shutil.copy(template, folder / CONFERENCE)
    with contextlib.chdir(parent), patch("dialog.tui.screens.room.machine_addresses",
                                         lambda: [LocalAddress("192.168.1.20", "wlan0")]), \
            patch("dialog.tui.screens.picker.date", Today):
        yield Path("sessions")


async def hold_still(pilot) -> None:
    """Wait until the screen stops changing (lists scroll to their selection, tabs and the footer fit, after a
    refresh), with every cursor steady: a blinking one would be caught on or off at random."""
    await settle(pilot)
    for screen in pilot.app.screen_stack:
        for widget in screen.query("Input, TextArea"):
            if isinstance(widget, (Input, TextArea)):
                widget.cursor_blink = False
    await pilot.wait_for_scheduled_animations()
    # Three looks in a row the same, with the store's jobs done between them: on a busy machine (or beside
    # other pytest workers) a screen that asks for its data one refresh late must not be caught before it.
    shown, same = None, 0
    for _ in range(60):
        await pilot.pause(0.03)
        await settle(pilot, rounds=1)
        before, shown = shown, screen_text(pilot.app)
        same = same + 1 if shown == before else 0
        if same == 2:
            return


async def press(pilot, keys: tuple[str, ...]) -> None:
    for key in keys:
        if key.startswith("#"):
            pilot.app.screen.query_one(key).focus()
        else:
            await pilot.press(key)
        await settle(pilot)


def walk(area: str, language: str, size: tuple[int, int], template: Path, parent: Path) -> dict[str, Picture]:
    """Run the app once through ``area``'s walk and return its pictures by name."""
    pictures: dict[str, Picture] = {}
    set_language(language)
    with demo_folder(template, parent) as folder:
        app = create_app(folder, None if area == "picker" else folder / CONFERENCE)
        app.animation_level = "none"  # a picture taken mid-animation would differ from run to run

        failed: list[Exception] = []

        async def take_pictures(pilot) -> None:
            try:
                await settle(pilot)
                for shot in WALKS[area]:
                    await press(pilot, shot.keys)
                    await hold_still(pilot)
                    pictures[shot.name] = Picture(pilot.app.export_screenshot(title="dialog"),
                                                  [str(cut) for cut in cut_off(pilot.app.screen)])
                    await press(pilot, shot.close)
            except Exception as error:
                failed.append(error)
            finally:
                pilot.app.exit()

        app.run(headless=True, size=size, auto_pilot=take_pictures)
    if failed:
        raise failed[0]
    if app.return_code:
        raise RuntimeError(f"the app stopped on an error (return code {app.return_code}) after {list(pictures)}")
    return pictures


def snapshot_cases() -> list:
    """Every snapshot in each language and size, id ``name-language-size``; the pictures of one walk share an
    xdist group, so under ``pytest -n`` one worker takes them all in one run of the app."""
    return [pytest.param(name, language, size, id=f"{name}-{language}-{size[0]}x{size[1]}",
                         marks=pytest.mark.xdist_group(f"walk-{area}-{language}-{size[0]}x{size[1]}"))
            for name, area in AREA.items() for language in LANGUAGES for size in SIZES]


@pytest.mark.parametrize(("name", "language", "size"), snapshot_cases())
def test_screen_snapshot(snapshot, snapshot_template, tmp_path_factory, name, language, size):
    area = AREA[name]
    key = (area, language, size)
    if key not in TAKEN:
        try:
            TAKEN[key] = walk(area, language, size, snapshot_template, tmp_path_factory.mktemp("walk") / "run")
        except Exception as error:
            TAKEN[key] = error
    taken = TAKEN[key]
    if isinstance(taken, Exception):
        raise taken
    assert name in taken, f"the walk through {area} stopped before {name}"
    picture = taken[name]
    assert picture.cut == []
    assert snapshot.use_extension(SVGImageExtension) == picture.svg


@pytest.fixture
def demo(snapshot_template, tmp_path):
    with demo_folder(snapshot_template, tmp_path / "run") as folder:
        yield folder


def test_group_work_clock_fills_a_projector_screen(snap_compare, demo):
    """At 200×60 the countdown is drawn in block digits big enough for the back of the room."""
    app = create_app(demo, demo / CONFERENCE)
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
@pytest.mark.parametrize("language", LANGUAGES)
def test_qr_code_fills_the_screen(snap_compare, demo, language, size):
    """A group's code, black on white whatever the theme, as large as the window allows."""
    from dialog.export.qr_codes import RoomCode
    from dialog.i18n import t
    from dialog.tui.screens.qr_screen import QrScreen

    set_language(language)
    base = "http://192.168.1.20:8765"
    codes = [RoomCode(t("qr.evaluation"), f"{base}/e/{'A' * 22}", "evaluering"),
             RoomCode("Gruppe 1 – Krisehjelp etter kontortid", f"{base}/g/{'B' * 22}", "gruppe-1")]
    app = create_app(demo, demo / CONFERENCE)
    app.animation_level = "none"

    async def before(pilot):
        await settle(pilot)
        pilot.app.push_screen(QrScreen(codes, 1))
        await hold_still(pilot)
        assert [str(cut) for cut in cut_off(pilot.app.screen)] == []

    assert snap_compare(app, terminal_size=size, run_before=before)
