"""A group's notes: the list, and an entry line that saves as you type.

Typing is saved 250 ms after it pauses, and at least every second while it goes
on, through the app's queue of unsaved text (dialog/tui/unsaved.py), which
retries a save that failed until it lands. Enter ends a note at once – the save
lands in its own time – so nothing the next keys do waits for the disk (the
keys themselves reach their field in order: dialog/tui/key_order.py). Leaving a
note (Enter, a new note, another group, another screen) never clears words that
are not in the file: such a note stays in the list, marked, until its save
lands. An edit of an existing note keeps its old wording as one revision per
editing session; an edit that crosses another screen's keeps both wordings and
says so in one line; ``h`` shows a note's earlier wordings and brings one back.
Deleting only marks a note deleted, and ``u`` brings it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, ListView, Select, Static

from dialog.core.errors import DialogError
from dialog.core.note_history import SavedNote, note_version
from dialog.core.notes import delete_note, list_notes, restore_note
from dialog.core.privacy import describe_kinds, warning_kinds, watched_names
from dialog.core.roles import normalise_role_letter, role_letters
from dialog.core.rows import Note
from dialog.core.vocabulary import NOTE_KINDS
from dialog.i18n import t
from dialog.tui.save_timers import SaveTimers
from dialog.tui.store_client import StoreClient
from dialog.tui.store_replies import NoteDeleted, NoteRestored, NoteSaved, NotesLoaded
from dialog.tui.translated import TranslatedBindings
from dialog.tui.unsaved import HoldsTypedText
from dialog.tui.widgets.note_draft import NoteDraft
from dialog.tui.widgets.note_rows import ShownNote, show_rows
from dialog.tui.widgets.paste_input import PasteInput

if TYPE_CHECKING:
    from sqlite_utils import Database


def _notes_and_watched_names(db: Database, group_id: str) -> tuple[list[Note], list[str], frozenset[str]]:
    return list_notes(db, group_id), watched_names(db), role_letters(db)


class NotesEditor(HoldsTypedText, StoreClient, TranslatedBindings, Vertical):
    """Notes of one group, with single keys for the note kind and autosave."""

    @dataclass
    class Shown(Message):
        """The group's notes now on screen (saved and still being saved): their speaker tags, for who is heard."""

        group_id: str | None
        tags: list[str]

    BINDINGS = [
        Binding("1", "new('works_well')", "note_kind.works_well", id="notes.new_works_well", tooltip="tip.new_note",
                show=False),
        Binding("2", "new('works_less_well')", "note_kind.works_less_well", id="notes.new_works_less_well",
                tooltip="tip.new_note", show=False),
        Binding("3", "new('new_angle')", "note_kind.new_angle", id="notes.new_new_angle", tooltip="tip.new_note",
                show=False),
        Binding("4", "new('quote')", "note_kind.quote", id="notes.new_quote", tooltip="tip.new_note", show=False),
        Binding("5", "new('measure')", "note_kind.measure", id="notes.new_measure", tooltip="tip.new_note", show=False),
        Binding("6", "new('other')", "note_kind.other", id="notes.new_other", tooltip="tip.new_note", show=False),
        Binding("e", "edit", "key.edit", id="notes.edit", tooltip="tip.edit_note", show=False),
        Binding("d,delete", "delete", "key.delete", id="notes.delete", tooltip="tip.delete_note", show=False),
        Binding("u", "undo", "key.undo", id="notes.undo", tooltip="tip.undo_delete", show=False),
        Binding("h", "history", "key.history", id="notes.history", tooltip="tip.note_history", show=False),
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
        self.file_notes: list[Note] = []
        self.notes: list[ShownNote] = []
        """The rows on show: the file's notes, with drafts not yet in the file in their place or at the end."""
        self.draft: NoteDraft | None = None
        self.deleted: list[str] = []
        self._save_timers = SaveTimers(self, self._flush)
        self._select_after_reload: int | None = None
        self._sent: dict[str, set[str]] = {}  # note id -> every wording this screen sent for it
        self.watched: list[str] = []
        self.letters: frozenset[str] | None = None  # the conference's role letters, once read

    def compose(self) -> ComposeResult:
        yield ListView(id="notes-list")
        with Horizontal(id="entry"):
            yield Select([(t(f"note_kind.{kind}"), kind) for kind in NOTE_KINDS], value="works_well",
                         allow_blank=False, id="entry-kind", prompt=t("form.not_chosen"))
            # Neither field selects its words when the cursor arrives, so the next key never replaces them.
            yield Input(id="entry-role", placeholder=t("notes.role_placeholder"), max_length=5, select_on_focus=False)
            yield PasteInput(id="entry-text", placeholder=t("notes.text_placeholder"), select_on_focus=False)
        yield Static(t("notes.hint"), id="entry-status", markup=False)

    # Showing notes

    def show_group(self, group_id: str | None) -> None:
        """Switch to another group's notes (the note being typed is sent first, and kept until saved)."""
        if group_id == self.group_id:
            self.reload()
            return
        self._leave_draft()
        self.group_id = group_id
        self.deleted.clear()
        self.reload(hold_keys=True)  # e, d or h typed next mean a note of this group, not of the last one

    def reload(self, hold_keys: bool = False) -> None:
        """Read this group's notes again; the entry line is left as it is."""
        if self.group_id is None:
            self.call_later(self._show, [])
            return
        self.db(_notes_and_watched_names, self.group_id, reply=NotesLoaded, then=self._show_loaded, hold_keys=hold_keys)

    async def _show_loaded(self, loaded: tuple[list[Note], list[str], frozenset[str]]) -> None:
        notes, self.watched, self.letters = loaded
        self._notice_changes_made_elsewhere(notes)
        await self._show(notes)

    def _notice_changes_made_elsewhere(self, notes: list[Note]) -> None:
        """One line when a note this screen wrote now holds a wording this screen never sent."""
        editing = self.draft.note_id if self.draft is not None else None
        for note in notes:
            sent = self._sent.get(note["id"])
            version = note_version(note)
            if sent and version not in sent and note["id"] != editing:
                sent.add(version)
                self.notify(t("notes.changed_there", text=note["text"][:60]), severity="warning", timeout=10)

    async def _show(self, notes: list[Note]) -> None:
        self.file_notes = notes
        await self._render_rows()

    def _rows(self) -> list[ShownNote]:
        unsaved = {entry.data.note_id: entry for entry in self.app.unsaved.pending_under(("note",))
                   if entry.data.group_id == self.group_id}
        rows: list[ShownNote] = []
        for note in self.file_notes:
            entry = unsaved.pop(note["id"], None)
            if entry is None:
                rows.append(note)
            elif not entry.data.deleting:
                rows.append(entry.data.as_row(bool(entry.failures)))
        rows += [entry.data.as_row(bool(entry.failures)) for entry in unsaved.values() if not entry.data.deleting]
        return rows

    async def _render_rows(self) -> None:
        if not self.is_attached:
            return
        rows = self._rows()
        listing = self.query_one("#notes-list", ListView)
        index = listing.index
        if rows != self.notes or len(listing.children) != len(rows):
            await show_rows(listing, self.notes, rows)  # only the rows that changed; the cursor stays
            self.notes = rows
        self.post_message(self.Shown(self.group_id, [row["role_letter"] for row in rows]))
        # A group opens at its first note; after a note is finished its row is selected (see _finish).
        wanted, self._select_after_reload = (self._select_after_reload, None) if self._select_after_reload is not None \
            else (index, None)
        if rows and wanted != index:
            listing.index = min(wanted or 0, len(rows) - 1)
        elif rows and index is None:
            listing.index = 0

    def selected_note(self) -> ShownNote | None:
        """Return the note under the cursor."""
        index = self.query_one("#notes-list", ListView).index
        return self.notes[index] if index is not None and 0 <= index < len(self.notes) else None

    # Starting and ending an entry

    def action_new(self, kind: str) -> None:
        """Start a new note of ``kind``: focus goes to the role letter."""
        if self.group_id is None:
            self.notify(t("notes.no_group"), severity="warning")
            return
        self._leave_draft()
        self.query_one("#entry-kind", Select).value = kind
        self.query_one("#entry-role", Input).focus()

    def action_edit(self) -> None:
        """Load the selected note into the entry line (a note not yet saved goes on where it was)."""
        note = self.selected_note()
        if note is None:
            return
        self._leave_draft()
        unsaved = self.app.unsaved.pending(("note", note["id"]))
        self.draft = unsaved.data if unsaved is not None else NoteDraft.editing(note)
        role, text = self.query_one("#entry-role", Input), self.query_one("#entry-text", Input)
        with self.prevent(Input.Changed, Select.Changed):
            self.query_one("#entry-kind", Select).value = self.draft.kind
            role.value, text.value = self.draft.role, self.draft.text
        # The cursor at the end of the words, nothing selected: the next key adds to the note, never replaces it.
        role.cursor_position, text.cursor_position = len(role.value), len(text.value)
        self._status(t("notes.saved_hint"))  # Enter ends the edit, in the role field too
        text.focus()

    @on(ListView.Selected, "#notes-list")
    def _edit_selected(self) -> None:
        self.action_edit()

    def action_leave_entry(self) -> None:
        """Back to the list; what was typed is on its way to the file (see :meth:`_finish`)."""
        self._finish()

    @on(Input.Submitted, "#entry-role")
    def _role_done(self) -> None:
        """Enter after the role letter: on to the words – or, when the note has words already
        (an edit, or the role changed afterwards), the note is done, as the hint says."""
        text = self.query_one("#entry-text", Input)
        if text.value.strip():
            self._finish()
        else:
            text.focus()

    @on(Input.Submitted, "#entry-text")
    def _text_done(self) -> None:
        self._finish()

    def _finish(self) -> None:
        """Send the note and go back to the list at once, the note's row selected.

        Nothing waits for the disk: the save lands in its own time (a save that
        fails keeps the note in the list, marked, and is tried again), so the
        next keys start the next note. An edited note whose words were all
        removed is deleted (``u`` brings it back).
        """
        draft, group_id = self.draft, self.group_id
        if group_id is not None and (draft is not None or self.query_one("#entry-text", Input).value.strip()):
            draft = self._ensure_draft(group_id)
            position = next((i for i, note in enumerate(self.notes) if note["id"] == draft.note_id), None)
            self._select_after_reload = position if position is not None else len(self.notes)
            if draft.sent and not self.query_one("#entry-text", Input).value.strip():
                self._delete_emptied(draft)
        self._leave_draft()
        self.query_one("#notes-list", ListView).focus()

    def _delete_emptied(self, draft: NoteDraft) -> None:
        """Delete the note instead of saving it empty; the deletion is retried like a save until it lands."""
        self._save_timers.stop()
        draft.deleting, draft.dirty = True, False
        self.deleted.append(draft.note_id)
        self.notify(t("notes.deleted"), timeout=4)
        self.app.unsaved.send(draft.key, partial(delete_note, note_id=draft.note_id), reply=NoteDeleted, data=draft,
                              then=lambda _: self.reload(), failed=lambda _text: self.call_later(self._render_rows))

    def _leave_draft(self) -> None:
        """Send the note being typed and empty the entry; until its save lands, the note stays in the list."""
        self._flush()
        self.draft = None
        self._clear_entry()
        self.call_later(self._render_rows)

    def _clear_entry(self) -> None:
        with self.prevent(Input.Changed):
            self.query_one("#entry-role", Input).value = ""
            self.query_one("#entry-text", Input).value = ""
        self._status(t("notes.hint"))

    def _ensure_draft(self, group_id: str) -> NoteDraft:
        if self.draft is None:
            self.draft = NoteDraft.new(group_id)
            self.draft.dirty = True
        return self.draft

    # Autosave

    @on(Input.Changed, "#entry-role, #entry-text")
    @on(Select.Changed, "#entry-kind")
    def _typed(self) -> None:
        if self.group_id is None or (self.draft is None and not self.query_one("#entry-text", Input).value):
            return
        self._ensure_draft(self.group_id).dirty = True
        self._warn_if_personal()
        self._save_timers.typed()

    def flush_typed_text(self) -> None:
        """Send the note being typed now (the app calls this on every way out)."""
        self._flush()

    def _flush(self) -> None:
        """Send the entry to the file if it changed since the last send."""
        self._save_timers.stop()
        draft = self.draft
        if draft is None or not self.is_attached:
            return
        if draft.dirty:
            text = self.query_one("#entry-text", Input).value
            if draft.sent or text.strip():
                kind = str(self.query_one("#entry-kind", Select).value)
                job = draft.save_job(kind, self._valid_role(), text)
                self._sent.setdefault(draft.note_id, set()).add(draft.known[-1])
                self.app.unsaved.send(draft.key, job, reply=NoteSaved, data=draft,
                                      then=lambda saved: self._saved(draft, saved),
                                      failed=lambda _text: self._save_failed(draft))
            else:
                draft.dirty = False
        unsaved = self.app.unsaved.pending(draft.key)
        if unsaved is not None and unsaved.failures and not unsaved.sending:
            self.app.unsaved.retry()  # Enter, or leaving, tries a failed save again at once

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

    def _saved(self, draft: NoteDraft, saved: SavedNote) -> None:
        draft.landed(saved.version)
        if not self.is_attached:
            return
        if saved.changed_elsewhere:
            self.notify(t("notes.changed_here"), severity="warning", timeout=10)
        if draft is not self.draft:
            self.reload()
            return
        if saved.changed_elsewhere:
            self._status(t("notes.changed_here"), warning=True)
        if draft.dirty or self.app.unsaved.pending(draft.key) is not None:
            return  # more is on its way
        self.reload()

    def _save_failed(self, draft: NoteDraft) -> None:
        # The words stay (in the entry line, or as a marked row in the list); the app's queue tries again.
        if not self.is_attached:
            return
        if draft is self.draft:
            self._status(t("notes.not_saved"), warning=True)
        self.call_later(self._render_rows)

    def _status(self, text: str, warning: bool = False) -> None:
        status = self.query_one("#entry-status", Static)
        status.update(text)
        status.set_class(warning, "warning")

    # Deleting and earlier wordings

    def action_delete(self) -> None:
        """Delete the selected note (it can be brought back with u)."""
        note = self.selected_note()
        if note is None:
            return
        if note.get("unsaved"):
            self.notify(t("notes.not_saved"), severity="warning")
            return
        self.deleted.append(note["id"])
        # e or d next: another note
        self.db(delete_note, note["id"], reply=NoteDeleted, then=lambda _: self.reload(hold_keys=True))
        self.notify(t("notes.deleted"), timeout=4)

    def action_undo(self) -> None:
        """Bring back the most recently deleted note."""
        if not self.deleted:
            self.notify(t("notes.nothing_to_undo"), severity="warning")
            return
        self.db(restore_note, self.deleted.pop(), reply=NoteRestored, then=lambda _: self.reload(hold_keys=True))

    def action_history(self) -> None:
        """Show the selected note's earlier wordings; Enter brings one back."""
        note = self.selected_note()
        if note is None or note.get("unsaved"):
            return
        from dialog.tui.screens.note_history import NoteHistoryScreen

        self.app.push_screen(NoteHistoryScreen(note), lambda _restored: self.reload())
