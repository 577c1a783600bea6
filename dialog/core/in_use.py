"""Whether another program has a conference file open, so that a restore must wait.

Two looks, because each sees what the other cannot: the operating system's list
of open files (an idle SQLite connection holds no lock SQLite could test without
side effects, but it always holds the file open), and SQLite's own locks (which
also see programs of other users or on other machines sharing the folder).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from dialog.core.file_errors import SQLITE_BUSY, SQLITE_LOCKED, sqlite_code


def processes_with_file_open(path: Path) -> list[int]:
    """The ids of processes (this one included) that have ``path`` or its -wal/-shm open.

    Processes the operating system does not let us look into are skipped.
    """
    import psutil

    wanted = {os.path.realpath(f"{path}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")}
    found = []
    for process in psutil.process_iter(["pid"]):
        try:
            if any(item.path in wanted for item in process.open_files()):
                found.append(process.pid)
        except (psutil.Error, OSError):
            continue
    return found


def locked_by_another_connection(path: Path) -> bool:
    """True when SQLite cannot take ``path`` for itself alone: some connection (anywhere) has it open.

    In WAL mode every open connection, idle or not, holds a shared lock that an
    exclusive-mode writer cannot pass. Call it only while no connection of this
    process is open on ``path``: when the file is free, closing this probe
    checkpoints the -wal into the file (nothing is lost, but the file is written).
    """
    connection = sqlite3.connect(str(path), timeout=0, isolation_level=None)
    try:
        connection.execute("PRAGMA busy_timeout = 0")
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("ROLLBACK")
        return False
    except sqlite3.Error as error:
        # Damage may stop the probe too; then only the list of open files can tell.
        return (sqlite_code(error) or 0) & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED)
    finally:
        connection.close()
