"""A damaged file is named as damaged everywhere, with `dialog restore`; a locked or forbidden one never is."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dialog.core.backups import make_backup
from dialog.core.database import open_conference
from tests.bad_files import HeldOpen, damage_page

PAGES = {
    "a page of the notes": "note",
    "a page of an index": "sqlite_autoindex_note_1",
    "the conference page": "conference",
}


def one_line_naming_restore(result, path) -> None:
    assert result.code == 2, (result.out, result.err)
    assert result.err.count("\n") == 1, result.err
    assert "is damaged" in result.err and f"dialog restore {path} --list" in result.err
    assert "unexpected" not in result.err and "Traceback" not in result.err


@pytest.mark.parametrize("where", sorted(PAGES))
@pytest.mark.parametrize("command", ["export", "qr", "open"])
def test_damage_in_any_page_gives_one_line_naming_restore(stovner, cli, exports, where, command):
    damage_page(stovner, PAGES[where])
    result = cli(command, str(stovner))
    one_line_naming_restore(result, stovner)
    assert not exports.exists() or not any(exports.iterdir())  # nothing half-written


def test_serve_refuses_a_damaged_file(stovner):
    damage_page(stovner, "note")
    done = subprocess.run([sys.executable, "-m", "dialog", "serve", str(stovner), "--host", "127.0.0.1",
                           "--port", "8799"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "is damaged" in done.stderr and "dialog restore" in done.stderr


def test_list_goes_on_past_a_damaged_file(stovner, stovner_template, sessions, cli):
    good = sessions / "2007-10-18-bjerke.dialog.sqlite"
    good.write_bytes(stovner_template.read_bytes())
    damage_page(stovner, "note")
    result = cli("list")
    assert result.code == 0
    rows = result.out.splitlines()
    assert any("Stovner" in row and good.name in row for row in rows)
    assert any("damaged" in row and stovner.name in row for row in rows)
    assert result.err.count("\n") == 1 and "is damaged" in result.err and "dialog restore" in result.err


def test_a_file_locked_by_another_program_is_not_called_damaged(stovner, cli):
    with HeldOpen(stovner, "exclusive"):
        for command in ("export", "open"):
            result = cli(command, str(stovner))
            assert result.code == 2 and result.err.count("\n") == 1
            assert "locked by another program" in result.err and "is damaged" not in result.err
        listed = cli("list")
    assert listed.code == 0 and "is damaged" not in listed.err and "damaged" not in listed.out
    assert "locked by another program" in listed.err


@pytest.fixture
def shared_folder():
    """A folder an unprivileged user can reach (pytest's own tmp folders are private to root)."""
    import shutil
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp(prefix="dialog-perm-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):
        path.chmod(0o700 if path.is_dir() else 0o600)
    shutil.rmtree(folder)


def unprivileged(*argv: str):
    """Run the CLI in a child that has dropped root's powers (root reads and writes anything).

    Pass ``--sessions`` in ``argv``: the test's own sessions folder is out of the child's reach.
    """
    import contextlib
    import io
    import os
    import pickle

    from tests.conftest import CliResult

    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        try:
            os.close(read_end)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
            from dialog.cli import main

            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(list(argv))
            os.write(write_end, pickle.dumps(CliResult(code, out.getvalue(), err.getvalue())))
        finally:
            os._exit(0)
    os.close(write_end)
    data = b""
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    os.waitpid(child, 0)
    return pickle.loads(data)


def test_a_read_only_folder_is_not_called_damaged(stovner_template, shared_folder):
    folder = shared_folder / "sessions"
    folder.mkdir()
    path = folder / stovner_template.name
    path.write_bytes(stovner_template.read_bytes())
    path.chmod(0o666)
    folder.chmod(0o555)
    opened = unprivileged("--sessions", str(folder), "open", str(path))
    assert opened.code == 2 and opened.err.count("\n") == 1, opened
    assert "read-only" in opened.err and "is damaged" not in opened.err
    listed = unprivileged("--sessions", str(folder), "list")
    assert "damaged" not in listed.out and "is damaged" not in listed.err


def test_a_file_without_read_permission_is_not_called_damaged(stovner_template, shared_folder):
    path = shared_folder / stovner_template.name
    path.write_bytes(stovner_template.read_bytes())
    path.chmod(0o600)  # root's alone
    for argv in (["export", str(path)], ["open", str(path)], ["list"]):
        result = unprivileged("--sessions", str(shared_folder), *argv)
        assert "damaged" not in result.out and "is damaged" not in result.err, result
        assert "permission" in result.err.lower(), result


def test_restore_list_marks_the_damaged_backup(stovner, cli):
    db = open_conference(stovner)
    backup = make_backup(db, stovner, "auto")
    db.close()
    damage_page(backup, "note")
    listed = cli("restore", str(stovner), "--list")
    assert listed.code == 0 and "damaged: On tree page" in listed.out


@pytest.mark.parametrize("fmt", ["docx", "feedback", "csv", "json"])
def test_every_export_format_says_damage_the_same_way(stovner, cli, exports, fmt):
    damage_page(stovner, "note")
    one_line_naming_restore(cli("export", str(stovner), "--format", fmt), stovner)
    assert not exports.exists() or not any(exports.iterdir())


OVERVIEW_PAGES = {"the conference page": "conference", "a page of the notes": "note",
                  "a page of the evaluation forms": "evaluation_response"}
"""Pages the overview reads (the conference row, once a crash) or would count without reading (the forms)."""


@pytest.mark.parametrize("where", sorted(OVERVIEW_PAGES))
def test_the_overview_leaves_a_damaged_file_out_with_the_same_line(stovner, sessions, cli, exports, where):
    from docx import Document

    assert cli("new", "--district", "Bjerke", "--date", "2007-10-18").code == 0
    damage_page(stovner, OVERVIEW_PAGES[where])
    result = cli("--lang", "en", "overview", str(sessions))
    assert result.code == 0, result.err
    real = stovner.resolve()
    assert result.err == (f"left out: {real} is damaged: see its backups with 'dialog restore {real} --list', "
                          f"then restore one. (SQLite: {result.err.split('(SQLite: ')[1]}")
    attendance = Document(result.out.strip()).tables[0]
    assert [row.cells[0].text for row in attendance.rows[1:]] == ["Bjerke", "Total"]
    listed = cli("list")
    assert f"dialog restore {stovner} --list" in listed.err  # the same words as `dialog list`


def test_the_apps_export_names_damage_too(stovner, tmp_path):
    """The app exports with export_any and words any failure with as_dialog_error: both name `dialog restore`."""
    import sqlite3

    from dialog.core.errors import DialogError, as_dialog_error
    from dialog.export.formats import export_any

    damage_page(stovner, "note")
    with pytest.raises(DialogError) as raised:
        export_any(stovner, "csv", tmp_path / "csv")
    assert raised.value.key == "error.file_damaged" and f"dialog restore {stovner} --list" in str(raised.value)
    connection = sqlite3.connect(stovner)
    try:
        with pytest.raises(sqlite3.DatabaseError) as failure:
            connection.execute("SELECT count(*), group_concat(text) FROM note").fetchall()
    finally:
        connection.close()
    words = as_dialog_error(failure.value).message()
    assert "is damaged" in words and "dialog restore FILE --list" in words
