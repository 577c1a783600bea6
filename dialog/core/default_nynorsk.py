"""The nynorsk names of the defaults (roles, catalogue themes, form questions) for rows made before nynorsk.

A row keeps the default's nynorsk name only while its bokmål wording is still the
default's: a name or question the leader changed has words of its own, which
nynorsk shows as they are (see :func:`dialog.i18n.names.local_name`). Schema
step 10 fills the rows of a file it upgrades by this rule, and the overview,
which reads older files without upgrading them, fills the names it reads by it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


@cache
def _defaults() -> dict[str, dict[str, tuple[str, str]]]:
    """Kind (role, theme, question) -> code -> (the default's bokmål, its nynorsk)."""
    from dialog.core.default_themes import DEFAULT_THEMES
    from dialog.core.forms import DEFAULT_QUESTIONS
    from dialog.core.roles import DEFAULT_ROLES

    return {"role": {role.code: (role.name_nb, role.name_nn) for role in DEFAULT_ROLES},
            "theme": {theme.code: (theme.name_nb, theme.name_nn) for theme in DEFAULT_THEMES},
            "question": {question.code: (question.text_nb, question.text_nn) for question in DEFAULT_QUESTIONS}}


def default_nynorsk(kind: str, code: str, bokmal: str) -> str:
    """The default's nynorsk for ``kind`` ``code`` while ``bokmal`` is still the default's wording, else ""."""
    default = _defaults()[kind].get(code)
    return default[1] if default is not None and default[0] == bokmal else ""


def fill_default_nynorsk(db: Database) -> None:
    """Give the rows of a file made before nynorsk the defaults' nynorsk names, by :func:`default_nynorsk`'s rule."""
    for code, (bokmal, nynorsk) in _defaults()["role"].items():
        db.execute("UPDATE role SET name_nn = ? WHERE code = ? AND name_nb = ?", [nynorsk, code, bokmal])
    for code, (bokmal, nynorsk) in _defaults()["theme"].items():
        db.execute("UPDATE theme SET name_nn = ? WHERE code = ? AND origin = 'catalogue' AND name_nb = ?",
                   [nynorsk, code, bokmal])
    for code, (bokmal, nynorsk) in _defaults()["question"].items():
        db.execute("UPDATE form_question SET text_nn = ? WHERE code = ? AND text_nb = ?", [nynorsk, code, bokmal])
