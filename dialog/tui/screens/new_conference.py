"""The form for a new conference: district, date, venue, document language."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from dialog.core.conference import ConferenceFacts
from dialog.core.errors import DialogError
from dialog.i18n import get_language, t
from dialog.tui.translated import TranslatedBindings


class NewConferenceScreen(TranslatedBindings, ModalScreen[ConferenceFacts | None]):
    """Collect and validate the facts of a new conference; dismiss with them or None."""

    BINDINGS = [Binding("escape", "cancel", "key.cancel", id="new.cancel", tooltip="tip.cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box"):
            yield Label(t("new.title"), classes="title", markup=False)
            yield Label(t("field.district"), markup=False)
            yield Input(id="district", placeholder=t("new.district_placeholder"))
            yield Label(t("field.date"), markup=False)
            yield Input(id="date", value=date.today().isoformat(), placeholder="YYYY-MM-DD")
            yield Label(t("field.venue"), markup=False)
            yield Input(id="venue")
            yield Label(t("field.language"), markup=False)
            yield Select([(t("language.nb"), "nb"), (t("language.en"), "en")], value=get_language(),
                         allow_blank=False, id="language")
            yield Label("", id="error", classes="error", markup=False)
            with Horizontal(id="buttons"):
                yield Button(t("button.create"), variant="primary", id="create")
                yield Button(t("button.cancel"), id="cancel")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "create":
            self.submit()
        else:
            self.dismiss(None)

    def submit(self) -> None:
        """Validate the form; show the first problem, or dismiss with the facts."""
        facts = ConferenceFacts(
            district=self.query_one("#district", Input).value,
            date=self.query_one("#date", Input).value,
            venue=self.query_one("#venue", Input).value,
            language=str(self.query_one("#language", Select).value),
        )
        try:
            self.dismiss(facts.validated())
        except DialogError as error:
            self.query_one("#error", Label).update(error.message())

    def action_cancel(self) -> None:
        self.dismiss(None)
