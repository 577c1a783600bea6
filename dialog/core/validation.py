"""Validators for what users type: dates, names, free text, counts.

Each returns the cleaned value or raises :class:`DialogError` with a message
that says what is wrong in one line.
"""

from __future__ import annotations

from datetime import date

from dialog.core.errors import DialogError
from dialog.core.text_gate import clean_text, is_blank

MAX_SHORT_TEXT = 200
"""Longest district, venue, name or title accepted."""

MAX_LONG_TEXT = 20_000
"""Longest note, quote, comment or assessment accepted (about eight pages)."""

MAX_COUNT = 10_000
"""Largest head count accepted for attendance or group members."""


def parse_date(value: str) -> str:
    """Accept a calendar date written YYYY-MM-DD and return it normalised."""
    text = (value or "").strip()
    try:
        if len(text) != 10:
            raise ValueError
        parsed = date.fromisoformat(text)
    except ValueError:
        raise DialogError("error.date", value=text[:40]) from None
    return parsed.isoformat()


def required_text(value: str | None, field: str, limit: int = MAX_SHORT_TEXT, *,
                  single_line: bool | None = None) -> str:
    """Return ``value`` through the text gate and stripped; refuse it when blank or longer than ``limit``.

    Short fields (up to twice :data:`MAX_SHORT_TEXT`) are single lines unless ``single_line`` says otherwise.
    """
    text = clean_text(value, single_line=limit <= MAX_SHORT_TEXT * 2 if single_line is None else single_line)
    text = text.strip()
    if is_blank(text):
        raise DialogError("error.required", field=field)
    return bounded_text(text, field, limit)


def bounded_text(value: str | None, field: str, limit: int = MAX_LONG_TEXT, *, single_line: bool = False) -> str:
    """Return ``value`` (or ``""``) through the text gate; refuse it when longer than ``limit``."""
    text = clean_text(value, single_line=single_line)
    if len(text) > limit:
        raise DialogError("error.too_long", field=field, limit=limit, length=len(text))
    return text


def count(value: int | str | None, field: str) -> int:
    """Parse a head count: a whole number from 0 to :data:`MAX_COUNT`."""
    try:
        number = int(str(value).strip()) if value is not None and str(value).strip() else 0
    except ValueError:
        raise DialogError("error.count", field=field, value=str(value)[:20]) from None
    if not 0 <= number <= MAX_COUNT:
        raise DialogError("error.count", field=field, value=number)
    return number


def optional_count(value: int | str | None, field: str) -> int | None:
    """Like :func:`count`, but an empty value stays unknown (None)."""
    if value is None or str(value).strip() == "":
        return None
    return count(value, field)


def choice(value: str, allowed: tuple[str, ...], field: str) -> str:
    """Refuse a code that is not one of ``allowed``."""
    if value not in allowed:
        raise DialogError("error.choice", field=field, value=str(value)[:40], allowed=", ".join(allowed))
    return value
