"""Plural forms: which of a message's "one"/"other" wordings a number takes (CLDR rules, through Babel)."""

from __future__ import annotations

from functools import cache

LOCALES = {"nb": "nb", "en": "en_GB"}
"""Our language codes -> the CLDR locale whose rules (plurals, numbers) they follow."""


@cache
def _locale(language: str):
    from babel import Locale

    return Locale.parse(LOCALES.get(language, "en_GB"))


def plural_category(count: object, language: str) -> str:
    """Return the CLDR plural category of ``count`` in ``language``: "one" for 1 in nb and en, else "other".

    Anything that is not a number (a count left out by mistake) takes "other".
    """
    if isinstance(count, bool) or not isinstance(count, int | float):
        return "other"
    return _locale(language).plural_form(abs(count))
