"""When typed text is saved: after a short pause in typing, and at least every second while typing goes on."""

from __future__ import annotations

from collections.abc import Callable

from textual.dom import DOMNode
from textual.timer import Timer

AUTOSAVE_SECONDS = 0.25
"""Pause in typing after which the text is saved."""

LONGEST_UNSAVED_SECONDS = 1.0
"""While typing goes on without a pause, the text is saved at least this often."""


class SaveTimers:
    """The two timers of one field that saves as it is typed; both call ``save``.

    :meth:`typed` on every change; :meth:`stop` first thing in ``save``, so
    the next change starts both timers afresh.
    """

    def __init__(self, owner: DOMNode, save: Callable[[], object]) -> None:
        self._owner = owner
        self._save = save
        self._pause: Timer | None = None
        self._longest: Timer | None = None

    @property
    def pending(self) -> bool:
        """True when something was typed that ``save`` has not been called for yet."""
        return self._pause is not None

    def typed(self) -> None:
        """The text changed: save after the next pause, and within a second in any case."""
        if self._pause is not None:
            self._pause.stop()
        self._pause = self._owner.set_timer(AUTOSAVE_SECONDS, self._save)
        if self._longest is None:  # not reset by typing: a steady typist is saved too
            self._longest = self._owner.set_timer(LONGEST_UNSAVED_SECONDS, self._save)

    def stop(self) -> None:
        """Forget both timers (the text is being saved now)."""
        for timer in (self._pause, self._longest):
            if timer is not None:
                timer.stop()
        self._pause = self._longest = None
