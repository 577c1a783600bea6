"""Several programs on one conference file: locks kept, writers wait, readers change nothing.

The conference file is shared on the day by the app, the room's child process,
a second terminal and `dialog list`/`export`/`overview`/`qr` in another window.
"""

from __future__ import annotations

import ast
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dialog.core.database import open_conference
from dialog.core.groups import list_groups
from dialog.core.notes import add_note

ROOT = Path(__file__).resolve().parent.parent


def _python(code: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter (another program on the same file)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=timeout,
                          env=env, cwd=ROOT)


def _note_texts(path: Path) -> set[str]:
    """What a fresh reader in another program sees."""
    result = _python("import sqlite3, sys\n"
                     "c = sqlite3.connect(sys.argv[1])\n"
                     "print('\\n'.join(r[0] for r in c.execute('SELECT text FROM note')))\n"
                     "c.close()", str(path))
    assert result.returncode == 0, result.stderr
    return set(result.stdout.splitlines())


def _every_reading_command(path: Path, sessions: Path, exports: Path) -> None:
    """What `dialog list`, `export`, `overview`, `qr`, the health check and the picker do, in this process."""
    from dialog.core.backups import check_health, health_problem, list_backups
    from dialog.core.database import check_conference_file, read_header
    from dialog.core.overview import build_overview
    from dialog.core.sessions import describe, list_conferences
    from dialog.export.formats import conference_facts, export_any
    from dialog.export.qr_codes import room_codes

    read_header(path)
    check_conference_file(path)
    describe(path)
    list_conferences(sessions)
    health_problem(path)
    check_health(path)
    list_backups(path)
    conference_facts(path)
    for fmt in ("docx", "feedback", "json", "csv"):
        export_any(path, fmt, exports / f"out-{fmt}")
    build_overview([sessions])
    room_codes(path, "http://127.0.0.1:8765", "en")


def test_reading_the_file_in_the_writing_program_keeps_its_locks(stovner, sessions, exports):
    """Closing any other descriptor of the file would drop the writer's POSIX locks: the WAL must survive."""
    db = open_conference(stovner)
    group = list_groups(db)[0]["id"]
    add_note(db, group, "works_well", "Skrevet før lesingen")
    _every_reading_command(stovner, sessions, exports)
    # Another program opens and closes the file. Had our locks been dropped, it
    # would think itself the last user, checkpoint and delete the -wal and -shm
    # while our connection goes on writing into the deleted files.
    assert _python("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                   "c.execute('SELECT count(*) FROM note').fetchone(); c.close()", str(stovner)).returncode == 0
    assert Path(f"{stovner}-wal").exists(), "the -wal was removed while a writer lived"
    add_note(db, group, "works_well", "Skrevet etter lesingen")
    texts = _note_texts(stovner)
    db.close()
    assert {"Skrevet før lesingen", "Skrevet etter lesingen"} <= texts
    assert {"Skrevet før lesingen", "Skrevet etter lesingen"} <= _note_texts(stovner)
    check = sqlite3.connect(stovner)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()


WRITER = """
import sys
from dialog.core.database import open_conference
from dialog.core.notes import add_note
path, group, label, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
db = open_conference(path)
failed = 0
for number in range(count):
    try:
        add_note(db, group, "other", f"{label} {number}")
    except Exception as error:
        failed += 1
        print(type(error).__name__, error, file=sys.stderr)
print(failed)
"""


def test_two_programs_adding_notes_at_once_both_wait_and_keep_their_own_places(stovner):
    db = open_conference(stovner)
    group = list_groups(db)[0]["id"]
    before = db.execute("SELECT count(*) FROM note WHERE group_id = ?", [group]).fetchone()[0]
    db.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(stovner), group, label, "150"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
               for label in ("Laptop", "Terminal")]
    outcomes = [writer.communicate(timeout=300) for writer in writers]
    assert [out.strip() for out, _err in outcomes] == ["0", "0"], [err[-500:] for _out, err in outcomes]
    check = sqlite3.connect(stovner)
    positions = [row[0] for row in check.execute("SELECT position FROM note WHERE group_id = ?", [group])]
    texts = {row[0] for row in check.execute("SELECT text FROM note WHERE group_id = ?", [group])}
    check.close()
    assert len(positions) == before + 300
    assert len(set(positions)) == len(positions), "two notes were given the same place in the group"
    assert {f"{label} {n}" for label in ("Laptop", "Terminal") for n in range(150)} <= texts


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _older_format(path: Path) -> None:
    """Make ``path`` look like a file written by the release before the group-work clock (format 3)."""
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE IF EXISTS phase_clock")
    connection.execute("DELETE FROM _sqlite_migrations WHERE name = 'm004_phase_clock'")
    connection.execute("PRAGMA user_version = 3")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("older", [False, True], ids=["current", "older-format"])
