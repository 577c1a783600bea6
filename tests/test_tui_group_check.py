"""The leader sees, per group, whether it confirmed its notes, flagged one (and why) or changed them since.

Another connection stands in for a group's laptop: what it writes reaches the
group-work screen through the app's watch on the file, with no key pressed.
"""

from __future__ import annotations

from dialog.core.database import open_conference
from dialog.core.group_checks import confirm_notes, flag_note, group_check
from dialog.core.groups import add_group
from dialog.core.note_history import note_version
from dialog.core.notes import add_note, edit_note, list_notes
from dialog.i18n import set_language
from dialog.tui.app import create_app
from tests.test_tui_group_work import conference_in_group_work
from tests.tui_helpers import screen_text, settle, wait_for


def from_a_laptop(path, action) -> None:
    """Run ``action(db, group_id)`` for the first group through a connection of its own, as the room would."""
    db = open_conference(path)
    try:
        group_id = db.execute("SELECT id FROM work_group ORDER BY position LIMIT 1").fetchone()[0]
        action(db, group_id)
    finally:
        db.close()


def confirm(db, group_id) -> None:
    confirm_notes(db, group_id, group_check(db, group_id).token)


def flag_first(db, group_id) -> None:
    note = list_notes(db, group_id)[0]
    flag_note(db, group_id, note["id"], note_version(note), "Det var T som sa det")


def change_first(db, group_id) -> None:
    note = list_notes(db, group_id)[0]
    edit_note(db, note["id"], text=note["text"] + " om natta")


async def test_the_state_shows_above_the_notes_and_on_the_tab_and_follows_the_file(tmp_path):
    set_language("nb")
    path = conference_in_group_work(tmp_path)
    db = open_conference(path)
    second = add_group(db, "Gruppe 2", ["4.9"], {"user": 2})
    add_note(db, second, "other", "Bussen går sjelden", "B")
    db.close()
    app = create_app(tmp_path, path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "Gruppen har ikke bekreftet notatene ennå." in screen_text(app)

        from_a_laptop(path, confirm)
        assert await wait_for(pilot, lambda: "✓ Gruppen bekreftet notatene kl." in screen_text(app))
        assert await wait_for(pilot, lambda: "✓ Gruppe 1" in screen_text(app))
        assert "✓ Gruppe 2" not in screen_text(app)

        from_a_laptop(path, flag_first)
        assert await wait_for(pilot, lambda: "⚑ Gruppen har flagget 1 notat for endring:" in screen_text(app))
        assert "B1: Legevakta svarer raskt – «Det var T som sa det»" in screen_text(app)
        assert await wait_for(pilot, lambda: "⚑ Gruppe 1" in screen_text(app))

        from_a_laptop(path, change_first)  # the leader's colleague corrects the note: the flag is resolved
        assert await wait_for(pilot, lambda: "≠ Endret etter at gruppen bekreftet notatene" in screen_text(app))
        assert await wait_for(pilot, lambda: "≠ Gruppe 1" in screen_text(app))
        assert "Det var T som sa det" not in screen_text(app)

        await pilot.press("right_square_bracket")  # the other group has not looked at its notes
        await settle(pilot)
        assert "Gruppen har ikke bekreftet notatene ennå." in screen_text(app)


async def test_an_edit_on_the_leaders_own_screen_takes_the_confirmation_back(tmp_path):
    path = conference_in_group_work(tmp_path)
    from_a_laptop(path, confirm)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert "✓ The group confirmed its notes at" in screen_text(app)
        await pilot.press("e", "end", *" ved", "enter")
        assert await wait_for(pilot, lambda: "≠ Changed since the group confirmed its notes" in screen_text(app))
    db = open_conference(path)
    try:
        assert group_check(db, list_notes(db)[0]["group_id"]).state == "changed"
    finally:
        db.close()
