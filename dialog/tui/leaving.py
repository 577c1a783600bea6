"""Leaving the app or a conference without losing typed words.

Every way out – Ctrl+Q, ``q`` on the picker, the palette's Quit, SIGTERM,
SIGHUP, F10 back to the conference list – first asks every widget holding
typed text to send it (:class:`~dialog.tui.unsaved.UnsavedText`), and quitting
waits until the file has it. Text that cannot be written (a full disk) is never
thrown away without asking: the leader is told, and may quit anyway.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable
from time import monotonic
from typing import TYPE_CHECKING

from dialog.i18n import t
from dialog.tui.typed_app import AppPart
from dialog.tui.under_way import say_under_way, under_way_done
from dialog.tui.unsaved import RETRY_SECONDS, UnsavedText

if TYPE_CHECKING:
    from abc import abstractmethod

    from textual.screen import Screen

QUIT_WAIT_SECONDS = 10.0
"""The longest Ctrl+Q waits for typed text on its way to the file before asking."""

SIGNALS = (signal.SIGTERM, signal.SIGHUP)


class SafeLeaving(AppPart):
    """Mixin for the App: flush typed text on every way out; quit on SIGTERM/SIGHUP after saving."""

    unsaved: UnsavedText
    _quit_asked_at: float = 0.0

    if TYPE_CHECKING:  # what this mixin uses of the rest of the app (abstract: DialogApp must have it)

        @abstractmethod
        def showing(self) -> Screen | None: ...

    def start_safe_leaving(self) -> None:
        """Call from on_mount: retry failed saves, and catch SIGTERM and SIGHUP."""
        self.set_interval(RETRY_SECONDS, self.unsaved.retry)
        try:
            loop = asyncio.get_running_loop()
            for number in SIGNALS:
                loop.add_signal_handler(number, self.quit_on_signal)
        except (NotImplementedError, RuntimeError, ValueError):
            pass  # not the main thread, or no signals here (Windows): Ctrl+Q still flushes

    def stop_safe_leaving(self) -> None:
        """Call from on_unmount: give the signals back."""
        try:
            loop = asyncio.get_running_loop()
            for number in SIGNALS:
                loop.remove_signal_handler(number)
        except (NotImplementedError, RuntimeError, ValueError):
            pass

    def flush_typed_text(self) -> None:
        """Send every typed text not yet sent to the file, now."""
        self.unsaved.flush_all()

    def quit_on_signal(self) -> None:
        """SIGTERM or SIGHUP: send every typed text, then exit (closing the store waits for its writes)."""
        self.flush_typed_text()
        self.exit()

    async def action_quit(self) -> None:
        """Quit once every typed text is in the file (asks if some cannot be written)."""
        self.flush_typed_text()
        self._quit_asked_at = monotonic()
        self._quit_when_saved()

    def _quit_when_saved(self) -> None:
        # Polled by a timer, not awaited: the replies that empty the queue arrive as app messages.
        if self.unsaved.waiting() and monotonic() - self._quit_asked_at < QUIT_WAIT_SECONDS:
            # The file is slow: the screen says what the app waits for (dialog/tui/under_way.py).
            say_under_way(self.showing(), t("unsaved.saving_before_quit"), "quit")
            self.set_timer(0.02, self._quit_when_saved)
            return
        if not self.unsaved.entries:
            self.exit()
            return
        under_way_done(self.showing(), "quit")
        self._ask_before_losing(self.exit)

    def leave_conference_safely(self) -> bool:
        """Before going back to the list: send typed text; False (and a warning) while some cannot be saved."""
        self.flush_typed_text()
        if self.unsaved.failing():
            self.notify(t("unsaved.stay", count=len(self.unsaved.entries),
                          reason=self.unsaved.failing()[0].error), severity="error", timeout=10)
            return False
        return True

    def _ask_before_losing(self, go: Callable[[], object]) -> None:
        from dialog.tui.screens.confirm import ConfirmScreen

        entries = list(self.unsaved.entries.values())
        reason = next((entry.error for entry in entries if entry.error), "")
        question = t("unsaved.quit_question", count=len(entries), reason=reason)

        def answered(yes: bool | None) -> None:
            if yes:
                go()

        self.push_screen(ConfirmScreen(question, t("unsaved.quit_anyway")), answered)
