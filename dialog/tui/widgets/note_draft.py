"""The note in a notes editor's entry line, on its way to the file.

A draft knows which note it is (a new note gets its id before its first save,
so every save of it – and every retry after a failure – writes the same row)
and which wordings of that note this screen has seen or sent, so a save can
tell when another screen changed the note meanwhile (see core/note_history.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from dialog.core.ids_and_times import new_id
from dialog.core.note_history import note_version, save_note, wording_version

if TYPE_CHECKING:
    from dialog.tui.widgets.note_rows import DraftNote, ShownNote


@dataclass(eq=False)
class NoteDraft:
    """One note being typed: its id, its group, and the wordings this screen knows."""

    note_id: str
    group_id: str
    started_from: str | None = None
    """The note's version when this editing session began (None for a new note)."""
    known: list[str] = field(default_factory=list)
    kind: str = ""
    role: str = ""
    text: str = ""
    """The wording last sent to the file."""
    sent: bool = False
    dirty: bool = False
    """Typed since the last send."""
    deleting: bool = False
    """Its words were all removed and Enter pressed: the note is on its way out of the file, and off the list."""

    @classmethod
    def new(cls, group_id: str) -> NoteDraft:
        """A draft for a note that is not in the file yet."""
        return cls(new_id(), group_id)

    @classmethod
    def editing(cls, note: ShownNote) -> NoteDraft:
        """A draft that starts from ``note`` as the file holds it."""
        version = note_version(note)
        return cls(note["id"], note["group_id"], started_from=version, known=[version], kind=note["kind"],
                   role=note["role_letter"], text=note["text"], sent=True)

    @property
    def key(self) -> tuple[str, str]:
        """The key of this note in the app's queue of unsaved text."""
        return ("note", self.note_id)

    def save_job(self, kind: str, role: str, text: str) -> partial:
        """The store job that writes this wording; remembers it as sent."""
        job = partial(save_note, note_id=self.note_id, group_id=self.group_id, kind=kind, text=text,
                      role_letter=role, known_versions=tuple(self.known), started_from=self.started_from,
                      author_device="terminal")
        self.known.append(wording_version(kind, role, text))
        self.kind, self.role, self.text, self.sent, self.dirty = kind, role, text, True, False
        return job

    def landed(self, version: str) -> None:
        """A save of ``version`` reached the file: older wordings sent before it need not be remembered."""
        if version in self.known:
            del self.known[:self.known.index(version)]

    def as_row(self, unsaved: bool) -> DraftNote:
        """How the notes list shows this draft."""
        return {"id": self.note_id, "group_id": self.group_id, "kind": self.kind, "role_letter": self.role,
                "text": self.text, "unsaved": unsaved}
