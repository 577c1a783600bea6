"""The findings for the CSV folder: each finding with the leader's recorded response and the room's own answers.

``findings.csv`` has one row per finding: its number and title, theme,
the response the process leader recorded (with its comment), and how many
answered from phones (``room_n``) with the count of each response beside it;
as in the minutes, those counts are left blank with fewer than
:data:`~dialog.core.evaluation.MIN_RESPONDENTS` answers. No role group is
broken down here: the minutes show that where the k ≥ 3 rule allows it.
``room-comments.csv`` has one row per comment sent from a phone, with the
finding it was about and nothing else (no response, role or time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialog.core.findings import list_findings
from dialog.core.room_answers import room_tallies
from dialog.core.vocabulary import FINDING_RESPONSES

if TYPE_CHECKING:
    from sqlite_utils import Database

ROOM_COLUMNS = ["room_n", *(f"room_{response}" for response in FINDING_RESPONSES)]
"""How many answered from phones, and how many gave each response (blank under the k ≥ 3 rule)."""
FINDING_COLUMNS = ["finding", "title", "theme", "theme_text", "response", "response_text", "response_comment",
                   *ROOM_COLUMNS]
COMMENT_COLUMNS = ["finding", "title", "text"]


def finding_rows(db: Database) -> tuple[list[dict], list[dict]]:
    """The rows of ``findings.csv`` and ``room-comments.csv``, codes only (the caller adds their words)."""
    tallies = room_tallies(db)
    findings, comments = [], []
    for number, finding in enumerate(list_findings(db), start=1):
        tally = tallies[finding["id"]]
        counts = tally.responses
        findings.append({
            "finding": number, "title": finding["title"], "theme": finding["theme_code"],
            "response": finding["response"], "response_comment": finding["response_comment"], "room_n": tally.count,
            **{f"room_{response}": "" if counts is None else counts[response] for response in FINDING_RESPONSES},
        })
        comments += [{"finding": number, "title": finding["title"], "text": text} for text in tally.comments]
    return findings, comments
