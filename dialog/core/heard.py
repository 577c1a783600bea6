"""Who is heard in a group: each role's share of the group's notes against its share of the members.

The evaluations of the Oslo conferences name participants who take over the
talk as the main risk to a dialogue conference, and the service users are the
ones who go quiet. The process leader (never the projector) sees, per group,
how many notes each role letter holds beside how many members the role has,
and a quiet warning when the users' share of the notes falls well below their
share of the members, or when one speaker holds most of the notes.

Only notes with a role letter count; a group with few of them says too little
to warn about.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

MIN_NOTES = 6
"""Fewer notes with a role letter than this give no warning: too few to tell a pattern from chance."""

QUIET_SHARE = 0.5
"""The users are "well below" their share when their share of the notes is under half their share of members."""

MOST_NOTES = 0.5
"""One speaker holds "most" of the notes above this share (in a group of three or more)."""

USER_ROLE = "user"

_LETTERS = re.compile(r"[A-ZÆØÅ]+")


@dataclass(frozen=True)
class RoleVoice:
    """One role in a group: its letter, how many members it has and how many notes carry its letter."""

    letter: str
    members: int
    notes: int


@dataclass(frozen=True)
class Warning:
    """A reason to look at the group again: a message key and its values."""

    key: str
    values: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Heard:
    """A group's voices: the roles in list order, how many notes had a role letter, and any warnings."""

    roles: list[RoleVoice]
    attributed: int
    unattributed: int
    warnings: list[Warning]


def role_of(tag: str) -> str:
    """The role letter of a speaker tag: "B" of "B2", "BO" of "BO1"; "" for none."""
    match = _LETTERS.match(tag.strip().upper())
    return match.group(0) if match else ""


def who_is_heard(members: dict[str, int], letters: dict[str, str], tags: list[str]) -> Heard:
    """The voices of a group with ``members`` (head count per role code), the conference's role ``letters``
    (code -> letter, in list order) and its notes' speaker ``tags`` ("B2", "T", "" for none)."""
    spoken = [tag.strip().upper() for tag in tags if role_of(tag)]
    by_letter = Counter(role_of(tag) for tag in spoken)
    roles = [RoleVoice(letter, members.get(code, 0), by_letter.pop(letter, 0)) for code, letter in letters.items()
             if members.get(code, 0) or by_letter.get(letter)]
    roles += [RoleVoice(letter, 0, count) for letter, count in by_letter.items()]  # a letter no longer listed
    return Heard(roles, len(spoken), len(tags) - len(spoken), _warnings(members, letters, spoken, roles))


def _warnings(members: dict[str, int], letters: dict[str, str], spoken: list[str],
              roles: list[RoleVoice]) -> list[Warning]:
    if len(spoken) < MIN_NOTES:
        return []
    warnings = []
    people = sum(members.values())
    user_letter = letters.get(USER_ROLE)
    users = next((role for role in roles if role.letter == user_letter), None)
    if users is not None and users.members and people:
        member_share, note_share = users.members / people, users.notes / len(spoken)
        if note_share < QUIET_SHARE * member_share:
            warnings.append(Warning("heard.users_quiet", {"notes": _percent(note_share),
                                                          "members": _percent(member_share)}))
    counts = Counter(spoken)
    tag, most = counts.most_common(1)[0]
    members_of = {letter: members.get(code, 0) for code, letter in letters.items()}
    one_person = tag != role_of(tag) or members_of.get(tag) == 1  # "B2", or "L" where the group has one leader
    if one_person and max(people, len(counts)) >= 3 and most / len(spoken) > MOST_NOTES:
        warnings.append(Warning("heard.one_voice", {"tag": tag, "notes": _percent(most / len(spoken))}))
    return warnings


def _percent(share: float) -> int:
    return int(share * 100 + 0.5)  # half up, as people round: 12.5 % is 13 %
