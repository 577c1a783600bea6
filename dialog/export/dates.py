"""Dates and times in the document's language (Babel's CLDR data, not hand-made month names)."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date

PATTERNS = {"nb": ("d. MMMM y", "nb"), "nn": ("d. MMMM y", "nn"), "en": ("d MMMM y", "en_GB")}
TIME_PATTERNS = {"nb": "%H.%M", "nn": "%H.%M", "en": "%H:%M"}
"""A time of day as each language writes it in running text: "kl. 14.05" (Språkrådet's norm), "at 14:05"."""


def long_date(iso: str, language: str) -> str:
    """``2007-03-14`` -> "14. mars 2007" (nb) or "14 March 2007" (en)."""
    return _formatted(iso, PATTERNS, language)


def _formatted(iso: str, patterns: dict[str, tuple[str, str]], language: str) -> str:
    """``iso`` in the language's pattern of ``patterns`` (English when it has none); as given when it is no date."""
    pattern, locale = patterns.get(language, patterns["en"])
    try:
        return format_date(date.fromisoformat(iso), pattern, locale=locale)
    except (TypeError, ValueError):
        return iso or ""


def short_time(moment: datetime, language: str) -> str:
    """``14:05`` -> "14.05" (nb) or "14:05" (en), in the moment's own time zone."""
    return moment.strftime(TIME_PATTERNS.get(language, TIME_PATTERNS["en"]))
SHORT_PATTERNS = {"nb": ("dd.MM.y", "nb"), "nn": ("dd.MM.y", "nn"), "en": ("d MMM y", "en_GB")}


def short_date(iso: str, language: str) -> str:
    """``2007-03-14`` -> "14.03.2007" (nb) or "14 Mar 2007" (en), for a table's date column."""
    return _formatted(iso, SHORT_PATTERNS, language)
