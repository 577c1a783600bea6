"""Setup: facts, attendance, findings, themes, groups and the agenda, one tab each."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import TabbedContent, TabPane

from dialog.i18n import t
from dialog.tui.screens.phase_screen import NAVIGATION, TAB_KEYS, PhaseScreen
from dialog.tui.widgets.agenda_editor import AgendaEditor
from dialog.tui.widgets.attendance_form import AttendanceForm
from dialog.tui.widgets.facts_form import FactsForm
from dialog.tui.widgets.findings_editor import FindingsEditor
from dialog.tui.widgets.groups_editor import GroupsEditor
from dialog.tui.widgets.themes_editor import ThemesEditor

SetupTab = FactsForm | AttendanceForm | FindingsEditor | GroupsEditor | ThemesEditor | AgendaEditor

TABS: tuple[tuple[str, type[SetupTab]], ...] = (
    ("facts", FactsForm), ("attendance", AttendanceForm), ("findings", FindingsEditor),
    ("groups", GroupsEditor), ("themes", ThemesEditor), ("agenda", AgendaEditor),
)


class SetupScreen(PhaseScreen):
    """Everything prepared before the day, and counted at the door."""

    PHASE = "setup"
    BINDINGS = NAVIGATION + TAB_KEYS

    def compose_body(self) -> ComposeResult:
        with TabbedContent(id="setup-tabs"):
            for name, widget_class in TABS:
                with TabPane(t(f"setup.tab_{name}"), id=f"tab-{name}"):
                    yield widget_class(id=f"setup-{name}")

    def reload(self) -> None:
        for name, widget_class in TABS:
            self.query_one(f"#setup-{name}", widget_class).reload()
