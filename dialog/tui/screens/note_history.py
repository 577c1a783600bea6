"""A note's earlier wordings, newest first; Enter makes the chosen one the note's wording again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from dialog.core.ids_and_times import hhmm
from dialog.core.note_history import read_note, restore_wording
from dialog.core.notes import revisions
from dialog.core.rows import Note, NoteRevision, Wording
from dialog.i18n import t
from dialog.tui.store_client import StoreClient
from dialog.tui.store_replies import HistoryLoaded, WordingRestored
from dialog.tui.translated import TranslatedBindings

if TYPE_CHECKING:
    from sqlite_utils import Database

    from dialog.tui.widgets.note_rows import ShownNote


def _history(db: Database, note_id: str) -> tuple[Note | None, list[NoteRevision]]:
    return read_note(db, note_id), list(reversed(revisions(db, note_id)))


def wording_line(row: Wording, when: str) -> Text:
    """One wording as ``HH:MM  [Kind] B2: text``."""
    from dialog.tui.widgets.note_rows import note_line

    line = Text(f"{hhmm(when) or '--:--'}  ", style="dim")
    line.append_text(note_line(row))
    return line


class NoteHistoryScreen(StoreClient, TranslatedBindings, ModalScreen[bool]):
    """Dismisses with True when an earlier wording was brought back (the current one becomes a revision)."""

    BINDINGS = [Binding("escape", "close", "key.close", id="history.close", tooltip="tip.close")]
    UNDER_WAY_LINE = "#history-hint"
    """Where this dialog says it waits for a slow file: dialog/tui/under_way.py."""

    def __init__(self, note: ShownNote) -> None:
        super().__init__()
        self.note_id = note["id"]
        self.earlier: list[NoteRevision] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box"):
            yield Label(t("history.title"), classes="title", markup=False)
            yield Static("", id="history-current", markup=False)
            yield OptionList(id="history-list")
            yield Static(t("history.hint"), id="history-hint", classes="hint", markup=False)

    def on_mount(self) -> None:
        self.db(_history, self.note_id, reply=HistoryLoaded, then=self._show)

    def _show(self, loaded: tuple[Note | None, list[NoteRevision]]) -> None:
        note, self.earlier = loaded
        if note is not None:
            current = Text(t("history.now") + " ", style="bold")
            current.append_text(wording_line(note, note["updated_at"]))
            self.query_one("#history-current", Static).update(current)
        listing = self.query_one(OptionList)
        listing.clear_options()
        if not self.earlier:
            listing.add_option(Option(t("history.none"), id="none", disabled=True))
        listing.add_options(Option(wording_line(row, row["saved_at"]), id=row["id"]) for row in self.earlier)
        if self.earlier:
            listing.highlighted = 0  # Enter at once brings back the newest earlier wording
        listing.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id and event.option.id != "none":
            self.db(restore_wording, self.note_id, event.option.id, reply=WordingRestored,
                    then=lambda _: self._restored())

    def _restored(self) -> None:
        self.notify(t("history.restored"), timeout=5)
        self.dismiss(True)

    def action_close(self) -> None:
        """Close without changing the note."""
        self.dismiss(False)
