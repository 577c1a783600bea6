"""Plenary: one group's notes at a time as the group presents them; ``z`` shows them large."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import ListView, Static, Tab, Tabs

from dialog.core.rows import Group, Note, Theme
from dialog.i18n import t
from dialog.tui.screens.form import FormScreen
from dialog.tui.screens.group_large import GroupLargeScreen, PresentationData, load_presentation, theme_names
from dialog.tui.store_client import StoreClient
from dialog.tui.store_replies import MeasureSaved, PresentationLoaded
from dialog.tui.translated import TranslatedBindings
from dialog.tui.widgets.fitting_tabs import FittingTabs
from dialog.tui.widgets.list_editor import follow_row
from dialog.tui.widgets.measures_editor import measure_fields, save_measure, validate_measure
from dialog.tui.widgets.note_rows import show_rows
from dialog.tui.widgets.report_timer import ReportTimer


class GroupPresentation(StoreClient, TranslatedBindings, Vertical):
    """Tabs for the groups; the chosen group's notes; ``m`` turns a note into a measure, ``z`` shows it large.

    The group tabs take no focus, so the cursor is in the notes list as soon as
    the tab is shown: ↑ ↓ move at once, ← → (or [ ]) change the group.
    """

    BINDINGS = [
        Binding("z", "large", "key.show_large", id="present.large", tooltip="tip.show_large"),
        # One footer entry, "[ ] Gruppe", so the footer keeps room for F1 and F9 at 80 columns.
        Binding("left_square_bracket", "group(-1)", "key.previous_group", id="present.previous",
                tooltip="tip.previous_group", group=Binding.Group("key.group_keys")),
        Binding("right_square_bracket", "group(1)", "key.next_group", id="present.next", tooltip="tip.next_group",
                group=Binding.Group("key.group_keys")),
        Binding("left", "group(-1)", show=False),
        Binding("right", "group(1)", show=False),
        Binding("m", "to_measure", "key.to_measure", id="present.to_measure", tooltip="tip.to_measure"),
        Binding("t", "report_time", "key.report_time", id="present.report_time", tooltip="tip.report_time",
                show=False),
    ]

    DEFAULT_CSS = """
    GroupPresentation { height: 1fr; }
    GroupPresentation ListView { height: 1fr; }
    GroupPresentation ListItem { padding: 0 1 1 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.groups: list[Group] = []
        self.notes: dict[str, list[Note]] = {}
        self.themes: list[Theme] = []
        self.watched: list[str] = []
        self.shown: tuple[str | None, list[Note]] = (None, [])
        """The group whose notes the list shows, and those notes."""
        self.wanted_note: str | None = None
        """The note to put the cursor on when another group's notes are shown next (back from the large view)."""

    def compose(self) -> ComposeResult:
        tabs = FittingTabs(id="present-tabs")
        tabs.can_focus = False  # ↓ goes straight to the notes; ←/→ choose the group from there
        yield tabs
        yield ReportTimer(id="report-timer")
        yield Static("", id="present-themes", markup=False)
        yield ListView(id="present-notes")

    def reload(self) -> None:
        """Read groups and notes again."""
        self.db(load_presentation, reply=PresentationLoaded, then=self._show)

    async def _show(self, loaded: PresentationData) -> None:
        groups, self.notes, self.themes, self.watched = loaded
        tabs = self.query_one(Tabs)
        if [g["id"] for g in groups] != [g["id"] for g in self.groups]:
            active = tabs.active
            tabs.clear()
            for group in groups:
                tabs.add_tab(Tab(group["name"], id=f"p-{group['id']}"))
            if active and any(f"p-{group['id']}" == active for group in groups):
                tabs.active = active
        self.groups = groups
        await self._show_notes()

    @on(Tabs.TabActivated)
    async def _show_notes(self) -> None:
        group = self.current_group()
        self.query_one(ReportTimer).show_group(group["id"] if group else None)
        listing = self.query_one(ListView)
        shown_group, shown_notes = self.shown
        if group is None:
            await listing.clear()
            self.shown = (None, [])
            self.query_one("#present-themes", Static).update(t("group_work.no_groups"))
            return
        notes = self.notes.get(group["id"], [])
        if group["id"] == shown_group and notes == shown_notes and len(listing.children) == len(notes):
            return  # nothing changed: the cursor and the scroll stay as they are
        same_group = group["id"] == shown_group
        chosen = self.selected_note() if same_group else {"id": self.wanted_note}
        index = listing.index if same_group else 0
        self.wanted_note = None
        self.query_one("#present-themes", Static).update(Text(theme_names(group["themes"], self.themes),
                                                              style="bold"))
        # Row by row: another group's notes reuse the rows on show instead of a thousand new widgets.
        await show_rows(listing, shown_notes, notes)
        self.shown = (group["id"], notes)
        if notes:
            listing.index = follow_row(notes, chosen, index)

    def current_group(self) -> Group | None:
        """Return the group whose tab is active."""
        active = self.query_one(Tabs).active
        return next((g for g in self.groups if f"p-{g['id']}" == active), None)

    def selected_note(self) -> Note | None:
        """The note under the cursor in the list on show."""
        _group, notes = self.shown
        index = self.query_one(ListView).index
        return notes[index] if index is not None and index < len(notes) else None

    def action_group(self, step: int) -> None:
        """Show the previous or next group."""
        tabs = self.query_one(Tabs)
        (tabs.action_next_tab if step > 0 else tabs.action_previous_tab)()

    @on(ListView.Selected, "#present-notes")
    def action_large(self) -> None:
        """Show the group's notes large, one at a time, from the one under the cursor (Enter does it too)."""
        group = self.current_group()
        if group is None:
            return
        index = self.query_one(ListView).index or 0
        data = (self.groups, self.notes, self.themes, self.watched)
        self.app.push_screen(GroupLargeScreen(data, group["id"], index), self._back_from_large)

    def _back_from_large(self, shown: tuple[str, str | None] | None) -> None:
        """Come back on the group and the note that were shown large."""
        if shown is None:
            return
        group_id, note_id = shown
        tabs = self.query_one(Tabs)
        if tabs.active == f"p-{group_id}":
            ids = [note["id"] for note in self.shown[1]]
            if note_id in ids:
                self.query_one(ListView).index = ids.index(note_id)
        else:
            self.wanted_note = note_id
            tabs.active = f"p-{group_id}"

    def action_report_time(self) -> None:
        """Start the shown group's time to report (three minutes; ``t`` again starts it again)."""
        group = self.current_group()
        if group is not None:
            self.query_one(ReportTimer).start(group["id"])

    def action_to_measure(self) -> None:
        """Open the measure form filled from the selected note."""
        group = self.current_group()
        note = self.selected_note()
        if group is None or note is None:
            return
        values = {"text": note["text"], "theme_code": group["themes"][0] if group["themes"] else None}
        origin = {"group_id": group["id"], "note_id": note["id"]}

        def done(result: dict | None) -> None:
            if result is not None:
                self.db(save_measure, None, result, origin, reply=MeasureSaved,
                        then=lambda _: self.notify(t("measures.added")))

        self.app.push_screen(FormScreen(t("measures.add_title"), measure_fields(values, self.themes),
                                        validate_measure, watched=self.watched), done)
