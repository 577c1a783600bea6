"""Plenary, shown large: the presenting group's notes one at a time, in block letters across the screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from dialog.core.conference_themes import leaf_themes
from dialog.core.groups import list_groups
from dialog.core.notes import list_notes
from dialog.core.privacy import watched_names
from dialog.core.rows import Group, Note, Theme
from dialog.i18n import t
from dialog.i18n.names import local_name
from dialog.tui.messages import ConferenceChanged
from dialog.tui.store_client import StoreClient
from dialog.tui.store_replies import PresentationLoaded
from dialog.tui.translated import TranslatedBindings
from dialog.tui.widgets.big_text import BigText
from dialog.tui.widgets.note_rows import KIND_STYLES

if TYPE_CHECKING:
    from sqlite_utils import Database

PresentationData = tuple[list[Group], dict[str, list[Note]], list[Theme], list[str]]


def load_presentation(db: Database) -> PresentationData:
    """Groups, each group's notes, the themes and the names to watch (runs on the store thread)."""
    groups = list_groups(db)
    return groups, {g["id"]: list_notes(db, g["id"]) for g in groups}, leaf_themes(db), watched_names(db)


def theme_names(codes: list[str], themes: list[Theme]) -> str:
    """``4.9 Legevakt og krisetilbud, …`` in the program's language (the other one's name where it is empty)."""
    known = {row["code"]: local_name(row) for row in themes}
    return ", ".join(f"{code} {known.get(code, '')}".strip() for code in codes)


class GroupLargeScreen(StoreClient, TranslatedBindings, Screen[tuple[str, str | None]]):
    """One note of the presenting group across the whole screen; the keys step through notes and groups.

    Dismisses with (group id, note id) of what was shown last, so the list underneath follows.
    """

    BINDINGS = [
        Binding("escape,z", "close", "key.back", id="large.back", tooltip="tip.close_large"),
        Binding("down,right,pagedown,n,space", "step(1)", "key.next_note", id="large.next", tooltip="tip.next_note"),
        Binding("up,left,pageup,p", "step(-1)", "key.previous_note", id="large.previous",
                tooltip="tip.previous_note"),
        Binding("home", "edge(-1)", show=False),
        Binding("end", "edge(1)", show=False),
        Binding("left_square_bracket", "group(-1)", "key.previous_group", id="large.previous_group",
                tooltip="tip.previous_group"),
        Binding("right_square_bracket", "group(1)", "key.next_group", id="large.next_group",
                tooltip="tip.next_group"),
        Binding("f1", "app.help", "key.help", id="large.help", tooltip="tip.help", show=False),
    ]
    DEFAULT_CSS = """
    GroupLargeScreen { layout: vertical; }
    GroupLargeScreen #large-group { height: auto; padding: 0 2; text-style: bold; background: $boost; }
    GroupLargeScreen #large-note-head { height: auto; padding: 0 2; margin-top: 1; }
    GroupLargeScreen #large-note { padding: 1 2; }
    GroupLargeScreen #large-hint { height: auto; padding: 0 2; color: $text-muted; }
    """

    def __init__(self, data: PresentationData, group_id: str, note_index: int = 0) -> None:
        super().__init__()
        self.groups, self.notes, self.themes, _watched = data
        self.group_id = group_id
        self.index = note_index

    def compose(self) -> ComposeResult:
        yield Static("", id="large-group", markup=False)
        yield Static("", id="large-note-head", markup=False)
        yield BigText(id="large-note")
        yield Static(t("large.hint"), id="large-hint", markup=False)

    def on_mount(self) -> None:
        self.show_note()

    def group(self) -> Group | None:
        """The group on show."""
        return next((g for g in self.groups if g["id"] == self.group_id), None)

    def group_notes(self) -> list[Note]:
        """The notes of the group on show, in order."""
        return self.notes.get(self.group_id, [])

    def show_note(self) -> None:
        """Draw the group's name and themes, and the chosen note large."""
        group = self.group()
        notes = self.group_notes()
        self.index = max(0, min(self.index, len(notes) - 1))
        heading = Text(group["name"] if group else "")
        if group and group["themes"]:
            heading.append("  ·  " + theme_names(group["themes"], self.themes), style="not bold")
        self.query_one("#large-group", Static).update(heading)
        head = Text()
        if notes:
            note = notes[self.index]
            head.append(t("large.counter", number=self.index + 1, total=len(notes)) + "   ", style="dim")
            head.append(f"[{t('note_kind.' + note['kind'])}]", style="bold " + KIND_STYLES.get(note["kind"], ""))
            if note["role_letter"]:
                head.append(f"  {note['role_letter']}", style="bold")
            self.query_one(BigText).show(note["text"])
        else:
            head.append(t("large.no_notes"), style="italic")
            self.query_one(BigText).show("")
        self.query_one("#large-note-head", Static).update(head)

    def action_step(self, step: int) -> None:
        """The next or previous note of the group."""
        self.index = max(0, min(len(self.group_notes()) - 1, self.index + step))
        self.show_note()

    def action_edge(self, end: int) -> None:
        """The group's first (-1) or last (1) note."""
        self.index = len(self.group_notes()) - 1 if end > 0 else 0
        self.show_note()

    def action_group(self, step: int) -> None:
        """The previous or next group, from its first note."""
        ids = [g["id"] for g in self.groups]
        if self.group_id in ids:
            self.group_id = ids[(ids.index(self.group_id) + step) % len(ids)]
            self.index = 0
            self.show_note()

    def on_conference_changed(self, message: ConferenceChanged) -> None:
        """A note came in or changed elsewhere: read again, staying on the note on show."""
        self.db(load_presentation, reply=PresentationLoaded, then=self._reloaded)

    def _reloaded(self, data: PresentationData) -> None:
        shown = self.group_notes()[self.index]["id"] if self.group_notes() else None
        self.groups, self.notes, self.themes, _watched = data
        ids = [note["id"] for note in self.group_notes()]
        if shown in ids:
            self.index = ids.index(shown)
        self.show_note()

    def help_text(self) -> str:
        """A short guide to the large view for the help window."""
        return t("help.large")

    def action_close(self) -> None:
        """Back to the plenary, on the note that was shown."""
        notes = self.group_notes()
        self.dismiss((self.group_id, notes[self.index]["id"] if notes else None))
