"""Notes typed at a typist's pace on a busy laptop: every letter and every role letter lands in the file.

The keys come from a thread on a clock of their own (tests/typing_helpers.py),
as a terminal hands them over, while a thread in this process keeps the CPU
busy and, in the full conference, laptops in the room write to the same file.
Every test waits for the outcome, however long the busy app takes, and then
asserts on the file only.
"""

from __future__ import annotations

import pytest

from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.groups import add_group
from dialog.core.phases import move_to_phase
from dialog.tui.app import create_app
from tests.tui_helpers import settle
from tests.typing_helpers import (
    SHORT_WORDS,
    Typist,
    bursts,
    busy_cpu,
    notes_to_type,
    report,
    room_traffic,
    steady,
    terminal_notes,
    typed_out,
)

pytestmark = pytest.mark.long  # started first (tests/conftest.py)


def conference_with_groups(folder, count: int = 1):
    path = folder / "2026-11-25-alna.dialog.sqlite"
    db = create_conference(path, ConferenceFacts("Alna", "2026-11-25"))
    groups = [add_group(db, f"Gruppe {number}", ["4.9"], {"user": 2, "staff": 1}) for number in range(1, count + 1)]
    move_to_phase(db, "group_work")
    db.close()
    return path, groups


async def start_typing_in_the_notes_list(pilot) -> None:
    await settle(pilot)
    assert pilot.app.screen.PHASE == "group_work"
    pilot.app.screen.query_one("#notes-list").focus()
    await settle(pilot)


async def test_thirty_notes_typed_in_bursts_on_a_busy_laptop_keep_every_letter_and_role_letter(tmp_path):
    """30–100 ms a key, and quick across Tab and Enter: a role letter right after the last note's Enter
    used to fall on the notes list (lost, or run as a command), and words ran on into the note before."""
    path, [group] = conference_with_groups(tmp_path)
    notes = notes_to_type(30, seed=13, words=(1, 2), vocabulary=SHORT_WORDS)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_typing_in_the_notes_list(pilot)
        typist = Typist(app, [key for note in notes for key in note.keys()], bursts(0.1, 0.03, seed=13))  # noqa: SIM118 - a note's keys to type
        with busy_cpu():
            typist.start()
            await typed_out(pilot, typist)
    stored = terminal_notes(path, group)
    assert stored == [note.stored for note in notes], report(notes, stored)


async def test_a_full_conference_typed_at_50_ms_a_key_under_load_stores_every_note_with_its_role_letter(tmp_path):
    """Four groups, six notes each, ``]`` to the next group; a busy CPU and laptops writing to the
    same file all the while (each of their notes makes the screen read the group again)."""
    path, groups = conference_with_groups(tmp_path, 4)
    notes = {group: notes_to_type(6, seed=number, words=(1, 2), vocabulary=SHORT_WORDS)
             for number, group in enumerate(groups)}
    keys = []
    for number, group in enumerate(groups):
        keys += ([] if number == 0 else ["]"]) + [key for note in notes[group] for key in note.keys()]  # noqa: SIM118 - a note's keys to type
    app = create_app(tmp_path, path)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_typing_in_the_notes_list(pilot)
        typist = Typist(app, keys, steady(0.05))
        with busy_cpu(), room_traffic(path, groups) as from_the_room:
            typist.start()
            await typed_out(pilot, typist)
    assert from_the_room, "the room wrote nothing meanwhile"
    for group in groups:
        stored = terminal_notes(path, group)
        assert stored == [note.stored for note in notes[group]], report(notes[group], stored)
