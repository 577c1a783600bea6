"""The app's own limits, applied to every value of a JSON document before anything is imported.

The app never stores a 100 MB note, a district of zero-width spaces, a scale
from 1 to a billion or a conference in the year 9999, and later commands count
on that: export, the list and the overview would fail or run out of memory. So
an import holds every value to the same rule the app holds what is typed –
the same validators from :mod:`dialog.core.validation`, with the same limits –
and refuses the whole file at the first value that breaks one, naming its
table, row and column.

:data:`RULES` has a rule for every column of every table (a test keeps it
so); a column a later migration adds falls back to :func:`default_rule` until
it is given its own.
"""

from __future__ import annotations

from collections.abc import Callable

from dialog.core.errors import DialogError
from dialog.core.forms import MAX_QUESTION_TEXT, MAX_SHEET_NUMBER, SCALE_HIGH, SCALE_LOW
from dialog.core.group_checks import MAX_FLAG_REASON
from dialog.core.phase_clock import MAX_EXTRA_MINUTES
from dialog.core.privacy import MAX_NAMES
from dialog.core.roles import normalise_role_letter
from dialog.core.room_answers import MAX_COMMENT
from dialog.core.text_gate import clean_text, is_blank
from dialog.core.validation import (
    MAX_LONG_TEXT,
    MAX_SHORT_TEXT,
    bounded_text,
    choice,
    count,
    optional_count,
    parse_clock,
    parse_date,
    parse_moment,
    whole_number,
)
from dialog.core.vocabulary import (
    DISPLAY_STATUSES,
    FINDING_RESPONSES,
    LANGUAGES,
    LEADER_ROLES,
    MEASURE_STATUSES,
    NOTE_KINDS,
    PHASES,
    PLENARY_KINDS,
    QUESTION_KINDS,
    RESPONSE_SOURCES,
    RESPONSIBLE_LEVELS,
)
from dialog.export.json_schema import Column

Rule = Callable[[object, str], object]
"""Takes a value and where it stands (``note[3].text``); returns the value to store, or raises :class:`DialogError`."""

MAX_ID = 64
"""Longest id (the app's are 36-character UUIDs)."""

MAX_CODE = 40
"""Longest role or question code."""

MAX_THEME_CODE = 20
"""Longest theme code, as the app's own-theme form allows."""

MAX_POSITION = 1_000_000_000
"""Largest list position or form version (the app numbers them 0, 1, 2 …; this keeps sums far from overflow)."""

MAX_PAUSED_SECONDS = 10 * 366 * 24 * 3600
"""Longest time a group-work clock may have stood paused: ten years, so the clock's sums stay in the calendar."""


def text(limit: int = MAX_LONG_TEXT, *, required: bool = False, single_line: bool = False) -> Rule:
    """Text through the text gate, at most ``limit`` characters; ``required`` refuses a blank one.

    A single line is stripped, as the app strips names; a longer text keeps its
    spaces and line breaks, as the app keeps a note's when it is edited.
    """
    def rule(value: object, field: str) -> object:
        kept = clean_text(str(value), single_line=single_line)
        kept = bounded_text(kept.strip() if single_line else kept, field, limit, single_line=single_line)
        if required and is_blank(kept):
            raise DialogError("error.required", field=field)
        return kept
    return rule


def one_of(allowed: tuple[str, ...]) -> Rule:
    """One of the app's codes."""
    return lambda value, field: choice(str(value), allowed, field)


def number(low: int, high: int) -> Rule:
    """A whole number from ``low`` to ``high``."""
    return lambda value, field: whole_number(value, field, low, high)


def seconds(value: object, field: str) -> object:
    """A number of seconds from 0 to :data:`MAX_PAUSED_SECONDS`."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= MAX_PAUSED_SECONDS:
        raise DialogError("error.number_range", field=field, value=str(value)[:20], low=0, high=MAX_PAUSED_SECONDS)
    return value


def role_letter(value: object, field: str) -> object:
    """A speaker tag as the app takes it (``B``, ``B2``, ``T10``) or empty."""
    return normalise_role_letter(str(value))


def the_letters(value: object, field: str) -> object:
    """A role's letters, without a number: what a speaker tag starts with."""
    letters = normalise_role_letter(str(value))
    if not letters or not letters.isalpha():
        raise DialogError("error.role_letter", value=str(value)[:20])
    return letters


ID = text(MAX_ID, required=True, single_line=True)
THEME_CODE = text(MAX_THEME_CODE, required=True, single_line=True)
NAME = text(MAX_SHORT_TEXT, required=True, single_line=True)
OPTIONAL_NAME = text(MAX_SHORT_TEXT, single_line=True)
SHORT = text(MAX_SHORT_TEXT, single_line=True)
LONG = text(MAX_LONG_TEXT)
REQUIRED_LONG = text(MAX_LONG_TEXT, required=True)
QUESTION = text(MAX_QUESTION_TEXT, required=True)
POSITION = number(0, MAX_POSITION)
COUNT: Rule = count
DATE: Rule = lambda value, field: parse_date(str(value))  # noqa: E731
MOMENT: Rule = lambda value, field: parse_moment(value, field)  # noqa: E731
SCALE = number(SCALE_LOW, SCALE_HIGH)

