"""Setup: the theme catalogue and the conference's own themes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding

from dialog.core.conference_themes import add_own_theme, list_themes
from dialog.core.rows import Theme
from dialog.core.validation import required_text
from dialog.i18n import t
from dialog.i18n.names import local_name, other_language, written_norwegian
from dialog.tui.screens.form import Field
from dialog.tui.store_replies import ThemeAdded
from dialog.tui.widgets.list_editor import ListContext, ListEditor

if TYPE_CHECKING:
    from sqlite_utils import Database


class ThemesEditor(ListEditor[Theme]):
    """Every theme with its code and both names; ``a`` adds one of the conference's own."""

    HINT_KEY = "themes.hint"
    ROW_KEY = "code"
    BINDINGS = [Binding("a", "add", "key.add", id="themes.add", tooltip="tip.add_theme")]

    def load(self, db: Database) -> tuple[list[Theme], ListContext]:
        return list_themes(db), {}

    def render_item(self, item: Theme, index: int) -> Text:
        heading = item["parent_code"] is None and item["origin"] == "catalogue"
        line = Text(f"{item['code']:<6}", style="bold" if heading else "")
        other = local_name(item, other_language())
        line.append(local_name(item), style="bold" if heading else "")
        if other != local_name(item):
            line.append(f"  /  {other}", style="dim")
        if item["origin"] == "own":
            line.append(f"  ({t('themes.own')})", style="italic")
        return line

    def action_add(self) -> None:
        """Add a theme of this conference's own."""
        parents = [(f"{row['code']} {local_name(row)}", row["code"]) for row in self.items
                   if row["parent_code"] is None and row["origin"] == "catalogue"]
        fields = [
            Field("code", t("field.theme_code"), placeholder=t("themes.code_placeholder")),
            Field("name_nb", t("field.theme_name_nb")),
            Field("name_en", t("field.theme_name_en")),
            Field("parent", t("field.theme_parent"), "select", None, parents),
        ]

        def validate(values: dict) -> None:
            required_text(values["code"], t("field.theme_code"), 20)
            required_text(values["name_nb"], t("field.theme_name_nb"))

        def save(values: dict) -> None:
            self.db(add_own_theme, values["code"], values["name_nb"], values["name_en"], values["parent"],
                    written=written_norwegian(self.app.conference_language), reply=ThemeAdded,
                    then=self.after_save)

        self.ask_form(t("themes.add_title"), fields, save, validate)
