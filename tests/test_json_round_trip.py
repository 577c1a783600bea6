"""JSON export -> import -> export gives the same bytes for every column of every table, whatever its type.

The JSON form's types come from the schema itself, so these tests walk the
schema too: every column of a freshly made file must be one the JSON form
carries, a column added by a future migration is carried without touching the
exporter, and random values of every storage class written into every column
either come back exactly, or stop the export with one line naming the column, or
are refused on import (one line naming table, row and column) when the app's
own rules would never have stored them.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from dialog.core.access import ensure_room_secret, ensure_tokens
from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.database import open_conference
from dialog.core.errors import DialogError
from dialog.core.evaluation import add_response
from dialog.core.findings import list_findings
from dialog.core.group_checks import confirm_notes, flag_note, group_check
from dialog.core.groups import list_groups
from dialog.core.note_history import note_version
from dialog.core.notes import edit_note, list_notes
from dialog.core.paper_sheets import reserve_sheets
from dialog.core.phase_clock import add_minutes, current_clock, toggle_pause
from dialog.core.phases import move_to_phase
from dialog.core.privacy import set_watched_names
from dialog.core.room_answers import answer_finding, open_finding, set_revealed, voter_key
from dialog.core.schema import STEPS, migrate
from dialog.core.text_gate import clean_text
from dialog.export.json_format import conference_to_dict, dumps, export_json, import_json
from dialog.export.json_schema import CARRIED_AFFINITIES, UncarriedColumnType, affinity, tables_for
from tests.conference_contents import conference_tables, round_trip, sqlite_contents

LONG = "Lang tekst om krisehjelp etter kontortid – æøå ÆØÅ 🌙. " * 400  # about 22,000 characters
SPECIAL_TEXT = ["", " ", "æøå ÆØÅ", "«B2: Det snudde alt» 🙏😊", "linje 1\nlinje 2\ttab", "a\x00b", LONG]


def assert_same_conference(source: Path, folder: Path) -> None:
    """The export of the import is byte-identical, and SQLite finds the same rows with the same types in both files."""
    imported, first, second = round_trip(source, folder)
    assert second == first
    assert sqlite_contents(imported) == sqlite_contents(source)


# -- the reported bug -------------------------------------------------------------------------


def test_a_paused_and_extended_group_work_clock_survives_the_round_trip(tmp_path):
    source = tmp_path / "alna.dialog.sqlite"
    db = create_conference(source, ConferenceFacts("Alna", "2026-11-25"))
    move_to_phase(db, "group_work", at="2026-11-25T10:00:00.000+01:00")
    toggle_pause(db, "group_work", at="2026-11-25T10:20:00.000+01:00")
    toggle_pause(db, "group_work", at="2026-11-25T10:22:03.250+01:00")  # 123.25 s paused: a REAL
    add_minutes(db, "group_work", 5)
    toggle_pause(db, "group_work", at="2026-11-25T10:30:00.000+01:00")  # paused again, as when exported
    clock = current_clock(db, "group_work")
    db.close()
    assert (clock.paused_seconds, clock.extra_minutes, clock.paused) == (123.25, 5, True)

    assert_same_conference(source, tmp_path)
    document = json.loads((tmp_path / "second.json").read_text(encoding="utf-8"))
    [row] = document["tables"]["phase_clock"]
    assert (row["paused_seconds"], row["extra_minutes"], row["paused_since"]) == (
        123.25, 5, "2026-11-25T10:30:00.000+01:00")


def test_a_clock_extended_without_a_pause_keeps_its_zero_seconds_as_a_number(tmp_path):
    source = tmp_path / "bjerke.dialog.sqlite"
    db = create_conference(source, ConferenceFacts("Bjerke", "2026-11-26"))
    move_to_phase(db, "group_work")
    add_minutes(db, "group_work", 10)
    db.close()
    assert_same_conference(source, tmp_path)
    text = (tmp_path / "second.json").read_text(encoding="utf-8")
    assert '"paused_seconds": 0.0' in text


# -- the JSON form knows every column of the schema -------------------------------------------


def test_every_column_of_a_new_conference_file_has_a_json_type(tmp_path):
    path = tmp_path / "fresh.dialog.sqlite"
    create_conference(path, ConferenceFacts("Grorud", "2026-11-25")).close()
    on_disk = conference_tables(path)
    known = tables_for()
    assert sorted(known) == sorted(on_disk)
    connection = sqlite3.connect(path)
    try:
        for table, columns in on_disk.items():
            declared = {row[1]: row[2] for row in connection.execute(f"PRAGMA table_info([{table}])")}
            assert [c.name for c in known[table]] == columns, table
            for column in known[table]:
                assert column.type == declared[column.name].upper()
                assert column.affinity in CARRIED_AFFINITIES, f"{table}.{column.name}"
    finally:
        connection.close()
    db = open_conference(path)
    try:
        document = conference_to_dict(db)
    finally:
        db.close()
    assert set(document["tables"]) == set(on_disk)
    assert {c.affinity for columns in known.values() for c in columns} == {"TEXT", "INTEGER", "REAL"}


@pytest.mark.parametrize("declared, expected", [
    ("INTEGER", "INTEGER"), ("BIGINT", "INTEGER"), ("TEXT", "TEXT"), ("VARCHAR(40)", "TEXT"), ("CLOB", "TEXT"),
    ("REAL", "REAL"), ("DOUBLE PRECISION", "REAL"), ("FLOAT", "REAL"), ("BLOB", "BLOB"), ("", "BLOB"),
    ("NUMERIC", "NUMERIC"), ("BOOLEAN", "NUMERIC"), ("DATETIME", "NUMERIC"),
])
def test_column_types_follow_sqlites_affinity_rules(declared, expected):
    assert affinity(declared) == expected


def m900_future_readings(db: Database) -> None:
    """A migration some later version might add: columns of every carried type, declared in other words."""
    db.execute("CREATE TABLE future_reading ("
               " id TEXT PRIMARY KEY,"
               " weight REAL,"
               " share DOUBLE PRECISION NOT NULL DEFAULT 0,"
               " ratio FLOAT,"
               " tally BIGINT NOT NULL,"
               " label VARCHAR(40) NOT NULL DEFAULT '',"
               " remark CLOB)")


def test_a_table_added_by_a_future_migration_is_carried_without_changing_the_exporter(tmp_path):
    steps = (*STEPS, m900_future_readings)
    source = tmp_path / "future.dialog.sqlite"
    create_conference(source, ConferenceFacts("Ullern", "2026-11-27")).close()
    db = Database(sqlite3.connect(source))
    migrate(db, steps)
    rows = [("a", 1.5, 0.1 + 0.2, None, 2**62, "æøå 😊", None), ("b", None, 1e-300, -2.5e300, -7, "", LONG),
            ("c", 3, 7, 0.0, 0, " ", "")]
    db.conn.executemany("INSERT INTO future_reading VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    db.conn.commit()
    document = conference_to_dict(db, steps)
    db.close()
    assert document["format_version"] == len(steps)
    assert document["tables"]["future_reading"][2] == {
        "id": "c", "weight": 3.0, "share": 7.0, "ratio": 0.0, "tally": 0, "label": " ", "remark": ""}
    first = tmp_path / "future.json"
    first.write_text(dumps(document), encoding="utf-8")

    imported = import_json(first, tmp_path / "imported", steps=steps)
    db = Database(sqlite3.connect(imported))
    try:
        again = dumps(conference_to_dict(db, steps))
    finally:
        db.close()
    assert again == first.read_text(encoding="utf-8")
    assert sqlite_contents(imported) == sqlite_contents(source)


@pytest.mark.parametrize("declared", ["BLOB", "", "NUMERIC", "BOOLEAN"])
def test_a_column_type_the_json_form_cannot_carry_is_named_at_once(declared):
    def m900_odd_column(db: Database) -> None:
        db.execute(f"CREATE TABLE odd (id TEXT PRIMARY KEY, payload {declared})")

    with pytest.raises(UncarriedColumnType, match=r"odd\.payload"):
        tables_for((*STEPS, m900_odd_column))


# -- any value in any column ------------------------------------------------------------------


@pytest.fixture(scope="module")
def populated(tmp_path_factory, stovner_template) -> Path:
    """The Stovner demo with a row in every table: tokens, a watched name, a note revision, a paused clock."""
    path = tmp_path_factory.mktemp("populated") / stovner_template.name
    shutil.copyfile(stovner_template, path)
    db = open_conference(path)
    try:
        ensure_tokens(db)
        ensure_room_secret(db)
        set_watched_names(db, ["Kari Nordmann"])
        note = list_notes(db)[0]
        edit_note(db, note["id"], text=note["text"] + " (rettet)")
        move_to_phase(db, "group_work", at="2007-10-17T11:00:00.000+02:00")
        add_minutes(db, "group_work", 5)
        toggle_pause(db, "group_work", at="2007-10-17T11:10:00.000+02:00")
        toggle_pause(db, "group_work", at="2007-10-17T11:12:30.125+02:00")
        move_to_phase(db, "presentation", at="2007-10-17T13:00:00.000+02:00")
        finding_id = list_findings(db)[0]["id"]
        open_finding(db, finding_id)
        set_revealed(db, finding_id, False)  # the demo shows its answers: hidden again, the finding takes one more
        answer_finding(db, finding_id, voter_key(b"k" * 32, "phone", finding_id), "nuanced", "Delvis", "user")
        set_revealed(db, finding_id, True)
        first, second = (group["id"] for group in list_groups(db)[:2])
        confirm_notes(db, first, group_check(db, first).token, at="2007-10-17T11:50:00+02:00")
        flagged = list_notes(db, second)[0]
        flag_note(db, second, flagged["id"], note_version(flagged), "Ikke helt det vi sa",
                  at="2007-10-17T11:52:00+02:00")
        add_response(db, {"useful": 3}, source="paper", sheet_number=7)  # a numbered paper form
        reserve_sheets(db, 30)  # and a print of them
        move_to_phase(db, "closing", at="2007-10-17T13:30:00.000+02:00")
        empty = [t for t in db.table_names() if t != "_sqlite_migrations"
                 and db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] == 0]
    finally:
        db.close()
    assert empty == []
    return path


# Text as the gate lets it into a file: files hold nothing else (test_text_gate.py tests the gate).
TEXT = (st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60) | st.sampled_from(SPECIAL_TEXT)).map(
    clean_text)
INTEGERS = st.integers(-2**63, 2**63 - 1) | st.sampled_from([0, 1, -1, 2**63 - 1, -2**63])
REALS = st.floats(allow_nan=False, allow_infinity=False) | st.integers(-2**53, 2**53)
FITTING = {"TEXT": TEXT, "INTEGER": INTEGERS, "REAL": REALS}
ANY_VALUE = st.none() | TEXT | INTEGERS | st.floats(allow_nan=False) | REALS


def _fits(affinity_: str, nullable: bool, value: object) -> bool:
    """Does a stored value (as SQLite hands it back) belong in a column of this affinity?"""
    if value is None:
        return nullable
    if affinity_ == "INTEGER":
        return type(value) is int
    if affinity_ == "REAL":
        return type(value) is float and abs(value) != float("inf")
    return type(value) is str


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], deadline=None)
@given(data=st.data(), only_fitting=st.booleans())
def test_random_values_in_every_column_come_back_exactly_or_stop_the_export(
        populated, tmp_path_factory, data, only_fitting):
    folder = tmp_path_factory.mktemp("any")
    source = folder / "source.dialog.sqlite"
    shutil.copyfile(populated, source)
    connection = sqlite3.connect(source, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    misfits = set()
    try:
        for table, columns in tables_for().items():
            rowids = [r[0] for r in connection.execute(f"SELECT rowid FROM [{table}] ORDER BY rowid")]
            rowid = rowids[data.draw(st.integers(0, len(rowids) - 1), label=f"{table} row")]
            for column in columns:
                fitting = (st.none() | FITTING[column.affinity]) if column.nullable else FITTING[column.affinity]
                values = fitting if only_fitting else ANY_VALUE
                value = data.draw(values, label=f"{table}.{column.name}")
                try:
                    connection.execute(f"UPDATE [{table}] SET [{column.name}] = ? WHERE rowid = ?", [value, rowid])
                except sqlite3.IntegrityError:
                    continue  # the schema refuses it (a CHECK, a reference, a unique key): not a file we can hold
            for column in columns:
                for (stored,) in connection.execute(f"SELECT [{column.name}] FROM [{table}]"):
                    if not _fits(column.affinity, column.nullable, stored):
                        misfits.add((table, column.name))
    finally:
        connection.close()

    try:
        imported, first, second = round_trip(source, folder)
    except DialogError as refused:
        message = refused.message()
        if (folder / "first.json").exists():  # exported, then refused on import: a value the app would not store
            event("the import refused a value the app's rules refuse")
            assert "\n" not in message and "nothing was imported" in message
            assert any(f"{table}[" in message for table in tables_for()), message
            assert not (folder / "imported").exists() or not any((folder / "imported").iterdir())
            return
        event("the export refused a value of the wrong kind")
        assert misfits, message  # only a value of the wrong kind may stop the export
        assert "\n" not in message and "nothing was exported" in message
        assert any(f"{table}[" in message and f".{name} " in message for table, name in misfits), message
        assert not (folder / "first.json").exists()
        return
    event("the round trip was exact")
    assert not misfits
    assert second == first
    assert sqlite_contents(imported) == sqlite_contents(source)


# -- what the importer refuses ----------------------------------------------------------------


@pytest.fixture
def clock_document(tmp_path) -> dict:
    source = tmp_path / "alna.dialog.sqlite"
    db = create_conference(source, ConferenceFacts("Alna", "2026-11-25"))
    move_to_phase(db, "group_work")
    toggle_pause(db, "group_work")
    db.close()
    return json.loads(export_json(source, tmp_path / "alna.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("value, words", [
    ("12.5", "paused_seconds is not a number"),
    (True, "paused_seconds is not a number"),
    (None, "paused_seconds may not be null"),
    (2**70, "paused_seconds is not a finite number"),
    ([1.5], "paused_seconds is not a number"),
])
def test_import_refuses_a_number_column_holding_something_else(clock_document, tmp_path, value, words):
    clock_document["tables"]["phase_clock"][0]["paused_seconds"] = value
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(clock_document), encoding="utf-8")
    with pytest.raises(DialogError) as refused:
        import_json(bad, tmp_path / "target")
    assert words in refused.value.message()
    assert not (tmp_path / "target").exists() or not any((tmp_path / "target").iterdir())


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_import_refuses_numbers_json_does_not_have(cli, clock_document, tmp_path, constant):
    text = json.dumps(clock_document).replace('"paused_seconds": 0.0', f'"paused_seconds": {constant}')
    assert constant in text
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    result = cli("--sessions", str(tmp_path / "target"), "import", str(bad))
    assert result.code == 2 and f"{constant} is not a JSON number" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert not (tmp_path / "target").exists() or not any((tmp_path / "target").iterdir())


def test_a_whole_number_is_taken_for_a_decimal_column(clock_document, tmp_path):
    """Someone wrote the file by hand with 12 for 12.0: it goes in as the number it is."""
    clock_document["tables"]["phase_clock"][0]["paused_seconds"] = 12
    hand_written = tmp_path / "hand.json"
    hand_written.write_text(json.dumps(clock_document), encoding="utf-8")
    imported = import_json(hand_written, tmp_path / "target")
    db = open_conference(imported)
    try:
        assert db.execute("SELECT paused_seconds, typeof(paused_seconds) FROM phase_clock").fetchone() == (12.0, "real")
    finally:
        db.close()


def test_export_refuses_a_stored_value_the_import_would_refuse(cli, tmp_path, exports):
    source = tmp_path / "alna.dialog.sqlite"
    create_conference(source, ConferenceFacts("Alna", "2026-11-25")).close()
    connection = sqlite3.connect(source)
    connection.execute("UPDATE conference SET interviews = 'fire'")  # written by another tool
    connection.commit()
    connection.close()
    result = cli("export", str(source), "--format", "json")
    assert result.code == 2
    assert result.err.strip() == ("dialog: the conference file holds a value its JSON form cannot carry "
                                  "(conference[0].interviews is not a whole number); nothing was exported.")
    assert not exports.exists() or not any(exports.iterdir())
