"""Typing in paper evaluation forms: the sheet number first, then the answers; save-and-next in one key.

A sheet number typed in already is refused in one line, and what was typed
stays; Ctrl+E opens that sheet to correct it (its answers are replaced, it
stays one form under its number).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static

from dialog.core.errors import DialogError
from dialog.core.evaluation import add_response, sheet_stored
from dialog.core.forms import MAX_SHEET_NUMBER, sane_scale
from dialog.core.paper_sheets import PaperSheet, correct_sheet, parse_sheet_number, read_sheet
from dialog.core.rows import FormQuestion, Role
from dialog.i18n import get_language, t
from dialog.i18n.names import local_name
from dialog.tui.privacy_hint import privacy_hint
from dialog.tui.screens.confirm import ConfirmScreen
from dialog.tui.store_client import StoreClient
from dialog.tui.store_replies import FormSaved, SheetCorrected, SheetLookedUp, SheetRead
from dialog.tui.translated import TranslatedBindings
from dialog.tui.under_way import say_under_way, under_way_done
from dialog.tui.widgets.paste_input import PasteInput
from dialog.tui.widgets.scale_input import ScaleInput


def _question_text(question: FormQuestion) -> str:
    return local_name(question, get_language(), "text")


def _role_name(role: Role) -> str:
    return local_name(role, get_language())


class PaperFormScreen(StoreClient, TranslatedBindings, ModalScreen[int]):
    """Tab through the questions, digits answer scales; Ctrl+S saves and starts the next form.

    Dismisses with the number of forms saved while it was open; ``on_saved`` runs after each
    form is stored, so the tally behind the dialog counts it at once.
    """

    UNDER_WAY_LINE = "#paper-status"
    """Where the form says it is being saved: dialog/tui/under_way.py."""

    DEFAULT_CSS = """
    PaperFormScreen #dialog-box { height: 90%; }
    PaperFormScreen #paper-questions { height: 1fr; }
    PaperFormScreen #paper-questions > Label { width: 100%; }
    /* Under the questions, never scrolled away nor over them: the keys, "saving …" and how many forms are saved. */
    PaperFormScreen #paper-status { height: auto; margin-top: 1; }
    """

    BINDINGS = [
        Binding("ctrl+s", "save_next", "key.save_next", id="paper.save_next", tooltip="tip.save_next"),
        # priority: a text field would otherwise take Ctrl+E as "end of line" (End does that too).
        Binding("ctrl+e", "correct", "key.correct_sheet", id="paper.correct", tooltip="tip.correct_sheet",
                priority=True),
        Binding("escape", "close", "key.close", id="paper.close", tooltip="tip.close_paper", priority=True),
    ]

    def __init__(self, questions: list[FormQuestion], roles: list[Role], watched: Sequence[str] = (),
                 on_saved: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.on_saved = on_saved
        self.questions = questions
        self.roles = roles
        self.watched = watched  # names to watch: free-text answers are checked for personal data as typed
        self.saved = 0
        self.correcting: int | None = None
        """The number of the sheet being corrected, or None while a new form is typed."""

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box", classes="form"):
            with VerticalScroll(id="paper-questions", can_focus=False):  # Tab goes to the answers
                yield Label(t("paper.title"), classes="title", id="paper-title", markup=False)
                yield Label(t("paper.sheet_label"), markup=False)
                yield Input(id="sheet", restrict=r"[0-9]*", max_length=len(str(MAX_SHEET_NUMBER)))
                yield Static("", id="sheet-status", markup=False)
                for question in self.questions:
                    yield Label(_question_text(question), markup=False)
                    widget_id = f"q-{question['code']}"
                    if question["kind"] == "scale":
                        yield ScaleInput(*sane_scale(question["scale_min"], question["scale_max"]), id=widget_id)
                    elif question["kind"] == "role":
                        yield Select([(_role_name(role), role["code"]) for role in self.roles], id=widget_id,
                                     prompt=t("paper.no_role"))
                    else:
                        yield PasteInput(id=widget_id)
                        yield Static("", classes="privacy-warning", id=f"privacy-{question['code']}", markup=False)
            yield Static(t("paper.hint"), classes="hint", id="paper-status", markup=False)

    def on_mount(self) -> None:
        self._sheet_line("")
        self._first().focus()
        self.call_after_refresh(self.query_one(VerticalScroll).scroll_home, animate=False)  # the title shows too
        self._check_privacy()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "sheet":
            self._look_up_sheet(event.value)
        else:
            self._check_privacy()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "sheet":  # Enter after the number goes on to the first question, as Tab does
            event.stop()
            self.focus_next()

    def _look_up_sheet(self, typed: str) -> None:
        """Say under the number at once when that sheet is typed in already (the save refuses it too)."""
        self._sheet_line("")
        if self.correcting is not None or not typed:
            return
        try:
            number = parse_sheet_number(typed)
        except DialogError as error:
            self._sheet_line(error.message())
            return
        self.db(sheet_stored, number, reply=SheetLookedUp, then=lambda taken: self._sheet_looked_up(number, taken))

    def _sheet_looked_up(self, number: int, taken: bool) -> None:
        if taken and self.query_one("#sheet", Input).value.strip() == str(number) and self.correcting is None:
            self._sheet_line(t("paper.sheet_taken", number=number))

    def _sheet_line(self, text: str) -> None:
        """The line under the sheet number (shown only when it says something)."""
        line = self.query_one("#sheet-status", Static)
        line.update(text)
        line.display = bool(text)

    def _check_privacy(self) -> None:
        """Warn under a free-text answer (never refuse it) while it looks like it holds personal data."""
        for question in self.questions:
            if question["kind"] == "text":
                hint = privacy_hint([(_question_text(question), self.query_one(f"#q-{question['code']}", Input).value)],
                                    self.watched)
                warning = self.query_one(f"#privacy-{question['code']}", Static)
                if hint and not warning.display:
                    self.call_after_refresh(warning.scroll_visible, animate=False)
                warning.update(hint)
                warning.display = bool(hint)

    def _first(self):
        return self.query_one("#sheet", Input)

    def answers(self) -> dict:
        """Read the form as typed."""
        result: dict[str, object] = {}
        for question in self.questions:
            widget = self.query_one(f"#q-{question['code']}")
            if isinstance(widget, ScaleInput):
                result[question["code"]] = widget.value
            elif isinstance(widget, Select):
                result[question["code"]] = None if widget.value is Select.NULL else widget.value
            elif isinstance(widget, Input):
                result[question["code"]] = widget.value.strip() or None
        return result

    def _blank(self) -> bool:
        return all(value is None for value in self.answers().values())

    def _status(self, text: str) -> None:
        self.query_one("#paper-status", Static).update(text)

    def _sheet_number(self) -> int | None:
        """The sheet number as typed; None (the leader told in one line, the cursor on it) when it is missing."""
        typed = self.query_one("#sheet", Input).value
        try:
            if typed.strip():
                return parse_sheet_number(typed)
            self._status(t("paper.sheet_needed"))
        except DialogError as error:
            self._status(error.message())
        self.query_one("#sheet", Input).focus()
        return None

    def action_save_next(self) -> None:
        """Store this form (or the corrected sheet) and clear the screen for the next one."""
        if self._blank():
            self._status(t("paper.empty"))
            return
        correcting = self.correcting
        if correcting is not None:
            say_under_way(self, t("paper.saving"), "save")
            self.db(correct_sheet, correcting, self.answers(), reply=SheetCorrected,
                    then=lambda _id: self._corrected(correcting), failed=self._not_saved)
            return
        number = self._sheet_number()
        if number is None:
            return
        say_under_way(self, t("paper.saving"), "save")  # the form is cleared once the file has it
        self.db(add_response, self.answers(), source="paper", sheet_number=number, reply=FormSaved,
                then=self._saved, failed=self._not_saved)

    def _not_saved(self, text: str) -> None:
        """Refused (a sheet typed in already, an answer out of range): the line says why; what was typed stays."""
        under_way_done(self, "save")
        self._status(text)

    def action_correct(self) -> None:
        """Open the sheet whose number is typed, with its stored answers, to correct them."""
        if self.correcting is not None:
            return
        number = self._sheet_number()
        if number is None:
            return
        if self._blank():
            self._open_sheet(number)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self._open_sheet(number)

        self.app.push_screen(ConfirmScreen(t("paper.discard_question"), t("button.discard")), answered)

    def _open_sheet(self, number: int) -> None:
        self.db(read_sheet, number, reply=SheetRead, then=self._show_sheet, failed=self._status, hold_keys=True)

    def _show_sheet(self, sheet: PaperSheet) -> None:
        if self.questions and sheet.template_id != self.questions[0]["template_id"]:
            self._status(t("paper.older_form", number=sheet.number))
            return
        self._clear()
        for question in self.questions:
            value = sheet.answers.get(question["code"])
            if value is None:
                continue
            widget = self.query_one(f"#q-{question['code']}")
            if isinstance(widget, ScaleInput):
                widget.value = int(value)
            elif isinstance(widget, Select):
                widget.value = value
            elif isinstance(widget, Input):
                widget.value = str(value)
        self.correcting = sheet.number
        sheet_field = self.query_one("#sheet", Input)
        with self.prevent(Input.Changed):
            sheet_field.value = str(sheet.number)
        sheet_field.disabled = True  # a correction keeps its number
        self._sheet_line("")
        self.query_one("#paper-title", Label).update(t("paper.correcting", number=sheet.number))
        self._status(t("paper.correct_hint"))
        if self.questions:
            self.query_one(f"#q-{self.questions[0]['code']}").focus()

    def _corrected(self, number: int) -> None:
        under_way_done(self, "save")
        if self.on_saved is not None:
            self.on_saved()
        self._next_form()
        self._status(t("paper.corrected", number=number))

    def _saved(self, _response_id: str | None) -> None:
        under_way_done(self, "save")
        self.saved += 1
        if self.on_saved is not None:
            self.on_saved()
        self._next_form()
        self._status(t("paper.saved", count=self.saved))

    def _next_form(self) -> None:
        """Clear the screen for the next new form, the cursor on its sheet number."""
        self.correcting = None
        self._clear()
        self.query_one("#sheet", Input).disabled = False
        self.query_one("#paper-title", Label).update(
            t("paper.title_next", saved=self.saved) if self.saved else t("paper.title"))
        self.query_one(VerticalScroll).scroll_home(animate=False)
        self._first().focus()

    def _clear(self) -> None:
        """Empty the sheet number and every answer."""
        with self.prevent(Input.Changed):
            self.query_one("#sheet", Input).value = ""
        self._sheet_line("")
        for question in self.questions:
            widget = self.query_one(f"#q-{question['code']}")
            if isinstance(widget, ScaleInput):
                widget.value = None
            elif isinstance(widget, Select):
                widget.clear()
            elif isinstance(widget, Input):
                widget.value = ""

    def action_close(self) -> None:
        """Close; if a half-typed form is on screen, ask before dropping it.

        While a sheet is corrected, Escape asks the same and goes back to a new form: the sheet stays as it was.
        """
        correcting = self.correcting is not None
        if self._blank() and not correcting:
            self.dismiss(self.saved)
            return

        def answered(discard: bool | None) -> None:
            if discard and correcting:
                self._next_form()
                self._status(t("paper.hint"))
            elif discard:
                self.dismiss(self.saved)

        self.app.push_screen(ConfirmScreen(t("paper.discard_question"), t("button.discard")), answered)
