"""Groups confirm their notes or flag one to change; any later change shows (the page and screens are tested
elsewhere)."""

from __future__ import annotations

import pytest

from dialog.core.database import open_conference
from dialog.core.errors import DialogError
from dialog.core.group_checks import confirm_notes, flag_note, group_check, group_checks, in_minutes_order
from dialog.core.groups import list_groups
from dialog.core.note_history import note_version
from dialog.core.notes import add_note, delete_note, edit_note, list_notes, restore_note


@pytest.fixture
def db(stovner):
    db = open_conference(stovner)
    yield db
    db.close()


def first_group(db) -> str:
    return list_groups(db)[0]["id"]


def test_a_group_starts_not_looked_at_and_confirming_what_it_saw_makes_it_confirmed(db):
    group = first_group(db)
    check = group_check(db, group)
    assert (check.state, check.confirmed_at, check.flags) == ("not_looked_at", None, [])
    confirm_notes(db, group, check.fingerprint, at="2007-10-17T11:40:00+02:00")
    after = group_check(db, group)
    assert (after.state, after.confirmed_at) == ("confirmed", "2007-10-17T11:40:00+02:00")
    others = [c.state for gid, c in group_checks(db).items() if gid != group]
    assert others and set(others) == {"not_looked_at"}


def test_an_edit_a_new_note_or_a_deletion_from_another_connection_shows_as_changed(db, stovner):
    group = first_group(db)
    confirm_notes(db, group, group_check(db, group).token)
    elsewhere = open_conference(stovner)  # the leader's screen, or another laptop
    try:
        note = list_notes(elsewhere, group)[0]
        edit_note(elsewhere, note["id"], text=note["text"] + " om natta")
        assert group_check(db, group).state == "changed"
        edit_note(elsewhere, note["id"], text=note["text"])  # back to the confirmed words
        assert group_check(db, group).state == "confirmed"
        delete_note(elsewhere, note["id"])
        assert group_check(db, group).state == "changed"
        restore_note(elsewhere, note["id"])
        assert group_check(db, group).state == "confirmed"
        add_note(elsewhere, group, "other", "Et nytt notat", "T")
        assert group_check(db, group).state == "changed"
    finally:
        elsewhere.close()
    assert group_check(db, group).confirmed_at is not None  # the confirmation is kept, and shown as outdated


def test_a_stale_fingerprint_is_refused_and_nothing_is_stored(db):
    group = first_group(db)
    seen = group_check(db, group).fingerprint
    add_note(db, group, "works_well", "Kom meg i møte", "B")
    with pytest.raises(DialogError) as refused:
        confirm_notes(db, group, seen)
    assert refused.value.key == "error.notes_changed_meanwhile"
    assert group_check(db, group).state == "not_looked_at"
    with pytest.raises(DialogError):
        confirm_notes(db, group, "")
    assert db.execute("SELECT count(*) FROM group_confirmation").fetchone()[0] == 0


def test_a_flag_is_open_until_the_note_changes_and_the_line_why_is_kept(db):
    group = first_group(db)
    note = list_notes(db, group)[1]
    flag_note(db, group, note["id"], note_version(note), "  Det var T som sa dette, ikke B \n")
    check = group_check(db, group)
    assert check.state == "flagged"
    assert [(f.note["id"], f.reason) for f in check.flags] == [(note["id"], "Det var T som sa dette, ikke B")]
    edit_note(db, note["id"], role_letter="T")  # the leader changes it: the flag is resolved
    check = group_check(db, group)
    assert (check.state, check.flags) == ("not_looked_at", [])


def test_a_flag_on_a_deleted_note_is_not_open(db):
    group = first_group(db)
    note = list_notes(db, group)[0]
    flag_note(db, group, note["id"], note_version(note), "Feil")
    delete_note(db, note["id"])
    assert group_check(db, group).state == "not_looked_at"


def test_confirming_accepts_the_notes_as_they_are_and_closes_the_flags(db):
    group = first_group(db)
    note = list_notes(db, group)[0]
    flag_note(db, group, note["id"], note_version(note), "Litt uklart")
    confirm_notes(db, group, group_check(db, group).token)
    assert group_check(db, group).state == "confirmed"
    assert db.execute("SELECT count(*) FROM note_flag").fetchone()[0] == 0


def test_a_flag_after_confirming_takes_the_confirmation_back_until_the_note_changes(db):
    group = first_group(db)
    confirm_notes(db, group, group_check(db, group).token)
    note = list_notes(db, group)[0]
    flag_note(db, group, note["id"], note_version(note), "Mangler et ord")
    assert group_check(db, group).state == "flagged"
    edit_note(db, note["id"], text=note["text"] + " hver gang")
    assert group_check(db, group).state == "changed"


def test_a_flag_must_say_why_and_be_of_the_wording_the_group_saw_in_its_own_group(db):
    groups = list_groups(db)
    group, other = groups[0]["id"], groups[1]["id"]
    note = list_notes(db, group)[0]
    with pytest.raises(DialogError) as blank:
        flag_note(db, group, note["id"], note_version(note), "   ")
    assert blank.value.key == "error.required"
    with pytest.raises(DialogError) as too_long:
        flag_note(db, group, note["id"], note_version(note), "x" * 301)
    assert too_long.value.key == "error.too_long"
    with pytest.raises(DialogError) as stale:
        flag_note(db, group, note["id"], "0" * 16, "Feil")
    assert stale.value.key == "error.flagged_note_changed"
    with pytest.raises(DialogError) as foreign:
        flag_note(db, other, note["id"], note_version(note), "Feil")
    assert foreign.value.key == "error.flagged_note_gone"
    assert db.execute("SELECT count(*) FROM note_flag").fetchone()[0] == 0


def test_notes_are_listed_in_the_minutes_order_kind_by_kind(db):
    group = first_group(db)
    add_note(db, group, "works_well", "Sist lagt til, men fungerer godt", "B")
    kinds = [note["kind"] for note in in_minutes_order(list_notes(db, group))]
    order = ["works_well", "works_less_well", "new_angle", "quote", "other", "measure"]
    assert kinds == sorted(kinds, key=order.index)
    assert [n["text"] for n in in_minutes_order(list_notes(db, group)) if n["kind"] == "works_well"][-1] == \
        "Sist lagt til, men fungerer godt"


def test_a_confirmation_from_a_page_loaded_before_a_flag_closes_no_flag_unseen(db):
    group = first_group(db)
    seen = group_check(db, group).token  # member B's page
    note = list_notes(db, group)[0]
    flag_note(db, group, note["id"], note_version(note), "Dette sa vi ikke")  # member A, meanwhile
    with pytest.raises(DialogError):
        confirm_notes(db, group, seen)
    check = group_check(db, group)
    assert check.state == "flagged" and [flag.reason for flag in check.flags] == ["Dette sa vi ikke"]
    confirm_notes(db, group, check.token)  # confirmed from a page that showed the flag: closed knowingly
    assert group_check(db, group).state == "confirmed"
