"""The conference's theme list: the catalogue plus its own themes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialog.core.errors import DialogError
from dialog.core.ordering import append_row
from dialog.core.rows import Theme, fetch_rows
from dialog.core.text_gate import clean_text, is_blank
from dialog.core.validation import required_text
from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database


def list_themes(db: Database) -> list[Theme]:
    """Return every theme in catalogue order, own themes last."""
    return fetch_rows(db, Theme, "SELECT * FROM theme ORDER BY position")


def leaf_themes(db: Database) -> list[Theme]:
    """Return the themes a group can work on (not the two parent headings)."""
    return fetch_rows(
        db, Theme, "SELECT * FROM theme WHERE parent_code IS NOT NULL OR origin = 'own' ORDER BY position")


def add_own_theme(db: Database, code: str, name_nb: str, name_en: str, parent_code: str | None = None, *,
                  written: str = "nb") -> str:
    """Add a theme of this conference's own; return its code.

    ``name_nb`` is its Norwegian name as typed, in the standard ``written`` says
    ("nb" or "nn"): typed in nynorsk it is kept as nynorsk and stands in for
    bokmål too (every theme has a bokmål name); the English name stands in for
    itself when blank.
    """
    clean = required_text(code, t("field.theme_code"), 20)
    if db.execute("SELECT 1 FROM theme WHERE code = ?", [clean]).fetchone():
        raise DialogError("error.theme_exists", code=clean)
    name_nb = required_text(name_nb, t("field.theme_name_nb"))
    name_en = name_nb if is_blank(clean_text(name_en or "")) else required_text(name_en, t("field.theme_name_en"))
    append_row(db, "theme", {
        "code": clean, "name_nb": name_nb, "name_en": name_en, "name_nn": name_nb if written == "nn" else "",
        "parent_code": parent_code, "origin": "own",
    })
    return clean
