"""A note's wording saved from several screens at once, and its earlier wordings.

Two screens (two terminals, or a terminal and a laptop on the group page) may
edit one note at the same time. Each edit says which wording it started from
(:func:`note_version`); when the note has changed since, the other wording is
kept as a revision, so no one's words are silently replaced. The history of a
note lists those revisions, and any of them can be made the note's wording
again (the wording it replaces becomes a revision in turn).
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dialog.core.errors import DialogError
from dialog.core.ids_and_times import new_id, now_iso
from dialog.core.ordering import next_position
from dialog.core.roles import normalise_role_letter, role_letters
from dialog.core.rows import Note, NoteRevision, Wording, fetch_rows
from dialog.core.validation import MAX_LONG_TEXT, bounded_text, choice, required_text
from dialog.core.vocabulary import NOTE_KINDS
from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database


def note_version(note: Wording) -> str:
    """A short fingerprint of a note's wording (kind, role letter, text): what an edit started from."""
    wording = "\0".join((note["kind"], note["role_letter"] or "", note["text"]))
    return hashlib.sha256(wording.encode()).hexdigest()[:16]


def wording_version(kind: str, role_letter: str, text: str) -> str:
    """:func:`note_version` of a wording that is not (yet) a row."""
    return note_version({"kind": kind, "role_letter": role_letter, "text": text})


@dataclass(frozen=True)
class SavedNote:
    """What :func:`save_note` did: the note's new version, and whether another screen had changed it."""

    version: str
    changed_elsewhere: bool


def read_note(db: Database, note_id: str) -> Note | None:
    """The note as the file holds it now (deleted or not), or None when there is no such note."""
    rows = fetch_rows(db, Note, "SELECT * FROM note WHERE id = ?", [note_id])
    return rows[0] if rows else None


def _keep_as_revision(db: Database, note: Note) -> None:
    db.table("note_revision").insert({
        "id": new_id(), "note_id": note["id"], "kind": note["kind"], "text": note["text"],
        "role_letter": note["role_letter"], "saved_at": note["updated_at"],
    })


def save_note(db: Database, note_id: str, group_id: str, kind: str, text: str, role_letter: str, *,
              known_versions: Collection[str] = (), started_from: str | None = None, author_device: str = "",
              at: str | None = None) -> SavedNote:
    """Create note ``note_id`` or change its wording; safe to send again after a failure.

    ``known_versions`` are the wordings this screen has seen or sent for the note.
    If the file holds another one, someone else changed the note meanwhile (or
    deleted it): their wording is kept as a revision, this (newer) one becomes the
    note's, and ``changed_elsewhere`` says so. ``started_from`` is the version an
    editing session began with: while the file still holds it, it is kept as a
    revision, so one session makes one revision however often it saves.
    """
    moment = at or now_iso()
    kind = choice(kind, NOTE_KINDS, t("field.note_kind"))
    text = bounded_text(text, t("field.note"))
    role = normalise_role_letter(role_letter, role_letters(db))
    version = wording_version(kind, role, text)
    with db.atomic():
        old = read_note(db, note_id)
        if old is None:
            db.table("note").insert({
                "id": note_id, "group_id": group_id, "kind": kind, "text": text, "role_letter": role,
                "author_device": author_device, "position": next_position(db, "note", "group_id = ?", [group_id]),
                "created_at": moment, "updated_at": moment, "deleted_at": None,
            })
            return SavedNote(version, False)
        old_version = note_version(old)
        elsewhere = old_version not in known_versions or old["deleted_at"] is not None
        if old_version == version and old["deleted_at"] is None:
            return SavedNote(version, False)
        if elsewhere or old_version == started_from:
            _keep_as_revision(db, old)
        db.execute("UPDATE note SET text = ?, kind = ?, role_letter = ?, updated_at = ?, deleted_at = NULL "
                   "WHERE id = ?", [text, kind, role, moment, note_id])
    return SavedNote(version, elsewhere)


class NoteChangedElsewhere(DialogError):
    """An edit started from a wording the note no longer has; ``current`` is the note as it is now."""

    def __init__(self, current: Note) -> None:
        super().__init__("error.note_changed")
        self.current = current


def edit_if_unchanged(db: Database, note_id: str, expected_version: str, *, text: str, role_letter: str,
                      kind: str | None = None) -> None:
    """Change a note only if it still has the wording the edit started from.

    Otherwise the typed wording is kept as a revision (so both are in the file)
    and :class:`NoteChangedElsewhere` is raised with the note as it is now.
    """
    with db.atomic():
        old = read_note(db, note_id)
        if old is None:
            return
        typed: Note = {**old, "kind": choice(kind, NOTE_KINDS, t("field.note_kind")) if kind else old["kind"],
                 "text": required_text(text, t("field.note"), MAX_LONG_TEXT),
                 "role_letter": old["role_letter"] if role_letter.strip().upper() == old["role_letter"]
                 else normalise_role_letter(role_letter, role_letters(db)), "updated_at": now_iso()}
        stale = note_version(old) != expected_version and note_version(typed) != note_version(old)
        if note_version(typed) != note_version(old):
            # Stale: the typed wording goes into the history; otherwise the old one does and the typed one is set.
            _keep_as_revision(db, typed if stale else old)
            if not stale:
                db.execute("UPDATE note SET text = ?, kind = ?, role_letter = ?, updated_at = ? WHERE id = ?",
                           [typed["text"], typed["kind"], typed["role_letter"], typed["updated_at"], note_id])
    if stale:  # raised after the block, so the kept wording is committed
        raise NoteChangedElsewhere(old)


def restore_wording(db: Database, note_id: str, revision_id: str) -> None:
    """Make an earlier wording the note's again; the wording it replaces is kept as a revision."""
    rows = fetch_rows(
        db, NoteRevision, "SELECT * FROM note_revision WHERE id = ? AND note_id = ?", [revision_id, note_id])
    note = read_note(db, note_id)
    if not rows or note is None:
        return
    earlier = rows[0]
    if note_version(earlier) == note_version(note) and note["deleted_at"] is None:
        return
    with db.atomic():
        _keep_as_revision(db, note)
        db.execute("UPDATE note SET text = ?, kind = ?, role_letter = ?, updated_at = ?, deleted_at = NULL "
                   "WHERE id = ?", [earlier["text"], earlier["kind"], earlier["role_letter"], now_iso(), note_id])
