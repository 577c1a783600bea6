"""Evaluation: a live tally of the forms, hiding any breakdown under three answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from dialog.core.evaluation import MIN_RESPONDENTS, ScaleTally, count_responses, tally_scales
from dialog.core.plenary import total_attendance
from dialog.i18n import get_language, t
from dialog.i18n.numbers import decimal
from dialog.tui.store_client import StoreClient

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


class TallyView(StoreClient, Vertical):
    """Forms returned against attendance, and one row per scale question."""

    DEFAULT_CSS = """
    TallyView { height: 1fr; }
    TallyView #tally-count { text-style: bold; padding: 0 1; height: auto; }
    TallyView DataTable { height: 1fr; }
    """

    def compose(self) -> ComposeResult:
        yield Static("", id="tally-count", markup=False)
        yield DataTable(id="tally", cursor_type="none", zebra_stripes=True)
        yield Static(t("tally.hint", minimum=MIN_RESPONDENTS), classes="hint", markup=False)

    def on_mount(self) -> None:
        self.query_one(DataTable).add_columns(t("tally.question"), "n", t("tally.mean"), t("tally.distribution"))

    def reload(self) -> None:
        """Read the answers again."""
        self.db(_load, then=self._show)

    def _show(self, loaded: tuple[int, int, list[ScaleTally]]) -> None:
        forms, participants, tallies = loaded
        self.query_one("#tally-count", Static).update(t("tally.count", forms=t("amount.forms", count=forms),
                                                                      participants=t("amount.participants", count=participants)))
        table = self.query_one(DataTable)
        table.clear()
        for tally in tallies:
            question = tally.text_nb if get_language() == "nb" else tally.text_en
            if tally.suppressed:
                table.add_row(question, str(tally.count), "–", Text(t("tally.suppressed"), style="italic dim"))
            else:
                table.add_row(question, str(tally.count), decimal(tally.mean), distribution_bar(tally))
