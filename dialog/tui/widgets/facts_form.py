"""Setup: the conference facts and its process leaders, saved as they are typed.

A field that is not valid (a date like 2026-13-01) shows its one-line error and
keeps what was typed on screen; every other field is saved all the same.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Button, Input, Label, Select, Static

from dialog.core.conference import ConferenceFacts, list_leaders, read_conference, set_leaders, update_facts
from dialog.core.errors import DialogError
from dialog.core.privacy import set_watched_names, watched_names
from dialog.core.rows import Conference, Leader
from dialog.i18n import LANGUAGES, t
from dialog.tui.app_requests import RefreshConferenceLabel
from dialog.tui.save_timers import SaveTimers
from dialog.tui.store_client import StoreClient
from dialog.tui.store_replies import FactsLoaded, FactsSaved
from dialog.tui.translated import TranslatedBindings
from dialog.tui.under_way import say_under_way, under_way_done
from dialog.tui.unsaved import HoldsTypedText
from dialog.tui.widgets.paste_input import PasteInput

if TYPE_CHECKING:
    from sqlite_utils import Database

TEXT_FIELDS = ("district", "date", "venue", "report_version", "interviews", "informants")


FACTS = ("facts",)
"""The facts' key in the app's queue of unsaved text."""


def _load(db: Database) -> tuple[Conference, list[Leader], list[str]]:
    return read_conference(db), list_leaders(db), watched_names(db)


def _save(db: Database, facts: ConferenceFacts, leaders: list[tuple[str, str]], watched: list[str]) -> None:
    with db.atomic():
        update_facts(db, facts)
        set_leaders(db, leaders)
        set_watched_names(db, watched)


def valid_part(saved: ConferenceFacts, typed: dict[str, Any]) -> tuple[ConferenceFacts, str]:
    """The typed facts (field name to text, in the fields' order) with each invalid field left as saved, and the
    first invalid field's message."""
    clean, first_error = saved, ""
    for name, value in typed.items():
        try:
            clean = replace(clean, **{name: value}).validated()
        except DialogError as problem:
            first_error = first_error or problem.message()
    return clean, first_error


def split_names(text: str) -> list[str]:
    """Split "Kari, Ola" into names, ignoring blanks."""
    return [name.strip() for name in text.split(",") if name.strip()]


class FactsForm(HoldsTypedText, StoreClient, TranslatedBindings, VerticalScroll,
                can_focus=False):  # Tab goes to the fields
    """District, date, venue, language, process report and leaders; saved as typed (Ctrl+S saves at once)."""

    BINDINGS = [Binding("ctrl+s", "save", "key.save", id="facts.save", tooltip="tip.save_facts")]

    def compose(self) -> ComposeResult:
        for name in TEXT_FIELDS:
            yield Label(t(f"field.{name}"), markup=False)
            yield PasteInput(id=f"facts-{name}", compact=True,
                        restrict=r"[0-9]*" if name in ("interviews", "informants") else None)
        yield Label(t("field.language"), markup=False)
        yield Select([(t(f"language.{code}"), code) for code in LANGUAGES], id="facts-language", allow_blank=False,
                     compact=True, prompt=t("form.not_chosen"))
        yield Label(t("field.leaders_input"), markup=False)
        yield PasteInput(id="facts-leaders", placeholder=t("facts.names_placeholder"), compact=True)
        yield Label(t("field.co_leaders_input"), markup=False)
        yield PasteInput(id="facts-co_leaders", placeholder=t("facts.names_placeholder"), compact=True)
        yield Label(t("field.watched_names"), markup=False)
        yield PasteInput(id="facts-watched", placeholder=t("facts.watched_placeholder"), compact=True)
        yield Static("", id="facts-error", classes="error", markup=False)
        yield Button(t("button.save"), variant="primary", id="facts-save", compact=True)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._saved_facts: ConferenceFacts | None = None
        self._save_timers = SaveTimers(self, self._save_as_typed)
        self._invalid = False
        self._edited = False

    def reload(self) -> None:
        """Fill the form from the file, unless the user is editing it or typed words are not saved yet."""
        if self._edited or self._save_timers.pending or self._invalid or self.app.unsaved.pending(FACTS):
            return
        self.db(_load, reply=FactsLoaded, then=self._fill)

    def _fill(self, loaded: tuple[Conference, list[Leader], list[str]]) -> None:
        facts, leaders, watched = loaded
        self._saved_facts = saved = ConferenceFacts(
            district=facts["district"], date=facts["date"], venue=facts["venue"], language=facts["language"],
            report_version=facts["report_version"], interviews=facts["interviews"], informants=facts["informants"])
        if self._edited or self._save_timers.pending or self._invalid or self.app.unsaved.pending(FACTS):
            return  # typing started while the file was read
        with self.prevent(Input.Changed, Select.Changed):
            shown = asdict(saved)
            for name in TEXT_FIELDS:
                value = shown[name]
                self.query_one(f"#facts-{name}", Input).value = "" if value is None else str(value)
            self.query_one("#facts-language", Select).value = facts["language"]
            self.query_one("#facts-leaders", Input).value = ", ".join(
                row["name"] for row in leaders if row["role"] == "leader")
            self.query_one("#facts-co_leaders", Input).value = ", ".join(
                row["name"] for row in leaders if row["role"] == "co_leader")
            self.query_one("#facts-watched", Input).value = ", ".join(watched)

    def on_input_changed(self) -> None:
        self._typed()

    def on_select_changed(self) -> None:
        self._typed()

    def _typed(self) -> None:
        if self._saved_facts is None:
            return  # a field set up while mounting, before the file was read: not typed
        self._edited = True
        self._save_timers.typed()

    def flush_typed_text(self) -> None:
        """Send the facts now if they were typed since the last save (the app calls this on every way out)."""
        if self._save_timers.pending:
            self._save_as_typed()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_save()

    def on_input_submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        """Store the facts and leaders now, and say so (the title line says they are being saved until then)."""
        if self._saved_facts is not None:  # filled from the file: there is something to save
            say_under_way(self.screen, t("facts.saving"), "facts")
        self._save_as_typed(say_so=True)

    def _save_as_typed(self, say_so: bool = False) -> None:
        """Store every valid field; an invalid one shows its error and stays on screen as typed."""
        self._save_timers.stop()
        if self._saved_facts is None:
            return  # not filled from the file yet: nothing was typed here
        value = lambda name: self.query_one(f"#facts-{name}", Input).value  # noqa: E731
        typed = dict(
            district=value("district"), date=value("date"), venue=value("venue"),
            language=str(self.query_one("#facts-language", Select).value),
            report_version=value("report_version"), interviews=value("interviews"), informants=value("informants"),
        )
        leaders = [(name, "leader") for name in split_names(value("leaders"))]
        leaders += [(name, "co_leader") for name in split_names(value("co_leaders"))]
        clean, problem = valid_part(self._saved_facts, typed)
        self._invalid = bool(problem)
        error = self.query_one("#facts-error", Static)
        error.update(problem)
        self._saved_facts = clean
        save = partial(_save, facts=clean, leaders=leaders, watched=split_names(value("watched")))
        self.app.unsaved.send(FACTS, save, reply=FactsSaved,
                              then=lambda _: self._saved(say_so and not problem), failed=self._not_saved)

    def _not_saved(self, text: str) -> None:
        if self.is_attached:
            under_way_done(self.screen, "facts")
            self.query_one("#facts-error", Static).update(text)

    def _saved(self, say_so: bool) -> None:
        if not self.is_attached:
            return
        under_way_done(self.screen, "facts")
        if self.app.unsaved.pending(FACTS) is None and not self._save_timers.pending:
            self._edited = False
        if say_so:
            self.notify(t("facts.saved"), timeout=3)
        self.post_message(RefreshConferenceLabel())
