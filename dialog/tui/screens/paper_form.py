"""Typing in paper evaluation forms: one screen per form, save-and-next in one key."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static

from dialog.core.evaluation import add_response
from dialog.core.forms import sane_scale
from dialog.core.rows import FormQuestion, Role
from dialog.i18n import get_language, t
from dialog.tui.privacy_hint import privacy_hint
from dialog.tui.screens.confirm import ConfirmScreen
from dialog.tui.store_client import StoreClient
from dialog.tui.store_replies import FormSaved
from dialog.tui.translated import TranslatedBindings
from dialog.tui.under_way import say_under_way, under_way_done
from dialog.tui.widgets.paste_input import PasteInput
from dialog.tui.widgets.scale_input import ScaleInput


def _question_text(question: FormQuestion) -> str:
    return question["text_nb"] if get_language() == "nb" else question["text_en"]


def _role_name(role: Role) -> str:
    return role["name_nb"] if get_language() == "nb" else role["name_en"]


class PaperFormScreen(StoreClient, TranslatedBindings, ModalScreen[int]):
    """Tab through the questions, digits answer scales; Ctrl+S saves and starts the next form.

    Dismisses with the number of forms saved while it was open; ``on_saved`` runs after each
    form is stored, so the tally behind the dialog counts it at once.
    """

    UNDER_WAY_LINE = "#paper-status"
    """Where the form says it is being saved: dialog/tui/under_way.py."""

    DEFAULT_CSS = """
    /* Under the questions, never scrolled away: the keys, "saving …" and how many forms are saved always show. */
    PaperFormScreen #paper-status { dock: bottom; height: auto; margin-top: 1; }
    """

    BINDINGS = [
        Binding("ctrl+s", "save_next", "key.save_next", id="paper.save_next", tooltip="tip.save_next"),
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

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog-box", classes="form", can_focus=False):  # Tab goes to the answers
            yield Label(t("paper.title"), classes="title", id="paper-title", markup=False)
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
        self._first().focus()
        self._check_privacy()

    def on_input_changed(self, event: Input.Changed) -> None:
        self._check_privacy()

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
        return self.query_one(f"#q-{self.questions[0]['code']}")

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

    def action_save_next(self) -> None:
        """Store this form and clear the screen for the next one."""
        if self._blank():
            self.query_one("#paper-status", Static).update(t("paper.empty"))
            return
        say_under_way(self, t("paper.saving"), "save")  # the form is cleared once the file has it
        self.db(add_response, self.answers(), source="paper", reply=FormSaved, then=self._saved,
                failed=lambda _text: under_way_done(self, "save"))

    def _saved(self, _response_id: str | None) -> None:
        under_way_done(self, "save")
        self.saved += 1
        if self.on_saved is not None:
            self.on_saved()
        for question in self.questions:
            widget = self.query_one(f"#q-{question['code']}")
            if isinstance(widget, ScaleInput):
                widget.value = None
            elif isinstance(widget, Select):
                widget.clear()
            elif isinstance(widget, Input):
                widget.value = ""
        self.query_one("#paper-title", Label).update(t("paper.title_next", saved=self.saved))
        self.query_one("#paper-status", Static).update(t("paper.saved", count=self.saved))
        self.query_one(VerticalScroll).scroll_home(animate=False)
        self._first().focus()

    def action_close(self) -> None:
        """Close; if a half-typed form is on screen, ask before dropping it."""
        if self._blank():
            self.dismiss(self.saved)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(self.saved)

        self.app.push_screen(ConfirmScreen(t("paper.discard_question"), t("button.discard")), answered)
