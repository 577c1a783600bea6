"""Asking the store for work from a screen or widget, and getting the answer back.

The store's thread never touches widgets: it posts a message to the asking
widget, and the widget's handler (on Textual's loop) runs the callback.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from textual.css.query import NoMatches
from textual.message import Message

from dialog.core.error_log import log_unexpected
from dialog.core.errors import as_dialog_error
from dialog.core.file_errors import is_damage
from dialog.i18n import t
from dialog.tui.messages import FileDamaged
from dialog.tui.typed_app import TypedApp


@dataclass
class StoreReply(Message, bubble=False):
    """A store job finished; ``callback(value)`` runs on the UI loop."""

    callback: Callable[[Any], object] | None
    value: Any


@dataclass
class StoreError(Message, bubble=False):
    """A store job failed with a message for the user; ``callback(text)`` may keep the input."""

    text: str
    callback: Callable[[str], None] | None


def describe_failure(error: BaseException, where: str = "") -> str:
    """Turn a storage failure into one line for the user; an unexpected one is logged first (see core/error_log.py).

    Called on the thread that saw the failure, so the log is written off Textual's loop.
    """
    named = as_dialog_error(error)
    text = named.message()
    if named.key == "error.unexpected":  # one we have no words for
        log = log_unexpected(error, where or "store job")
        if log is not None:
            text = f"{text} {t('error.logged', log=log)}"
    return text


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


class StoreClient(TypedApp):
    """Mixin for widgets, screens and the app itself that read or write the open conference."""

    def db(self, fn: Callable[..., Any], *args: Any, then: Callable[[Any], object] | None = None,
           failed: Callable[[str], None] | None = None, hold_keys: bool = False, **kwargs: Any) -> Future:
        """Run ``fn(db, *args, **kwargs)`` on the store thread; call ``then(result)`` here afterwards.

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
                    app.post_message(StoreReply(lambda _value: watched(), None))

        def answer(done: Future) -> None:
            if done.cancelled():  # the store closed before the job ran: no answer will come
                if hold is not None:
                    hold.release()
                return
            error = done.exception()
            if error is not None:
                where = f"store job {getattr(fn, '__qualname__', fn)}"
                self.post_message(StoreError(describe_failure(error, where), failed))
                if is_damage(error):  # the app offers the latest sound backup
                    app.post_message(FileDamaged(path, str(getattr(error, "params", {}).get("reason", error))))
            else:
                self.post_message(StoreReply(then, done.result()))

        future.add_done_callback(finished)
        return future

    async def on_store_reply(self, message: StoreReply) -> None:
        if message.callback is None:
            return
        try:
            result = message.callback(message.value)
            if inspect.isawaitable(result):
                await result
        except NoMatches:
            # The answer came for widgets that are not there (any more): the
            # screen was left or rebuilt while the store worked. Its next
            # showing reads the file again, so nothing is lost.
            if self.is_attached and self.screen.is_current:
                raise

    def on_store_error(self, message: StoreError) -> None:
        self.app.notify(message.text, severity="error", timeout=8)  # as Widget.notify does; the app has its own
        if message.callback is not None:
            message.callback(message.text)
