"""Evaluation: the live tally, the free-text answers, typing in paper forms, and the form's questions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import TabbedContent, TabPane

from dialog.core.attendance import list_roles
from dialog.core.evaluation import list_questions
from dialog.core.privacy import watched_names
from dialog.core.rows import FormQuestion, Role
from dialog.i18n import t
from dialog.tui.app_requests import ShowQrCode
from dialog.tui.screens.paper_form import PaperFormScreen
from dialog.tui.screens.phase_screen import NAVIGATION, TAB_KEYS, PhaseScreen
from dialog.tui.store_replies import FormContextRead
from dialog.tui.under_way import say_under_way, under_way_done
from dialog.tui.widgets.form_template_editor import FormTemplateEditor
from dialog.tui.widgets.free_text_view import FreeTextView
from dialog.tui.widgets.tally_view import TallyView
from dialog.tui.work_results import PaperFormsWritten

if TYPE_CHECKING:
    from sqlite_utils import Database


def _write_forms(source: Path, base: str | None) -> str:
    """On a worker thread: the paper forms in exports/, for the room's address (else this machine's); the line
    saying where."""
    from dialog.core.room_urls import base_url
    from dialog.export.paper_forms_docx import write_paper_forms
    from dialog.web.local_addresses import local_addresses

    printed = write_paper_forms(source, base or base_url(local_addresses()[0]))
    numbers = printed.numbers
    return t("forms.written", count=len(numbers), first=numbers[0], last=numbers[-1], path=printed.path)


def _form_context(db: Database) -> tuple[list[FormQuestion], list[Role], list[str]]:
    return list_questions(db), list_roles(db), watched_names(db)


class EvaluationScreen(PhaseScreen):
    """``n`` types in paper forms, ``p`` prints them; the tally refreshes as forms arrive."""

    PHASE = "evaluation"
    BINDINGS = [
        Binding("n", "paper", "key.paper_forms", id="evaluation.paper", tooltip="tip.paper_forms"),
        Binding("q", "qr", "key.qr", id="evaluation.qr", tooltip="tip.qr"),
        Binding("p", "print_forms", "key.print_forms", id="evaluation.print_forms", tooltip="tip.print_forms"),
    ] + NAVIGATION + TAB_KEYS

    def compose_body(self) -> ComposeResult:
        with TabbedContent(id="evaluation-tabs"):
            with TabPane(t("evaluation.tab_tally"), id="tab-tally"):
                yield TallyView(id="tally-view")
            with TabPane(t("evaluation.tab_free_text"), id="tab-free-text"):
                yield FreeTextView(id="free-text-view")
            with TabPane(t("evaluation.tab_form"), id="tab-form"):
                yield FormTemplateEditor(id="template")

    def reload(self) -> None:
        self.reload_answers()
        self.query_one(FormTemplateEditor).reload()

    def reload_answers(self) -> None:
        """Read the tally and the free-text answers again (also while paper forms are typed in over them)."""
        self.query_one(TallyView).reload()
        self.query_one(FreeTextView).reload()

    def action_qr(self) -> None:
        """Show the evaluation form's QR code across the screen, with the forms returned so far."""
        self.post_message(ShowQrCode(0))

    def action_print_forms(self) -> None:
        """Write numbered paper forms (one per participant, else 30) with the phone code into exports/."""
        store = self.app.store
        if store is None:
            return
        base = self.app.room.base_url if self.app.room is not None else None
        say_under_way(self, t("paper_forms.writing"), "forms")
        self.in_thread(_write_forms, store.path, base, reply=PaperFormsWritten, then=self._forms_written,
                       failed=lambda _text: under_way_done(self, "forms"), group="forms", exclusive=True)

    def _forms_written(self, line: str) -> None:
        under_way_done(self, "forms")
        self.notify(line, severity="information", timeout=10, markup=False)

    def action_paper(self) -> None:
        """Type in paper forms, one after another."""
        self.db(_form_context, reply=FormContextRead, then=self._open_paper)

    def _open_paper(self, context: tuple[list[FormQuestion], list[Role], list[str]]) -> None:
        questions, roles, watched = context
        self.app.push_screen(PaperFormScreen(questions, roles, watched, on_saved=self.reload_answers),
                             lambda saved: self.reload())