RULES: dict[str, dict[str, Rule]] = {
    "conference": {
        "id": ID, "district": NAME, "date": DATE, "venue": SHORT, "language": one_of(LANGUAGES),
        "report_version": SHORT, "interviews": optional_count, "informants": optional_count,
        "phase": one_of(PHASES), "is_demo": number(0, 1), "created_at": MOMENT,
    },
    "leader": {"id": ID, "name": NAME, "role": one_of(LEADER_ROLES), "position": POSITION},
    "role": {"code": text(MAX_CODE, required=True, single_line=True), "letter": the_letters, "name_nb": NAME,
             "name_en": NAME, "position": POSITION, "name_nn": OPTIONAL_NAME},
    "attendance": {"role_code": text(MAX_CODE, required=True, single_line=True), "count": COUNT},
    "phase_plan": {"phase": one_of(PHASES), "planned_start": lambda value, field: parse_clock(str(value)),
                   "planned_minutes": optional_count},
    "phase_log": {"id": ID, "phase": one_of(PHASES), "started_at": MOMENT, "ended_at": MOMENT},
    "theme": {"code": THEME_CODE, "name_nb": NAME, "name_en": NAME, "parent_code": THEME_CODE,
              "origin": one_of(("catalogue", "own")), "position": POSITION, "name_nn": OPTIONAL_NAME},
    "display_status": {"theme_code": THEME_CODE, "status": one_of(DISPLAY_STATUSES)},
    "finding": {"id": ID, "position": POSITION, "title": text(MAX_SHORT_TEXT * 2, required=True, single_line=True),
                "body": LONG, "theme_code": THEME_CODE, "response": one_of(FINDING_RESPONSES),
                "response_comment": LONG},
    "finding_quote": {"id": ID, "finding_id": ID, "position": POSITION, "text": REQUIRED_LONG,
                      "role_letter": role_letter},
    "work_group": {"id": ID, "name": NAME, "position": POSITION},
    "group_theme": {"group_id": ID, "theme_code": THEME_CODE},
    "group_member": {"group_id": ID, "role_code": text(MAX_CODE, required=True, single_line=True), "count": COUNT},
    "note": {"id": ID, "group_id": ID, "kind": one_of(NOTE_KINDS), "text": REQUIRED_LONG, "role_letter": role_letter,
             "author_device": SHORT, "position": POSITION, "created_at": MOMENT, "updated_at": MOMENT,
             "deleted_at": MOMENT},
    "note_revision": {"id": ID, "note_id": ID, "kind": one_of(NOTE_KINDS), "text": LONG, "role_letter": role_letter,
                      "saved_at": MOMENT},
    "measure": {"id": ID, "text": REQUIRED_LONG, "theme_code": THEME_CODE, "group_id": ID, "note_id": ID,
                "level": one_of(RESPONSIBLE_LEVELS), "owner": SHORT, "deadline": DATE,
                "status": one_of(MEASURE_STATUSES), "votes": COUNT, "position": POSITION, "created_at": MOMENT},
    "plenary_point": {"id": ID, "kind": one_of(PLENARY_KINDS), "text": REQUIRED_LONG, "group_id": ID,
                      "position": POSITION},
    "assessment": {"id": ID, "text": LONG, "updated_at": MOMENT},
    "form_template": {"id": ID, "version": number(1, MAX_POSITION), "created_at": MOMENT},
    "form_question": {"id": ID, "template_id": ID, "position": POSITION,
                      "code": text(MAX_CODE, required=True, single_line=True), "kind": one_of(QUESTION_KINDS),
                      "text_nb": QUESTION, "text_en": QUESTION, "scale_min": SCALE, "scale_max": SCALE,
                      "text_nn": text(MAX_QUESTION_TEXT)},
    "evaluation_response": {"id": ID, "template_id": ID, "source": one_of(RESPONSE_SOURCES), "instance_id": SHORT,
                            "sheet_number": number(1, MAX_SHEET_NUMBER)},
    "evaluation_answer": {"response_id": ID, "question_id": ID, "value_int": SCALE, "value_text": LONG},
    "access_token": {"token": text(MAX_SHORT_TEXT, required=True, single_line=True),
                     "kind": one_of(("evaluation", "group")), "group_id": ID, "created_at": MOMENT},
    "watched_name": {"name": text(100, required=True, single_line=True)},
    "room_secret": {"id": number(1, 1), "secret": text(MAX_SHORT_TEXT, required=True, single_line=True)},
    "phase_clock": {"phase_log_id": ID, "extra_minutes": number(0, MAX_EXTRA_MINUTES), "paused_seconds": seconds,
                    "paused_since": MOMENT},
    "room_state": {"id": number(1, 1), "open_finding_id": ID},
    "finding_room": {"finding_id": ID, "revealed": number(0, 1)},
    "finding_answer": {"finding_id": ID, "voter": text(128, required=True, single_line=True),
                       "response": one_of(FINDING_RESPONSES), "comment": text(MAX_COMMENT),
                       "role_code": text(MAX_CODE, required=True, single_line=True)},
    # Groups confirm their notes (format 8)
    "group_confirmation": {"group_id": ID, "fingerprint": text(64, required=True, single_line=True),
                           "confirmed_at": MOMENT},
    "note_flag": {"note_id": ID, "reason": text(MAX_FLAG_REASON, required=True, single_line=True),
                  "note_version": text(64, required=True, single_line=True), "flagged_at": MOMENT},
    # The numbers printed on paper forms (format 11)
    "printed_sheets": {"first": number(1, MAX_SHEET_NUMBER), "last": number(1, MAX_SHEET_NUMBER)},
}
"""Table -> column -> the rule its values must pass (a null, where the column allows one, passes as it is)."""

