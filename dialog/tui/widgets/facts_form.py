"""Setup: the conference facts and its process leaders."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Button, Input, Label, Select, Static

from dialog.core.conference import ConferenceFacts, list_leaders, read_conference, set_leaders, update_facts
from dialog.core.errors import DialogError
from dialog.core.privacy import set_watched_names, watched_names
from dialog.i18n import t
from dialog.tui.store_client import StoreClient
from dialog.tui.translated import TranslatedBindings

if TYPE_CHECKING:
    from sqlite_utils import Database

TEXT_FIELDS = ("district", "date", "venue", "report_version", "interviews", "informants")


def _load(db: Database) -> tuple[dict, list[dict], list[str]]:
    return read_conference(db), list_leaders(db), watched_names(db)


def _save(db: Database, facts: ConferenceFacts, leaders: list[tuple[str, str]], watched: list[str]) -> None:
    with db.atomic():
        update_facts(db, facts)
        set_leaders(db, leaders)
        set_watched_names(db, watched)


def split_names(text: str) -> list[str]:
    """Split "Kari, Ola" into names, ignoring blanks."""
    return [name.strip() for name in text.split(",") if name.strip()]


class FactsForm(StoreClient, TranslatedBindings, VerticalScroll, can_focus=False):  # Tab goes to the fields
    """District, date, venue, language, process report and leaders; Ctrl+S saves."""

    BINDINGS = [Binding("ctrl+s", "save", "key.save", id="facts.save", tooltip="tip.save_facts")]

    def compose(self) -> ComposeResult:
        for name in TEXT_FIELDS:
            yield Label(t(f"field.{name}"), markup=False)
            yield Input(id=f"facts-{name}", compact=True,
                        restrict=r"[0-9]*" if name in ("interviews", "informants") else None)
        yield Label(t("field.language"), markup=False)
        yield Select([(t("language.nb"), "nb"), (t("language.en"), "en")], id="facts-language", allow_blank=False,
                     compact=True, prompt=t("form.not_chosen"))
        yield Label(t("field.leaders_input"), markup=False)
        yield Input(id="facts-leaders", placeholder=t("facts.names_placeholder"), compact=True)
        yield Label(t("field.co_leaders_input"), markup=False)
        yield Input(id="facts-co_leaders", placeholder=t("facts.names_placeholder"), compact=True)
        yield Label(t("field.watched_names"), markup=False)
        yield Input(id="facts-watched", placeholder=t("facts.watched_placeholder"), compact=True)
        yield Static("", id="facts-error", classes="error", markup=False)
        yield Button(t("button.save"), variant="primary", id="facts-save", compact=True)

    def reload(self) -> None:
        """Fill the form from the file, unless the user is editing it."""
        if self.has_focus_within and getattr(self, "_edited", False):
            return
        self.db(_load, then=self._fill)

    def _fill(self, loaded: tuple[dict, list[dict], list[str]]) -> None:
        facts, leaders, watched = loaded
        for name in TEXT_FIELDS:
            value = facts[name]
            self.query_one(f"#facts-{name}", Input).value = "" if value is None else str(value)
        self.query_one("#facts-language", Select).value = facts["language"]
        self.query_one("#facts-leaders", Input).value = ", ".join(
            row["name"] for row in leaders if row["role"] == "leader")
        self.query_one("#facts-co_leaders", Input).value = ", ".join(
            row["name"] for row in leaders if row["role"] == "co_leader")
        self.query_one("#facts-watched", Input).value = ", ".join(watched)
        self._edited = False

    def on_input_changed(self) -> None:
        self._edited = True

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_save()

    def on_input_submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        """Validate and store the facts and leaders."""
        value = lambda name: self.query_one(f"#facts-{name}", Input).value  # noqa: E731
        facts = ConferenceFacts(
            district=value("district"), date=value("date"), venue=value("venue"),
            language=str(self.query_one("#facts-language", Select).value),
            report_version=value("report_version"), interviews=value("interviews"), informants=value("informants"),
        )
        leaders = [(name, "leader") for name in split_names(value("leaders"))]
        leaders += [(name, "co_leader") for name in split_names(value("co_leaders"))]
        error = self.query_one("#facts-error", Static)
        try:
            clean = facts.validated()
        except DialogError as problem:
            error.update(problem.message())
            return
        error.update("")
        self.db(_save, clean, leaders, split_names(value("watched")), then=self._saved, failed=error.update)

    def _saved(self, _result: object) -> None:
        self._edited = False
        self.notify(t("facts.saved"), timeout=3)
        self.app.refresh_conference_label()
