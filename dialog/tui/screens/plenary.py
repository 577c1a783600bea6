"""Plenary: groups present in turn; measures and plenary points are recorded."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import TabbedContent, TabPane

from dialog.i18n import t
from dialog.tui.screens.phase_screen import NAVIGATION, TAB_KEYS, PhaseScreen
from dialog.tui.widgets.group_presentation import GroupPresentation
from dialog.tui.widgets.measures_editor import MeasuresEditor
from dialog.tui.widgets.plenary_editor import PlenaryEditor


class PlenaryScreen(PhaseScreen):
    """Three tabs: the groups' notes, the measure list, the plenary points."""

    PHASE = "plenary"
    BINDINGS = NAVIGATION + TAB_KEYS

    def compose_body(self) -> ComposeResult:
        with TabbedContent(id="plenary-tabs"):
            with TabPane(t("plenary.tab_groups"), id="tab-present"):
                yield GroupPresentation(id="present")
            with TabPane(t("plenary.tab_measures"), id="tab-measures"):
                yield MeasuresEditor(id="measures")
            with TabPane(t("plenary.tab_points"), id="tab-points"):
                yield PlenaryEditor(id="points")

    def reload(self) -> None:
        self.query_one("#present", GroupPresentation).reload()
        self.query_one("#measures", MeasuresEditor).reload()
        self.query_one("#points", PlenaryEditor).reload()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        super().on_tabbed_content_tab_activated(event)
        self.reload()
