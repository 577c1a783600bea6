"""The one gate every text passes on its way into a conference file.

Whatever the source – the app, a phone, an assistant's laptop, a JSON or
findings import, the command line – text is made safe to store, show in a
terminal and write into a Word document:

- CR and CRLF become LF (phone text areas send CRLF);
- C0 and C1 control characters go, except tab and newline (Word pastes
  U+000B for Shift+Enter: it becomes a newline). This also removes every
  terminal escape sequence's ESC, so nothing typed can reach a terminal as a
  command;
- lone surrogates and Unicode non-characters (U+FFFE, U+FFFF, U+FDD0–U+FDEF …)
  go: XML, and so Word, cannot hold them;
- bidirectional embeddings, overrides and isolates (U+202A–U+202E,
  U+2066–U+2069) go, so "(B)" never shows as ")B(" after an unclosed
  right-to-left override; right-to-left letters themselves are kept;
- the result is in Unicode NFC, so "å" typed two ways is one text.

Single-line fields (names, titles, codes) also turn tabs and newlines into
spaces. :func:`is_blank` treats a text of only spaces and invisible format
characters (zero-width spaces and the like) as empty.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata

_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_NON_CHARACTERS = "".join(chr(c) for c in range(0xFDD0, 0xFDF0)) + "".join(
    chr(plane | end) for plane in range(0, 0x110000, 0x10000) for end in (0xFFFE, 0xFFFF))
_DROP = re.compile(
    "[\x00-\x08\x0c\x0e-\x1f\x7f-\x9f"  # C0 (but tab, LF, VT, CR) and C1 controls, DEL
    + _BIDI_CONTROLS
    + "\ud800-\udfff"  # lone surrogates (a str can carry them; no file can)
    + "".join(re.escape(c) for c in _NON_CHARACTERS)
    + "]")
_LINE_BREAKS = re.compile("\r\n?|\x0b|\u2028|\u2029|\x85")
_SPACE_LIKE = re.compile("[\t\n]+")
_SUSPECT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029" + _BIDI_CONTROLS
                      + "\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\U00010000-\U0010ffff]")
"""Anything the gate may change apart from normalisation (any character beyond the BMP too: the few
non-characters there would make this class slow), so a clean text passes without a copy."""


def clean_text(value: str | None, *, single_line: bool = False) -> str:
    """Return ``value`` made safe to store, show and export (see the module's list); never raises."""
    if not value:
        return ""
    if (not single_line and type(value) is str and not _SUSPECT.search(value)
            and unicodedata.is_normalized("NFC", value)):
        return value  # the common case, read on every row: no copies
    return full_clean(value, single_line=single_line)


def full_clean(value: str, *, single_line: bool = False) -> str:
    """:func:`clean_text` without its fast check (kept apart so a test can prove the check changes nothing)."""
    text = _LINE_BREAKS.sub("\n", str(value))
    text = _DROP.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if single_line:
        text = _SPACE_LIKE.sub(" ", text)
    return text


_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
"""Characters that are letters or symbols to Unicode but draw nothing: the Hangul fillers and the blank braille cell."""


def is_blank(text: str) -> bool:
    """True when ``text`` holds nothing a reader would see.

    That is only spaces, invisible format characters (zero-width spaces and
    joiners U+200B–U+200D, the word joiner U+2060, the byte-order mark U+FEFF,
    direction marks), lone combining marks, and the few letters that draw
    nothing (:data:`_BLANK_LETTERS`).
    """
    return all(character.isspace() or character in _BLANK_LETTERS
               or unicodedata.category(character) in ("Cf", "Zs", "Zl", "Zp", "Mn")
               for character in text)


def _clean_bytes(stored: bytes) -> str:
    """:func:`clean_text` of a stored text given as its bytes (bad UTF-8 read as U+FFFD)."""
    return clean_text(bytes(stored).decode("utf-8", errors="replace"))


def clean_stored_texts(connection: sqlite3.Connection) -> dict[str, int]:
    """Pass every text in every TEXT column of a database through :func:`clean_text`.

    Returns how many texts changed, per table (tables with none left out), so
    a command can say what it cleaned. Used by the migration that cleans files
    written before the gate, and on the in-memory copy every reading command
    works from, so an export never meets a character a Word document cannot hold.
    A text whose bytes are not UTF-8 (another tool's) is read with U+FFFD for
    each bad byte, then cleaned: it cannot stop an export either.
    """
    connection.create_function("dialog_clean_text", 1, _clean_bytes, deterministic=True)
    changed: dict[str, int] = {}
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name != '_sqlite_migrations'")]
    for table in tables:
        for column in connection.execute(f"PRAGMA table_info([{table}])").fetchall():
            name, declared = column[1], (column[2] or "").upper()
            if any(word in declared for word in ("TEXT", "CHAR", "CLOB")):
                # The text goes to Python as its bytes: sqlite3 would refuse to call the function on bad UTF-8.
                count = connection.execute(
                    f"UPDATE [{table}] SET [{name}] = dialog_clean_text(CAST([{name}] AS BLOB)) "
                    f"WHERE typeof([{name}]) = 'text' AND [{name}] != dialog_clean_text(CAST([{name}] AS BLOB))"
                ).rowcount
                if count:
                    changed[table] = changed.get(table, 0) + count
    return changed


def cleaned_values(cursor: sqlite3.Cursor, row: tuple) -> tuple:
    """A row factory: rows as tuples (sqlite3's default) with every text through :func:`clean_text`.

    Set on every writing connection, so a text stored behind the gate's back
    (another tool, a hand edit) never reaches a screen, a page or a document
    as a control sequence.
    """
    return tuple(clean_text(value) if type(value) is str else value for value in row)


class CleaningRows:
    """A row factory: rows as :class:`sqlite3.Row`, every text through :func:`clean_text`.

    ``changed`` counts the texts it had to change, so a reader can say so.
    """

    def __init__(self) -> None:
        self.changed = 0

    def __call__(self, cursor: sqlite3.Cursor, row: tuple) -> sqlite3.Row:
        values = []
        for value in row:
            if isinstance(value, str):
                cleaned = clean_text(value)
                self.changed += cleaned != value
                value = cleaned
            values.append(value)
        return sqlite3.Row(cursor, tuple(values))