MAX_ROWS: dict[str, int] = {"watched_name": MAX_NAMES}
"""Tables the app keeps to a number of rows."""


def default_rule(column: Column) -> Rule:
    """The rule for a column :data:`RULES` does not name yet (a later migration's): text through the gate.

    Such a column has no limit of the app's to hold it to; the file's own size limit bounds it.
    """
    if column.affinity == "TEXT":
        return lambda value, field: clean_text(str(value))
    return lambda value, field: value


def apply_rules(tables: dict[str, list[dict]], schema: dict[str, tuple[Column, ...]]) -> dict[str, list[dict]]:
    """Return the tables with every value passed through its column's rule (texts cleaned by the gate).

    Raises :class:`DialogError` naming the first table, row and column that
    breaks a rule; the document must already have the right shape
    (``json_format.validate_document``).
    """
    checked: dict[str, list[dict]] = {}
    for name, columns in schema.items():
        rows = tables.get(name, [])
        limit = MAX_ROWS.get(name)
        if limit is not None and len(rows) > limit:
            raise DialogError("error.json_too_many_rows", table=name, count=len(rows), limit=limit)
        rules = {c.name: RULES.get(name, {}).get(c.name) or default_rule(c) for c in columns}
        checked[name] = [checked_row(name, index, row, rules) for index, row in enumerate(rows)]
    check_answers(checked)
    return checked


def checked_row(table: str, index: int, row: dict, rules: dict[str, Rule]) -> dict:
    """``row`` with every value through its rule; a value that breaks one raises naming its table, row and column."""
    result = {}
    for column, value in row.items():
        where = f"{table}[{index}].{column}"
        try:
            result[column] = None if value is None else rules[column](value, where)
        except DialogError as error:
            raise refusal(where, error) from None
    return result


def refusal(where: str, error: DialogError) -> DialogError:
    """The one line refusing the file: the validator's message, led by where it happened unless it names it."""
    detail = error.message()
    return DialogError("error.json_value", detail=detail if where in detail else f"{where}: {detail}")


def check_answers(tables: dict[str, list[dict]]) -> None:
    """Refuse questions and answers the app could not have made.

    A scale question runs from a smaller to a larger number within
    :data:`SCALE_LOW`–:data:`SCALE_HIGH` and other questions have no scale; a
    scale is answered by a number on it, a text question by text, the role
    question by one of the conference's role codes.
    """
    questions: dict[str, dict] = {}
    for index, question in enumerate(tables.get("form_question", [])):
        low, high = question["scale_min"], question["scale_max"]
        scale = question["kind"] == "scale"
        if (scale and (low is None or high is None or low >= high)) or (not scale and (low, high) != (None, None)):
            raise DialogError("error.json_scale", where=f"form_question[{index}]", low=SCALE_LOW, high=SCALE_HIGH)
        questions[question["id"]] = question
    roles = {row["code"] for row in tables.get("role", [])}
    for index, answer in enumerate(tables.get("evaluation_answer", [])):
        asked = questions.get(answer["question_id"])
        if asked is None:
            continue  # a dangling reference: SQLite's foreign key check names it
        where = f"evaluation_answer[{index}]"
        number_, words = answer["value_int"], answer["value_text"]
        kind = asked["kind"]
        if kind == "scale" and (words is not None or number_ is None
                                or not asked["scale_min"] <= number_ <= asked["scale_max"]):
            raise refusal(where, DialogError("error.scale_value", question=asked["code"],
                                             low=asked["scale_min"], high=asked["scale_max"]))
        if kind != "scale" and (number_ is not None or not words):
            raise DialogError("error.json_answer_kind", where=where, kind=kind)
        if kind == "role" and words not in roles:
            raise refusal(where, DialogError("error.unknown_role", role=str(words)[:40]))
