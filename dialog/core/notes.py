"""Group notes: what a group said, by kind and role letter, with revisions.

An edit keeps the previous wording as a revision; a deletion only marks the
note deleted, so it can be undone and nothing typed is ever lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialog.core.ids_and_times import new_id, now_iso
from dialog.core.ordering import append_row
from dialog.core.roles import normalise_role_letter, role_letters
from dialog.core.rows import Note, NoteRevision, fetch_rows
from dialog.core.validation import MAX_LONG_TEXT, bounded_text, choice, required_text
from dialog.core.vocabulary import NOTE_KINDS
from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database


def add_note(
    db: Database, group_id: str, kind: str, text: str, role_letter: str = "", *,
    author_device: str = "", at: str | None = None,
) -> str:
    """Append a note to a group; return its id."""
    moment = at or now_iso()
    note_id = new_id()
    append_row(db, "note", {
        "id": note_id,
        "group_id": group_id,
        "kind": choice(kind, NOTE_KINDS, t("field.note_kind")),
        "text": required_text(text, t("field.note"), MAX_LONG_TEXT),
        "role_letter": normalise_role_letter(role_letter, role_letters(db)),
        "author_device": author_device,
        "created_at": moment,
        "updated_at": moment,
        "deleted_at": None,
    }, "group_id = ?", [group_id])
    return note_id


def add_note_once(
    db: Database, group_id: str, kind: str, text: str, role_letter: str = "", *, author_device: str,
) -> str | None:
    """Append a note unless this device already has the very same note in this group; return its id, or None.

    A browser's Back button (which types the note back into a fresh page), a reload
    or a double tap sends a note again: the kind, the cleaned wording and the role
    letter are compared with the device's notes not deleted, so the repeat stores nothing.
    """
    with db.atomic():  # the look and the insert in one write transaction
        kind = choice(kind, NOTE_KINDS, t("field.note_kind"))
        text = required_text(text, t("field.note"), MAX_LONG_TEXT)
        role_letter = normalise_role_letter(role_letter, role_letters(db))
        same = db.execute(
            "SELECT 1 FROM note WHERE group_id = ? AND author_device = ? AND kind = ? AND text = ? "
            "AND role_letter = ? AND deleted_at IS NULL", [group_id, author_device, kind, text, role_letter]).fetchone()
        if same is not None:
            return None
        return add_note(db, group_id, kind, text, role_letter, author_device=author_device)


def edit_note(db: Database, note_id: str, *, text: str | None = None, kind: str | None = None,
              role_letter: str | None = None, at: str | None = None, new_revision: bool = True) -> None:
    """Change a note, keeping its previous wording as a revision.

    Autosave calls this on every pause in typing; it passes ``new_revision=False``
    after the first save of an editing session, so one session makes one revision.
    """
    current = fetch_rows(db, Note, "SELECT * FROM note WHERE id = ?", [note_id])
    if not current:
        return
    old = current[0]
    new_text = old["text"] if text is None else bounded_text(text, t("field.note"))
    new_kind = old["kind"] if kind is None else choice(kind, NOTE_KINDS, t("field.note_kind"))
    new_role = old["role_letter"]
    if role_letter is not None and role_letter.strip().upper() != old["role_letter"]:
        new_role = normalise_role_letter(role_letter, role_letters(db))
    if (new_text, new_kind, new_role) == (old["text"], old["kind"], old["role_letter"]):
        return
    moment = at or now_iso()
    with db.atomic():
        if not new_revision:
            db.execute("UPDATE note SET text = ?, kind = ?, role_letter = ?, updated_at = ? WHERE id = ?",
                       [new_text, new_kind, new_role, moment, note_id])
            return
        db.table("note_revision").insert({
            "id": new_id(), "note_id": note_id, "kind": old["kind"], "text": old["text"],
            "role_letter": old["role_letter"], "saved_at": old["updated_at"],
        })
        db.execute("UPDATE note SET text = ?, kind = ?, role_letter = ?, updated_at = ? WHERE id = ?",
                   [new_text, new_kind, new_role, moment, note_id])


def delete_note(db: Database, note_id: str, at: str | None = None) -> None:
    """Mark a note deleted (it stays in the file and can be restored)."""
    db.execute("UPDATE note SET deleted_at = ? WHERE id = ?", [at or now_iso(), note_id])


def restore_note(db: Database, note_id: str) -> None:
    """Undo a deletion."""
    db.execute("UPDATE note SET deleted_at = NULL WHERE id = ?", [note_id])


def list_notes(db: Database, group_id: str | None = None) -> list[Note]:
    """Return live notes in order, for one group or all."""
    if group_id is None:
        return fetch_rows(
            db, Note, "SELECT n.* FROM note n JOIN work_group g ON g.id = n.group_id "
            "WHERE n.deleted_at IS NULL ORDER BY g.position, n.position")
    return fetch_rows(
        db, Note, "SELECT * FROM note WHERE group_id = ? AND deleted_at IS NULL ORDER BY position", [group_id])


def revisions(db: Database, note_id: str) -> list[NoteRevision]:
    """Return a note's earlier wordings, oldest first."""
    return fetch_rows(
        db, NoteRevision, "SELECT * FROM note_revision WHERE note_id = ? ORDER BY saved_at, rowid", [note_id])
