"""`dialog import` holds a JSON file to every limit the app keeps: one line, exit 2, nothing written.

A file the app would never have made – a 20,001-character note, a scale from
1 to a billion, a conference in the year 9999, a district of zero-width spaces,
nesting 100,000 deep, a number of 4,301 digits – is refused whole, naming the
table, row and column; text that is merely unsafe (NUL, escape sequences, a
right-to-left override) is cleaned by the text gate on its way in.
"""

from __future__ import annotations

import copy
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dialog.core.database import open_conference
from dialog.export.json_format import MAX_JSON_BYTES, conference_to_dict, export_json
from tests.conftest import tree_digest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def document(stovner, tmp_path) -> dict:
    """The Stovner demo's JSON export, to be spoiled one value at a time."""
    exported = export_json(stovner, tmp_path / "export" / "stovner.json")
    stovner.unlink()  # so the import is not refused as a conference already in the folder
    return json.loads(exported.read_text(encoding="utf-8"))


def import_text(cli, tmp_path: Path, text: str):
    """Write ``text`` as a .json file, import it, and prove a refusal changed nothing."""
    source = tmp_path / "hostile.json"
    source.write_text(text, encoding="utf-8")
    before = tree_digest(tmp_path)
    result = cli("import", str(source))
    if result.code != 0:
        assert result.code == 2, result.err
        assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err, result.err
        assert tree_digest(tmp_path) == before
    return result


def spoilt(document: dict, table: str, column: str, value: object, row: int = 0) -> str:
    spoiled = copy.deepcopy(document)
    spoiled["tables"][table][row][column] = value
    return json.dumps(spoiled, ensure_ascii=False)


def first_scale(document: dict) -> int:
    return next(i for i, q in enumerate(document["tables"]["form_question"]) if q["kind"] == "scale")


@pytest.mark.parametrize("table, column, value, words", [
    ("note", "text", "x" * 20_001, "note[0].text is too long (20001 characters; at most 20000)"),
    ("conference", "district", "A" * 201, "conference[0].district is too long (201 characters; at most 200)"),
    ("conference", "district", "\u200b\u200c\u200d\u2060\ufeff", "conference[0].district must not be empty"),
    ("conference", "date", "9999-12-31", "outside the years 1900–2100"),
    ("conference", "created_at", "i går", "conference[0].created_at: 'i går' is not a time"),
    ("attendance", "count", 1_000_000, "attendance[0].count: '1000000' is not a whole number from 0 to 10000"),
    ("measure", "deadline", "2008-02-30", "'2008-02-30' is not a valid date"),
    ("note", "kind", "gossip", "note[0].kind: 'gossip' is not one of"),
    ("note", "role_letter", "Kari", "'Kari' is not a role letter"),
    ("phase_plan", "planned_start", "25:00", "'25:00' is not a time; write it as HH:MM"),
    ("work_group", "name", " \t ", "work_group[0].name must not be empty"),
    ("finding", "position", -1, "finding[0].position: '-1' is not a whole number from 0"),
], ids=["long note", "long district", "zero-width district", "year 9999", "not a time", "huge count", "30 February",
        "unknown kind", "name as role letter", "25 o'clock", "blank group name", "negative position"])
def test_a_value_the_app_would_refuse_refuses_the_whole_file(cli, tmp_path, document, table, column, value, words):
    result = import_text(cli, tmp_path, spoilt(document, table, column, value))
    assert result.code == 2 and "nothing was imported" in result.err
    assert words in result.err, result.err


def test_a_scale_without_ends_or_running_to_a_billion_is_refused(cli, tmp_path, document):
    index = first_scale(document)
    for column, value in (("scale_min", None), ("scale_max", None), ("scale_max", 10**9)):
        result = import_text(cli, tmp_path, spoilt(document, "form_question", column, value, row=index))
        assert result.code == 2 and f"form_question[{index}]" in result.err, result.err
        assert "1–5" in result.err or "from 1 to 5" in result.err, result.err


def test_an_answer_off_its_scale_or_of_the_wrong_kind_is_refused(cli, tmp_path, document):
    scales = {q["id"] for q in document["tables"]["form_question"] if q["kind"] == "scale"}
    index = next(i for i, a in enumerate(document["tables"]["evaluation_answer"]) if a["question_id"] in scales)
    off_scale = import_text(cli, tmp_path, spoilt(document, "evaluation_answer", "value_int", 6, row=index))
    assert off_scale.code == 2 and f"evaluation_answer[{index}]" in off_scale.err and "from 1 to 5" in off_scale.err
    as_text = import_text(cli, tmp_path, spoilt(document, "evaluation_answer", "value_text", "fem", row=index))
    assert as_text.code == 2 and f"evaluation_answer[{index}]" in as_text.err


