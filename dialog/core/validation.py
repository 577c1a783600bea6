"""Validators for what users type: dates, names, free text, counts.

Each returns the cleaned value or raises :class:`DialogError` with a message
that says what is wrong in one line.
"""

from __future__ import annotations

import ipaddress
import re
from datetime import date, datetime

from dialog.core.errors import DialogError
from dialog.core.text_gate import clean_text, is_blank

MAX_SHORT_TEXT = 200
"""Longest district, venue, name or title accepted."""

MAX_LONG_TEXT = 20_000
"""Longest note, quote, comment or assessment accepted (about eight pages)."""

MAX_COUNT = 10_000
"""Largest head count accepted for attendance or group members."""

FIRST_YEAR, LAST_YEAR = 1900, 2100
"""The years a conference date, a deadline or a stored time may fall in (date sums never leave the calendar)."""

MAX_HOST = 253
"""Longest host name (DNS allows 253 characters, in labels of at most 63)."""

_CLOCK = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])")
_HOST_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")


def parse_date(value: str) -> str:
    """Accept a calendar date written YYYY-MM-DD, from :data:`FIRST_YEAR` to :data:`LAST_YEAR`; return it normalised."""
    text = (value or "").strip()
    try:
        if len(text) != 10:
            raise ValueError
        parsed = date.fromisoformat(text)
    except ValueError:
        raise DialogError("error.date", value=text[:40]) from None
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise DialogError("error.date_range", value=text, first=FIRST_YEAR, last=LAST_YEAR)
    return parsed.isoformat()


def parse_clock(value: str | None) -> str | None:
    """Accept a time of day written HH:MM (or nothing: None); return it zero-padded."""
    text = (value or "").strip()
    if not text:
        return None
    match = _CLOCK.fullmatch(text)
    if not match:
        raise DialogError("error.clock", value=text[:20])
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def parse_moment(value: object, field: str) -> str:
    """Accept a stored moment – ISO 8601, ``2007-10-17T09:20:00+02:00`` – in the years the app accepts."""
    text = value if isinstance(value, str) else ""
    try:
        if not 10 <= len(text) <= 40:
            raise ValueError
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise DialogError("error.moment", field=field, value=str(value)[:40]) from None
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise DialogError("error.date_range", value=text, first=FIRST_YEAR, last=LAST_YEAR)
    return text


def parse_host(value: str) -> str:
    """Accept an IP address or a host name (letters, digits and hyphens between dots, at most 253 characters)."""
    text = (value or "").strip()
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        pass
    labels = text[:-1].split(".") if text.endswith(".") else text.split(".")
    if not text or len(text) > MAX_HOST or not all(_HOST_LABEL.fullmatch(label) for label in labels):
        raise DialogError("error.host", value=text[:60], limit=MAX_HOST)
    return text


def whole_number(value: object, field: str, low: int, high: int) -> int:
    """Accept a whole number from ``low`` to ``high`` (not a boolean, not text)."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise DialogError("error.number_range", field=field, value=str(value)[:20], low=low, high=high)
    return value


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


def count(value: object, field: str) -> int:
    """Parse a head count: a whole number from 0 to :data:`MAX_COUNT`."""
    try:
        number = int(str(value).strip()) if value is not None and str(value).strip() else 0
    except ValueError:
        raise DialogError("error.count", field=field, value=str(value)[:20]) from None
    if not 0 <= number <= MAX_COUNT:
        raise DialogError("error.count", field=field, value=number)
    return number


def optional_count(value: object, field: str) -> int | None:
    """Like :func:`count`, but an empty value stays unknown (None)."""
    if value is None or str(value).strip() == "":
        return None
    return count(value, field)


def choice(value: str, allowed: tuple[str, ...], field: str) -> str:
    """Refuse a code that is not one of ``allowed``."""
    if value not in allowed:
        raise DialogError("error.choice", field=field, value=str(value)[:40], allowed=", ".join(allowed))
    return value
