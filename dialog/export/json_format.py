"""The versioned JSON form of a whole conference: export and import.

The document is ``{"format": "dialogkonferanse", "format_version": N,
"tables": {table: [row, ...]}}`` with every table of the conference file and
rows in primary-key order; see docs/json-format.md. Importing an export
reproduces the conference exactly, ids included, and exporting the import
again gives the same bytes. Each column's JSON type comes from the schema
(:mod:`dialog.export.json_schema`), and one rule decides for export and import
alike which values a column carries.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from dialog.core.database import APPLICATION_ID, connect, open_conference
from dialog.core.errors import DialogError
from dialog.core.schema import NYNORSK_VERSION, STEPS, migrate
from dialog.core.schema_first import FIRST_LANGUAGES
from dialog.core.sessions import conference_files, describe, path_for
from dialog.core.user_files import read_user_file
from dialog.export.json_messages import data_detail, syntax_detail
from dialog.export.json_rules import apply_rules, checked_row, one_of
from dialog.export.json_schema import FORMAT_NAME, Column, order_by, tables_for, value_problem
from dialog.export.paths import write_atomically
from dialog.i18n import t

MAX_JSON_BYTES = 32 * 1024 * 1024
"""Refuse JSON files larger than this (32 MiB, some 500 times the Stovner demo's export) before reading them."""

MAX_NUMBER_DIGITS = 100
"""Longest whole number read (every number a conference holds has at most 19 digits); Python refuses 4,300."""


def conference_to_dict(db: Database, steps: tuple[Callable[[Database], None], ...] = STEPS) -> dict:
    """Return the whole conference as the JSON-ready dict (the format built by ``steps``).

    A stored value the JSON form cannot carry back (text in a number column,
    an infinite number) stops the export with one line naming it, rather than
    writing a file the importer would refuse.
    """
    tables = {}
    for name, columns in tables_for(steps).items():
        names = ", ".join(f"[{c.name}]" for c in columns)
        rows = db.execute(f"SELECT {names} FROM [{name}] ORDER BY {order_by(columns)}").fetchall()
        for index, row in enumerate(rows):
            for column, value in zip(columns, row):
                problem = value_problem(column, value)
                if problem is not None:
                    raise DialogError("error.json_export_value", detail=t("json.shape.value", problem=t(problem),
                                                                           where=f"{name}[{index}].{column.name}"))
        tables[name] = [dict(zip((c.name for c in columns), row)) for row in rows]
    return {"format": FORMAT_NAME, "format_version": len(steps), "tables": tables}


def dumps(document: dict) -> str:
    """Serialise the JSON form: UTF-8 text, readable indentation, trailing newline."""
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def export_json(source: Path, out: Path, *, force: bool = False) -> Path:
    """Write the JSON form of the conference at ``source`` to ``out``; return the path."""
    db = open_conference(source, read_only=True)
    try:
        text = dumps(conference_to_dict(db))
    finally:
        db.close()
    return write_atomically(out, text.encode("utf-8"), force=force)


def read_document(path: Path) -> dict:
    """Read and parse a JSON file, refusing anything that is not a JSON object.

    Only a regular file of at most :data:`MAX_JSON_BYTES` is read; nesting too
    deep for Python's parser and numbers too long to be a conference's are
    refused in one line like any other JSON that is not an export.
    """
    data = read_user_file(path, MAX_JSON_BYTES, "error.json_too_large")
    try:
        document = json.loads(data.decode("utf-8"), parse_constant=_refuse_constant(path),
                              parse_int=_whole_number(path))
    except UnicodeDecodeError:
        raise DialogError("error.json_invalid", path=path, detail=t("json.utf8")) from None
    except json.JSONDecodeError as exc:
        raise DialogError("error.json_invalid", path=path, detail=syntax_detail(exc)) from None
    except RecursionError:
        raise DialogError("error.json_too_deep", path=path) from None
    if not isinstance(document, dict):
        raise DialogError("error.json_shape", detail=t("json.shape.top_level"))
    return document


def _refuse_constant(path: Path) -> Callable[[str], None]:
    """Return a ``parse_constant`` hook refusing NaN and Infinity, which Python reads but JSON does not have."""

    def refuse(name: str) -> None:
        raise DialogError("error.json_invalid", path=path, detail=t("json.not_a_number", name=name))

    return refuse


def _whole_number(path: Path) -> Callable[[str], int]:
    """Return a ``parse_int`` hook refusing numbers longer than :data:`MAX_NUMBER_DIGITS` before converting them."""

    def convert(digits: str) -> int:
        if len(digits.lstrip("-")) > MAX_NUMBER_DIGITS:
            raise DialogError("error.json_number_too_long", path=path, digits=len(digits.lstrip("-")))
        return int(digits)

    return convert


def validate_document(document: dict, steps: tuple[Callable[[Database], None], ...] = STEPS,
                      ) -> tuple[int, dict[str, list[dict]]]:
    """Check the document against its format version and the app's limits; return (version, tables).

    First its shape (tables, columns, JSON types), then every value against
    the rule the app keeps for its column (:mod:`dialog.export.json_rules`);
    the tables returned hold the values as they are to be stored. ``steps`` are
    the migrations this program knows; the document may be of any version up
    to their number.
    """
    if document.get("format") != FORMAT_NAME:
        raise DialogError("error.json_shape", detail=t("json.shape.format", name=FORMAT_NAME))
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DialogError("error.json_shape", detail=t("json.shape.format_version"))
    if version > len(steps):
        raise DialogError("error.json_too_new", version=version, supported=len(steps))
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise DialogError("error.json_shape", detail=t("json.shape.tables"))
    expected = tables_for(steps[:version])
    unknown = sorted(set(tables) - set(expected))
    if unknown:
        raise DialogError("error.json_shape", detail=t("json.shape.unknown_table", table=repr(unknown[0])))
    for name, columns in expected.items():
        rows = tables.get(name, [])
        if not isinstance(rows, list):
            raise DialogError("error.json_shape", detail=t("json.shape.not_list", table=repr(name)))
        for index, row in enumerate(rows):
            _check_row(name, index, row, columns)
    if len(tables.get("conference", [])) != 1:
        raise DialogError("error.json_shape", detail=t("json.shape.one_conference"))
    checked = apply_rules(tables, expected)
    if version < NYNORSK_VERSION:  # a file of that format could not be written in nynorsk
        checked_row("conference", 0, {"language": checked["conference"][0]["language"]},
                    {"language": one_of(FIRST_LANGUAGES)})
    return version, checked


def _check_row(table: str, index: int, row: object, columns: tuple[Column, ...]) -> None:
    """Refuse a row that is not an object with exactly the table's columns and types."""
    where = f"{table}[{index}]"
    if not isinstance(row, dict):
        raise DialogError("error.json_shape", detail=t("json.shape.row", where=where))
    names = {c.name for c in columns}
    if set(row) != names:
        odd = sorted(set(row) ^ names)[0]
        raise DialogError("error.json_shape", detail=t("json.shape.field", where=where, field=repr(odd)))
    for column in columns:
        problem = value_problem(column, row[column.name])
        if problem is not None:
            raise DialogError("error.json_shape", detail=t("json.shape.value", where=f"{where}.{column.name}",
                                                           problem=t(problem)))


def find_by_id(folder: Path, conference_id: str) -> Path | None:
    """Return the file in ``folder`` that holds the conference with this id, if any."""
    for path in conference_files(folder):
        if describe(path).id == conference_id:
            return path
    return None


def import_json(source: Path, sessions: Path, out: Path | None = None, *,
                steps: tuple[Callable[[Database], None], ...] = STEPS) -> Path:
    """Create a conference file from a JSON export; return its path.

    Nothing is written unless the whole document is valid: the file is built
    under a temporary name and renamed into place at the end. Every row goes
    in as it stands, ids and times included; nothing new is made up. ``steps``
    are the migrations the new file is brought up to.
    """
    version, tables = validate_document(read_document(source), steps)
    conference = tables["conference"][0]
    existing = find_by_id(sessions, conference["id"])
    if existing is not None:
        raise DialogError("error.already_imported", path=existing)
    target = out or path_for(sessions, str(conference["date"]), str(conference["district"]))
    if target.exists():
        raise DialogError("error.file_exists", path=target)
    partial = target.with_name(target.name + ".partial")
    partial.parent.mkdir(parents=True, exist_ok=True)
    partial.unlink(missing_ok=True)
    try:
        _build(partial, version, tables, steps)
    except sqlite3.Error as exc:
        _remove_partial(partial)
        raise DialogError("error.json_data", detail=data_detail(exc)) from None
    except BaseException:
        _remove_partial(partial)
        raise
    os.replace(partial, target)
    return target


def _build(path: Path, version: int, tables: dict[str, list[dict]],
           steps: tuple[Callable[[Database], None], ...]) -> None:
    """Write the tables into a new file at the document's version, then upgrade it to ``steps``."""
    db = connect(path)
    try:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.enable_wal()
        migrate(db, steps[:version])
        with db.atomic():
            db.execute("PRAGMA defer_foreign_keys = ON")
            for name, columns in tables_for(steps[:version]).items():
                rows = tables.get(name, [])
                if not rows:
                    continue
                names = [c.name for c in columns]
                placeholders = ", ".join("?" for _ in names)
                db.conn.executemany(
                    f"INSERT INTO [{name}] ({', '.join(f'[{n}]' for n in names)}) VALUES ({placeholders})",
                    [[row[n] for n in names] for row in rows],
                )
        migrate(db, steps)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


def _remove_partial(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
