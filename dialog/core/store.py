"""The open conference file, reached through one writer thread.

Every read and write runs on a single background thread that owns the
connection, so Textual's event loop never waits on the disk and writes land
in the order they were asked for (an autosave never overtakes an earlier one).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from dialog.core.database import open_conference

if TYPE_CHECKING:
    from sqlite_utils import Database

T = TypeVar("T")


class Store:
    """Runs functions ``fn(db, ...)`` against one conference, in order, off the UI thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dialog-store")
        self._db: Database | None = None
        self._data_version: int | None = None
        self._pending = 0
        self._pending_lock = threading.Lock()

    def submit(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Future[T]:
        """Queue ``fn(db, *args, **kwargs)``; the future holds its result or error."""
        with self._pending_lock:
            self._pending += 1
        answer: Future[T] = Future()
        job = self._executor.submit(self._run, fn, args, kwargs)
        job.add_done_callback(lambda done: self._relay(done, answer))
        return answer

    def _relay(self, job: Future, answer: Future) -> None:
        """Hand the job's outcome to the future the caller holds, then count the job done.

        In that order: the caller's callbacks (which post the reply to the
        screen) run inside ``set_result``, so :meth:`idle` is never true while
        a reply is still to be posted; before, a waiter could see the store
        idle and look at a screen its data had not reached yet.
        """
        try:
            if job.cancelled():
                answer.cancel()
            elif job.exception() is not None:
                answer.set_exception(job.exception())
            else:
                answer.set_result(job.result())
        finally:
            with self._pending_lock:
                self._pending -= 1

    def idle(self) -> bool:
        """True when no job is queued or running (and its reply has been posted)."""
        with self._pending_lock:
            return self._pending == 0

    def _run(self, fn: Callable[..., T], args: tuple, kwargs: dict) -> T:
        if self._db is None:
            self._db = open_conference(self.path)
            self._data_version = self._read_data_version()
        return fn(self._db, *args, **kwargs)

    def _read_data_version(self) -> int:
        assert self._db is not None
        return self._db.execute("PRAGMA data_version").fetchone()[0]

    def changed_elsewhere(self, db: Database) -> bool:
        """Return True once after another connection has committed to the file.

        Submit it like any job: ``store.submit(store.changed_elsewhere)``.
        """
        version = db.execute("PRAGMA data_version").fetchone()[0]
        changed = self._data_version is not None and version != self._data_version
        self._data_version = version
        return changed

    def close(self) -> None:
        """Finish queued work, then close the connection and the thread."""

        def shut(db: Database | None = None) -> None:
            if self._db is not None:
                self._db.close()
                self._db = None

        self._executor.submit(shut)
        self._executor.shutdown(wait=True)
