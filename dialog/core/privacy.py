"""Spotting personal data in free text: national ID numbers, phone numbers, e-mail addresses, watched names.

The guards warn and never block: the leader decides. A national ID number
(fødselsnummer or D-number) counts only when both check digits are right, so
ordinary 11-digit numbers do not cry wolf.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import re
from dataclasses import dataclass


from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database

KINDS = ("national_id", "phone", "email", "name")
"""What a warning can be about, in the order they are reported."""

_ID_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_ID_WEIGHTS_2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_NATIONAL_ID = re.compile(r"(?<!\d)(\d{6})[ .-]?(\d{5})(?!\d)")
_PHONE = re.compile(r"(?<![\d+])(?:(?:\+|00)47[ .-]?)?([2-9]\d(?:[ .-]?\d){6})(?![\d])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
MAX_NAMES = 200
"""At most this many watched names per conference."""


@dataclass(frozen=True)
class PrivacyWarning:
    """Something in a text that looks like personal data: what kind, and where."""

    kind: str
    start: int
    end: int


def _check_digit(digits: list[int], weights: tuple[int, ...]) -> int | None:
    rest = 11 - sum(d * w for d, w in zip(digits, weights)) % 11
    if rest == 11:
        return 0
    return None if rest == 10 else rest


def is_national_id(number: str) -> bool:
    """True for an 11-digit Norwegian national ID or D-number with a plausible date and both check digits right."""
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) != 11:
        return False
    day = digits[0] * 10 + digits[1]
    month = digits[2] * 10 + digits[3]
    if day > 40:
        day -= 40  # D-number
    if month > 80:
        month -= 80  # synthetic test numbers
    elif month > 40:
        month -= 40  # H-number
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    first = _check_digit(digits[:9], _ID_WEIGHTS_1)
    if first is None or first != digits[9]:
        return False
    second = _check_digit(digits[:10], _ID_WEIGHTS_2)
    return second is not None and second == digits[10]


def _watched_pattern(names: list[str]) -> re.Pattern | None:
    cleaned = sorted({" ".join(name.split()) for name in names if name.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    words = "|".join(r"\s+".join(re.escape(part) for part in name.split()) for name in cleaned)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def scan_text(text: str, watched_names: list[str] | tuple[str, ...] = ()) -> list[PrivacyWarning]:
    """Every stretch of ``text`` that looks like personal data, without overlaps, in order of position."""
    found: list[PrivacyWarning] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, start: int, end: int) -> None:
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            return
        taken.append((start, end))
        found.append(PrivacyWarning(kind, start, end))

    for match in _NATIONAL_ID.finditer(text):
        if is_national_id(match.group(0)):
            add("national_id", match.start(), match.end())
    for match in _EMAIL.finditer(text):
        add("email", match.start(), match.end())
    for match in _PHONE.finditer(text):
        add("phone", match.start(), match.end())
    pattern = _watched_pattern(list(watched_names))
    if pattern is not None:
        for match in pattern.finditer(text):
            add("name", match.start(), match.end())
    return sorted(found, key=lambda warning: warning.start)


def warning_kinds(text: str, watched_names: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The kinds of personal data ``text`` seems to hold, each once, in :data:`KINDS` order."""
    kinds = {warning.kind for warning in scan_text(text, watched_names)}
    return [kind for kind in KINDS if kind in kinds]


def watched_names(db: Database) -> list[str]:
    """The conference's names to watch, sorted."""
    return [row[0] for row in db.execute("SELECT name FROM watched_name ORDER BY name COLLATE NOCASE")]


def set_watched_names(db: Database, names: list[str]) -> list[str]:
    """Replace the names to watch (blank and repeated names dropped); return what is stored."""
    cleaned = list(dict.fromkeys(" ".join(name.split())[:100] for name in names if name.strip()))[:MAX_NAMES]
    with db.atomic():
        db.execute("DELETE FROM watched_name")
        for name in cleaned:
            db.execute("INSERT OR IGNORE INTO watched_name (name) VALUES (?)", [name])
    return watched_names(db)


@dataclass(frozen=True)
class TextWarning:
    """A stored text (a note or a quote) that looks like it holds personal data."""

    where: str
    text: str
    kinds: list[str]


TEXTS_TO_CHECK = (
    # (where it stands, role letter, text): live group notes, then the findings' quotes.
    "SELECT g.name, n.role_letter, n.text FROM note n JOIN work_group g ON g.id = n.group_id "
    "WHERE n.deleted_at IS NULL ORDER BY g.position, n.position",
    "SELECT f.title, q.role_letter, q.text FROM finding_quote q JOIN finding f ON f.id = q.finding_id "
    "ORDER BY f.position, q.position",
)


def conference_warnings(db: Database) -> list[TextWarning]:
    """Every live note and finding quote whose text looks like it holds personal data."""
    names = watched_names(db)
    warnings = []
    for query in TEXTS_TO_CHECK:
        for place, role, text in db.execute(query):
            kinds = warning_kinds(text, names)
            if kinds:
                warnings.append(TextWarning(f"{place} · {role}" if role else place, text, kinds))
    return warnings



def describe_kinds(kinds: list[str], language: str | None = None) -> str:
    """``a phone number and a name on the watch list``, in the active (or given) language."""
    words = [t(f"privacy.{kind}", language) for kind in kinds]
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + t("privacy.and", language) + words[-1]


def warning_lines(warnings: list[TextWarning], limit: int = 8, language: str | None = None) -> list[str]:
    """One line per text to check (at most ``limit``, then how many more), for the leader to read."""
    lines = []
    for warning in warnings[:limit]:
        text = " ".join(warning.text.split())
        lines.append(t("privacy.item", language, where=warning.where, kinds=describe_kinds(warning.kinds, language),
                       text=text if len(text) <= 80 else text[:79] + "…"))
    if len(warnings) > limit:
        lines.append(t("privacy.more", language, count=len(warnings) - limit))
    return lines
