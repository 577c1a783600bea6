"""Makers of the bad inputs every command must refuse without changing anything."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dialog.core.database import APPLICATION_ID
from dialog.core.schema import FORMAT_VERSION


def missing(folder: Path) -> Path:
    return folder / "no-such-conference.dialog.sqlite"


def directory(folder: Path) -> Path:
    path = folder / "a-folder.dialog.sqlite"
    path.mkdir(parents=True)
    return path


def not_sqlite(folder: Path) -> Path:
    path = folder / "notes.dialog.sqlite"
    path.write_text("Dette er et vanlig tekstdokument, ikke en database.\n" * 5, encoding="utf-8")
    return path


def empty_file(folder: Path) -> Path:
    path = folder / "empty.dialog.sqlite"
    path.write_bytes(b"")
    return path


def foreign_sqlite(folder: Path) -> Path:
    path = folder / "budget.dialog.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE budget (post TEXT, amount INTEGER)")
    conn.execute("INSERT INTO budget VALUES ('kaffe', 300)")
    conn.commit()
    conn.close()
    return path


def newer_format(folder: Path) -> Path:
    path = folder / "future.dialog.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {FORMAT_VERSION + 1}")
    conn.execute("CREATE TABLE conference (id TEXT)")
    conn.commit()
    conn.close()
    return path


BAD_CONFERENCE_FILES = {
    "missing": (missing, "no such file"),
    "directory": (directory, "is a folder"),
    "not_sqlite": (not_sqlite, "not an SQLite database"),
    "empty": (empty_file, "not an SQLite database"),
    "foreign_sqlite": (foreign_sqlite, "not a dialogue conference file"),
    "newer_format": (newer_format, "newer version of dialog"),
}
"""name -> (maker, the words the one-line error must contain)."""


# Damage, locks and permissions: files that are fine but cannot be used right now, and files that are broken.

PAGE_GARBAGE = b"\xde\xad\xbe\xef" * 500


def pages_of(path: Path, name: str) -> list[int]:
    """The page numbers of table or index ``name`` in the file (SQLite's dbstat)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute(
            "SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", (name,))]
    finally:
        connection.close()


def damage_page(path: Path, name: str, which: int = -1, *, fold_wal: bool = True) -> int:
    """Scramble one page of table or index ``name`` (the last by default), as a failing disk might.

    The -wal is folded into the file first, so the page scrambled is the one SQLite
    reads; with ``fold_wal=False`` the -wal stays as it is (scramble a page it does not hold).
    """
    if fold_wal:
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.close()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    page = pages_of(path, name)[which]
    with path.open("r+b") as handle:
        handle.seek((page - 1) * page_size + 8)
        handle.write(PAGE_GARBAGE)
    return page


HOLDER = r"""
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1])
connection.execute("PRAGMA wal_autocheckpoint = 0")
mode = sys.argv[2]
if mode == "exclusive":
    connection.execute("PRAGMA locking_mode = EXCLUSIVE")
    connection.execute("BEGIN EXCLUSIVE")
else:
    connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
print("ready", flush=True)
time.sleep(600)
"""


class HeldOpen:
    """Another program with a connection to the file: ``idle`` (as the app between keys) or ``exclusive`` (locked)."""

    def __init__(self, path: Path, mode: str = "idle") -> None:
        import subprocess
        import sys

        self.process = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), mode], stdout=subprocess.PIPE,
                                        text=True)
        assert self.process.stdout.readline().strip() == "ready"

    def __enter__(self) -> HeldOpen:
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.kill()
        self.process.wait()


def run_as_nobody(*argv: str, env: dict | None = None):
    """Run ``dialog`` as an unprivileged user (root ignores permissions); None when that is not possible here."""
    import os
    import shutil
    import subprocess
    import sys

    command = [sys.executable, "-m", "dialog", *argv]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            return None
        command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    return subprocess.run(command, capture_output=True, text=True, env={**os.environ, **(env or {})},
                          cwd="/", check=False)


WRITER = r"""
import sys
from dialog.core.database import open_conference
from dialog.core.groups import list_groups
from dialog.core.notes import add_note
db = open_conference(sys.argv[1])
db.execute("PRAGMA wal_autocheckpoint = 0")
group = list_groups(db)[0]["id"]
for text in sys.argv[2:]:
    add_note(db, group, "other", text, "L")
print("written", flush=True)
sys.stdin.readline()
"""


def crashed_writer(path: Path, texts: list[str]) -> None:
    """Add notes the way the app does, then die (kill -9): they are committed, but only in the -wal."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).parent.parent),
                                                                      os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(path), *texts], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout.readline().strip() == "written"
    process.kill()
    process.wait()
    assert Path(f"{path}-wal").stat().st_size > 0
