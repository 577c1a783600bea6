"""Spotting personal data in free text: national ID numbers, phone numbers, e-mail addresses, watched names.

The guards warn and never block: the leader decides. The field's own
libraries judge the numbers: python-stdnum decides whether eleven digits are
a valid fødselsnummer, D-number or H-number (both check digits and a real
birth date), and phonenumbers' matcher finds Norwegian and international
phone numbers in running text. Ordinary numbers in a sentence (years, counts,
round sums of money, case numbers) do not cry wolf.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database

KINDS = ("national_id", "phone", "email", "name")
"""What a warning can be about, in the order they are reported."""

PHONE_REGION = "NO"
"""Numbers written without a country code are read as Norwegian."""

_NATIONAL_ID_CANDIDATE = re.compile(r"(?<!\d)\d{6}[ .-]?\d{5}(?!\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_MONEY_BEFORE = re.compile(r"(?:\b[Kk]r\.?|\bNOK)\s*$")  # not "nok": in Norwegian it also means "probably"
_UNIT_AFTER = re.compile(r"^\s*(?:(?i:kr\b|kroner|prosent|percent|mill|mrd|milliard|euro|dollar)"
                         r"|NOK\b|EUR\b|USD\b|,-|%)")
_ROUND_THOUSANDS = re.compile(r"^\d{1,2}(?P<gap>[ .\u00a0\u202f])\d{3}(?P=gap)000$")
MAX_NAMES = 200
"""At most this many watched names per conference."""


@dataclass(frozen=True)
class PrivacyWarning:
    """Something in a text that looks like personal data: what kind, and where."""

    kind: str
    start: int
    end: int


def is_national_id(number: str) -> bool:
    """True for a Norwegian fødselsnummer, D-number or H-number that python-stdnum accepts.

    Synthetic test numbers (month + 80, as in the Tax Administration's test
    data) count too: they look exactly like real ones to whoever reads the
    minutes, so they are warned about the same way.
    """
    from stdnum.no import fodselsnummer  # loaded for the first candidate: most texts have none

    digits = fodselsnummer.compact(number)
    if fodselsnummer.is_valid(digits):
        return True
    return _is_synthetic(digits)


def _is_synthetic(digits: str) -> bool:
    """Month 81–92 with both check digits right and a real birth date once 80 is taken off the month."""
    if len(digits) != 11 or not digits.isdigit() or not 81 <= int(digits[2:4]) <= 92:
        return False
    from stdnum.exceptions import ValidationError
    from stdnum.no import fodselsnummer

    if digits[9] != fodselsnummer.calc_check_digit1(digits) or digits[10] != fodselsnummer.calc_check_digit2(digits):
        return False
    try:
        fodselsnummer.get_birth_date(digits[:2] + f"{int(digits[2:4]) - 80:02d}" + digits[4:])
    except ValidationError:
        return False
    return True


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Where phonenumbers' matcher finds a valid phone number (read as Norwegian unless it has a country code).

    A number written as a sum of money or a percentage ("45 000 000 kroner",
    "kr 12 500 000") or as round thousands ("33 000 000") is not taken for a phone.
    """
    if not any(character.isdigit() for character in text):
        return []  # no number without a digit; and phonenumbers (some 30 ms to load) waits for a text with one
    import phonenumbers

    spans = []
    for match in phonenumbers.PhoneNumberMatcher(text, PHONE_REGION):
        before, after = text[:match.start], text[match.end:]
        if _MONEY_BEFORE.search(before[-12:]) or _UNIT_AFTER.match(after[:12]):
            continue
        if _ROUND_THOUSANDS.match(match.raw_string):
            continue
        spans.append((match.start, match.end))
    return spans


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

    for match in _NATIONAL_ID_CANDIDATE.finditer(text):
        if is_national_id(match.group(0)):
            add("national_id", match.start(), match.end())
    for match in _EMAIL.finditer(text):
        add("email", match.start(), match.end())
    for start, end in phone_spans(text):
        add("phone", start, end)
    pattern = _watched_pattern(list(watched_names))
    if pattern is not None:
        for match in pattern.finditer(text):
            add("name", match.start(), match.end())
    return sorted(found, key=lambda warning: warning.start)


def warning_kinds(text: str, watched_names: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The kinds of personal data ``text`` seems to hold, each once, in :data:`KINDS` order."""
    kinds = {warning.kind for warning in scan_text(text, watched_names)}
    return [kind for kind in KINDS if kind in kinds]


def describe_kinds(kinds: list[str], language: str | None = None) -> str:
    """``a phone number and a name on the watch list``, in the active (or given) language."""
    words = [t(f"privacy.{kind}", language) for kind in kinds]
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + t("privacy.and", language) + words[-1]


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
