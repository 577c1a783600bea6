"""Evaluation: every free-text answer of the forms, question by question, with possible personal data marked.

The answers stand exactly as they were written (on paper, a phone or here),
from every version of the form, under each question's newest wording. An
answer that looks like it holds personal data gets the app's warning mark: a
⚠ line naming what it looks like, and the suspect words highlighted, as in the
list shown before the minutes leave. One scrolling text, readable at 80×24.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from dialog.core.form_history import AskedQuestion, free_text_answers
from dialog.core.privacy import KINDS, PrivacyWarning, describe_kinds, scan_text, watched_names
from dialog.i18n import get_language, t
from dialog.tui.store_client import StoreClient
from dialog.tui.store_replies import FreeTextLoaded

if TYPE_CHECKING:
    from sqlite_utils import Database

Answers = list[tuple[AskedQuestion, list[tuple[str, list[PrivacyWarning]]]]]
"""Each free-text question with its answers, each answer with what in it looks like personal data."""


def _load(db: Database) -> Answers:
    # On the store's thread: the file is read and every answer checked there, never on the screen's loop.
    watched = watched_names(db)
    return [(question, [(answer, scan_text(answer, watched)) for answer in answers])
            for question, answers in free_text_answers(db)]


def marked_answer(answer: str, found: list[PrivacyWarning]) -> tuple[Text, bool]:
    """The answer with what looks like personal data highlighted and a line saying what; and whether it has any."""
    text = Text(answer)
    if not found:
        return text, False
    for hit in found:
        text.stylize("reverse", hit.start, hit.end)
    kinds = [kind for kind in KINDS if any(hit.kind == kind for hit in found)]
    text.append("\n" + t("free_text.looks_like", kinds=describe_kinds(kinds)), style="bold yellow")
    return text, True


def answers_text(answers: Answers, language: str) -> tuple[RenderableType, int, int]:
    """Every question with its answers as bullets (wrapped under their bullet); the answer and warning counts."""
    parts: list[RenderableType] = []
    total = flagged = 0
    for question, given in answers:
        if parts:
            parts.append(Text(""))
        parts.append(Text(question.text(language), style="bold"))
        note = question.note(language)
        if note:
            parts.append(Text(note, style="italic dim"))
        if not given:
            parts.append(Text(t("free_text.none"), style="dim"))
            continue
        bullets = Table.grid(padding=(0, 1))
        bullets.add_column(no_wrap=True)
        bullets.add_column(ratio=1, overflow="fold")
        for answer, found in given:
            text, warned = marked_answer(answer, found)
            bullets.add_row(Text("⚠" if warned else "•", style="bold yellow" if warned else ""), text)
            total += 1
            flagged += warned
        parts.append(bullets)
    return Group(*parts), total, flagged


class FreeTextView(StoreClient, Vertical):
    """The free-text answers in one scrolling list; ↑ ↓, PageUp/PageDown and Home/End scroll it."""

    DEFAULT_CSS = """
    FreeTextView { height: 1fr; }
    FreeTextView #free-text-count { text-style: bold; padding: 0 1; height: auto; }
    FreeTextView #free-text-scroll { height: 1fr; padding: 0 1; }
    FreeTextView #free-text { width: 100%; height: auto; }
    """

    def compose(self) -> ComposeResult:
        yield Static("", id="free-text-count", markup=False)
        with VerticalScroll(id="free-text-scroll"):
            yield Static("", id="free-text")
        yield Static(t("free_text.hint"), classes="hint", markup=False)

    def reload(self) -> None:
        """Read the answers again."""
        self.db(_load, reply=FreeTextLoaded, then=self._show)

    def _show(self, answers: Answers) -> None:
        content, total, flagged = answers_text(answers, get_language())
        count = t("free_text.count_flagged", answers=total, flagged=flagged) if flagged else \
            t("free_text.count", answers=total)
        self.query_one("#free-text-count", Static).update(count)
        self.query_one("#free-text", Static).update(content)
