"""Typed text on its way to the file: sent at once, kept and retried until it lands.

Two parts, one contract:

* :class:`HoldsTypedText` – every widget or screen that holds text the user
  types and saves as it is typed implements :meth:`HoldsTypedText.flush_typed_text`:
  send whatever is typed but not yet sent, now. The app calls it on every way
  out: quitting (Ctrl+Q, SIGTERM, SIGHUP), going back to the conference list,
  leaving a screen, a tab or a dialog.
* :class:`UnsavedText` – the app's one queue of such saves, keyed by what the
  text belongs to (``("note", id)``, ``("assessment",)``, ``("facts",)``). A save
  that fails (a full disk, a read-only folder) stays in the queue and is sent
  again every :data:`RETRY_SECONDS` until it lands; a newer save of the same key
  replaces it. Widgets ask the queue before they show the file's text, so a
  reload never replaces words that have not reached the file.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dialog.tui.replies import describe_failure
from dialog.tui.store_client import StoreReply
from dialog.tui.store_replies import TextNotSaved
from dialog.tui.typed_app import TypedApp

if TYPE_CHECKING:
    from dialog.tui.app import DialogApp

RETRY_SECONDS = 3.0
"""How often text that could not be saved is sent again."""

Key = tuple[str, ...]


class HoldsTypedText(TypedApp):
    """Mixin for widgets and screens that hold typed text; they register with the app when mounted."""

    def flush_typed_text(self) -> None:
        """Send what is typed but not yet sent to the store, now (never waits)."""
        raise NotImplementedError

    def on_mount(self) -> None:
        # Textual calls every class's on_mount along the MRO, so this runs beside the widget's own.
        self.app.unsaved.holders.add(self)


@dataclass(eq=False)
class Unsaved:
    """One piece of typed text not yet in the file."""

    key: Key
    job: Callable[..., Any]
    """``job(db)`` writes the text; it must be safe to run again after a failure."""
    reply: type[StoreReply]
    """The named answer when the text has landed (``NoteSaved``, ``AssessmentSaved`` …)."""
    data: Any = None
    """What the holder needs to show the text again (a note's draft, the assessment's text)."""
    then: Callable[[Any], object] | None = None
    failed: Callable[[str], object] | None = None
    sending: bool = False
    failures: int = 0
    error: str = ""


@dataclass
class UnsavedText:
    """The app's queue of typed text on its way to the file (see the module docstring)."""

    app: DialogApp
    entries: dict[Key, Unsaved] = field(default_factory=dict)
    holders: weakref.WeakSet = field(default_factory=weakref.WeakSet)

    def flush_all(self) -> None:
        """Ask every widget that holds typed text to send it now."""
        for holder in list(self.holders):
            if getattr(holder, "is_attached", True):
                holder.flush_typed_text()

    def send(self, key: Key, job: Callable[..., Any], *, reply: type[StoreReply], data: Any = None,
             then: Callable[[Any], object] | None = None, failed: Callable[[str], object] | None = None) -> None:
        """Queue ``job(db)`` as the newest text for ``key`` and send it to the store now; ``reply`` names the answer."""
        entry = Unsaved(key, job, reply, data, then, failed)
        earlier = self.entries.get(key)
        if earlier is not None:
            entry.failures = earlier.failures
        self.entries[key] = entry
        self._submit(entry)

    def pending(self, key: Key) -> Unsaved | None:
        """The text for ``key`` that has not reached the file yet, if any."""
        return self.entries.get(key)

    def pending_under(self, prefix: Key) -> list[Unsaved]:
        """Every unsaved entry whose key starts with ``prefix``, oldest first."""
        return [entry for key, entry in self.entries.items() if key[:len(prefix)] == prefix]

    def waiting(self) -> bool:
        """True while any text is on its way to the file."""
        return any(entry.sending for entry in self.entries.values())

    def failing(self) -> list[Unsaved]:
        """Entries whose last attempt failed (and that are not being sent again right now)."""
        return [entry for entry in self.entries.values() if entry.failures and not entry.sending]

    def retry(self) -> None:
        """Send again every entry whose last attempt failed."""
        for entry in self.failing():
            self._submit(entry)

    def _submit(self, entry: Unsaved) -> None:
        store = self.app.store
        if store is None:
            return
        entry.sending = True
        try:
            future = store.submit(entry.job)
        except RuntimeError:  # the store is closing: the entry stays and counts as failed
            entry.sending = False
            entry.failures += 1
            return

        def done(finished: Future) -> None:
            error = finished.exception()
            if error is None:
                self.app.post_message(entry.reply(finished.result(), lambda value: self._landed(entry, value)))
            else:
                self.app.post_message(TextNotSaved(describe_failure(error), lambda text: self._failed(entry, text)))

        future.add_done_callback(done)

    def _landed(self, entry: Unsaved, value: Any) -> None:
        entry.sending = False
        if self.entries.get(entry.key) is entry:
            del self.entries[entry.key]
        if entry.then is not None:
            entry.then(value)

    def _failed(self, entry: Unsaved, text: str) -> None:
        entry.sending = False
        entry.error = text
        entry.failures += 1
        current = self.entries.get(entry.key)
        if current is not None and current is not entry:
            return  # a newer text for the same key is on its way
        if entry.failures == 1:
            self.app.notify(text, severity="error", timeout=8)
        if entry.failed is not None:
            entry.failed(text)
