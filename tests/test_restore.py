"""`dialog restore`: nothing the replaced file held is lost, never while another program has it open, safe to kill."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from dialog.core.backups import list_backups, make_backup
from dialog.core.database import open_conference
from dialog.core.in_use import locked_by_another_connection
from tests.bad_files import HeldOpen, crashed_writer, damage_page
from tests.conftest import tree_digest

WAL_NOTES = [f"Bare i WAL-fila {number}" for number in range(20)]


def notes_in(path: Path) -> set[str]:
    """The note texts SQLite reads in ``path`` (with its -wal), read-only so nothing is folded in."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT text FROM note")}
    finally:
        connection.close()


def integrity(path: Path) -> str:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def backed_up(path: Path) -> Path:
    db = open_conference(path)
    try:
        return make_backup(db, path, "phase")
    finally:
        db.close()


def test_restoring_a_damaged_file_keeps_its_wal_and_salvages_what_can_be_read(stovner, cli):
    backup = backed_up(stovner)
    crashed_writer(stovner, WAL_NOTES)  # 20 committed notes, only in the -wal …
    damage_page(stovner, "theme", fold_wal=False)  # … of a file damaged where the -wal does not reach

    result = cli("restore", str(stovner), "--yes")

    assert result.code == 0, result.err
    assert notes_in(stovner) == notes_in(backup) and integrity(stovner) == "ok"
    assert not Path(f"{stovner}-wal").exists() or Path(f"{stovner}-wal").stat().st_size == 0
    kept = [b.path for b in list_backups(stovner) if b.reason == "open"]
    assert len(kept) == 1 and Path(f"{kept[0]}-wal").stat().st_size > 0
    assert set(WAL_NOTES) <= notes_in(kept[0])  # the damaged file, read with its -wal, as it was
    salvaged = kept[0].with_name(kept[0].name.replace("-open.", "-salvaged."))
    assert set(WAL_NOTES) <= notes_in(salvaged) and integrity(salvaged) == "ok"
    assert f"kept as {kept[0]}, with its -wal file" in result.out
    assert f"could still be read from the damaged file is in {salvaged}" in result.out
    assert "It holds 20 notes, 0 evaluation forms and 0 measures that the restored backup lacks" in result.out


def test_restore_says_what_the_replaced_file_holds_that_the_backup_lacks(stovner, cli):
    backed_up(stovner)
    crashed_writer(stovner, WAL_NOTES[:3])
    result = cli("restore", str(stovner), "--yes")
    assert result.code == 0, result.err
    assert "It holds 3 notes, 0 evaluation forms and 0 measures" in result.out
    kept = [b.path for b in list_backups(stovner) if b.reason == "restore"]
    assert set(WAL_NOTES[:3]) <= notes_in(kept[0])


def test_restore_is_refused_while_another_program_has_the_file_open(stovner, cli):
    backed_up(stovner)
    with HeldOpen(stovner, "idle"):  # as the app between two key presses: no transaction, no lock taken
        before = tree_digest(stovner.parent)
        result = cli("restore", str(stovner), "--yes")
        assert result.code == 2 and result.err.count("\n") == 1
        assert "is open in another program" in result.err and "close it there first" in result.err
        assert tree_digest(stovner.parent) == before
    assert cli("restore", str(stovner), "--yes").code == 0


def test_sqlite_alone_sees_an_idle_connection_of_another_program(stovner):
    with HeldOpen(stovner, "idle"):
        assert locked_by_another_connection(stovner)
    assert not locked_by_another_connection(stovner)


CHILD = r"""
import sys
from pathlib import Path
from dialog.core.restore import restore_backup
print("ready", flush=True)
sys.stdin.readline()
restore_backup(Path(sys.argv[1]), Path(sys.argv[2]))
print("done", flush=True)
"""

ROUNDS, BATCH = 60, 10


def _start(template: Path, folder: Path, name: str, backup_name: str) -> subprocess.Popen:
    shutil.copytree(template, folder)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).parent.parent),
                                                                      os.environ.get("PYTHONPATH")]))}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(folder / name), str(folder / ".backups" / backup_name)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout.readline().strip() == "ready"
    return child


def test_a_restore_killed_at_any_moment_leaves_the_old_or_the_restored_file(stovner, tmp_path):
    backup = backed_up(stovner)
    crashed_writer(stovner, WAL_NOTES)
    old, restored = notes_in(stovner), notes_in(backup)
    assert set(WAL_NOTES) <= old and not set(WAL_NOTES) & restored
    template = stovner.parent

    # One restore run to the end shows how long the steps take; kills then fall anywhere in them.
    child = _start(template, tmp_path / "whole", stovner.name, backup.name)
    started = time.perf_counter()
    child.stdin.write("go\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "done"
    span = time.perf_counter() - started
    child.wait()

    random.seed(11)
    outcomes = {"old": 0, "restored": 0}
    for first in range(0, ROUNDS, BATCH):
        children = [(tmp_path / f"round-{n}", _start(template, tmp_path / f"round-{n}", stovner.name, backup.name))
                    for n in range(first, first + BATCH)]
        for folder, child in children:
            child.stdin.write("go\n")
            child.stdin.flush()
            time.sleep(random.uniform(0, span * 1.2))
            child.kill()
            child.wait()
            path = folder / stovner.name
            assert path.is_file(), f"{folder}: the conference file is missing"
            now = notes_in(path)
            assert now in (old, restored) and integrity(path) == "ok", folder
            outcomes["old" if now == old else "restored"] += 1
            everywhere = set(now)
            for kept in (folder / ".backups").glob("*.dialog.sqlite"):
                everywhere |= notes_in(kept)
            assert set(WAL_NOTES) <= everywhere, f"{folder}: the old -wal's notes are gone"
    print(f"\n{ROUNDS} killed restores: {outcomes}; a whole restore took {span * 1000:.0f} ms")


def test_a_broken_page_costs_only_the_rows_on_it(stovner, tmp_path):
    from dialog.core.salvage import salvage

    genuine = notes_in(stovner)
    damage_page(stovner, "note", 1)  # the first leaf of the notes (0 is the page above the leaves)
    rescued = tmp_path / "rescued.dialog.sqlite"
    assert salvage(stovner, rescued)
    found = notes_in(rescued)
    assert found and found < genuine  # the rows of the other pages, and nothing made up
    assert integrity(rescued) == "ok"
