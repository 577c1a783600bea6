"""Plenary: the list of proposed measures, with responsible level, owner, deadline and votes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding

from dialog.core.conference_themes import leaf_themes
from dialog.core.measures import add_measure, add_votes, delete_measure, list_measures, update_measure
from dialog.core.privacy import watched_names
from dialog.core.rows import Measure, Theme
from dialog.core.validation import parse_date, required_text
from dialog.core.vocabulary import MEASURE_STATUSES, RESPONSIBLE_LEVELS
from dialog.i18n import t
from dialog.i18n.names import local_name
from dialog.tui.screens.form import Field
from dialog.tui.store_replies import MeasureSaved, VotesAdded
from dialog.tui.widgets.list_editor import ListContext, ListEditor, crud_bindings

if TYPE_CHECKING:
    from sqlite_utils import Database


def measure_fields(values: Mapping[str, object], themes: list[Theme]) -> list[Field]:
    """The form for a measure, filled from ``values`` (a measure, or the parts of one known so far)."""
    return [
        Field("text", t("field.measure"), "text", values.get("text", ""), checked=True),
        Field("theme", t("field.theme"), "select", values.get("theme_code"),
              [(f"{row['code']} {local_name(row)}", row["code"]) for row in themes]),
        Field("level", t("field.level"), "select", values.get("level"),
              [(t(f"level.{level}"), level) for level in RESPONSIBLE_LEVELS]),
        Field("owner", t("field.owner"), value=values.get("owner", ""), checked=True),
        Field("deadline", t("field.deadline"), value=values.get("deadline") or "", placeholder=t("placeholder.date")),
        Field("status", t("field.status"), "select", values.get("status", "proposed"),
              [(t(f"status.{status}"), status) for status in MEASURE_STATUSES]),
    ]


def validate_measure(values: dict) -> None:
    """Refuse an empty measure or a bad deadline before anything is stored."""
    required_text(values["text"], t("field.measure"), 20_000)
    if values["deadline"].strip():
        parse_date(values["deadline"])


def save_measure(db: Database, measure_id: str | None, values: dict, origin: dict | None = None) -> str:
    """Create or update a measure from form values; return its id."""
    fields = {"text": values["text"], "theme_code": values["theme"], "level": values["level"],
              "owner": values["owner"], "deadline": values["deadline"].strip() or None,
              "status": values["status"] or "proposed"}
    if measure_id is None:
        return add_measure(db, **fields, **(origin or {}))
    update_measure(db, measure_id, **fields)
    return measure_id


class MeasuresEditor(ListEditor[Measure]):
    """Measures, most votes first: ``+``/``-`` count priority dots."""

    HINT_KEY = "measures.hint"
    EMPTY_KEY = "measures.empty"
    BINDINGS = crud_bindings("measure") + [
        Binding("plus,equals_sign", "vote(1)", "key.vote_up", id="measures.vote_up", tooltip="tip.vote_up"),
        Binding("minus", "vote(-1)", "key.vote_down", id="measures.vote_down", tooltip="tip.vote_down"),
    ]

    def load(self, db: Database) -> tuple[list[Measure], ListContext]:
        return list_measures(db), {"themes": leaf_themes(db), "watched": watched_names(db)}

    def render_item(self, item: Measure, index: int) -> Text:
        line = Text(f"{'●' * min(item['votes'], 20)} {item['votes']:>2}  ", style="bold yellow")
        line.append(item["text"])
        details = [t("level." + item["level"]) if item["level"] else t("measures.no_level")]
        if item["owner"]:
            details.append(item["owner"])
        if item["deadline"]:
            details.append(item["deadline"])
        details.append(t("status." + item["status"]))
        line.append("  (" + ", ".join(details) + ")", style="dim")
        return line

    def action_add(self) -> None:
        """Add a measure."""
        self.ask_form(t("measures.add_title"), measure_fields({}, self.context.get("themes", [])),
                      lambda values: self.db(save_measure, None, values, reply=MeasureSaved, then=self.after_save),
                      validate_measure)

    def action_edit(self) -> None:
        """Edit the selected measure."""
        item = self.selected()
        if item is not None:
            self.ask_form(t("measures.edit_title"), measure_fields(item, self.context.get("themes", [])),
                          lambda values: self.db(save_measure, item["id"], values, reply=MeasureSaved,
                                                 then=self.after_save),
                          validate_measure)

    def action_vote(self, step: int) -> None:
        """Add or take away a priority dot."""
        item = self.selected()
        if item is not None:
            self.db(add_votes, item["id"], step, reply=VotesAdded, then=self.after_save)

    def action_delete(self) -> None:
        """Delete the selected measure (asks first)."""
        item = self.selected()
        if item is not None:
            self.ask_delete(t("measures.delete_question", text=item["text"][:80]), delete_measure, item["id"])
