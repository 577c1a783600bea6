"""Numbered paper forms: the numbers printed, the sheet number as typed, a sheet read back to correct it, and
forms counted by way.

``dialog forms`` prints each evaluation form with its own number, going on
from the last number printed (or typed), so no two sheets handed out share one.
The number is typed in first, so a sheet typed twice is refused (see
:func:`dialog.core.evaluation.add_response`), and a sheet typed wrong is
corrected by replacing its answers under the same number: it stays one form.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dialog.core.errors import DialogError
from dialog.core.evaluation import answer_rows
from dialog.core.forms import MAX_SHEET_NUMBER
from dialog.core.vocabulary import RESPONSE_SOURCES

if TYPE_CHECKING:
    import sqlite3

    from sqlite_utils import Database


@dataclass
class PaperSheet:
    """A paper form already typed in: its number, the form version it was typed on, and its answers by code."""

    number: int
    template_id: str
    answers: dict[str, int | str]


def next_sheet_number(db: Database) -> int:
    """The first number above every number printed and every sheet typed in."""
    return int(db.execute(
        "SELECT max(coalesce((SELECT max(last) FROM printed_sheets), 0),"
        " coalesce((SELECT max(sheet_number) FROM evaluation_response), 0)) + 1").fetchone()[0])


def reserve_sheets(db: Database, count: int, first: int | None = None) -> tuple[range, range | None]:
    """Record a print of ``count`` sheets from ``first`` (default :func:`next_sheet_number`); return its numbers.

    The second value is the part of those numbers already printed or typed before
    (from its lowest to its highest such number), None when all are new: a
    ``first`` given by hand may print a number again, and the user is told. One
    transaction, so two programs printing at once get numbers of their own.
    """
    with db.atomic():
        start = next_sheet_number(db) if first is None else first
        if not count >= 1 or not 1 <= start <= MAX_SHEET_NUMBER - count + 1:
            raise DialogError("error.sheet_first", first=start, high=MAX_SHEET_NUMBER, count=count)
        end = start + count - 1
        low, high = db.execute(
            "SELECT min(number), max(number) FROM ("
            " SELECT max(first, ?) AS number FROM printed_sheets WHERE first <= ? AND last >= ?"
            " UNION ALL SELECT min(last, ?) FROM printed_sheets WHERE first <= ? AND last >= ?"
            " UNION ALL SELECT sheet_number FROM evaluation_response WHERE sheet_number BETWEEN ? AND ?)",
            [start, end, start, end, end, start, start, end]).fetchone()
        db.execute("INSERT INTO printed_sheets (first, last) VALUES (?, ?)", [start, end])
    return range(start, end + 1), None if low is None else range(low, high + 1)


def release_sheets(db: Database, numbers: range) -> None:
    """Forget a print that never reached paper (its document could not be written).

    Its numbers come again with the next print, unless a later print has gone past them.
    """
    with db.atomic():
        db.execute("DELETE FROM printed_sheets WHERE rowid = (SELECT max(rowid) FROM printed_sheets"
                   " WHERE first = ? AND last = ?)", [numbers.start, numbers.stop - 1])


def parse_sheet_number(text: str) -> int:
    """The sheet number as typed ("7", " 07 "); anything but a whole number from 1 to the highest is refused."""
    typed = text.strip()
    if not typed.isascii() or not typed.isdigit() or not 1 <= int(typed) <= MAX_SHEET_NUMBER:
        raise DialogError("error.sheet_number", value=typed[:20], high=MAX_SHEET_NUMBER)
    return int(typed)


def read_sheet(db: Database, number: int) -> PaperSheet:
    """The paper form with this number, to correct it; one that was never typed in is refused in one line."""
    row = db.execute("SELECT id, template_id FROM evaluation_response WHERE sheet_number = ?", [number]).fetchone()
    if row is None:
        raise DialogError("error.sheet_missing", number=number)
    answers: dict[str, int | str] = {}
    for code, value_int, value_text in db.execute(
            "SELECT q.code, a.value_int, a.value_text FROM evaluation_answer a"
            " JOIN form_question q ON q.id = a.question_id WHERE a.response_id = ?", [row[0]]):
        answers[code] = value_int if value_int is not None else value_text
    return PaperSheet(number, row[1], answers)


def correct_sheet(db: Database, number: int, answers: dict[str, int | str | None]) -> str:
    """Replace the answers of paper form ``number`` (checked as a new form's are); return its id.

    The form keeps its id, number and form version: a corrected sheet is still one form.
    """
    with db.atomic():
        row = db.execute("SELECT id, template_id FROM evaluation_response WHERE sheet_number = ?",
                         [number]).fetchone()
        if row is None:
            raise DialogError("error.sheet_missing", number=number)
        response_id, template_id = row
        rows = answer_rows(db, template_id, answers)
        db.execute("DELETE FROM evaluation_answer WHERE response_id = ?", [response_id])
        db.conn.executemany(
            "INSERT INTO evaluation_answer (response_id, question_id, value_int, value_text) VALUES (?, ?, ?, ?)",
            [(response_id, r["question_id"], r["value_int"], r["value_text"]) for r in rows])
    return response_id


def forms_by_source(db: Database | sqlite3.Connection) -> dict[str, int]:
    """How many forms came each way (paper, phone, terminal), every way listed, in that order."""
    counted = dict(db.execute("SELECT source, count(*) FROM evaluation_response GROUP BY source").fetchall())
    return {source: counted.get(source, 0) for source in RESPONSE_SOURCES}
