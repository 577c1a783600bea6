"""Evaluation: the questions of the form (versioned once answers exist)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from dialog.core.evaluation import list_questions
from dialog.core.form_templates import add_question, remove_question, update_question
from dialog.core.rows import FormQuestion
from dialog.core.validation import required_text
from dialog.i18n import t
from dialog.i18n.names import local_name, other_language, written_norwegian
from dialog.tui.screens.form import Field
from dialog.tui.store_replies import QuestionSaved
from dialog.tui.widgets.list_editor import ListContext, ListEditor, crud_bindings

if TYPE_CHECKING:
    from sqlite_utils import Database


class FormTemplateEditor(ListEditor[FormQuestion]):
    """The questions in order; edit the wording, add or remove questions."""

    HINT_KEY = "template.hint"
    BINDINGS = crud_bindings("question")

    def load(self, db: Database) -> tuple[list[FormQuestion], ListContext]:
        return list_questions(db), {}

    def render_item(self, item: FormQuestion, index: int) -> Text:
        line = Text(f"{index + 1}. ", style="bold")
        line.append(local_name(item, None, "text"))
        line.append(f"  /  {local_name(item, other_language(), 'text')}", style="dim")
        line.append(f"  [{t('question_kind.' + item['kind'])}]", style="italic")
        return line

    @staticmethod
    def _validate(values: dict) -> None:
        required_text(values["text_nb"], t("field.question_nb"), 500)

    def action_edit(self) -> None:
        """Change the wording of the selected question."""
        item = self.selected()
        if item is None:
            return
        written = written_norwegian(self.app.conference_language)
        fields = [Field("text_nb", t("field.question_nb"), value=local_name(item, written, "text")),
                  Field("text_en", t("field.question_en"), value=item["text_en"])]
        self.ask_form(t("template.edit_title"), fields,
                      lambda v: self.db(update_question, item["code"], v["text_nb"], v["text_en"] or v["text_nb"],
                                        written=written, reply=QuestionSaved, then=self.after_save), self._validate)

    def action_add(self) -> None:
        """Add a scale or free-text question."""
        fields = [Field("kind", t("field.question_kind"), "select", "scale",
                        [(t("question_kind.scale"), "scale"), (t("question_kind.text"), "text")]),
                  Field("text_nb", t("field.question_nb")), Field("text_en", t("field.question_en"))]
        self.ask_form(t("template.add_title"), fields,
                      lambda v: self.db(add_question, v["kind"] or "scale", v["text_nb"], v["text_en"],
                                        written=written_norwegian(self.app.conference_language),
                                        reply=QuestionSaved, then=self.after_save),
                      self._validate)

    def action_delete(self) -> None:
        """Remove the selected question (asks first)."""
        item = self.selected()
        if item is not None:
            self.ask_delete(t("template.delete_question", text=local_name(item, None, "text")), remove_question,
                            item["code"])
