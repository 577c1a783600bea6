"""Plural forms: which of a message's "one"/"other" wordings a number takes (CLDR rules, through Babel)."""

from __future__ import annotations

from functools import cache

LOCALES = {"nb": "nb", "nn": "nn", "en": "en_GB"}
"""Our language codes -> the CLDR locale whose rules (plurals, numbers) they follow."""

WHOLE_NUMBER_ONE = frozenset(LOCALES)
"""Languages whose CLDR rule makes a whole number "one" exactly when it is 1 or -1 (nb, nn: ``n = 1``; en:
``i = 1 and v = 0``). A whole count is then told without Babel, whose locale data takes some 40 ms to load;
tests/test_i18n.py checks this against Babel's rules."""


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
    if isinstance(count, int) and language in WHOLE_NUMBER_ONE:
        return "one" if abs(count) == 1 else "other"
    return _locale(language).plural_form(abs(count))
