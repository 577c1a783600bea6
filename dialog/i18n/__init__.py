"""Message catalogues for Norwegian bokmål (nb), Norwegian nynorsk (nn) and English (en).

Every user-facing string goes through :func:`t` (which picks plural forms);
decimals go through :func:`dialog.i18n.numbers.decimal`. The active language is chosen
once at start-up with :func:`set_language`; :func:`detect_language` implements
the order of precedence (``--lang``, ``DIALOG_LANG``, the locale, English).
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping

from dialog.i18n import en, nb, nn
from dialog.i18n.plurals import plural_category

LANGUAGES: tuple[str, ...] = ("nb", "nn", "en")
"""Supported language codes, in the order they are offered."""

CATALOGUES: dict[str, Mapping[str, str]] = {"nb": nb.MESSAGES, "nn": nn.MESSAGES, "en": en.MESSAGES}
"""Language code -> message key -> template."""

_LOCALE_LANGUAGES = {"nb": "nb", "no": "nb", "nn": "nn", "en": "en"}
"""A locale's language part -> our language ("no" is the old code for Norwegian, read as bokmål)."""
_active = "en"


def normalise_language(value: str | None) -> str | None:
    """Return ``"nb"``, ``"nn"`` or ``"en"`` for a language or locale string, else None."""
    if not value:
        return None
    head = value.strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    return _LOCALE_LANGUAGES.get(head)


def detect_language(explicit: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """Pick the UI language: explicit choice, DIALOG_LANG, the locale, else English."""
    env = os.environ if environ is None else environ
    for candidate in (explicit, env.get("DIALOG_LANG")):
        chosen = normalise_language(candidate)
        if chosen:
            return chosen
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(variable)
        if value:
            return normalise_language(value.split(":")[0]) or "en"
    if environ is None:
        try:
            current = locale.getlocale()[0]
        except ValueError:
            current = None
        return normalise_language(current) or "en"
    return "en"


def set_language(language: str) -> None:
    """Make ``language`` ("nb", "nn" or "en") the active UI language."""
    global _active
    if language not in CATALOGUES:
        raise ValueError(f"unsupported language: {language!r}")
    _active = language


def get_language() -> str:
    """Return the active UI language code."""
    return _active


def t(key: str, language: str | None = None, /, **params: object) -> str:
    """Translate ``key`` into the active (or given) language, filling ``params``.

    A message that depends on a number has a wording per plural form –
    ``key.one`` ("1 quote") and ``key.other`` ("3 quotes") – and ``count``
    chooses between them by the language's plural rules.

    A missing key is a programming error and shows as the key itself, so a
    screen never crashes over a catalogue gap; the catalogue tests catch it.
    """
    language = language or _active
    catalogue = CATALOGUES[language]
    if "count" in params and f"{key}.other" in catalogue:
        key = f"{key}.{plural_category(params['count'], language)}"
    template = catalogue.get(key) or CATALOGUES["en"].get(key)
    if template is None:
        return key
    return template.format(**params) if params else template