def test_list_export_overview_and_qr_change_nothing_in_the_sessions_folder(cli, stovner, sessions, exports, older):
    cli("qr", str(stovner), "--out", str(exports / "qr-first"))  # the tokens are made once, by a command that may
    if older:
        _older_format(stovner)
    before = _tree(sessions)
    assert cli("list").code == 0
    for fmt in ("docx", "json", "csv"):
        result = cli("export", str(stovner), "--format", fmt)
        assert result.code == 0, result.err
    assert cli("overview", str(sessions)).code == 0
    result = cli("qr", str(stovner), "--out", str(exports / "qr"))
    assert result.code == 0, result.err
    assert _tree(sessions) == before
    if older:
        check = sqlite3.connect(stovner)
        assert check.execute("PRAGMA user_version").fetchone()[0] == 3
        check.close()


@pytest.mark.parametrize("target", ["itself", "renamed", "wal", "device"])
def test_out_never_names_the_conference_or_a_device(cli, stovner, sessions, tmp_path, target):
    if target == "renamed":
        out = tmp_path / "referat.docx"
        out.write_bytes(stovner.read_bytes())
    elif target == "wal":
        out = Path(f"{stovner}-wal")
    elif target == "device":
        out = tmp_path / "pipe"
        os.mkfifo(out)
    else:
        out = stovner
    before = _tree(sessions)
    result = cli("export", str(stovner), "--out", str(out), "--force")
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
    assert ("conference file" in result.err) or ("not a regular file" in result.err)
    assert _tree(sessions) == before
    assert target != "device" or out.exists()  # the pipe is still a pipe


def test_a_read_only_copy_refuses_writes(stovner):
    from dialog.core.errors import DialogError

    db = open_conference(stovner, read_only=True)
    group = list_groups(db)[0]["id"]
    with pytest.raises((sqlite3.Error, DialogError)):
        add_note(db, group, "other", "Dette skal ikke lagres noe sted")
    db.close()
    assert "Dette skal ikke lagres noe sted" not in _note_texts(stovner)


# Every place in dialog/ that opens, copies, moves or deletes a file by other means
# than SQLite, with why it can never be a conference file while a connection to it
# may be open in this process. A new call site fails the test until it is reviewed.
FILE_ACCESS_REVIEWED = {
    ("dialog/export/paths.py", "fdopen"): "writes an export under a fresh temporary name",
    ("dialog/export/qdpx.py", "remove"): "takes an empty element out of the project's XML tree, in memory",
    ("dialog/tui/screens/group_work.py", "rename"): "renames a group's tab on screen",
    ("dialog/export/paths.py", "replace"): "moves a finished export into place; conference targets are refused",
    ("dialog/export/paths.py", "unlink"): "removes our own temporary export file",
    ("dialog/core/user_files.py", "open"): "reads a file to import (JSON, Markdown, Word); a conference file is "
                                         "refused, by name and by its header read through SQLite, before it is opened",
    ("dialog/export/docx_parts.py", "remove"): "removes an XML element from a Word document being built",
    ("dialog/export/docx_styles.py", "remove"): "removes an XML element from a style being copied into a document",
    ("dialog/export/docx_properties.py", "remove"): "removes a template's properties from a document being built",
    ("dialog/export/json_format.py", "replace"): "moves an imported conference, closed, into place",
    ("dialog/export/json_format.py", "unlink"): "removes an import's own partial file",
    ("dialog/core/conference.py", "unlink"): "removes a creation's own partial file",
    ("dialog/core/conference.py", "rename"): "moves a created conference, closed, into place",
    ("dialog/core/database.py", "remove"): "deletes a conference (after the delete is confirmed)",
    ("dialog/core/backups.py", "replace"): "moves a finished backup or a restore, closed, into place",
    ("dialog/core/restore.py", "copyfile"): "keeps the replaced file raw, after no program (this one included) "
                                             "was found to have it open",
    ("dialog/core/restore.py", "replace"): "puts a finished, synced restored copy in place of a file nobody has open",
    ("dialog/core/restore.py", "unlink"): "removes the -wal/-shm of a file nobody has open, once copies are kept",
    ("dialog/core/error_log.py", "open"): "appends to errors.log in the state folder, never a conference file",
    ("dialog/core/error_log.py", "read_bytes"): "keeps the newer half of errors.log when it grows too large",
    ("dialog/core/error_log.py", "write_bytes"): "writes that newer half back to errors.log",
}
FILE_CALLS = {"open", "fdopen", "read_bytes", "write_bytes", "read_text", "write_text", "replace", "rename",
              "unlink", "remove", "copy", "copy2", "copyfile", "copyfileobj", "move", "file_digest"}


