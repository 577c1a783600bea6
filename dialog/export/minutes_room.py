"""The room's own answers to a finding in the minutes, under the process leader's recorded response.

One line says how many answered from their phones; with at least
:data:`~dialog.core.evaluation.MIN_RESPONDENTS` answers a small table gives
the distribution (count and share per response) for everyone and, where the
tally allows it, per role group (the groups too small to stand alone
together as "others / not given"). With fewer answers the line says so and
gives no counts. The phones' comments follow as a list, without their answer
or role. A conference run without phones (no answer to any finding) gets no
line at all, so its minutes read as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialog.core.anonymity import HIDDEN
from dialog.core.evaluation import MIN_RESPONDENTS
from dialog.core.vocabulary import FINDING_RESPONSES
from dialog.export.docx_parts import BOLD, bullet, paragraph_runs, table, usable_width_cm
from dialog.export.docx_widths import fitted_widths
from dialog.export.docx_xml import PLAIN

TABLE_GAP_POINTS = 8.0
"""Space between a distribution table and the comments' lead-in under it (a table has no space after)."""

if TYPE_CHECKING:
    from dialog.core.room_answers import RoomTally
    from dialog.export.minutes_docx import MinutesWriter


def room_answered(writer: MinutesWriter) -> bool:
    """Whether any phone answered any finding: only then does each finding say what the room answered."""
    return any(tally.count for tally in writer.data.room.values())


def share(writer: MinutesWriter, count: int, total: int) -> str:
    """``9 (60 %)``: a count with its share of ``total`` in whole percent (a bare ``0`` for none)."""
    if not count:
        return "0"
    return writer.t("minutes.room_share", count=count, percent=int(100 * count / total + 0.5))  # half up


def distribution_rows(writer: MinutesWriter, tally: RoomTally) -> list[list[str]]:
    """Everyone first, then each role group the tally shows on its own, the hidden rest last."""
    assert tally.responses is not None
    rows = [[writer.t("minutes.room_everyone"), str(tally.count),
             *(share(writer, tally.responses[response], tally.count) for response in FINDING_RESPONSES)]]
    for part in tally.by_role:
        role = writer.data.roles.get(part.role_code)
        label = writer.t("minutes.room_role_hidden") if part.role_code == HIDDEN or role is None else \
            writer.name(role)
        rows.append([label, str(part.count),
                     *(share(writer, part.responses[response], part.count) for response in FINDING_RESPONSES)])
    return rows


def room_table(writer: MinutesWriter) -> tuple[list[str], list[float]]:
    """The distribution tables' header and column widths, one set for every finding so the tables line up
    down the pages: each column as wide as its longest word in any of them."""
    tr, doc = writer.t, writer.doc
    headers = [tr("minutes.room_who"), "n", *(tr(f"response.{response}") for response in FINDING_RESPONSES)]
    rows = [row for tally in writer.data.room.values() if not tally.suppressed
            for row in distribution_rows(writer, tally)]
    # The counts are kept whole ("11 (73 %)" on one line); what is left goes to the role groups' names.
    return headers, fitted_widths(headers, rows, usable_width_cm(doc), whole=tuple(range(1, len(headers))))


def write_room_answers(writer: MinutesWriter, tally: RoomTally, layout: tuple[list[str], list[float]]) -> None:
    """The line, the table (``layout``: :func:`room_table`; only with enough answers) and the comments.

    The paragraph before (the leader's response) must keep with next. The
    line and table stay with the finding, and the comments' lead-in with the
    first comment; a long list of comments may go on over the page.
    """
    tr, doc = writer.t, writer.doc
    lead = tr("minutes.room") + ": "
    comments = tally.comments
    if tally.count == 0:
        paragraph_runs(doc, [(lead, BOLD), (tr("minutes.room_none"), PLAIN)])
        return
    if tally.suppressed:
        paragraph_runs(doc, [(lead, BOLD), (tr("minutes.room_suppressed", count=tally.count,
                                                  minimum=MIN_RESPONDENTS), PLAIN)], keep_with_next=bool(comments))
    else:
        paragraph_runs(doc, [(lead, BOLD), (tr("minutes.room_answered", count=tally.count), PLAIN)],
                       keep_with_next=True)
        headers, widths = layout
        table(doc, headers, distribution_rows(writer, tally), widths=widths, centred_from=1,
              keep_with_next=bool(comments))
    if comments:
        paragraph_runs(doc, [(tr("minutes.room_comments"), BOLD)], keep_with_next=True,
                       space_before=None if tally.suppressed else TABLE_GAP_POINTS)
        for comment in comments:
            bullet(doc, comment)
