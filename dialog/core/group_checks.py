"""Groups check their notes: "these are our words", or a note flagged to change with a line why.

A confirmation stores a fingerprint of the group's notes exactly as the group
saw them (:func:`notes_fingerprint`: each live note's id, kind, role letter and
text, in the order the minutes list them). The group's state is worked out
from the file as it is now, so a change made anywhere – the leader's screen,
any laptop – shows at once:

* ``flagged``: a note is flagged and still has the wording it was flagged on;
* ``confirmed``: the notes are exactly those the group confirmed;
* ``changed``: the group confirmed, but the notes changed since (an edit, a new
  note, a deleted one);
* ``not_looked_at``: none of these.

A flag is resolved by changing the note (its wording then differs from the one
flagged) or by deleting it. Confirming means the group accepts the notes as they
are now, flagged ones included, so it closes the group's flags. A flag raised
after a confirmation says the group no longer accepts that note: the state is
``flagged`` until the note changes (then ``changed``) or the group confirms again.
The line why a note was flagged is for the leader; it is not written in the
minutes, which only count the flags left open.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dialog.core.errors import DialogError
from dialog.core.ids_and_times import now_iso
from dialog.core.note_history import note_version, read_note
from dialog.core.notes import list_notes
from dialog.core.rows import Note
from dialog.core.validation import required_text
from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database

MINUTES_ORDER = ("works_well", "works_less_well", "new_angle", "quote", "other", "measure")
"""Note kinds in the order the minutes list a group's notes (proposed measures last)."""

GROUP_CHECK_STATES = ("confirmed", "flagged", "changed", "not_looked_at")
"""Every state a group's check of its notes can be in."""

MAX_FLAG_REASON = 300
"""Longest line why a note should change."""


def in_minutes_order(notes: list[Note]) -> list[Note]:
    """``notes`` (live, in list order) in the order the minutes show them: by kind, then as listed."""
    rank = {kind: index for index, kind in enumerate(MINUTES_ORDER)}
    return sorted(notes, key=lambda note: rank.get(note["kind"], len(rank)))  # stable: list order within a kind


def notes_fingerprint(notes: list[Note]) -> str:
    """A sha256 over the notes as the minutes will show them: any edit, new or deleted note changes it."""
    digest = hashlib.sha256()
    for note in in_minutes_order(notes):
        for part in (note["id"], note["kind"], note["role_letter"] or "", note["text"]):
            digest.update(part.encode())
            digest.update(b"\0")
        digest.update(b"\x1e")
    return digest.hexdigest()


@dataclass(frozen=True)
class NoteFlag:
    """An open request from the group to change one of its notes."""

    note: Note
    reason: str
    flagged_at: str


@dataclass(frozen=True)
class GroupCheck:
    """Where a group stands with its notes: its state, when it confirmed, its open flags."""

    group_id: str
    state: str
    fingerprint: str
    """The fingerprint of the notes as they are now (what a confirmation must carry)."""
    confirmed_at: str | None = None
    flags: list[NoteFlag] = field(default_factory=list)

    @property
    def token(self) -> str:
        """What a confirmation must carry: the notes' fingerprint and, when notes are flagged, the flags as shown.

        A flag raised after the confirming page was loaded changes the token, so
        that confirmation is refused instead of closing a flag nobody saw.
        """
        if not self.flags:
            return self.fingerprint
        digest = hashlib.sha256(self.fingerprint.encode())
        for flag in self.flags:
            for part in (flag.note["id"], note_version(flag.note), flag.reason):
                digest.update(b"\0" + part.encode())
        return digest.hexdigest()


def check_notes(db: Database, group_id: str, notes: list[Note]) -> GroupCheck:
    """Where a group stands, with ``notes`` as its live notes (those a page shows, read just before)."""
    fingerprint = notes_fingerprint(notes)
    row = db.execute("SELECT fingerprint, confirmed_at FROM group_confirmation WHERE group_id = ?",
                     [group_id]).fetchone()
    live = {note["id"]: note for note in notes}
    flags = []
    for note_id, reason, version, flagged_at in db.execute(
            "SELECT f.note_id, f.reason, f.note_version, f.flagged_at FROM note_flag f JOIN note n ON n.id = f.note_id "
            "WHERE n.group_id = ? ORDER BY f.flagged_at, f.rowid", [group_id]):
        note = live.get(note_id)
        if note is not None and note_version(note) == version:
            flags.append(NoteFlag(note, reason, flagged_at))
    order = {note["id"]: index for index, note in enumerate(in_minutes_order(notes))}
    flags.sort(key=lambda flag: order[flag.note["id"]])
    if flags:
        state = "flagged"
    elif row is not None and row[0] == fingerprint:
        state = "confirmed"
    elif row is not None:
        state = "changed"
    else:
        state = "not_looked_at"
    return GroupCheck(group_id, state, fingerprint, row[1] if row else None, flags)


def group_check(db: Database, group_id: str) -> GroupCheck:
    """Where one group stands with its notes now."""
    return check_notes(db, group_id, list_notes(db, group_id))


def group_checks(db: Database) -> dict[str, GroupCheck]:
    """Where every group stands with its notes now, by group id."""
    by_group: dict[str, list[Note]] = {row[0]: [] for row in db.execute("SELECT id FROM work_group")}
    for note in list_notes(db):
        by_group.setdefault(note["group_id"], []).append(note)
    return {group_id: check_notes(db, group_id, notes) for group_id, notes in by_group.items()}


def confirm_notes(db: Database, group_id: str, fingerprint: str, at: str | None = None) -> None:
    """The group says its notes, as fingerprinted, are its words; this closes its open flags.

    ``fingerprint`` is :attr:`GroupCheck.token` as the group's page showed it.
    Raises :class:`DialogError` when the notes or their flags have changed since
    the group saw them: nothing is stored, and no flag is closed unseen.
    """
    with db.atomic():
        check = group_check(db, group_id)
        if fingerprint != check.token:
            raise DialogError("error.notes_changed_meanwhile")
        db.execute("INSERT INTO group_confirmation (group_id, fingerprint, confirmed_at) VALUES (?, ?, ?) "
                   "ON CONFLICT (group_id) DO UPDATE SET fingerprint = excluded.fingerprint, "
                   "confirmed_at = excluded.confirmed_at", [group_id, check.fingerprint, at or now_iso()])
        db.execute("DELETE FROM note_flag WHERE note_id IN (SELECT id FROM note WHERE group_id = ?)", [group_id])


def flag_note(db: Database, group_id: str, note_id: str, version: str, reason: str, at: str | None = None) -> None:
    """Flag one of the group's notes to change, with a line why (a later flag of the same note replaces it).

    ``version`` is the note's wording as the group saw it; when the note has
    changed since (or is gone), nothing is stored and :class:`DialogError` says so.
    """
    reason = required_text(reason, t("field.flag_reason"), MAX_FLAG_REASON)
    with db.atomic():
        note = read_note(db, note_id)
        if note is None or note["group_id"] != group_id or note["deleted_at"] is not None:
            raise DialogError("error.flagged_note_gone")
        if note_version(note) != version:
            raise DialogError("error.flagged_note_changed")
        db.execute("INSERT INTO note_flag (note_id, reason, note_version, flagged_at) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT (note_id) DO UPDATE SET reason = excluded.reason, "
                   "note_version = excluded.note_version, flagged_at = excluded.flagged_at",
                   [note_id, reason, version, at or now_iso()])
