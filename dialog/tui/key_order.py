"""Every key reaches the widget the keys before it left the cursor in, however slow the app is.

Textual hands a key to the widget that has the focus when the app takes the key
from its queue, but a key's effect comes later: a focus change (1–6 starting a
note, Enter after the role letter, Enter ending a note) is a message of its own,
and a key travels from the focused widget up to the app's bindings one message
at a time. When keys arrive faster than the app handles them – a quick typist,
or any typist on a busy laptop – the next key was handed to the widget being
left: a role letter fell on the notes list and was lost, a letter ran the list's
command (``e`` edits, ``d`` deletes), words ran on into the note just finished.

So every key (and every paste) joins one queue, in the order typed, and the app
takes the next one only when everything the previous one set off has run: its
journey through the widgets and every message, focus change and redraw it
caused. That moment is when Textual's event loop has nothing left to run (see
:meth:`KeyOrder._key_done`); waiting for the disk or a timer does not count, so a
slow save never holds the keyboard. There is no time limit: a key waits as long
as the app is busy, and is never handed over early.

A key's effect may also wait for the disk: Ctrl+S on a paper form clears it
for the next one once the file has the form, ``d`` shows the list without the
note once the file has lost it. So a store job that a key's action asks for
is part of that key's effect, and the next key waits for its answer to be dealt
with too; so are the jobs a screen asks for as it is shown (its data decides
what the keys mean there): see :meth:`KeyOrder.store_jobs_hold_keys`. Jobs asked
for by anything else (a reload because a laptop wrote a note) never hold the
keys. Other work whose answer decides what the next keys mean – the notes of a
group just chosen, a phase move confirmed in a dialog – holds the keys
explicitly: :meth:`KeyOrder.hold_keys`, or ``db(..., hold_keys=True)``. A hold
ends when it is released, or when its widget leaves the screen in front. Typed
words saved as they are typed never hold the keys (dialog/tui/unsaved.py sends
them past this), so Enter after a note does not wait for the disk. Mouse
clicks are not queued: a click acts at once.
"""

from __future__ import annotations

import asyncio
import weakref
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager

from textual import events
from textual.dom import DOMNode

from dialog.tui.typed_app import AppPart

SPINS = 20
"""How often a waiting key first looks again at once (the app's next step usually settles it)."""

POLL_SECONDS = 0.001
"""After that, how often a waiting key looks again."""


class KeyHold:
    """Keys wait while a hold is on: until :meth:`release`, or until its owner leaves the screen in front.

    A hold with no owner (the app's own, while a screen is on its way) lasts until it is released.
    """

    def __init__(self, owner: DOMNode | None) -> None:
        self._owner = weakref.ref(owner) if owner is not None else None
        self.released = False

    def release(self) -> None:
        """Let the keys go on."""
        self.released = True

    @property
    def holding(self) -> bool:
        """True while the keys should wait for this hold."""
        if self._owner is None:
            return not self.released
        owner = self._owner()
        if self.released or owner is None or not owner.is_attached:
            return False
        try:
            return owner.screen.is_current  # keys for a dialog on top never wait for the screen beneath
        except Exception:  # noqa: BLE001 - no screen (any more): nothing to wait for
            return False


class KeyOrder(AppPart):
    """Mixin for the App: deliver keys one after the other, each once the last one's effects have run."""

    _key_backlog: deque[events.Event]
    _key_in_flight: events.Event | None = None
    _key_pump: asyncio.Task | None = None
    _key_holds: list[KeyHold]
    jobs_hold_keys: int = 0
    """Above 0 while store jobs asked for hold the keys (see :meth:`store_jobs_hold_keys`)."""

    @contextmanager
    def store_jobs_hold_keys(self) -> Iterator[None]:
        """Store jobs asked for inside this block hold the next keys until their answers are dealt with:
        the block runs a key's action, or shows a screen."""
        self.jobs_hold_keys += 1
        try:
            yield
        finally:
            self.jobs_hold_keys -= 1

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and event.is_forwarded:  # back from the widgets, for the bindings
            with self.store_jobs_hold_keys():
                await super().on_event(event)
            return
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            if getattr(event, "_in_order", False):  # its turn has come: handle it as Textual does
                try:
                    with self.store_jobs_hold_keys():  # the priority bindings (F-keys, Tab) run now
                        await super().on_event(event)
                finally:
                    if self._key_in_flight is event:
                        self._key_in_flight = None
                return
            self.__dict__.setdefault("_key_backlog", deque()).append(event)
            if self._key_pump is None or self._key_pump.done():
                self._key_pump = asyncio.create_task(self._deliver_keys())
            return
        await super().on_event(event)

    @property
    def keys_waiting(self) -> int:
        """How many typed keys the app has not handed on yet (the one on its way counts)."""
        return len(self.__dict__.get("_key_backlog", ())) + (self._key_in_flight is not None)

    def hold_keys(self, owner: DOMNode | None) -> KeyHold:
        """Keep typed keys waiting until the returned hold is released (or ``owner`` leaves the screen in front)."""
        hold = KeyHold(owner)
        holds = self.__dict__.setdefault("_key_holds", [])
        holds[:] = [other for other in holds if other.holding]
        holds.append(hold)
        return hold

    def _key_done(self) -> bool:
        """True when the last key handed on and everything it set off have run.

        The event loop's ready queue is empty exactly when no message is waiting
        to be handled anywhere in the app and no handler can go on: the focus
        moves, bubbling keys and redraws a key caused are all done, and what is
        left waits for the disk, a timer or the next key.
        """
        if self._key_in_flight is not None:
            return False
        ready = getattr(asyncio.get_running_loop(), "_ready", None)
        if ready:  # an event loop without ``_ready`` falls back on the queues below
            return False
        return not self._queues_busy()

    def _holding(self) -> bool:
        return any(hold.holding for hold in self.__dict__.get("_key_holds", ()))

    def _queues_busy(self) -> bool:
        """True while the app, the screen or the focused widget and its ancestors have messages queued."""
        app = self
        if app.message_queue_size:
            return True
        try:
            screen = app.screen
        except Exception:  # noqa: BLE001 - no screen while starting or stopping: nothing to wait for
            return False
        node: DOMNode | None = screen.focused or screen
        while node is not None and node is not app:
            if node.message_queue_size:
                return True
            node = node.parent
        return False

    async def _deliver_keys(self) -> None:
        backlog = self._key_backlog
        while backlog:
            spins = 0
            while not self._key_done() or self._holding():
                if getattr(self, "_exit", False) or not getattr(self, "is_running", True):
                    backlog.clear()  # the app is closing: nobody is left to take the keys
                    self._key_in_flight = None
                    return
                spins += 1
                await asyncio.sleep(0 if spins <= SPINS else POLL_SECONDS)
            event = backlog.popleft()
            event._in_order = True  # type: ignore[attr-defined]
            self._key_in_flight = event
            if not self.post_message(event):
                self._key_in_flight = None
