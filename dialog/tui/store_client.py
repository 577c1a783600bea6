"""Asking the store for work from a screen or widget, and getting the answer back.

The store's thread never touches widgets: it posts a named :class:`StoreReply`
(see store_replies.py) to the asking widget, and the one reply handler (on
Textual's loop) runs the call's continuation. See dialog/tui/replies.py.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from dialog.core.file_errors import is_damage
from dialog.tui.messages import FileDamaged
from dialog.tui.replies import ReceivesReplies, Reply, WorkFailed, describe_failure


class StoreReply(Reply):
    """A job on the store's thread finished; its subclasses name which (see store_replies.py)."""


class FileAnswered(StoreReply):
    """The file has answered a key's job: the screen stops saying it waits for the file."""


def _after(callback: Callable[[Any], Any] | None, last: Callable[[], None]) -> Callable[[Any], Any]:
    """``callback``, then ``last`` once it (and what it awaits) is done, even when it fails."""

    async def run(value: Any) -> None:
        try:
            if callback is not None:
                result = callback(value)
                if inspect.isawaitable(result):
                    await result
        finally:
            last()

    return run


def _after_sync(callback: Callable[[str], None] | None, last: Callable[[], None]) -> Callable[[str], None]:
    """``callback``, then ``last``, for the failure path (whose callbacks are called, not awaited)."""

    def run(text: str) -> None:
        try:
            if callback is not None:
                callback(text)
        finally:
            last()

    return run


class StoreClient(ReceivesReplies):
    """Mixin for widgets, screens and the app itself that read or write the open conference."""

    def db(self, fn: Callable[..., Any], *args: Any, reply: type[StoreReply],
           then: Callable[[Any], Any] | None = None, failed: Callable[[str], Any] | None = None,
           hold_keys: bool = False, **kwargs: Any) -> Future:
        """Run ``fn(db, *args, **kwargs)`` on the store thread; answer with ``reply(result, then)`` here.

        ``reply`` names what the job does (a :class:`StoreReply` subclass from store_replies.py);
        on failure ``failed(text)`` runs instead, after the leader is told in one line.

        ``hold_keys``: the answer decides what the next typed keys mean (which group is
        shown, which notes are listed), so keys wait until ``then`` (or ``failed``) has run.
        A job that a key's action (or a screen being shown) asks for holds the keys
        anyway: it is part of that key's effect (see dialog/tui/key_order.py).
        """
        app = self.app
        if app.store is None:
            # The conference was closed (left, or found damaged) while this screen still asked:
            # nothing to read or write any more, and no answer will come.
            idle: Future = Future()
            idle.cancel()
            return idle
        future = app.store.submit(fn, *args, **kwargs)
        path = app.store.path
        hold = app.hold_keys(self) if hold_keys or app.jobs_hold_keys else None
        watched = None
        if hold is not None:
            then, failed = _after(then, hold.release), _after_sync(failed, hold.release)
            # A key's answer: if the file is slow to give it, the screen says it waits (dialog/tui/under_way.py).
            watched = app.watch_job()

        def finished(done: Future) -> None:
            try:
                answer(done)
            finally:
                if watched is not None:  # the file has answered: the screen stops saying it waits
                    app.post_message(FileAnswered(None, lambda _value: watched()))

        def answer(done: Future) -> None:
            if done.cancelled():  # the store closed before the job ran: no answer will come
                if hold is not None:
                    hold.release()
                return
            error = done.exception()
            if error is not None:
                where = f"store job {getattr(fn, '__qualname__', fn)}"
                self.post_message(WorkFailed(describe_failure(error, where), failed))
                if is_damage(error):  # the app offers the latest sound backup
                    app.post_message(FileDamaged(path, str(getattr(error, "params", {}).get("reason", error))))
            else:
                self.post_message(reply(done.result(), then))

        future.add_done_callback(finished)
        return future
