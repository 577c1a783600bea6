"""Keys typed in a burst reach the field that has the focus by the time each is handled.

Textual hands a key to the focused widget as soon as it arrives, while a focus
change (starting a note with 1–6, Enter after the role letter, finishing a
note) is applied a moment later. When the terminal delivers several keys at
once – a fast typist, or any typist while the screen was busy redrawing – the
keys after such a change went to the widget being left, and were lost or landed
in the wrong field. The app therefore holds the keys of a burst back and lets
each one go only when the previous one has been dealt with (no save in flight;
its widget, the widget's ancestors and the app have no messages left to
handle), or after :data:`HOLD_LIMIT` at the most, so the keyboard never stalls.
"""

from __future__ import annotations

import asyncio
from collections import deque
from time import monotonic

from textual import events

BURST_SECONDS = 0.05
"""A key arriving this soon after the previous one, while that one is still being handled, is held."""

HOLD_LIMIT = 0.25
"""The longest a held key waits for the previous one to settle."""

POLL_SECONDS = 0.002
"""How often a held key looks again."""


class KeyOrder:
    """Mixin for the App: deliver the keys of a burst one after the other, each after the last one's effects."""

    _key_backlog: deque[events.Key]
    _last_key_at: float = 0.0
    _key_pump: asyncio.Task | None = None

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded and not getattr(event, "_in_order", False):
            backlog = self.__dict__.setdefault("_key_backlog", deque())
            if backlog or (monotonic() - self._last_key_at < BURST_SECONDS and self._still_busy()):
                backlog.append(event)
                if self._key_pump is None or self._key_pump.done():
                    self._key_pump = asyncio.create_task(self._release_keys())
                return
            self._last_key_at = monotonic()
        await super().on_event(event)  # type: ignore[misc]

    def _still_busy(self) -> bool:
        """True while a save is in flight, or the app, the screen or the focused widget and its ancestors
        have messages queued (finishing a note waits for its save before the cursor goes back to the list)."""
        app = self  # type: ignore[assignment]
        store = getattr(app, "store", None)
        if app.message_queue_size or (store is not None and not store.idle()):  # type: ignore[attr-defined]
            return True
        try:
            screen = app.screen  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - no screen while starting or stopping: nothing to wait for
            return False
        node = screen.focused or screen
        while node is not None and node is not app:
            if node.message_queue_size:
                return True
            node = node.parent
        return False

    async def _release_keys(self) -> None:
        backlog = self._key_backlog
        while backlog:
            waited = monotonic()
            await asyncio.sleep(POLL_SECONDS)
            quiet = 0
            while quiet < 2 and monotonic() - waited < HOLD_LIMIT:  # quiet twice: a reply may be on its way
                quiet = 0 if self._still_busy() else quiet + 1
                await asyncio.sleep(POLL_SECONDS)
            key = backlog.popleft()
            key._in_order = True  # type: ignore[attr-defined]
            self._last_key_at = monotonic()
            self.post_message(key)  # type: ignore[attr-defined]
