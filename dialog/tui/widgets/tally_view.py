"""Evaluation: a live tally of the forms, hiding any breakdown under three answers.

Every version of the form counts: a question reworded after forms came in
keeps its answers, shown under its newest wording with a line saying so. The
table wraps long questions rather than cutting any column off, down to 80
columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich import box
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from dialog.core.attendance import total_attendance
from dialog.core.evaluation import MIN_RESPONDENTS, ScaleTally, count_responses, tally_scales
from dialog.i18n import get_language, t
from dialog.i18n.numbers import decimal
from dialog.tui.store_client import StoreClient
from dialog.tui.store_replies import TallyLoaded

if TYPE_CHECKING:
    from sqlite_utils import Database


def _load(db: Database) -> tuple[int, int, list[ScaleTally]]:
    return count_responses(db), total_attendance(db), tally_scales(db)


BLOCKS = " ▁▂▃▄▅▆▇█"


def distribution_bar(tally: ScaleTally) -> Text:
    """Draw a small bar per score and the counts, e.g. ``▁▁▃█▅ 0/0/2/7/4`` (never for suppressed tallies)."""
    counts = list(tally.distribution.values())
    peak = max(counts) or 1
    text = Text()
    for number in counts:
        text.append(BLOCKS[round(number / peak * (len(BLOCKS) - 1))] if number else "·", style="bold cyan")
    text.append(" " + "/".join(str(number) for number in counts), style="dim")
    return text


def tally_table(tallies: list[ScaleTally], language: str) -> Table:
    """One row per scale question; the question column takes what is left and wraps, the others never cut."""
    table = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False, show_edge=False, header_style="bold")
    table.add_column(t("tally.question"), ratio=1, overflow="fold")
    table.add_column("n", justify="right", no_wrap=True)
    table.add_column(t("tally.mean"), no_wrap=True)
    table.add_column(t("tally.distribution"), no_wrap=True)
    for tally in tallies:
        question = Text(tally.text(language))
        note = tally.note(language)
        if note:  # answered in another wording, or taken off the form; a blank line keeps it apart
            question.append("\n" + note + "\n", style="italic dim")
        if tally.suppressed or tally.mean is None:  # no mean when too few answered
            table.add_row(question, str(tally.count), "–",
                          Text(t("tally.suppressed", minimum=MIN_RESPONDENTS), style="italic dim"))
        else:
            table.add_row(question, str(tally.count), decimal(tally.mean, language), distribution_bar(tally))
    return table


class TallyView(StoreClient, Vertical):
    """Forms returned against attendance, and one row per scale question."""

    DEFAULT_CSS = """
    TallyView { height: 1fr; }
    TallyView #tally-count { text-style: bold; padding: 0 1; height: auto; }
    TallyView #tally-scroll { height: 1fr; padding: 0 1; }
    TallyView #tally { width: 100%; height: auto; }
    """

    def compose(self) -> ComposeResult:
        yield Static("", id="tally-count", markup=False)
        with VerticalScroll(id="tally-scroll"):
            yield Static("", id="tally")
        yield Static(t("tally.hint", minimum=MIN_RESPONDENTS), classes="hint", markup=False)

    def reload(self) -> None:
        """Read the answers again."""
        self.db(_load, reply=TallyLoaded, then=self._show)

    def _show(self, loaded: tuple[int, int, list[ScaleTally]]) -> None:
        forms, participants, tallies = loaded
        said = t("tally.count", forms=t("amount.forms", count=forms),
                 participants=t("amount.participants", count=participants))
        self.query_one("#tally-count", Static).update(said)
        self.query_one("#tally", Static).update(tally_table(tallies, get_language()))
