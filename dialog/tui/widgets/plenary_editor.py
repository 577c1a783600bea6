"""Plenary: priorities, agreements and disagreements as they are said."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from dialog.core.groups import list_groups
from dialog.core.plenary import add_plenary_point, delete_plenary_point, list_plenary_points, update_plenary_point
from dialog.core.privacy import watched_names
from dialog.core.rows import PlenaryPoint
from dialog.core.validation import required_text
from dialog.core.vocabulary import PLENARY_KINDS
from dialog.i18n import t
from dialog.tui.screens.form import Field
from dialog.tui.store_replies import PlenaryPointSaved
from dialog.tui.widgets.list_editor import ListContext, ListEditor, crud_bindings

if TYPE_CHECKING:
    from sqlite_utils import Database

KIND_STYLES = {"priority": "bold green", "agreement": "cyan", "disagreement": "bold red", "other": ""}


class PlenaryEditor(ListEditor[PlenaryPoint]):
    """Plenary points in the order they were made."""

    HINT_KEY = "plenary.hint"
    EMPTY_KEY = "plenary.empty"
    BINDINGS = crud_bindings("point")

    def load(self, db: Database) -> tuple[list[PlenaryPoint], ListContext]:
        return list_plenary_points(db), {"groups": list_groups(db), "watched": watched_names(db)}

    def render_item(self, item: PlenaryPoint, index: int) -> Text:
        line = Text(f"[{t('plenary_kind.' + item['kind'])}] ", style=KIND_STYLES.get(item["kind"], ""))
        line.append(item["text"])
        names = {g["id"]: g["name"] for g in self.context.get("groups", [])}
        if item["group_id"] in names:
            line.append(f"  ({names[item['group_id']]})", style="dim")
        return line

    def _fields(self, item: PlenaryPoint | None) -> list[Field]:
        return [
            Field("kind", t("field.plenary_kind"), "select", item["kind"] if item else "priority",
                  [(t(f"plenary_kind.{kind}"), kind) for kind in PLENARY_KINDS]),
            Field("text", t("field.plenary_point"), "text", item["text"] if item else "", checked=True),
            Field("group", t("field.group"), "select", item["group_id"] if item else None,
                  [(g["name"], g["id"]) for g in self.context.get("groups", [])]),
        ]

    @staticmethod
    def _validate(values: dict) -> None:
        required_text(values["text"], t("field.plenary_point"), 20_000)
        required_text(values["kind"], t("field.plenary_kind"))

    def action_add(self) -> None:
        """Record a plenary point."""
        self.ask_form(t("plenary.add_title"), self._fields(None),
                      lambda v: self.db(add_plenary_point, v["kind"], v["text"], v["group"], reply=PlenaryPointSaved,
                                        then=self.after_save),
                      self._validate)

    def action_edit(self) -> None:
        """Edit the selected plenary point."""
        item = self.selected()
        if item is not None:
            self.ask_form(t("plenary.edit_title"), self._fields(item),
                          lambda v: self.db(update_plenary_point, item["id"], v["kind"], v["text"], v["group"],
                                            reply=PlenaryPointSaved, then=self.after_save), self._validate)

    def action_delete(self) -> None:
        """Delete the selected plenary point (asks first)."""
        item = self.selected()
        if item is not None:
            self.ask_delete(t("plenary.delete_question"), delete_plenary_point, item["id"])
