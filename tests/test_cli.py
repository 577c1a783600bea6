"""The ``dialog`` command: every sub-command, exit statuses and bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dialog.core.database import open_conference
from tests.bad_files import BAD_CONFERENCE_FILES
from tests.conftest import tree_digest


def test_new_creates_a_conference_and_prints_its_path(cli, sessions):
    result = cli("new", "--district", "Søndre Nordstrand", "--date", "2007-11-01", "--venue", "Holmlia",
                 "--lang", "en")
    assert result.code == 0, result.err
    path = sessions / "2007-11-01-sondre-nordstrand.dialog.sqlite"
    assert result.out.strip() == str(path)
    db = open_conference(path)
    row = db.execute("SELECT district, date, venue, language, phase FROM conference").fetchone()
    db.close()
    assert row == ("Søndre Nordstrand", "2007-11-01", "Holmlia", "en", "setup")


def test_new_for_a_district_and_date_already_there_is_refused_unless_forced(cli, sessions):
    first = cli("new", "--district", "Alna", "--date", "2007-05-02").out.strip()
    before = tree_digest(sessions)
    refused = cli("--lang", "nb", "new", "--district", "alna", "--date", "2007-05-02")
    assert refused.code == 2 and refused.out == ""
    assert refused.err.splitlines() == [
        f"dialog: det finnes allerede en konferanse for alna 2007-05-02: {first}. Åpne den med «dialog open», "
        "eller legg til --force for å opprette en til."]
    assert tree_digest(sessions) == before
    second = cli("new", "--district", "Alna", "--date", "2007-05-02", "--force")
    assert second.code == 0 and second.out.strip().endswith("2007-05-02-alna-2.dialog.sqlite")
    assert cli("new", "--district", "Alna", "--date", "2007-05-03").code == 0
    assert cli("new", "--district", "Bjerke", "--date", "2007-05-02").code == 0


def test_demo_and_list_show_the_conference(cli, sessions):
    made = cli("demo")
    assert made.code == 0
    cli("demo", "--district", "bjerke")
    listing = cli("list")
    lines = listing.out.strip().splitlines()
    assert lines[0].split() == ["District", "Date", "Phase", "Participants", "Forms", "File"]
    stovner = next(line for line in lines if line.startswith("Stovner"))
    assert stovner.split()[2:6] == ["2007-10-17", "Closing", "15", "13"]
    bjerke = next(line for line in lines if line.startswith("Bjerke"))
    assert bjerke.split()[2:5] == ["2008-02-06", "Closing", "11"]


def test_demo_reuse_returns_the_existing_demo(cli, sessions):
    first = cli("demo").out.strip()
    assert cli("demo", "--reuse").out.strip() == first
    assert len(list(sessions.glob("*.dialog.sqlite"))) == 1


def test_list_in_norwegian(cli, stovner):
    result = cli("--lang", "nb", "list")
    assert result.out.splitlines()[0].split() == ["Bydel", "Dato", "Fase", "Deltakere", "Skjemaer", "Fil"]
    assert "Avslutning" in result.out


def test_list_of_an_empty_folder_says_what_to_do(cli, sessions):
    result = cli("list")
    assert result.code == 0 and "dialog new" in result.out


def test_list_marks_an_unreadable_file_and_goes_on(cli, stovner, sessions):
    (sessions / "broken.dialog.sqlite").write_text("not a database")
    result = cli("list")
    assert result.code == 0
    assert "cannot be read" in result.out and "Stovner" in result.out


def test_export_never_overwrites_silently(cli, stovner, exports):
    first = cli("export", str(stovner), "--format", "json").out.strip()
    second = cli("export", str(stovner), "--format", "json").out.strip()
    assert first.endswith("2007-10-17-stovner-full-kopi.json")
    assert second.endswith("2007-10-17-stovner-full-kopi-2.json")
    forced = cli("export", str(stovner), "--format", "json", "--out", first, "--force").out.strip()
    assert forced == first
    assert json.loads((exports / "2007-10-17-stovner-full-kopi.json").read_text())["format"] == "dialogkonferanse"


def test_delete_with_yes_removes_file_companions_and_backups(cli, stovner, sessions):
    backups = sessions / ".backups"
    backups.mkdir()
    stem = stovner.name.removesuffix(".dialog.sqlite")
    (backups / f"{stem}.20071017-1030.dialog.sqlite").write_bytes(stovner.read_bytes())
    other = backups / f"{stem}-2.20071017-1030.dialog.sqlite"
    other.write_bytes(b"another conference's backup")
    db = open_conference(stovner)  # leaves -wal/-shm while open
    result = cli("delete", str(stovner), "--yes")
    db.close()
    assert result.code == 0, result.err
    assert not stovner.exists()
    assert not list(sessions.glob(f"{stem}.dialog.sqlite*"))
    assert list(backups.iterdir()) == [other]


def test_delete_without_yes_and_without_a_terminal_refuses(cli, stovner, sessions):
    before = tree_digest(sessions)
    result = cli("delete", str(stovner))
    assert result.code == 2 and "--yes" in result.err
    assert tree_digest(sessions) == before


def test_delete_asks_and_a_no_keeps_the_file(cli, stovner, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    result = cli("delete", str(stovner))
    assert result.code == 0 and "Nothing was deleted" in result.out
    assert stovner.exists()


@pytest.mark.parametrize("command", ["open", "export", "delete"])
@pytest.mark.parametrize("bad", sorted(BAD_CONFERENCE_FILES))
def test_commands_refuse_bad_conference_files(cli, tmp_path, sessions, command, bad):
    maker, words = BAD_CONFERENCE_FILES[bad]
    path = maker(tmp_path)
    args = [command, str(path)] + (["--yes"] if command == "delete" else [])
    before = tree_digest(tmp_path)
    result = cli(*args)
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1 and words in result.err
    assert "Traceback" not in result.err
    assert tree_digest(tmp_path) == before


@pytest.mark.parametrize("args, words", [
    (["new", "--district", "", "--date", "2007-11-01"], "District must not be empty"),
    (["new", "--district", "Alna", "--date", "2007-13-01"], "not a valid date"),
    (["new", "--district", "Alna", "--date", "yesterday"], "not a valid date"),
    (["new", "--district", "Alna"], "required"),
    (["new", "--district", "Alna", "--date", "2007-11-01", "--lang", "de"], "invalid choice"),
    (["no-such-command"], "invalid choice"),
    (["export", "x", "--format", "pdf"], "invalid choice"),
    (["export", "x", "--lang", "de"], "invalid choice"),
])
def test_bad_arguments_give_one_line_and_exit_2(cli, tmp_path, args, words):
    before = tree_digest(tmp_path)
    result = cli(*args)
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1 and words in result.err
    assert tree_digest(tmp_path) == before


def test_errors_follow_the_language(cli, tmp_path):
    result = cli("--lang", "nb", "open", str(tmp_path / "borte.dialog.sqlite"))
    assert "filen finnes ikke" in result.err


def test_help_of_every_command_in_both_languages(cli):
    for language, _word in (("en", "conference"), ("nb", "konferanse")):
        for command in ("open", "new", "demo", "list", "export", "import", "delete"):
            with pytest.raises(SystemExit) as done:
                cli("--lang", language, command, "--help")
            assert done.value.code == 0


def test_real_process_exit_status_and_no_traceback(tmp_path):
    bad = tmp_path / "x.dialog.sqlite"
    bad.write_text("hei")
    result = subprocess.run([sys.executable, "-m", "dialog", "open", str(bad)], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    ok = subprocess.run([sys.executable, "-m", "dialog", "--help"], capture_output=True, text=True)
    assert ok.returncode == 0 and "demo" in ok.stdout
