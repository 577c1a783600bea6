"""The conference file's schema, pragmas and migrations."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from dialog.core.database import APPLICATION_ID, create_database, open_conference
from dialog.core.schema import FORMAT_VERSION, STEPS, build_migrations, migrate

EXPECTED_COLUMNS = {
    "conference": ["id", "district", "date", "venue", "language", "report_version", "interviews", "informants",
                   "phase", "is_demo", "created_at"],
    "leader": ["id", "name", "role", "position"],
    "role": ["code", "letter", "name_nb", "name_en", "position", "name_nn"],
    "attendance": ["role_code", "count"],
    "phase_plan": ["phase", "planned_start", "planned_minutes"],
    "phase_log": ["id", "phase", "started_at", "ended_at"],
    "theme": ["code", "name_nb", "name_en", "parent_code", "origin", "position", "name_nn"],
    "display_status": ["theme_code", "status"],
    "finding": ["id", "position", "title", "body", "theme_code", "response", "response_comment"],
    "finding_quote": ["id", "finding_id", "position", "text", "role_letter"],
    "work_group": ["id", "name", "position"],
    "group_theme": ["group_id", "theme_code"],
    "group_member": ["group_id", "role_code", "count"],
    "note": ["id", "group_id", "kind", "text", "role_letter", "author_device", "position", "created_at",
             "updated_at", "deleted_at"],
    "note_revision": ["id", "note_id", "kind", "text", "role_letter", "saved_at"],
    "measure": ["id", "text", "theme_code", "group_id", "note_id", "level", "owner", "deadline", "status", "votes",
                "position", "created_at"],
    "plenary_point": ["id", "kind", "text", "group_id", "position"],
    "assessment": ["id", "text", "updated_at"],
    "form_template": ["id", "version", "created_at"],
    "form_question": ["id", "template_id", "position", "code", "kind", "text_nb", "text_en", "scale_min",
                      "scale_max", "text_nn"],
    "evaluation_response": ["id", "template_id", "source", "instance_id", "sheet_number"],
    "evaluation_answer": ["response_id", "question_id", "value_int", "value_text"],
    "access_token": ["token", "kind", "group_id", "created_at"],
    "watched_name": ["name"],
    "phase_clock": ["phase_log_id", "extra_minutes", "paused_seconds", "paused_since"],
    "room_secret": ["id", "secret"],
    "room_state": ["id", "open_finding_id"],
    "finding_room": ["finding_id", "revealed"],
    "finding_answer": ["finding_id", "voter", "response", "comment", "role_code"],
    "group_confirmation": ["group_id", "fingerprint", "confirmed_at"],
    "note_flag": ["note_id", "reason", "note_version", "flagged_at"],
    "printed_sheets": ["first", "last"],
}


def test_blank_database_migrates_to_the_final_schema(tmp_path):
    db = Database(sqlite3.connect(str(tmp_path / "blank.sqlite")))
    migrate(db)
    tables = {name: [c.name for c in db[name].columns] for name in db.table_names() if name != "_sqlite_migrations"}
    assert tables == EXPECTED_COLUMNS
    assert [m.name for m in build_migrations().applied(db)] == [step.__name__ for step in STEPS]
    assert db.execute("PRAGMA user_version").fetchone()[0] == FORMAT_VERSION
    # Migrating again is a no-op.
    migrate(db)
    assert len(build_migrations().applied(db)) == len(STEPS)


def test_evaluation_responses_have_no_time_or_address_columns():
    names = " ".join(EXPECTED_COLUMNS["evaluation_response"] + EXPECTED_COLUMNS["evaluation_answer"])
    for forbidden in ("time", "_at", "ip", "address", "name", "agent"):
        assert forbidden not in names


def test_a_failing_migration_rolls_back_and_stays_pending(tmp_path):
    def m002_half_done(db):
        db.execute("CREATE TABLE half_done (id INTEGER)")
        db.execute("INSERT INTO half_done VALUES (1)")
        raise RuntimeError("power cut in the middle of a migration")

    db = Database(sqlite3.connect(str(tmp_path / "x.sqlite")))
    with pytest.raises(RuntimeError):
        migrate(db, STEPS + (m002_half_done,))
    assert "half_done" not in db.table_names()
    assert "conference" in db.table_names()
    applied = [m.name for m in build_migrations(STEPS + (m002_half_done,)).applied(db)]
    assert applied == [step.__name__ for step in STEPS]
    assert [m.name for m in build_migrations(STEPS + (m002_half_done,)).pending(db)] == ["m002_half_done"]


def test_new_file_is_marked_and_durable(tmp_path):
    path = tmp_path / "c.dialog.sqlite"
    db = create_database(path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    db.close()


def test_opened_connections_have_the_same_pragmas(stovner):
    db = open_conference(stovner)
    try:
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO note (id, group_id, kind, text, position, created_at, updated_at) "
                       "VALUES ('x', 'no-such-group', 'other', 't', 0, 'a', 'a')")
    finally:
        db.close()


def test_an_older_format_is_upgraded_on_import_and_on_open(stovner, tmp_path):
    import json

    from dialog.export.json_format import conference_to_dict, import_json

    db = open_conference(stovner)
    document = conference_to_dict(db)
    db.close()
    document["format_version"] = 1
    del document["tables"]["access_token"]  # format 1 had no tokens
    del document["tables"]["watched_name"]  # nor names to watch
    del document["tables"]["phase_clock"]  # nor a stored group-work clock
    del document["tables"]["room_secret"]  # nor the room's CSRF secret
    for table in ("room_state", "finding_room", "finding_answer"):  # nor the room's answers to findings
        document["tables"].pop(table, None)
    for table in ("group_confirmation", "note_flag"):  # nor the groups' checks of their notes
        document["tables"].pop(table, None)
    document["tables"].pop("printed_sheets", None)  # nor the numbers printed on paper forms
    for row in document["tables"]["evaluation_response"]:  # nor numbered paper forms
        del row["sheet_number"]
    for table, column in (("role", "name_nn"), ("theme", "name_nn"), ("form_question", "text_nn")):  # nor nynorsk
        for row in document["tables"][table]:
            del row[column]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    upgraded = import_json(old, tmp_path / "elsewhere")
    db = open_conference(upgraded)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == FORMAT_VERSION == 11
        assert {"access_token", "watched_name", "phase_clock", "room_secret", "finding_answer",
                "note_flag", "printed_sheets"} <= set(db.table_names())
        assert db.execute("SELECT count(*) FROM note").fetchone()[0] == 28
    finally:
        db.close()
