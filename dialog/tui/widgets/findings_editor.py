"""Setup: the process report's main findings, their quotes, order and import."""

from __future__ import annotations

from collections.abc import Collection
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding

from dialog.core.conference_themes import leaf_themes
from dialog.core.findings import (
    ImportReport,
    add_finding,
    add_imported_findings,
    delete_finding,
    list_findings,
    move_finding,
    replace_quotes,
    update_finding,
)
from dialog.core.findings_import import read_blocks, split_quote
from dialog.core.privacy import describe_kinds, warning_kinds, watched_names
from dialog.core.roles import role_letters
from dialog.core.rows import Finding, Quote
from dialog.core.user_files import require_regular_file, user_path
from dialog.core.validation import MAX_SHORT_TEXT, required_text
from dialog.i18n import t
from dialog.i18n.names import local_name
from dialog.tui.screens.form import Field
from dialog.tui.store_replies import FindingMoved, FindingSaved, FindingsImported
from dialog.tui.under_way import say_under_way, under_way_done
from dialog.tui.widgets.list_editor import ListContext, ListEditor, crud_bindings
from dialog.tui.work_results import ReportRead

if TYPE_CHECKING:
    from sqlite_utils import Database


def quotes_to_text(quotes: list[Quote]) -> str:
    """One quote per line, ``B: text``."""
    return "\n".join(f"{q['role_letter']}: {q['text']}" if q["role_letter"] else q["text"] for q in quotes)


def text_to_quotes(text: str, letters: Collection[str] | None = None) -> list[tuple[str, str]]:
    """Read quotes back from the one-per-line form (``letters``: the conference's role letters)."""
    return [split_quote(line, letters) for line in text.splitlines() if line.strip()]


def _load(db: Database) -> tuple[list[Finding], ListContext]:
    return list_findings(db), {"themes": leaf_themes(db), "watched": watched_names(db)}


def _save(db: Database, finding_id: str | None, values: dict) -> str:
    with db.atomic():
        if finding_id is None:
            finding_id = add_finding(db, values["title"], values["body"], values["theme"])
        else:
            update_finding(db, finding_id, values["title"], values["body"], values["theme"])
        replace_quotes(db, finding_id, text_to_quotes(values["quotes"], role_letters(db)))
    return finding_id


def _validate(values: dict) -> None:
    required_text(values["title"], t("field.finding_title"), MAX_SHORT_TEXT * 2)
    text_to_quotes(values["quotes"])


class FindingsEditor(ListEditor[Finding]):
    """The findings in presentation order; add, edit, move, delete, import."""

    HINT_KEY = "findings.hint"
    EMPTY_KEY = "findings.empty"
    BINDINGS = crud_bindings("finding") + [
        Binding("shift+up,ctrl+up", "move(-1)", "key.move_up", id="findings.up", tooltip="tip.move_up"),
        Binding("shift+down,ctrl+down", "move(1)", "key.move_down", id="findings.down", tooltip="tip.move_down"),
        Binding("i", "import", "key.import", id="findings.import", tooltip="tip.import_findings"),
    ]

    def load(self, db: Database) -> tuple[list[Finding], ListContext]:
        return _load(db)

    def render_item(self, item: Finding, index: int) -> Text:
        line = Text(f"{index + 1}. ", style="bold")
        line.append(item["title"])
        if item["theme_code"]:
            line.append(f"  [{item['theme_code']}]", style="dim")
        line.append("  " + t("findings.quote_count", count=len(item["quotes"])), style="dim")
        if item["response"]:
            line.append(f"  {t('response.' + item['response'])}", style="italic")
        return line

    def _fields(self, item: Finding | None) -> list[Field]:
        return [
            Field("title", t("field.finding_title"), value=item["title"] if item else "", checked=True),
            Field("body", t("field.finding_body"), "text", item["body"] if item else "", checked=True),
            Field("theme", t("field.theme"), "select", item["theme_code"] if item else None,
                  [(f"{row['code']} {local_name(row)}", row["code"]) for row in self.context.get("themes", [])]),
            Field("quotes", t("field.quotes_lines"), "text", quotes_to_text(item["quotes"]) if item else "",
                  checked=True),
        ]

    def action_add(self) -> None:
        """Add a finding at the end."""
        self.ask_form(t("findings.add_title"), self._fields(None),
                      lambda values: self.db(_save, None, values, reply=FindingSaved, then=self._saved(values)),
                      _validate)

    def action_edit(self) -> None:
        """Edit the selected finding and its quotes."""
        item = self.selected()
        if item is not None:
            self.ask_form(t("findings.edit_title"), self._fields(item),
                          lambda values: self.db(_save, item["id"], values, reply=FindingSaved,
                                                 then=self._saved(values)), _validate)

    def _saved(self, values: dict):
        """After saving: the list as usual, and a warning (never a refusal) if a quote looks personal."""

        def then(result: object) -> None:
            self.after_save(result)
            kinds = warning_kinds(values["quotes"], self.context.get("watched", []))
            if kinds:
                self.notify(t("privacy.typing", kinds=describe_kinds(kinds)), severity="warning", timeout=10)

        return then

    def action_delete(self) -> None:
        """Delete the selected finding (asks first)."""
        item = self.selected()
        if item is not None:
            self.ask_delete(t("findings.delete_question", title=item["title"]), delete_finding, item["id"])

    def action_move(self, step: int) -> None:
        """Move the selected finding up or down (the cursor goes with it once the list is read again)."""
        item = self.selected()
        if item is not None:
            self.db(move_finding, item["id"], step, reply=FindingMoved, then=self.after_save)

    def action_import(self) -> None:
        """Read findings from a Markdown or Word file."""

        def validate(values: dict) -> None:
            require_regular_file(user_path(values["path"].strip()))

        def save(values: dict) -> None:
            path = user_path(values["path"].strip())
            say_under_way(self.screen, t("findings.importing", file=path.name), "import")  # until the report
            self.in_thread(read_blocks, path, reply=ReportRead, then=partial(self._store_report, path),
                           failed=self._import_over, group="findings-import", exclusive=True)

        self.ask_form(t("findings.import_title"), [Field("path", t("field.import_path"),
                                                         placeholder=t("findings.import_placeholder"))], save, validate,
                      submit=t("button.import"))

    def _store_report(self, path: Path, blocks: list) -> None:
        """The file was read on a worker, away from the thread that saves; its findings are stored there."""
        self.db(add_imported_findings, blocks, path, reply=FindingsImported, then=self._imported,
                failed=self._import_over)

    def _import_over(self, _text: str = "") -> None:
        if self.is_attached:
            under_way_done(self.screen, "import")

    def _imported(self, report: ImportReport) -> None:
        """Say in one line how many findings were new and how many were there already."""
        self._import_over()
        if report.already:
            self.notify(t("findings.import_report", count=report.added, already=report.already))
        else:
            self.notify(t("findings.imported", count=report.added))
        self.reload()
