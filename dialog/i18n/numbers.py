"""Numbers as people read them in each language: "4,2" in Norwegian, "4.2" in English (Babel's CLDR data).

Every decimal a person reads – on a screen, in the minutes, in the overview –
goes through :func:`decimal`, so one number never reads two ways. Machine
formats (CSV, JSON) keep a plain dot.
"""

from __future__ import annotations

from dialog.i18n.plurals import LOCALES


def decimal(value: float, language: str | None = None, digits: int = 1) -> str:
    """``4.25`` -> "4,2" (nb) or "4.2" (en): ``digits`` decimals, grouped thousands, in the active or given language."""
    from babel.numbers import format_decimal

    from dialog.i18n import get_language

    pattern = "#,##0." + "0" * digits if digits > 0 else "#,##0"
    return format_decimal(value, pattern, locale=LOCALES.get(language or get_language(), "en_GB"))
