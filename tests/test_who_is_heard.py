"""Who is heard in a group: role shares of the notes against shares of the members, and when to warn."""

from __future__ import annotations

import pytest

from dialog.core.heard import MIN_NOTES, RoleVoice, role_of, who_is_heard

LETTERS = {"user": "B", "relative": "P", "user_org": "BO", "staff": "T", "manager": "L", "nav": "N"}


def keys(heard) -> list[str]:
    return [warning.key for warning in heard.warnings]


def test_each_role_shows_its_notes_beside_its_members_in_list_order():
    heard = who_is_heard({"user": 3, "staff": 2, "manager": 1}, LETTERS, ["B1", "T", "T2", "", "L", "B2", "BO"])
    assert heard.roles == [RoleVoice("B", 3, 2), RoleVoice("BO", 0, 1), RoleVoice("T", 2, 2), RoleVoice("L", 1, 1)]
    assert (heard.attributed, heard.unattributed) == (6, 1)


def test_users_well_below_their_share_of_the_group_are_warned_about():
    # Users are half the group (3 of 6) but hold 1 of 8 notes (13 %): under half their share.
    heard = who_is_heard({"user": 3, "staff": 2, "manager": 1}, LETTERS,
                         ["B1", "T1", "T2", "T1", "T2", "L", "T1", "T2"])
    assert keys(heard) == ["heard.users_quiet"]
    assert heard.warnings[0].values == {"notes": 13, "members": 50}


@pytest.mark.parametrize("users_notes, warned", [(1, True), (2, False), (4, False)])
def test_the_line_for_quiet_users_is_half_their_share(users_notes, warned):
    # Users are half the group; with 8 notes, 1 (13 %) is under 25 %, 2 (25 %) is not.
    tags = ["B1"] * users_notes + ["T1", "T2", "L"] * 3
    heard = who_is_heard({"user": 3, "staff": 2, "manager": 1}, LETTERS, tags[:8])
    assert ("heard.users_quiet" in keys(heard)) is warned


def test_one_speaker_holding_most_of_the_notes_is_named_by_tag():
    heard = who_is_heard({"user": 3, "staff": 2, "manager": 1}, LETTERS, ["L"] * 5 + ["B1", "B2", "T1"])
    assert keys(heard) == ["heard.one_voice"]
    assert heard.warnings[0].values == {"tag": "L", "notes": 63}


def test_a_role_letter_alone_is_not_one_speaker_when_the_role_has_several_members():
    heard = who_is_heard({"user": 3, "staff": 3}, LETTERS, ["T"] * 5 + ["B", "B", "B"])
    assert keys(heard) == []  # "T" could be any of three staff members


def test_too_few_notes_say_nothing():
    tags = ["L"] * (MIN_NOTES - 1)
    assert who_is_heard({"user": 4, "manager": 1}, LETTERS, tags).warnings == []
    assert keys(who_is_heard({"user": 4, "manager": 1}, LETTERS, tags + ["L"])) == ["heard.users_quiet",
                                                                                     "heard.one_voice"]


def test_notes_without_a_role_letter_do_not_count_for_anyone():
    heard = who_is_heard({"user": 2, "staff": 2}, LETTERS, [""] * 10 + ["T1"] * 2)
    assert heard.attributed == 2 and heard.unattributed == 10 and heard.warnings == []


def test_a_letter_no_longer_in_the_list_is_still_shown():
    heard = who_is_heard({"user": 2}, LETTERS, ["B1", "X1"])
    assert heard.roles == [RoleVoice("B", 2, 1), RoleVoice("X", 0, 1)]


@pytest.mark.parametrize("tag, role", [("B2", "B"), ("bo1", "BO"), ("", ""), ("T10", "T")])
def test_role_of_a_speaker_tag(tag, role):
    assert role_of(tag) == role
