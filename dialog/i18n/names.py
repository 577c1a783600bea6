"""Names kept in both languages (themes, roles): the one for the language in use, the other when it is empty."""

from __future__ import annotations

from typing import Any


def local_name(item: Any, language: str | None = None, stem: str = "name") -> str:
    """Return ``item["name_nb"]`` or ``item["name_en"]`` for the active (or given) language.

    An empty name falls back to the other language's, so an own theme typed in
    one language only still shows everywhere.
    """
    from dialog.i18n import get_language

    chosen = language or get_language()
    other = "en" if chosen == "nb" else "nb"
    for code in (chosen, other):
        try:
            value = item[f"{stem}_{code}"]
        except (KeyError, IndexError):
            value = None
        if value and str(value).strip():
            return str(value)
    return ""
