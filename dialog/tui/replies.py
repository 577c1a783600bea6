"""Named answers from work done off Textual's loop: the one idiom for background work.

Work that must not hold up the screen (reading or writing the conference file,
checking a file's health, listing the sessions folder, writing the minutes,
looking up the machine's addresses) runs on another thread:

* the store's single writer thread, through :meth:`StoreClient.db` (dialog/tui/store_client.py);
* a Textual thread worker, through :meth:`ReceivesReplies.in_thread`, for everything else.

Either way the thread answers with a *named* message, a subclass of :class:`Reply`
(``NotesLoaded``, ``PhaseMoved``, ``HealthChecked`` …, see store_replies.py and
work_results.py), posted to the widget that asked. The reply carries the value
and the continuation given at the call (``then=``), so what happens next is read
where the work is asked for; one handler on the loop runs it. A failure answers
with :class:`WorkFailed`: one line for the leader (an unexpected error is logged
first, see dialog/core/error_log.py) and the call's ``failed=`` continuation.

Tests watch the answers with ``app.run_test(message_hook=...)``.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from textual.css.query import NoMatches
from textual.message import Message
from textual.widget import MountError
from textual.worker import Worker

from dialog.core.error_log import log_unexpected
from dialog.core.errors import as_dialog_error
from dialog.i18n import t
from dialog.tui.typed_app import TypedApp

MOUNT_RETRIES = 20
MOUNT_RETRY_SECONDS = 0.05
"""An answer for widgets not yet mounted is tried again this often, this many times (one second in all)."""


@dataclass
class Reply(Message, bubble=False):
    """Work off the loop finished with ``value``; ``callback(value)`` runs on the loop.

    Subclasses name what finished. They never bubble (an answer is for the widget
    that asked), and all share one handler, ``on_reply``: the continuation is the
    call's own, so no widget needs a handler per job.
    """

    value: Any
    callback: Callable[[Any], Any] | None = None
    mount_tries: int = field(default=0, init=False)
    """How often the continuation met widgets not yet mounted (see :data:`MOUNT_RETRIES`)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        kwargs.setdefault("bubble", False)
        super().__init_subclass__(**kwargs)
        cls.handler_name = "on_reply"


@dataclass
class WorkFailed(Message, bubble=False):
    """Work off the loop failed; ``text`` is one line for the leader, ``callback(text)`` may keep the input."""

    text: str
    callback: Callable[[str], Any] | None = None


def describe_failure(error: BaseException, where: str = "") -> str:
    """Turn a failure into one line for the user; an unexpected one is logged first (see core/error_log.py).

    Called on the thread that saw the failure, so the log is written off Textual's loop.
    """
    named = as_dialog_error(error)
    text = named.message()
    if named.key == "error.unexpected":  # one we have no words for
        log = log_unexpected(error, where or "background work")
        if log is not None:
            text = f"{text} {t('error.logged', log=log)}"
    return text


class ReceivesReplies(TypedApp):
    """Mixin for the app, screens and widgets: run work off the loop and take its named answer."""

    def in_thread(self, work: Callable[..., Any], *args: Any, reply: type[Reply],
                  then: Callable[[Any], Any] | None = None, failed: Callable[[str], Any] | None = None,
                  group: str = "default", exclusive: bool = False) -> Worker:
        """Run ``work(*args)`` on a Textual thread worker; answer with ``reply(value, then)`` or :class:`WorkFailed`.

        ``exclusive`` cancels the group's earlier worker (a newer read makes an older one pointless);
        a cancelled worker's answer still comes, and a reply for a screen that is gone is dropped.
        """
        where = getattr(work, "__qualname__", repr(work))

        def run() -> None:
            try:
                value = work(*args)
            except Exception as error:  # noqa: BLE001 - one line on screen (an unexpected one logged)
                self.post_message(WorkFailed(describe_failure(error, where), failed))
                return
            self.post_message(reply(value, then))

        return self.run_worker(run, thread=True, group=group, exclusive=exclusive)

    async def on_reply(self, message: Reply) -> None:
        """Run the continuation of the work that answered."""
        if message.callback is None:
            return
        try:
            result = message.callback(message.value)
            if inspect.isawaitable(result):
                await result
        except MountError:
            # The answer came before the widgets it fills were mounted (keys pressed as a screen opened):
            # show it once they are, instead of losing the screen (it crashed the app in a benchmark).
            if message.mount_tries >= MOUNT_RETRIES or not self.is_attached:
                raise
            message.mount_tries += 1
            self.set_timer(MOUNT_RETRY_SECONDS, lambda: self.on_reply(message))
            return
        except NoMatches:
            # The answer came for widgets that are not there (any more): the
            # screen was left or rebuilt while the work ran. Its next showing
            # reads the file again, so nothing is lost.
            if self.is_attached and self.screen.is_current:
                raise

    def on_work_failed(self, message: WorkFailed) -> None:
        """Say the failure in one line; the call's ``failed`` continuation may keep what was typed."""
        self.app.notify(message.text, severity="error", timeout=8)  # as Widget.notify does; the app has its own
        if message.callback is not None:
            message.callback(message.text)
