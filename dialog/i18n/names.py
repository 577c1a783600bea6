"""Names kept in several languages (themes, roles, form questions): the one for the language in use, else the next.

Norwegian bokmål and nynorsk stand in for each other before English does, and
English falls back on bokmål, then nynorsk: a name typed in one language only
still shows everywhere.
"""

from __future__ import annotations

from typing import Any

FALL_BACKS: dict[str, tuple[str, ...]] = {"nb": ("nb", "nn", "en"), "nn": ("nn", "nb", "en"),
                                          "en": ("en", "nb", "nn")}
"""A language -> the columns (``name_nb``, …) a name is looked for in, in order."""


def local_name(item: Any, language: str | None = None, stem: str = "name") -> str:
    """Return ``item["name_<language>"]`` for the active (or given) language, else the next one that is not empty.

    ``item`` is a row (a mapping) or an object with the names as attributes;
    ``stem`` is ``"name"`` for roles and themes, ``"text"`` for form questions.
    A column the row does not have counts as empty.
    """
    from dialog.i18n import get_language

    for code in FALL_BACKS.get(language or get_language(), FALL_BACKS["en"]):
        value = _field(item, f"{stem}_{code}")
        if value and str(value).strip():
            return str(value)
    return ""


def _field(item: Any, name: str) -> object:
    """``item[name]`` for a row, ``item.name`` for an object; None when it has neither."""
    try:
        return item[name]
    except (KeyError, IndexError):
        return None
    except TypeError:
        return getattr(item, name, None)


def written_norwegian(conference_language: str | None, language: str | None = None) -> str:
    """The written standard a "Norwegian" field is kept in: the conference's, when it is written in bokmål or
    nynorsk; for an English conference nynorsk when the app runs in it, else bokmål."""
    from dialog.i18n import get_language

    if conference_language in ("nb", "nn"):
        return conference_language
    return "nn" if (language or get_language()) == "nn" else "nb"


def other_language(language: str | None = None) -> str:
    """The language a list shows beside a name: English beside Norwegian, bokmål beside English."""
    from dialog.i18n import get_language

    return "nb" if (language or get_language()) == "en" else "en"
