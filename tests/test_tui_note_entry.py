"""The note entry line: an edit never wipes a note, Enter ends a note at once, keys after a screen change land."""

from __future__ import annotations

from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.groups import add_group
from dialog.core.notes import add_note
from dialog.core.phases import move_to_phase
from dialog.tui.app import create_app
from tests.test_tui_durability import notes_in
from tests.tui_helpers import settle
from tests.typing_helpers import Note, Typist, busy_cpu, report, steady, terminal_notes, typed_out


def conference_in_group_work(folder):
    path = folder / "2026-11-25-alna.dialog.sqlite"
    db = create_conference(path, ConferenceFacts("Alna", "2026-11-25"))
    group = add_group(db, "Gruppe 1", ["4.9"], {"user": 2, "staff": 1})
    add_note(db, group, "works_well", "Legevakta svarer raskt", "B1")
    move_to_phase(db, "group_work")
    db.close()
    return path, group


async def test_changing_the_role_of_a_note_and_pressing_enter_ends_the_edit_and_keeps_the_words(tmp_path):
    """e, Shift+Tab to the role, a new role, Enter: the hint says Enter ends the note, so it does. The cursor
    used to jump to the words with all of them selected, and the next key replaced the note in the file."""
    path, _ = conference_in_group_work(tmp_path)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e", "shift+tab", "backspace", "backspace", "T", "enter")
        await pilot.press("x")  # a stray key: on the list it does nothing
        await settle(pilot)
        assert app.focused.id == "notes-list"
    assert notes_in(path) == [("works_well", "T", "Legevakta svarer raskt")]


async def test_a_key_typed_after_e_adds_to_the_note_and_never_replaces_it(tmp_path):
    path, _ = conference_in_group_work(tmp_path)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e", "space", *"også", "shift+tab")
        await pilot.press("backspace", "2")  # the role field selects nothing either: B1 becomes B2, not 2
        await pilot.press("tab", "space", *"om", "space", *"natta", "enter")
        await settle(pilot)
    assert notes_in(path) == [("works_well", "B2", "Legevakta svarer raskt også om natta")]


async def test_a_note_emptied_in_an_edit_is_deleted_and_u_brings_it_back(tmp_path):
    path, _ = conference_in_group_work(tmp_path)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e", "ctrl+u", "enter")
        await settle(pilot)
        assert notes_in(path) == []
        assert len(app.screen.query_one("#notes-list").children) == 0
        await pilot.press("u")
        await settle(pilot)
    assert notes_in(path) == [("works_well", "B1", "Legevakta svarer raskt")]


async def test_keys_typed_right_after_showing_group_work_and_right_after_enter_land_where_they_belong(tmp_path):
    """On a busy laptop: F3 then at once F4 and a note; then, right after its Enter, e to put it right.
    Keys used to reach the screen being left, and the e after Enter ran on into the note's words."""
    path, group = conference_in_group_work(tmp_path)
    first = Note("works_less_well", "B2", "Ingen ringer tilbake")
    keys = ["f3", "f4", *first.keys(), "e", *" i helgene", "enter", *Note("quote", "T", "Ring meg").keys()]
    app = create_app(tmp_path, path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        typist = Typist(app, keys, steady(0.03))
        with busy_cpu():
            typist.start()
            await typed_out(pilot, typist)
    typed = [Note("works_less_well", "B2", "Ingen ringer tilbake i helgene"), Note("quote", "T", "Ring meg")]
    stored = terminal_notes(path, group)
    assert stored == [note.stored for note in typed], report(typed, stored)