def test_more_names_to_watch_than_the_app_keeps_are_refused(cli, tmp_path, document):
    spoiled = copy.deepcopy(document)
    spoiled["tables"]["watched_name"] = [{"name": f"Navn {n}"} for n in range(201)]
    result = import_text(cli, tmp_path, json.dumps(spoiled))
    assert result.code == 2 and "201 rows in watched_name" in result.err and "200" in result.err


def test_control_characters_escape_sequences_and_overrides_are_cleaned_on_the_way_in(cli, tmp_path, document, sessions):
    spoiled = copy.deepcopy(document)
    spoiled["tables"]["conference"][0]["district"] = "\u202eStovner\x00"
    spoiled["tables"]["note"][0]["text"] = "Krise\x00hjelp\x1b]0;eid\x07 etter\r\nkontortid\x0b\ufffe"
    result = import_text(cli, tmp_path, json.dumps(spoiled))
    assert result.code == 0, result.err
    db = open_conference(Path(result.out.strip()), read_only=True)
    try:
        stored = conference_to_dict(db)["tables"]
    finally:
        db.close()
    assert stored["conference"][0]["district"] == "Stovner"
    assert stored["note"][0]["text"] == "Krisehjelp]0;eid etter\nkontortid\n"


@pytest.mark.parametrize("text, words", [
    ('{"format": ' + "[" * 100_000 + "]" * 100_000 + "}", "nests values deeper than any conference export"),
    ('{"format_version": ' + "9" * 4_301 + "}", "a number of 4301 digits"),
    ('{"format_version": -' + "9" * 5_000 + "}", "a number of 5000 digits"),
    ('{"paused_seconds": 1e999}', "not a dialog conference export"),
], ids=["100,000 deep", "4,301 digits", "5,000 digits", "infinite"])
def test_json_too_deep_or_with_endless_numbers_gives_one_line(cli, tmp_path, text, words):
    result = import_text(cli, tmp_path, text)
    assert result.code == 2 and words in result.err, result.err


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(cli, tmp_path):
    huge = tmp_path / "huge.json"
    with huge.open("wb") as stream:  # sparse: nothing is written but the size
        stream.truncate(MAX_JSON_BYTES + 1)
    before = tree_digest(tmp_path / "sessions")
    result = cli("import", str(huge))
    assert result.code == 2 and "larger than 32 MiB" in result.err and len(result.err.splitlines()) == 1
    assert tree_digest(tmp_path / "sessions") == before


def test_importing_a_named_pipe_is_refused_instead_of_waiting_for_ever(tmp_path):
    pipe = tmp_path / "export.json"
    os.mkfifo(pipe)
    result = subprocess.run([sys.executable, "-m", "dialog", "--sessions", str(tmp_path / "s"), "import", str(pipe)],
                            capture_output=True, text=True, timeout=60, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "DIALOG_LANG": "en"})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"dialog: {pipe} is not a regular file but, for example, "
                                                  "a named pipe or a device; name an ordinary file."]
    assert not (tmp_path / "s").exists()


def test_one_file_the_list_cannot_date_does_not_stop_the_list(cli, stovner, sessions):
    odd = sessions / "9999-12-31-alna.dialog.sqlite"
    odd.write_bytes(stovner.read_bytes())
    connection = sqlite3.connect(odd)  # as another tool, or an older version, could have left it
    connection.execute("UPDATE conference SET date = '9999-12-31', district = 'Alna', id = 'another'")
    connection.commit()
    connection.close()
    result = cli("list")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert any("Alna" in line and "9999-12-31" in line for line in lines)
    assert any("Stovner" in line for line in lines)
    assert cli("list", "--retention-months", str(10**9)).code == 0


def test_every_column_of_the_conference_file_has_an_import_rule():
    """A migration that adds a column must say what the app allows in it (json_rules.RULES)."""
    from dialog.export.json_rules import RULES
    from dialog.export.json_schema import tables_for

    missing = [f"{table}.{column.name}" for table, columns in tables_for().items() for column in columns
               if column.name not in RULES.get(table, {})]
    assert missing == []
    assert set(RULES) <= set(tables_for())
