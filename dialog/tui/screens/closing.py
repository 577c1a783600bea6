"""Closing: the process leader's own assessment, a summary, and exporting the minutes and the feedback sheet."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Label, Static, TextArea

from dialog.core.assessment import get_assessment, set_assessment
from dialog.core.privacy import watched_names
from dialog.core.privacy_report import TextWarning, conference_warnings
from dialog.core.summary import ConferenceSummary, summarise, theme_names
from dialog.i18n import get_language, t
from dialog.tui.privacy_hint import privacy_hint
from dialog.tui.save_timers import SaveTimers
from dialog.tui.screens.phase_screen import NAVIGATION, PhaseScreen
from dialog.tui.screens.privacy_list import PrivacyListScreen
from dialog.tui.store_replies import AssessmentSaved, ClosingLoaded, WarningsRead
from dialog.tui.under_way import say_under_way, under_way_done
from dialog.tui.unsaved import HoldsTypedText
from dialog.tui.work_results import MinutesExported

ASSESSMENT = ("assessment",)
"""The assessment's key in the app's queue of unsaved text."""

EXPORT_TEXTS = {"docx": ("closing.checking", "closing.exporting", "closing.exported"),
                "feedback": ("closing.feedback_checking", "closing.feedback_exporting", "closing.feedback_exported")}
"""What the screen says while each document is checked for personal data, while it is written, and where it went."""


def _load(db) -> tuple[str, ConferenceSummary, dict[str, str], list[str]]:
    return get_assessment(db), summarise(db), theme_names(db, get_language()), watched_names(db)


def render_summary(summary: ConferenceSummary, names: dict[str, str]) -> Text:
    """The summary as text: counts, responses, themes, top measures."""
    text = Text()
    text.append(t("closing.counts", participants=t("amount.participants", count=summary.participants),
                  forms=t("amount.evaluation_forms", count=summary.forms),
                  groups=t("amount.groups", count=summary.groups),
                  measures=t("amount.measures", count=summary.measures)) + "\n\n")
    if summary.responses:
        text.append(t("closing.responses") + "\n", style="bold")
        for response, number in summary.responses.items():
            text.append(f"  {t('response.' + response)}: {number}\n")
        text.append("\n")
    if summary.themes:
        text.append(t("closing.themes") + "\n", style="bold")
        for code in summary.themes:
            text.append(f"  {code} {names.get(code, '')}\n")
        text.append("\n")
    if summary.top_measures:
        text.append(t("closing.top_measures") + "\n", style="bold")
        for measure in summary.top_measures:
            level = t("level." + measure["level"]) if measure["level"] else "–"
            text.append(f"  ● {measure['text']}", style="")
            text.append(f"  ({level}, {t('closing.votes', count=measure['votes'])})\n", style="dim")
    return text


class ClosingScreen(HoldsTypedText, PhaseScreen):
    """The leader's assessment on the left (saved as typed, retried until saved), the summary on the right."""

    PHASE = "closing"
    BINDINGS = [
        # priority: the assessment text area would otherwise take Ctrl+E as "end of line" (End does that too).
        Binding("ctrl+e", "export", "key.export", id="closing.export", tooltip="tip.export", priority=True),
        Binding("ctrl+t", "export_feedback", "key.export_feedback", id="closing.export_feedback",
                tooltip="tip.export_feedback", priority=True),
    ] + NAVIGATION

    def __init__(self) -> None:
        super().__init__()
        self._save_timers = SaveTimers(self, self._save)
        self._loaded = False
        self._watched: list[str] = []

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="closing-body"):
            with Vertical(id="assessment-column"):
                yield Label(t("closing.assessment_title"), classes="title", markup=False)
                yield Static(t("closing.assessment_hint"), classes="hint", markup=False)
                yield TextArea(id="assessment", soft_wrap=True)
                yield Static("", id="assessment-privacy", classes="privacy-warning", markup=False)
                yield Static("", id="assessment-status", markup=False)
            with VerticalScroll(id="summary-column"):
                yield Label(t("closing.summary_title"), classes="title", markup=False)
                yield Static("", id="summary", markup=False)
                yield Static(f"{t('closing.export_hint')}\n{t('closing.feedback_hint')}", id="export-status",
                             markup=False)

    def reload(self) -> None:
        self.db(_load, reply=ClosingLoaded, then=self._show)

    def _show(self, loaded: tuple[str, ConferenceSummary, dict[str, str], list[str]]) -> None:
        assessment, summary, names, self._watched = loaded
        area = self.query_one("#assessment", TextArea)
        unsaved = self.app.unsaved.pending(ASSESSMENT)
        if unsaved is not None:
            assessment = unsaved.data  # words not yet in the file win over the file's older text
        # Never replace what the leader is typing, or words not yet saved; take the file's text only when idle.
        typing = self._save_timers.pending or unsaved is not None
        if (not self._loaded or (not typing and not area.has_focus)) and area.text != assessment:
            with self.prevent(TextArea.Changed):
                area.text = assessment
        self._loaded = True
        self.query_one("#summary", Static).update(render_summary(summary, names))
        self._check_privacy()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._save_timers.typed()
        self._check_privacy()

    def _check_privacy(self) -> None:
        """Warn under the assessment while it looks like it holds personal data (it is saved all the same)."""
        hint = privacy_hint([(t("privacy.section.assessment"), self.query_one("#assessment", TextArea).text)],
                            self._watched)
        warning = self.query_one("#assessment-privacy", Static)
        warning.update(hint)
        warning.display = bool(hint)

    def flush_typed_text(self) -> None:
        """Send the assessment now if it was typed since the last save (the app calls this on every way out)."""
        if self._save_timers.pending:
            self._save()

    def _save(self) -> None:
        self._save_timers.stop()
        text = self.query_one("#assessment", TextArea).text
        self.app.unsaved.send(ASSESSMENT, partial(set_assessment, text=text), reply=AssessmentSaved, data=text,
                              then=lambda _: self._saved(), failed=self._not_saved)

    def _saved(self) -> None:
        if self.is_attached and self.app.unsaved.pending(ASSESSMENT) is None:
            self._status(t("closing.assessment_saved"))

    def _not_saved(self, _message: str) -> None:
        if self.is_attached:
            self._status(t("notes.not_saved"))

    def _status(self, text: str) -> None:
        self.query_one("#assessment-status", Static).update(text)

    def action_export(self) -> None:
        """Export the Word minutes into exports/ (in the conference's document language).

        Texts that look like personal data are listed first, and the leader decides.
        The title line says at once what is under way, until the result is there.
        """
        self._export("docx")

    def action_export_feedback(self) -> None:
        """Export the participants' feedback sheet into exports/, as the minutes are (personal data listed first)."""
        self._export("feedback")

    def _export(self, fmt: str) -> None:
        say_under_way(self, t(EXPORT_TEXTS[fmt][0]), "export")
        self.db(conference_warnings, reply=WarningsRead, then=partial(self._check_before_export, fmt),
                failed=lambda _text: under_way_done(self, "export"))

    def _check_before_export(self, fmt: str, warnings: list[TextWarning]) -> None:
        if not warnings:
            self._start_export(fmt)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._start_export(fmt)
            else:
                under_way_done(self, "export")

        self.app.push_screen(PrivacyListScreen(warnings), answered)

    def _start_export(self, fmt: str) -> None:
        store = self.app.store
        if store is None:  # the conference was closed while the leader was asked
            under_way_done(self, "export")
            return
        exporting = t(EXPORT_TEXTS[fmt][1])
        say_under_way(self, exporting, "export")
        self.query_one("#export-status", Static).update(exporting)
        self.in_thread(_export_document, store.path, fmt, reply=MinutesExported, then=self._exported,
                       failed=self._not_exported, group="export", exclusive=True)

    def _exported(self, text: str) -> None:
        under_way_done(self, "export")
        self.query_one("#export-status", Static).update(text)
        self.notify(text, severity="information", timeout=10)

    def _not_exported(self, text: str) -> None:
        """The leader has been told why in one line; the status line keeps it."""
        under_way_done(self, "export")
        self.query_one("#export-status", Static).update(text)


def _export_document(source: Path, fmt: str) -> str:
    """On a worker thread: write the Word minutes (or the feedback sheet); the line that says where (and what the
    gate cleaned)."""
    from dialog.core.gate_report import cleaned_in_file, cleaned_line
    from dialog.export.formats import export_any

    cleaned = cleaned_line(cleaned_in_file(source))  # said only when another tool wrote behind the gate
    done = t(EXPORT_TEXTS[fmt][2], path=export_any(source, fmt))
    return f"{done}\n{cleaned}" if cleaned else done
