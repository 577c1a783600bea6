"""The details of a refused JSON document, in the user's language.

Python's JSON parser and SQLite explain a problem in English ("Expecting ','
delimiter", "FOREIGN KEY constraint failed"); the import says the same in the
catalogues' words, so a Norwegian refusal reads Norwegian from end to end.
"""

from __future__ import annotations

import json
import re
import sqlite3

from dialog.i18n import t

SYNTAX: tuple[tuple[str, str], ...] = (
    ("Expecting value", "json.syntax.value"),
    ("Expecting property name", "json.syntax.name"),
    ("Expecting ',' delimiter", "json.syntax.comma"),
    ("Expecting ':' delimiter", "json.syntax.colon"),
    ("Unterminated string", "json.syntax.open_text"),
    ("Invalid control character", "json.syntax.control"),
    ("Invalid \\uXXXX escape", "json.syntax.escape"),
    ("Invalid \\escape", "json.syntax.escape"),
    ("Extra data", "json.syntax.extra"),
)
"""The start of the JSON parser's message -> our catalogue key for it."""


def syntax_detail(error: json.JSONDecodeError) -> str:
    """Where and how the JSON text is broken: "a comma is missing (line 3, column 7)"."""
    key = next((key for start, key in SYNTAX if error.msg.startswith(start)), "json.syntax.other")
    return t("json.syntax.where", what=t(key), line=error.lineno, column=error.colno)


def data_detail(error: sqlite3.Error) -> str:
    """Why the rows do not fit together, from SQLite's constraint message."""
    message = str(error)
    column = re.search(r"constraint failed: (.+)$", message)
    if message.startswith("FOREIGN KEY"):
        return t("json.data.reference")
    if message.startswith("UNIQUE") or message.startswith("PRIMARY KEY"):
        return t("json.data.unique", column=column.group(1) if column else "")
    if message.startswith("NOT NULL"):
        return t("json.data.not_null", column=column.group(1) if column else "")
    if message.startswith("CHECK"):
        return t("json.data.check", column=column.group(1) if column else "")
    return t("json.data.other", detail=" ".join(message.split())[:200])

