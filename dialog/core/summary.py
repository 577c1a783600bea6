"""A summary of a conference: counts, responses, themes and the top measures."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dialog.core.attendance import total_attendance
from dialog.core.evaluation import count_responses
from dialog.core.findings import list_findings
from dialog.core.groups import list_groups
from dialog.core.measures import list_measures
from dialog.core.rows import Measure

if TYPE_CHECKING:
    from sqlite_utils import Database

TOP_MEASURES = 5
"""How many measures the summary lists."""


@dataclass
class ConferenceSummary:
    """What the closing screen (and the minutes) say about the conference in brief."""

    participants: int
    forms: int
    findings: int
    responses: dict[str, int] = field(default_factory=dict)
    groups: int = 0
    themes: list[str] = field(default_factory=list)
    top_measures: list[Measure] = field(default_factory=list)
    measures: int = 0


def summarise(db: Database) -> ConferenceSummary:
    """Build the summary from the file."""
    findings = list_findings(db)
    groups = list_groups(db)
    measures = list_measures(db)
    themes: list[str] = []
    for group in groups:
        themes.extend(code for code in group["themes"] if code not in themes)
    return ConferenceSummary(
        participants=total_attendance(db),
        forms=count_responses(db),
        findings=len(findings),
        responses=dict(Counter(response for f in findings if (response := f["response"]))),
        groups=len(groups),
        themes=themes,
        top_measures=measures[:TOP_MEASURES],
        measures=len(measures),
    )


def theme_names(db: Database, language: str) -> dict[str, str]:
    """Return theme code -> name in ``language`` (another language's where that one is empty)."""
    from dialog.i18n.names import local_name

    return {row["code"]: local_name(row, language)
            for row in db.execute_returning_dicts("SELECT code, name_nb, name_en, name_nn FROM theme")}
