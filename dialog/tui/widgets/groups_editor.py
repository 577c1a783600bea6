"""Setup: work groups, their themes and their role mix, with balance warnings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from dialog.core.attendance import list_roles
from dialog.core.conference_themes import leaf_themes
from dialog.core.groups import (
    add_group,
    balance_warnings,
    delete_group,
    list_groups,
    rename_group,
    set_group_members,
    set_group_themes,
)
from dialog.core.rows import Group
from dialog.core.validation import count, required_text
from dialog.i18n import t
from dialog.i18n.names import local_name
from dialog.tui.screens.form import Field
from dialog.tui.store_replies import GroupSaved
from dialog.tui.widgets.list_editor import ListContext, ListEditor, crud_bindings

if TYPE_CHECKING:
    from sqlite_utils import Database


def _load(db: Database) -> tuple[list[Group], ListContext]:
    return list_groups(db), {"roles": list_roles(db), "themes": leaf_themes(db)}


def _save(db: Database, group_id: str | None, values: dict, role_codes: list[str]) -> str:
    members = {code: count(values.get(f"role_{code}"), code) for code in role_codes}
    members = {code: number for code, number in members.items() if number}
    with db.atomic():
        if group_id is None:
            return add_group(db, values["name"], values["themes"], members)
        rename_group(db, group_id, values["name"])
        set_group_themes(db, group_id, values["themes"])
        set_group_members(db, group_id, members)
    return group_id


class GroupsEditor(ListEditor[Group]):
    """Groups with themes and members counted by role; warns when users are outnumbered."""

    HINT_KEY = "groups.hint"
    EMPTY_KEY = "groups.empty"
    BINDINGS = crud_bindings("group")

    def load(self, db: Database) -> tuple[list[Group], ListContext]:
        return _load(db)

    def render_item(self, item: Group, index: int) -> Text:
        letters = {role["code"]: role["letter"] for role in self.context.get("roles", [])}
        line = Text(item["name"], style="bold")
        if item["themes"]:
            line.append("  " + ", ".join(item["themes"]), style="dim")
        members = " ".join(f"{letters.get(code, code)}{number}" for code, number in item["members"].items())
        line.append(f"  {members or t('groups.no_members')}")
        for warning in balance_warnings(item["members"]):
            line.append(f"  ⚠ {t(warning)}", style="bold yellow")
        return line

    def _fields(self, item: Group | None) -> list[Field]:
        fields = [
            Field("name", t("field.group_name"), value=item["name"] if item else
                  t("groups.default_name", number=len(self.items) + 1)),
            Field("themes", t("field.group_themes"), "multi", item["themes"] if item else [],
                  [(f"{row['code']} {local_name(row)}", row["code"]) for row in self.context.get("themes", [])]),
        ]
        for role in self.context.get("roles", []):
            number = item["members"].get(role["code"], "") if item else ""
            fields.append(Field(f"role_{role['code']}", f"{local_name(role)} ({role['letter']})", "number", number))
        return fields

    def _validate(self, values: dict) -> None:
        required_text(values["name"], t("field.group_name"))
        for role in self.context.get("roles", []):
            count(values.get(f"role_{role['code']}"), role["letter"])

    def _submit(self, group_id: str | None, values: dict) -> None:
        codes = [role["code"] for role in self.context.get("roles", [])]
        self.db(_save, group_id, values, codes, reply=GroupSaved, then=self.after_save)

    def action_add(self) -> None:
        """Add a group."""
        self.ask_form(t("groups.add_title"), self._fields(None), lambda v: self._submit(None, v), self._validate)

    def action_edit(self) -> None:
        """Edit the selected group."""
        item = self.selected()
        if item is not None:
            self.ask_form(t("groups.edit_title"), self._fields(item), lambda v: self._submit(item["id"], v),
                          self._validate)

    def action_delete(self) -> None:
        """Delete the selected group and its notes (asks first)."""
        item = self.selected()
        if item is not None:
            self.ask_delete(t("groups.delete_question", name=item["name"]), delete_group, item["id"])
