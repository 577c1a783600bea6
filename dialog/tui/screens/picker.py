"""The conference picker: every conference in the sessions folder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.sessions import ConferenceListing, delete_conference, list_conferences, path_for, same_conference
from dialog.i18n import LANGUAGES, get_language, t
from dialog.tui.app_requests import OpenConference, ShowAfterSaying
from dialog.tui.replies import ReceivesReplies
from dialog.tui.screens.confirm import ConfirmScreen
from dialog.tui.screens.form import Field, FormScreen
from dialog.tui.translated import TranslatedBindings
from dialog.tui.under_way import say_under_way, under_way_done
from dialog.tui.widgets.key_footer import KeyFooter
from dialog.tui.widgets.table_fit import fill_table
from dialog.tui.work_results import ConferenceCreated, ConferenceDeleted, ConferencesListed

if TYPE_CHECKING:
    pass


class PickerScreen(ReceivesReplies, TranslatedBindings, Screen):
    """Lists conferences with district, date and phase; create, open and delete."""

    BINDINGS = [
        Binding("enter", "open", "key.open", id="picker.open", tooltip="tip.open"),
        Binding("n", "new", "key.new", id="picker.new", tooltip="tip.new"),
        Binding("d", "delete", "key.delete", id="picker.delete", tooltip="tip.delete"),
        Binding("r", "reload", "key.reload", id="picker.reload", tooltip="tip.reload"),
        Binding("o", "overview", "key.overview", id="picker.overview", tooltip="tip.overview"),
        Binding("f1,question_mark", "app.help", "key.help", id="picker.help", tooltip="tip.help"),
        Binding("q", "app.quit", "key.quit", id="picker.quit", tooltip="tip.quit"),
    ]

    def action_overview(self) -> None:
        """The organiser's overview of every conference in this folder."""
        from dialog.tui.screens.overview import OverviewScreen

        # Four wide tables take a while to build: this screen's title line says the overview is coming first.
        self.post_message(ShowAfterSaying(t("overview.opening"), lambda: self.app.push_screen(
            OverviewScreen([self.sessions]), lambda _: self.read_folder())))

    def __init__(self, sessions: Path) -> None:
        super().__init__()
        self.sessions = sessions
        self.listings: list[ConferenceListing] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("picker.heading", folder=self.sessions), id="picker-heading", markup=False)
        yield DataTable(id="conferences", cursor_type="row", zebra_stripes=True)
        yield Static(t("picker.empty"), id="picker-empty", markup=False)
        yield Static("", id="picker-status", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.title = t("app.title")
        self.sub_title = t("picker.subtitle")
        self.query_one("#picker-empty").display = False
        self.read_folder()

    def on_screen_resume(self) -> None:
        self.read_folder()

    def action_reload(self) -> None:
        """Read the sessions folder again (r); the title line says so until it is read."""
        self.read_folder(say_so=True)

    def read_folder(self, say_so: bool = False) -> None:
        """Read the sessions folder (in a thread); not while a damaged file is being restored."""
        if not self.app.offering_restore:
            if say_so:
                say_under_way(self, t("picker.reading"), "reload")
            self.load_listings()

    def load_listings(self) -> None:
        """Read the sessions folder on a worker; the table shows it when it is read."""
        self.in_thread(list_conferences, self.sessions, reply=ConferencesListed, then=self.show_listings,
                       failed=lambda _text: under_way_done(self, "reload"), group="picker-load", exclusive=True)

    def show_listings(self, listings: list[ConferenceListing]) -> None:
        """Show the conferences read from the folder; the cursor stays on its conference."""
        under_way_done(self, "reload")
        chosen = self.selected()
        self.listings = listings
        rows = []
        for item in self.listings:
            if item.error:
                rows.append([item.path.name, "", t("list.damaged" if item.damaged else "list.unreadable"), "", ""])
                continue
            district = item.district + (f" ({t('list.demo')})" if item.is_demo else "")
            rows.append([district, item.date, t(f"phase.{item.phase}"), str(item.participants), str(item.forms)])
        table = self.query_one(DataTable)
        # Columns as wide as their cells from the start: a DataTable left to measure them itself does so only
        # when next idle, and keeps rows it drew before that cut ("Stovn  2007  Avsl") until something redraws them.
        fill_table(table, [t("list.district"), t("list.date"), t("list.phase"), t("list.participants"),
                           t("list.forms")], rows)
        paths = [item.path for item in self.listings]
        if chosen is not None and chosen.path in paths:  # the cursor stays on its conference, wherever it is now
            table.move_cursor(row=paths.index(chosen.path))
        empty = not self.listings
        table.display = not empty
        self.query_one("#picker-empty").display = empty
        if not empty:
            table.focus()

    def selected(self) -> ConferenceListing | None:
        """Return the listing under the cursor, if any."""
        table = self.query_one(DataTable)
        if not self.listings or table.cursor_row < 0 or table.cursor_row >= len(self.listings):
            return None
        return self.listings[table.cursor_row]

    @on(DataTable.RowSelected)
    def action_open(self) -> None:
        """Open the conference under the cursor."""
        listing = self.selected()
        if listing is None:
            return
        if listing.error and not listing.damaged:  # a damaged file opens on the offer of its latest sound backup
            self.notify(listing.error, severity="error")
            return
        name = f"{listing.district} {listing.date}" if listing.district else listing.path.name
        self.post_message(OpenConference(listing.path, name))

    def action_new(self) -> None:
        """Ask for the facts of a new conference, then create it."""
        fields = [
            Field("district", t("field.district"), placeholder=t("new.district_placeholder")),
            Field("date", t("field.date"), value=date.today().isoformat(), placeholder=t("placeholder.date")),
            Field("venue", t("field.venue")),
            Field("language", t("field.language"), "select", get_language(),
                  [(t(f"language.{code}"), code) for code in LANGUAGES]),
        ]

        def facts(values: dict) -> ConferenceFacts:
            return ConferenceFacts(values["district"], values["date"], values["venue"],
                                   values["language"] or get_language()).validated()

        def done(values: dict | None) -> None:
            if values is not None:
                made = facts(values)
                say_under_way(self, t("new.creating", district=made.district, date=made.date), "create")
                self.create_file(made)

        self.app.push_screen(FormScreen(t("new.title"), fields, facts, submit=t("button.create")), done)

    def create_file(self, facts: ConferenceFacts, force: bool = False) -> None:
        """Create the conference on a worker; first ask if its district and date are taken."""
        self.in_thread(_create, self.sessions, facts, force, reply=ConferenceCreated, then=self._created,
                       failed=lambda _text: under_way_done(self, "create"), group="picker-write")

    def _created(self, made: CreateOutcome) -> None:
        if not made.existed:
            # The title line goes from saying the conference is being created to saying it is opening.
            self.post_message(OpenConference(made.path, instead_of="create"))
            return
        # Ask before making a second conference for the same district and date ("No" is preselected).
        facts = made.facts
        question = t("new.exists_question", district=facts.district, date=facts.date, file=made.path.name)

        def answered(yes: bool | None) -> None:
            if yes:
                self.create_file(facts, force=True)
            else:
                under_way_done(self, "create")

        self.app.push_screen(ConfirmScreen(question, t("button.create_another")), answered)

    def action_delete(self) -> None:
        """Ask, then delete the conference under the cursor with its backups."""
        listing = self.selected()
        if listing is None:
            return
        name = listing.district or listing.path.name
        question = t("picker.delete_question", name=name, date=listing.date, file=listing.path.name)

        def answered(yes: bool | None) -> None:
            if yes:
                say_under_way(self, t("picker.deleting", file=listing.path.name), "delete")
                self.delete_file(listing.path)

        self.app.push_screen(ConfirmScreen(question, t("button.delete")), answered)

    def delete_file(self, path: Path) -> None:
        """Delete the conference file and its backups on a worker; then read the folder again."""
        self.in_thread(delete_conference, path, reply=ConferenceDeleted, then=lambda _: self._deleted(path),
                       failed=lambda _text: under_way_done(self, "delete"), group="picker-write")

    def _deleted(self, path: Path) -> None:
        under_way_done(self, "delete")
        self.notify(t("picker.deleted", file=path.name), severity="information")
        self.load_listings()


@dataclass(frozen=True)
class CreateOutcome:
    """What creating a conference came to: made at ``path``, or (``existed``) not made, ``path`` having its day."""

    facts: ConferenceFacts
    path: Path
    existed: bool = False


def _create(sessions: Path, facts: ConferenceFacts, force: bool) -> CreateOutcome:
    """On a worker thread: make the conference's file, unless (and ``force`` not given) one for its day exists."""
    existing = None if force else same_conference(sessions, facts.district, facts.date)
    if existing is not None:
        return CreateOutcome(facts, existing, existed=True)
    path = path_for(sessions, facts.date, facts.district)
    create_conference(path, facts).close()
    return CreateOutcome(facts, path)
