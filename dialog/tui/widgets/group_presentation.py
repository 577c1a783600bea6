"""Plenary: one group's notes at a time, large, as the group presents them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, ListItem, ListView, Static, Tab, Tabs

from dialog.core.groups import list_groups
from dialog.core.notes import list_notes
from dialog.core.privacy import watched_names
from dialog.core.theme_catalogue import leaf_themes
from dialog.i18n import t
from dialog.tui.screens.form import FormScreen
from dialog.tui.store_client import StoreClient
from dialog.tui.translated import TranslatedBindings
from dialog.tui.widgets.fitting_tabs import FittingTabs
from dialog.tui.widgets.measures_editor import measure_fields, save_measure, validate_measure
from dialog.tui.widgets.note_rows import note_line

if TYPE_CHECKING:
    from sqlite_utils import Database


def _load(db: Database) -> tuple[list[dict], dict[str, list[dict]], list[dict], list[str]]:
    groups = list_groups(db)
    return groups, {g["id"]: list_notes(db, g["id"]) for g in groups}, leaf_themes(db), watched_names(db)


class GroupPresentation(StoreClient, TranslatedBindings, Vertical):
    """Tabs for the groups; the chosen group's notes; ``m`` turns a note into a measure."""

    BINDINGS = [
        Binding("left_square_bracket", "group(-1)", "key.previous_group", id="present.previous",
                tooltip="tip.previous_group"),
        Binding("right_square_bracket", "group(1)", "key.next_group", id="present.next", tooltip="tip.next_group"),
        Binding("m", "to_measure", "key.to_measure", id="present.to_measure", tooltip="tip.to_measure"),
    ]

    DEFAULT_CSS = """
    GroupPresentation { height: 1fr; }
    GroupPresentation ListView { height: 1fr; }
    GroupPresentation ListItem { padding: 0 1 1 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.groups: list[dict] = []
        self.notes: dict[str, list[dict]] = {}
        self.themes: list[dict] = []
        self.watched: list[str] = []

    def compose(self) -> ComposeResult:
        yield FittingTabs(id="present-tabs")
        yield Static("", id="present-themes", markup=False)
        yield ListView(id="present-notes")

    def reload(self) -> None:
        """Read groups and notes again."""
        self.db(_load, then=self._show)

    async def _show(self, loaded: tuple[list[dict], dict[str, list[dict]], list[dict], list[str]]) -> None:
        groups, self.notes, self.themes, self.watched = loaded
        tabs = self.query_one(Tabs)
        if [g["id"] for g in groups] != [g["id"] for g in self.groups]:
            tabs.clear()
            for group in groups:
                tabs.add_tab(Tab(group["name"], id=f"p-{group['id']}"))
        self.groups = groups
        await self._show_notes()

    @on(Tabs.TabActivated)
    async def _show_notes(self) -> None:
        group = self.current_group()
        listing = self.query_one(ListView)
        await listing.clear()
        if group is None:
            self.query_one("#present-themes", Static).update(t("group_work.no_groups"))
            return
        names = {row["code"]: row for row in self.themes}
        themes = ", ".join(f"{code} {names[code]['name_nb'] if code in names else ''}" for code in group["themes"])
        self.query_one("#present-themes", Static).update(Text(themes, style="bold"))
        notes = self.notes.get(group["id"], [])
        await listing.extend(ListItem(Label(note_line(note), markup=False)) for note in notes)
        if notes:
            listing.index = 0

    def current_group(self) -> dict | None:
        """Return the group whose tab is active."""
        active = self.query_one(Tabs).active
        return next((g for g in self.groups if f"p-{g['id']}" == active), None)

    def action_group(self, step: int) -> None:
        """Show the previous or next group."""
        tabs = self.query_one(Tabs)
        (tabs.action_next_tab if step > 0 else tabs.action_previous_tab)()

    def action_to_measure(self) -> None:
        """Open the measure form filled from the selected note."""
        group = self.current_group()
        index = self.query_one(ListView).index
        notes = self.notes.get(group["id"], []) if group else []
        if group is None or index is None or index >= len(notes):
            return
        note = notes[index]
        values = {"text": note["text"], "theme_code": group["themes"][0] if group["themes"] else None}
        origin = {"group_id": group["id"], "note_id": note["id"]}

        def done(result: dict | None) -> None:
            if result is not None:
                self.db(save_measure, None, result, origin, then=lambda _: self.notify(t("measures.added")))

        self.app.push_screen(FormScreen(t("measures.add_title"), measure_fields(values, self.themes),
                                        validate_measure, watched=self.watched), done)
