"""Setup: the planned agenda – when each phase starts and how long it lasts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding

from dialog.core.phases import phase_plan, set_phase_plan
from dialog.core.rows import PlannedPhase
from dialog.core.validation import optional_count, parse_clock
from dialog.i18n import t
from dialog.tui.app_requests import ReloadPhases
from dialog.tui.screens.form import Field
from dialog.tui.store_replies import PlanSaved
from dialog.tui.widgets.list_editor import ListContext, ListEditor

if TYPE_CHECKING:
    from sqlite_utils import Database


class AgendaEditor(ListEditor[PlannedPhase]):
    """One line per phase with its planned start and minutes; ``e`` edits."""

    HINT_KEY = "agenda.hint"
    ROW_KEY = "phase"
    BINDINGS = [Binding("e", "edit", "key.edit", id="agenda.edit", tooltip="tip.edit_agenda")]

    def load(self, db: Database) -> tuple[list[PlannedPhase], ListContext]:
        return phase_plan(db), {}

    def render_item(self, item: PlannedPhase, index: int) -> Text:
        line = Text(f"{t('phase.' + item['phase']):<16}", style="bold")
        line.append(f"{item['planned_start'] or '--:--'}   ")
        minutes = item["planned_minutes"]
        line.append(t("agenda.minutes", minutes=minutes) if minutes is not None else "–")
        return line

    def action_edit(self) -> None:
        """Change the selected phase's start and duration."""
        item = self.selected()
        if item is None:
            return
        fields = [
            Field("start", t("field.planned_start"), value=item["planned_start"] or "", placeholder="09:45"),
            Field("minutes", t("field.planned_minutes"), "number", item["planned_minutes"]),
        ]

        def validate(values: dict) -> None:
            parse_clock(values["start"])
            optional_count(values["minutes"], t("field.planned_minutes"))

        def save(values: dict) -> None:
            self.db(set_phase_plan, item["phase"], parse_clock(values["start"]),
                    optional_count(values["minutes"], t("field.planned_minutes")), reply=PlanSaved, then=self._saved)

        self.ask_form(t("agenda.edit_title", phase=t("phase." + item["phase"])), fields, save, validate)

    def _saved(self, _result: object) -> None:
        self.reload()
        self.post_message(ReloadPhases())