def _file_calls() -> set[tuple[str, str]]:
    found = set()
    for source in (ROOT / "dialog").rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            if name not in FILE_CALLS:
                continue
            if isinstance(receiver, ast.Name) and receiver.id in {"str", "text", "s", "line", "value"}:
                continue  # str.replace and friends
            if name == "replace" and isinstance(receiver, ast.Name) and receiver.id != "os":
                continue
            if name == "replace" and not isinstance(receiver, ast.Name):
                continue  # dataclasses.replace, str methods on expressions
            if name == "open" and isinstance(receiver, ast.Attribute):
                continue
            if name == "open" and isinstance(receiver, ast.Name) and receiver.id not in {"path", "Path", "io"}:
                continue  # webbrowser.open, Image.open of our own PNG bytes and the like
            found.add((source.relative_to(ROOT).as_posix(), name))
    return found


def test_only_sqlite_touches_a_conference_file():
    calls = _file_calls()
    unreviewed = calls - FILE_ACCESS_REVIEWED.keys()
    assert not unreviewed, f"file access outside SQLite, not yet reviewed: {sorted(unreviewed)}"
    assert not FILE_ACCESS_REVIEWED.keys() - calls, "a reviewed call is gone: take it off the list"


def test_dialog_serve_killed_after_list_and_export_ran_elsewhere_keeps_every_acknowledged_form(stovner, sessions,
                                                                                             exports):
    """The outside probe: serve, phones, `dialog list`/`export` in another window, then kill -9."""
    import signal
    import threading

    from bench.crash_rounds import _send_forms
    from bench.ports import free_port

    env = {**os.environ, "PYTHONPATH": str(ROOT), "DIALOG_LANG": "en", "DIALOG_SESSIONS": str(sessions),
           "DIALOG_EXPORTS": str(exports)}
    serve = subprocess.Popen([sys.executable, "-m", "dialog", "serve", str(stovner), "--host", "127.0.0.1",
                              "--port", str(free_port())], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, cwd=ROOT, env=env)
    url = serve.stdout.readline().split(": ", 1)[1].strip()
    acknowledged: list[str] = []
    stop = threading.Event()
    phones = threading.Thread(target=_send_forms, args=(url, acknowledged, stop), daemon=True)
    phones.start()
    try:
        for command in (["list"], ["export", str(stovner), "--format", "json"], ["list"]):
            done = subprocess.run([sys.executable, "-m", "dialog", *command], capture_output=True, text=True,
                                  cwd=ROOT, env=env, timeout=120)
            assert done.returncode == 0, done.stderr
    finally:
        serve.send_signal(signal.SIGKILL)
        serve.wait()
        stop.set()
        phones.join(timeout=10)
    assert acknowledged, "no form was acknowledged"
    check = sqlite3.connect(stovner)
    stored = {row[0] for row in check.execute("SELECT instance_id FROM evaluation_response")}
    integrity = check.execute("PRAGMA integrity_check").fetchone()[0]
    check.close()
    assert integrity == "ok"
    assert set(acknowledged) <= stored, f"{len(set(acknowledged) - stored)} of {len(acknowledged)} forms lost"


def test_a_conference_file_given_as_a_file_to_import_is_refused_before_it_is_opened(cli, stovner, tmp_path):
    """Picking the open conference itself as a findings or JSON file must not close a descriptor on it."""
    from dialog.core.errors import DialogError
    from dialog.core.findings import import_findings

    renamed = tmp_path / "renamed.md"
    renamed.write_bytes(stovner.read_bytes())  # a conference under another name: known by its header
    db = open_conference(stovner)
    try:
        for wrong in (stovner, renamed):
            with pytest.raises(DialogError) as refused:
                import_findings(db, wrong)
            assert refused.value.key in ("error.import_is_conference", "error.import_kind")
        assert refused.value.key == "error.import_is_conference"  # known by its header under any name
    finally:
        db.close()
    result = cli("import", str(stovner))
    assert result.code == 2 and "is a conference file, not a file to import from" in result.err
