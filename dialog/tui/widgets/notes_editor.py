"""A group's notes: the list, and an entry line that saves as you type.

Typing is saved 250 ms after it pauses (so within the 300 ms promise), through
the store's single writer thread. The first save of a new note creates it; an
edit of an existing note keeps its old wording as one revision per editing
session. Deleting only marks a note deleted, and ``u`` brings it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Input, Label, ListItem, ListView, Select, Static

from dialog.core.errors import DialogError
from dialog.core.notes import add_note, delete_note, edit_note, list_notes, restore_note
from dialog.core.roles import normalise_role_letter, role_letters
from dialog.core.vocabulary import NOTE_KINDS
from dialog.core.privacy import describe_kinds, warning_kinds, watched_names
from dialog.i18n import t
from dialog.tui.store_client import StoreClient
from dialog.tui.translated import TranslatedBindings

if TYPE_CHECKING:
    from sqlite_utils import Database

AUTOSAVE_SECONDS = 0.25
"""Pause in typing after which the entry is saved."""

RETRY_SECONDS = 3.0
"""After a failed save (a full disk, a read-only folder) the entry is tried again this often."""

KIND_STYLES = {
    "works_well": "green", "works_less_well": "red", "new_angle": "magenta",
    "quote": "cyan", "measure": "dark_orange", "other": "",
}


def note_line(note: dict) -> Text:
    """Render one note as ``[Kind] B2: text``."""
    line = Text()
    line.append(f"[{t('note_kind.' + note['kind'])}] ", style=KIND_STYLES.get(note["kind"], ""))
    if note["role_letter"]:
        line.append(f"{note['role_letter']}: ", style="bold")
    line.append(note["text"])
    return line


@dataclass
class _Draft:
    """What the entry line holds and what has reached the file."""

    note_id: str | None = None
    revision_taken: bool = False
    saving: bool = False
    dirty: bool = False
    finish_after_save: bool = False


def _notes_and_watched_names(db: Database, group_id: str) -> tuple[list[dict], list[str], frozenset[str]]:
    return list_notes(db, group_id), watched_names(db), role_letters(db)


class NotesEditor(StoreClient, TranslatedBindings, Vertical):
    """Notes of one group, with single keys for the note kind and autosave."""

    BINDINGS = [
        Binding("1", "new('works_well')", "note_kind.works_well", id="notes.new_works_well", tooltip="tip.new_note", show=False),
        Binding("2", "new('works_less_well')", "note_kind.works_less_well", id="notes.new_works_less_well",
                tooltip="tip.new_note", show=False),
        Binding("3", "new('new_angle')", "note_kind.new_angle", id="notes.new_new_angle", tooltip="tip.new_note", show=False),
        Binding("4", "new('quote')", "note_kind.quote", id="notes.new_quote", tooltip="tip.new_note", show=False),
        Binding("5", "new('measure')", "note_kind.measure", id="notes.new_measure", tooltip="tip.new_note", show=False),
        Binding("6", "new('other')", "note_kind.other", id="notes.new_other", tooltip="tip.new_note", show=False),
        Binding("e", "edit", "key.edit", id="notes.edit", tooltip="tip.edit_note", show=False),
        Binding("delete,d", "delete", "key.delete", id="notes.delete", tooltip="tip.delete_note", show=False),
        Binding("u", "undo", "key.undo", id="notes.undo", tooltip="tip.undo_delete", show=False),
        Binding("escape", "leave_entry", "key.done", id="notes.leave", tooltip="tip.leave_entry", show=False),
    ]

    DEFAULT_CSS = """
    NotesEditor { height: 1fr; }
    NotesEditor #notes-list { height: 1fr; border: round $primary-darken-2; }
    NotesEditor #notes-list:focus-within { border: round $accent; }
    NotesEditor #entry { height: auto; }
    NotesEditor #entry-kind { width: 26; }
    NotesEditor #entry-role { width: 11; }
    NotesEditor #entry-text { width: 1fr; }
    NotesEditor #entry-status { height: 1; color: $text-muted; padding: 0 1; }
    NotesEditor #entry-status.warning { color: $warning; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.group_id: str | None = None
        self.notes: list[dict] = []
        self.draft = _Draft()
        self.deleted: list[str] = []
        self._timer: Timer | None = None
        self._select_after_reload: int | None = None
        self.watched: list[str] = []
        self.letters: frozenset[str] | None = None  # the conference's role letters, once read

    def compose(self) -> ComposeResult:
        yield ListView(id="notes-list")
        with Horizontal(id="entry"):
            yield Select([(t(f"note_kind.{kind}"), kind) for kind in NOTE_KINDS], value="works_well",
                         allow_blank=False, id="entry-kind", prompt=t("form.not_chosen"))
            yield Input(id="entry-role", placeholder=t("notes.role_placeholder"), max_length=5)
            yield Input(id="entry-text", placeholder=t("notes.text_placeholder"))
        yield Static(t("notes.hint"), id="entry-status", markup=False)

    # Showing notes

    def show_group(self, group_id: str | None) -> None:
        """Switch to another group's notes (the current entry is saved first)."""
        if group_id == self.group_id:
            self.reload()
            return
        self._flush()
        self._clear_entry()
        self.group_id = group_id
        self.deleted.clear()
        self.reload()

    def reload(self) -> None:
        """Read this group's notes again; the entry line is left as it is."""
        if self.group_id is None:
            self.call_later(self._show, [])
            return
        self.db(_notes_and_watched_names, self.group_id, then=self._show_loaded)

    async def _show_loaded(self, loaded: tuple[list[dict], list[str], frozenset[str]]) -> None:
        notes, self.watched, self.letters = loaded
        await self._show(notes)

    async def _show(self, notes: list[dict]) -> None:
        listing = self.query_one("#notes-list", ListView)
        if notes == self.notes and len(listing.children) == len(notes):
            return  # nothing changed: keep the list, its cursor and its scroll as they are
        self.notes = notes
        index = listing.index
        await listing.clear()
        await listing.extend(ListItem(Label(note_line(note), markup=False)) for note in notes)
        if notes:
            # A group opens at its first note; after a note is finished its row is selected (see _finished).
            wanted = self._select_after_reload if self._select_after_reload is not None else index
            self._select_after_reload = None
            listing.index = min(wanted or 0, len(notes) - 1)

    def selected_note(self) -> dict | None:
        """Return the note under the cursor."""
        index = self.query_one("#notes-list", ListView).index
        return self.notes[index] if index is not None and 0 <= index < len(self.notes) else None

    # Starting and ending an entry

    def action_new(self, kind: str) -> None:
        """Start a new note of ``kind``: focus goes to the role letter."""
        if self.group_id is None:
            self.notify(t("notes.no_group"), severity="warning")
            return
        self._flush()
        self._clear_entry()
        self.query_one("#entry-kind", Select).value = kind
        self.query_one("#entry-role", Input).focus()

    def action_edit(self) -> None:
        """Load the selected note into the entry line."""
        note = self.selected_note()
        if note is None:
            return
        self._flush()
        self.draft = _Draft(note_id=note["id"])
        with self.prevent(Input.Changed, Select.Changed):
            self.query_one("#entry-kind", Select).value = note["kind"]
            self.query_one("#entry-role", Input).value = note["role_letter"]
            self.query_one("#entry-text", Input).value = note["text"]
        self.query_one("#entry-text", Input).focus()

    @on(ListView.Selected, "#notes-list")
    def _edit_selected(self) -> None:
        self.action_edit()

    def action_leave_entry(self) -> None:
        """Back to the list; what was typed is already saved."""
        self._finish()

    @on(Input.Submitted, "#entry-role")
    def _role_done(self) -> None:
        self.query_one("#entry-text", Input).focus()

    @on(Input.Submitted, "#entry-text")
    def _text_done(self) -> None:
        self._finish()

    def _finish(self) -> None:
        """Save now; when the file has it, clear the entry and return to the list."""
        if self.draft.note_id is None and not self.query_one("#entry-text", Input).value.strip():
            self._clear_entry()
            self.query_one("#notes-list", ListView).focus()
            return
        self.draft.finish_after_save = True
        self._flush()

    def _clear_entry(self) -> None:
        self.draft = _Draft()
        with self.prevent(Input.Changed):
            self.query_one("#entry-role", Input).value = ""
            self.query_one("#entry-text", Input).value = ""
        self._status(t("notes.hint"))

    # Autosave

    @on(Input.Changed, "#entry-role, #entry-text")
    @on(Select.Changed, "#entry-kind")
    def _typed(self) -> None:
        if not self.query_one("#entry-text", Input).value and self.draft.note_id is None:
            return
        self.draft.dirty = True
        self._warn_if_personal()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(AUTOSAVE_SECONDS, self._flush)

    def _flush(self) -> None:
        """Send the entry to the store if it changed; one save in flight at a time."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        draft = self.draft
        if draft.saving:
            return  # _saved() flushes again when the save in flight returns
        if not draft.dirty:
            if draft.finish_after_save:
                self._finished()
            return
        text = self.query_one("#entry-text", Input).value
        kind = str(self.query_one("#entry-kind", Select).value)
        role = self._valid_role()
        draft.dirty = False
        draft.saving = True
        if draft.note_id is None:
            if not text.strip():
                draft.saving = False
                return
            self.db(add_note, self.group_id, kind, text, role, author_device="terminal",
                    then=lambda note_id: self._saved(draft, note_id), failed=lambda _: self._save_failed(draft))
        else:
            self.db(_save_edit, draft.note_id, text, kind, role, not draft.revision_taken,
                    then=lambda _: self._saved(draft, draft.note_id), failed=lambda _: self._save_failed(draft))
            draft.revision_taken = True

    def _valid_role(self) -> str:
        value = self.query_one("#entry-role", Input).value
        try:
            role = normalise_role_letter(value, self.letters)
        except DialogError as error:
            self._status(error.message(), warning=True)
            return ""
        if not self._warn_if_personal():
            self._status(t("notes.saved_hint"))
        return role

    def _warn_if_personal(self) -> bool:
        """Warn (never block) when the words look like a national ID, a phone, an e-mail or a watched name."""
        kinds = warning_kinds(self.query_one("#entry-text", Input).value, self.watched)
        if kinds:
            self._status(t("privacy.typing", kinds=describe_kinds(kinds)), warning=True)
        return bool(kinds)

    def _saved(self, draft: _Draft, note_id: str) -> None:
        draft.note_id = note_id
        draft.saving = False
        if draft is not self.draft:
            self.reload()
            return
        if draft.dirty:
            self._flush()
            return
        if draft.finish_after_save:
            self._finished()
        else:
            self.reload()

    def _save_failed(self, draft: _Draft) -> None:
        # The words stay in the entry line; the next pause in typing, or the retry timer, tries again.
        draft.saving = False
        draft.dirty = True
        draft.finish_after_save = False
        self._status(t("notes.not_saved"), warning=True)
        if draft is self.draft:
            if self._timer is not None:
                self._timer.stop()
            self._timer = self.set_timer(RETRY_SECONDS, self._flush)

    def _finished(self) -> None:
        draft = self.draft
        finished_id = draft.note_id
        position = next((i for i, note in enumerate(self.notes) if note["id"] == finished_id), None)
        self._select_after_reload = position if position is not None else len(self.notes)
        if draft.note_id and not self.query_one("#entry-text", Input).value.strip():
            self.db(delete_note, draft.note_id)
            self.deleted.append(draft.note_id)
        self._clear_entry()
        self.reload()
        self.query_one("#notes-list", ListView).focus()

    def _status(self, text: str, warning: bool = False) -> None:
        status = self.query_one("#entry-status", Static)
        status.update(text)
        status.set_class(warning, "warning")

    # Deleting

    def action_delete(self) -> None:
        """Delete the selected note (it can be brought back with u)."""
        note = self.selected_note()
        if note is None:
            return
        self.deleted.append(note["id"])
        self.db(delete_note, note["id"], then=lambda _: self.reload())
        self.notify(t("notes.deleted"), timeout=4)

    def action_undo(self) -> None:
        """Bring back the most recently deleted note."""
        if not self.deleted:
            self.notify(t("notes.nothing_to_undo"), severity="warning")
            return
        self.db(restore_note, self.deleted.pop(), then=lambda _: self.reload())

    def has_unsaved_text(self) -> bool:
        """True while typed words have not yet reached the file."""
        return self.draft.dirty or self.draft.saving


def _save_edit(db: Database, note_id: str, text: str, kind: str, role: str, new_revision: bool) -> None:
    edit_note(db, note_id, text=text, kind=kind, role_letter=role, new_revision=new_revision)
