"""Reading the nynorsk columns (``name_nn``, ``text_nn``) from files written before format version 10.

The overview reads conference files as they are, without upgrading them, so a
query there asks for a nynorsk column only when the file has it and reads ""
otherwise; the reader then gives a default its nynorsk name as step 10 would
(:mod:`dialog.core.default_nynorsk`), and any other name falls back to bokmål
(:func:`dialog.i18n.names.local_name`).
"""

from __future__ import annotations

from typing import Any


def column_or_blank(db: Any, table: str, column: str, prefix: str = "") -> str:
    """``prefix + column`` for a SELECT list when ``table`` has ``column``, else ``'' AS column``.

    ``db`` is a sqlite-utils ``Database`` or a plain ``sqlite3`` connection;
    ``table`` and ``column`` are our own names, never a user's.
    """
    names = {row[1] for row in db.execute(f"PRAGMA table_info({table})").fetchall()}
    return f"{prefix}{column}" if column in names else f"'' AS {column}"
