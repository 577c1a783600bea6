"""The room's answers to each finding, as the core stores and counts them (the phone pages are tested elsewhere)."""

from __future__ import annotations

import secrets

import pytest

from dialog.core.anonymity import HIDDEN
from dialog.core.database import open_conference
from dialog.core.errors import DialogError
from dialog.core.findings import list_findings
from dialog.core.phases import move_to_phase
from dialog.core.room_answers import (
    answer_count,
    answer_finding,
    finding_to_answer,
    open_finding,
    own_answer,
    room_tally,
    set_revealed,
    voter_key,
)
from tests.finding_leader import without_room_answers

SECRET = secrets.token_bytes(32)


@pytest.fixture
def db(stovner):
    db = open_conference(without_room_answers(stovner))  # the demo's phones answered its findings: start empty
    move_to_phase(db, "presentation")
    yield db
    db.close()


def first_two(db) -> tuple[str, str]:
    findings = list_findings(db)
    return findings[0]["id"], findings[1]["id"]


def test_only_the_finding_the_leader_shows_takes_answers(db):
    first, second = first_two(db)
    assert finding_to_answer(db) is None
    open_finding(db, first)
    shown = finding_to_answer(db)
    assert shown is not None and (shown["id"], shown["number"]) == (first, 1)
    assert answer_finding(db, first, voter_key(SECRET, "phone-a", first), "confirmed") is True
    open_finding(db, second)
    with pytest.raises(DialogError) as refused:
        answer_finding(db, first, voter_key(SECRET, "phone-b", first), "contested")
    assert refused.value.key == "error.finding_moved_on"
    assert answer_count(db, first) == 1


def test_nothing_is_open_outside_the_presentation(db):
    first, _second = first_two(db)
    open_finding(db, first)
    move_to_phase(db, "group_work")
    assert finding_to_answer(db) is None
    with pytest.raises(DialogError):
        answer_finding(db, first, voter_key(SECRET, "phone-a", first), "confirmed")


def test_a_device_has_one_answer_per_finding_and_may_change_it(db):
    first, _second = first_two(db)
    open_finding(db, first)
    voter = voter_key(SECRET, "phone-a", first)
    assert answer_finding(db, first, voter, "confirmed", "Stemmer godt") is True
    assert answer_finding(db, first, voter, "nuanced", "Stemmer delvis", "user") is False
    assert answer_count(db, first) == 1
    assert own_answer(db, first, voter) == {"response": "nuanced", "comment": "Stemmer delvis", "role_code": "user"}


def test_one_device_gets_a_different_key_for_each_finding():
    assert voter_key(SECRET, "phone-a", "f1") != voter_key(SECRET, "phone-a", "f2")
    assert voter_key(SECRET, "phone-a", "f1") == voter_key(SECRET, "phone-a", "f1")
    assert "phone-a" not in voter_key(SECRET, "phone-a", "f1")


def test_bad_answers_are_refused_and_store_nothing(db):
    first, _second = first_two(db)
    open_finding(db, first)
    voter = voter_key(SECRET, "phone-a", first)
    for response, comment, role in (("maybe", "", None), ("confirmed", "x" * 501, None),
                                    ("confirmed", "", "astronaut")):
        with pytest.raises(DialogError):
            answer_finding(db, first, voter, response, comment, role)
    assert answer_count(db, first) == 0


def test_fewer_than_three_answers_show_no_distribution_even_when_revealed(db):
    first, _second = first_two(db)
    open_finding(db, first)
    for device in ("a", "b"):
        answer_finding(db, first, voter_key(SECRET, device, first), "contested", "")
    set_revealed(db, first, True)
    tally = room_tally(db, first)
    assert (tally.count, tally.revealed, tally.suppressed, tally.by_role) == (2, True, True, [])


def test_a_role_group_under_three_is_never_shown_on_its_own(db):
    first, _second = first_two(db)
    open_finding(db, first)
    answers = [("user", "confirmed")] * 3 + [("staff", "contested")] * 3 + [("dps", "nuanced")]
    for number, (role, response) in enumerate(answers):
        answer_finding(db, first, voter_key(SECRET, f"phone-{number}", first), response, "", role)
    tally = room_tally(db, first)
    assert tally.responses == {"confirmed": 3, "nuanced": 1, "contested": 3, "new_angle": 0}
    shown = {part.role_code: part.count for part in tally.by_role}
    # The lone DPS answer would be a group of one: it is hidden together with the smallest shown group.
    assert "dps" not in shown
    assert shown[HIDDEN] >= 3 and sum(shown.values()) == 7


def test_the_file_keeps_no_order_the_answers_came_in(db):
    first, _second = first_two(db)
    open_finding(db, first)
    voters = [voter_key(SECRET, f"phone-{number}", first) for number in range(12)]
    for voter in voters:
        answer_finding(db, first, voter, "confirmed")
    stored = [voter for (voter,) in db.execute("SELECT voter FROM finding_answer ORDER BY rowid")]
    assert sorted(stored) == sorted(voters) and stored != voters
    columns = [row[1] for row in db.execute("PRAGMA table_info(finding_answer)")]
    assert not {"created_at", "updated_at", "device", "address"} & set(columns)


def test_a_shown_finding_takes_no_answer_until_the_leader_hides_it_again(db):
    first, _second = first_two(db)
    open_finding(db, first)
    for device in ("a", "b", "c"):
        answer_finding(db, first, voter_key(SECRET, device, first), "confirmed")
    set_revealed(db, first, True)
    assert finding_to_answer(db) is None  # phones see nothing to answer while the room's answers are shown
    for device in ("a", "d"):  # neither a change nor a new answer
        with pytest.raises(DialogError) as refused:
            answer_finding(db, first, voter_key(SECRET, device, first), "contested")
        assert refused.value.key == "error.finding_answers_shown"
    assert room_tally(db, first).responses == {"confirmed": 3, "nuanced": 0, "contested": 0, "new_angle": 0}
    set_revealed(db, first, False)
    assert answer_finding(db, first, voter_key(SECRET, "d", first), "contested") is True


def test_a_comment_of_spaces_or_invisible_characters_is_no_comment(db):
    first, _second = first_two(db)
    open_finding(db, first)
    answer_finding(db, first, voter_key(SECRET, "a", first), "confirmed", "  \n \u200b ")
    answer_finding(db, first, voter_key(SECRET, "b", first), "confirmed", "  Ja, det stemmer  ")
    assert sorted(room_tally(db, first).comments) == ["Ja, det stemmer"]
