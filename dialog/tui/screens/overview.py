"""The organiser's overview screen: attendance across conferences, and measures to follow up.

Files are read on a worker thread; a status change is written back to the
measure's own conference file on a worker thread too, then everything is read
again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Header, Select, Static, TabbedContent, TabPane

from dialog.core.overview import DISPLAY_MARKS as MARKS
from dialog.core.overview import Overview, build_overview, write_measure_status
from dialog.core.rows import DistrictMeasure
from dialog.core.vocabulary import MEASURE_STATUSES, RESPONSIBLE_LEVELS
from dialog.i18n import get_language, t
from dialog.i18n.names import local_name
from dialog.i18n.numbers import decimal
from dialog.tui.replies import ReceivesReplies
from dialog.tui.screens.choice import ChoiceScreen
from dialog.tui.translated import TranslatedBindings
from dialog.tui.under_way import say_under_way, under_way_done
from dialog.tui.widgets.key_footer import KeyFooter
from dialog.tui.widgets.table_fit import fill_table
from dialog.tui.work_results import MeasureStatusWritten, OverviewRead


class OverviewScreen(ReceivesReplies, TranslatedBindings, Screen[None]):
    """Every conference under a folder side by side; ``s`` changes the selected measure's status."""

    UNDER_WAY_LINE = "#overview-state"
    """Where the overview says what is under way (reading the files, writing a status): dialog/tui/under_way.py."""

    BINDINGS = [
        Binding("s", "status", "key.change_status", id="overview.status", tooltip="tip.change_status"),
        Binding("r", "reload", "key.reload", id="overview.reload", tooltip="tip.reload"),
        # Priority: the wide tables would otherwise take Ctrl+PgDn to scroll sideways (no text field here).
        Binding("ctrl+pagedown,ctrl+right", "switch_tab(1)", "key.next_tab", id="overview.next_tab",
                tooltip="tip.next_tab", show=False, priority=True),
        Binding("ctrl+pageup,ctrl+left", "switch_tab(-1)", "key.previous_tab", id="overview.previous_tab",
                tooltip="tip.previous_tab", show=False, priority=True),
        Binding("escape,f10", "back", "key.back", id="overview.back", tooltip="tip.conferences"),
        Binding("f1,question_mark", "app.help", "key.help", id="overview.help", tooltip="tip.help"),
    ]

    def __init__(self, folders: list[Path]) -> None:
        super().__init__()
        self.folders = folders
        self.overview: Overview | None = None
        self.shown_measures: list[DistrictMeasure] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("overview.reading"), id="overview-state", markup=False)
        with TabbedContent(id="overview-tabs"):
            with TabPane(t("overview.attendance"), id="tab-attendance"):
                yield DataTable(id="attendance", cursor_type="row", zebra_stripes=True)
            with TabPane(t("overview.measures"), id="tab-measures"):
                with Horizontal(id="measure-filters"):
                    yield Select([(t(f"status.{s}"), s) for s in MEASURE_STATUSES], id="filter-status",
                                 prompt=t("overview.any_status"), compact=True)
                    yield Select([(t(f"level.{level}"), level) for level in RESPONSIBLE_LEVELS], id="filter-level",
                                 prompt=t("overview.any_level"), compact=True)
                    yield Select([], id="filter-district", prompt=t("overview.any_district"), compact=True)
                yield DataTable(id="measures", cursor_type="row", zebra_stripes=True)
            with TabPane(t("overview.matrix"), id="tab-matrix"):
                yield DataTable(id="matrix", cursor_type="cell", zebra_stripes=True)
                yield Static("   ".join(f"{mark} {t('display.' + status)}" for status, mark in MARKS.items()),
                             classes="hint", markup=False)
            with TabPane(t("overview.evaluation"), id="tab-evaluation"):
                yield DataTable(id="evaluation", cursor_type="cell", zebra_stripes=True)
                yield Static(t("overview.evaluation_hint"), classes="hint", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.title = t("overview.title")
        self.action_reload()

    def on_resize(self) -> None:
        # The attendance and measure tables are fitted to the width: fit them again.
        if self.overview is not None:
            self.call_after_refresh(self._show_tables)

    def _show_tables(self) -> None:
        if self.overview is not None:
            self._show_attendance(self.overview)
            self._show_measures()

    def action_reload(self) -> None:
        """Read every conference file again (the status line says so until they are read)."""
        folders = self.folders
        say_under_way(self, t("overview.reading"), "reload")

        self.in_thread(build_overview, folders, reply=OverviewRead, then=self._show,
                       failed=lambda _text: under_way_done(self, "reload"), group="overview", exclusive=True)

    def _show(self, overview: Overview) -> None:
        self.overview = overview
        notes = [t("overview.read", count=len(overview.conferences))]
        notes += [t("overview.counted_once", path=p.path.name, reason=p.message) for p in overview.duplicates]
        notes += [t("overview.left_out", reason=p.line()) for p in overview.problems]  # a restore one can run
        if overview.demos_left_out:  # demos count only where nothing else is found (see core/overview.py)
            notes.append(t("overview.demos_left_out", count=len(overview.demos_left_out),
                           names=", ".join(f"{c.district} {c.date}" for c in overview.demos_left_out)))
        under_way_done(self, "reload", "\n".join(notes))
        self._show_attendance(overview)
        districts = self.query_one("#filter-district", Select)
        chosen = districts.value
        names = list(dict.fromkeys(c.district for c in overview.conferences))  # a district may have had two
        districts.set_options([(name, name) for name in names])
        if chosen in names:
            districts.value = chosen
        self._show_measures()
        self._show_matrix(overview)
        self._show_evaluation(overview)

    def _show_attendance(self, overview: Overview) -> None:
        labels = overview.labels()
        rows: list[list] = [[labels[c.id], _number(c.interviews), _number(c.informants), str(c.participants),
                             str(c.forms)] for c in overview.conferences]
        totals = overview.totals()
        rows.append([Text(cell, style="bold") for cell in (
            t("overview.total"), str(totals["interviews"]), str(totals["informants"]), str(totals["participants"]),
            str(totals["forms"]))])
        headers = [t("overview.district"), t("overview.interviews"), t("overview.informants"),
                   t("overview.participants"), t("overview.forms")]
        fill_table(self.query_one("#attendance", DataTable), headers, rows)

    def _show_matrix(self, overview: Overview) -> None:
        table = self.query_one("#matrix", DataTable)
        table.clear(columns=True)
        labels = overview.labels()
        table.add_columns(t("overview.theme"), *[labels[c.id] for c in overview.conferences])
        for theme in overview.themes:
            table.add_row(f"{theme['code']} {local_name(theme)}", *[
                MARKS[c.display.get(theme["code"], "not_discussed")] for c in overview.conferences])

    def _show_evaluation(self, overview: Overview) -> None:
        """One row per question, one column per conference: the mean (n), or a dash under 3 answers."""
        table = self.query_one("#evaluation", DataTable)
        table.clear(columns=True)
        labels = overview.labels()
        table.add_columns(t("tally.question"), *[labels[c.id] for c in overview.conferences])
        questions: dict[str, str] = {}  # one row per question code, worded as the first conference words it
        for figures in (s for c in overview.conferences for s in c.scales):
            questions.setdefault(figures["code"], local_name(figures, get_language(), "text"))
        for code, question in questions.items():
            cells: list[Text | str] = []
            for conference in overview.conferences:
                scale = next((s for s in conference.scales if s["code"] == code), None)
                if scale is None or scale["suppressed"] or scale["mean"] is None:  # None exactly when suppressed
                    cells.append(Text("–", style="dim"))
                else:
                    cells.append(f"{decimal(scale['mean'])} ({scale['count']})")
            table.add_row(question, *cells)

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id and event.select.id.startswith("filter-"):
            self._show_measures()

    def _filter(self, select_id: str) -> str | None:
        value = self.query_one(select_id, Select).value
        return None if value is Select.NULL else str(value)

    def _show_measures(self) -> None:
        if self.overview is None:
            return
        self.shown_measures = self.overview.measures(status=self._filter("#filter-status"),
                                                     level=self._filter("#filter-level"),
                                                     district=self._filter("#filter-district"), today=date.today())
        rows: list[list[str | Text]] = []
        for measure in self.shown_measures:
            deadline = Text(measure["deadline"] or "")
            if measure["overdue"]:
                deadline = Text(f"{measure['deadline']} {t('overview.overdue')}", style="bold red")
            rows.append([measure["district"], measure["theme_code"] or "", measure["text"],
                         t(f"level.{measure['level']}") if measure["level"] else "", deadline,
                         t(f"status.{measure['status']}")])
        headers = [t("overview.district"), t("overview.theme"), t("overview.measure"), t("overview.level"),
                   t("overview.deadline"), t("overview.status")]
        # Text, level and deadline wrap, so every column shows at 80 columns (the cursor moves by rows, never sideways).
        fill_table(self.query_one("#measures", DataTable), headers, rows, wrap=(2, 3, 4))

    def action_status(self) -> None:
        """Change the selected measure's status; it is written to the measure's own conference file."""
        table = self.query_one("#measures", DataTable)
        if self.query_one(TabbedContent).active != "tab-measures" or not self.shown_measures:
            self.notify(t("overview.pick_measure"), severity="warning")
            return
        measure = self.shown_measures[table.cursor_row]
        options = [(t(f"status.{status}"), status) for status in MEASURE_STATUSES]

        def chosen(status: str | None) -> None:
            if status and status != measure["status"]:
                self._write_status(measure, status)

        self.app.push_screen(ChoiceScreen(t("overview.status_question", measure=measure["text"][:80]), options,
                                          measure["status"]), chosen)

    def _write_status(self, measure: DistrictMeasure, status: str) -> None:
        say_under_way(self, t("overview.writing", path=measure["path"].name), "write")

        # A failure is said in one line; the file is as it was.
        self.in_thread(write_measure_status, measure["path"], measure["conference_id"], measure["id"], status,
                       reply=MeasureStatusWritten, then=lambda _: self._written(measure, status),
                       failed=lambda _text: under_way_done(self, "write"), group="overview-write")

    def _written(self, measure: DistrictMeasure, status: str) -> None:
        under_way_done(self, "write")
        self.notify(t("overview.status_written", status=t(f"status.{status}"), path=measure["path"].name), timeout=6)
        self.action_reload()

    def action_switch_tab(self, step: int) -> None:
        """Show the next or previous tab."""
        tabs = self.query_one(TabbedContent)
        order = ["tab-attendance", "tab-measures", "tab-matrix", "tab-evaluation"]
        tabs.active = order[(order.index(tabs.active) + step) % len(order)]

    def help_text(self) -> str:
        """A short guide to this screen for the help window."""
        return t("help.overview")

    def action_back(self) -> None:
        """Back to the list of conferences."""
        self.dismiss(None)


def _number(value: int | None) -> str:
    return "" if value is None else str(value)
