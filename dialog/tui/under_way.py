"""Saying at once what a key set going, in one line, until the result takes its place.

Work that goes to the disk or the network – the minutes, new QR codes, a
conference being opened, the folder read again – runs on a thread, and on a busy
laptop its result may take a second or more. The key's answer never waits for
it: the screen in use says what is under way in the very next frame ("Lager
referatet …"), and the result replaces it. A full screen says it in its title
line, as a phase on its way does (dialog/tui/phase_moves.py); a dialog, which has
no title line, in the status line its ``UNDER_WAY_LINE`` names.

Several pieces of work may be under way on one screen at once: each is said
under its own key (``"export"``, ``"open"`` …), the line shows the latest, and
when the last one is done the line shows the result, or what it said before.

A store job a key asked for answers in a few milliseconds, and its result is
the answer. But the file may be slow (another program writing, a busy disk): a
key's job that has not answered after :data:`WAIT_SECONDS` makes the screen say
it is waiting for the file (:meth:`AnswersAtOnce.watch_job`), until the answer is there.

Some screens take the loop a while to build and show (the room window, the
overview, the list of conferences the first time): the screen in use says one
is on its way first, and the new screen is built after that frame
(:meth:`AnswersAtOnce.show_after_saying`), as a phase's screen is
(dialog/tui/phase_moves.py).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dialog.i18n import t
from dialog.tui.app_requests import ShowAfterSaying
from dialog.tui.screen_contracts import ShowsPhases
from dialog.tui.typed_app import AppPart

if TYPE_CHECKING:
    from abc import abstractmethod

    from textual.dom import DOMNode
    from textual.screen import Screen
    from textual.timer import Timer

    from dialog.tui.key_order import KeyHold

WAIT_SECONDS = 0.08
"""How long a key's store job may take before the screen says it is waiting for the file."""

WAITING = "waiting-for-file"
"""The key under which a screen says it is waiting for the file."""

HOLD_SECONDS = 8.0
"""The longest typed keys wait for a screen on its way (they never stall)."""


@dataclass
class _Said:
    """What one screen says is under way, and what its line said before."""

    before: Any
    said: dict[Hashable, str] = field(default_factory=dict)
    """Each piece of work under way and its line, oldest first (the line shows the last)."""


def _line(screen: Screen):
    """The Static that says what is under way on ``screen``, or None for its title line."""
    selector = getattr(screen, "UNDER_WAY_LINE", None)
    if selector is None:
        return None
    found = screen.query(selector)
    return found.first() if found else False  # False: the dialog's line is not there (yet, or any more)


def saying(screen: Screen | None) -> str | None:
    """What ``screen`` says is under way now, or None."""
    state: _Said | None = getattr(screen, "_under_way", None)
    if state is None or not state.said:
        return None
    return next(reversed(state.said.values()))


def says_in_title(screen: Screen | None) -> str | None:
    """What ``screen`` says is under way in its title line (for a screen that rewrites its own title), or None."""
    return saying(screen) if screen is not None and getattr(screen, "UNDER_WAY_LINE", None) is None else None


def say_under_way(screen: Screen | None, text: str, key: Hashable = "work") -> None:
    """Let ``screen`` say ``text`` at once: the next frame shows it. The same ``key`` again says the next step."""
    if screen is None:
        return
    line = _line(screen)
    if line is False:
        return
    state: _Said | None = getattr(screen, "_under_way", None)
    if state is None or not state.said:
        state = _Said(screen.sub_title if line is None else line.content)
        screen._under_way = state  # type: ignore[attr-defined]
    state.said.pop(key, None)
    state.said[key] = text
    _show(screen, line, text)


def under_way_done(screen: Screen | None, key: Hashable = "work", result: str | None = None) -> None:
    """The work said under ``key`` is over: the line shows other work still under way, else ``result`` or what
    it said before. A result in a title line is not shown there (the title goes back to the screen's own)."""
    state: _Said | None = getattr(screen, "_under_way", None)
    if screen is None or state is None or key not in state.said:
        return
    del state.said[key]
    line = _line(screen)
    if line is False:
        return
    if state.said:
        _show(screen, line, saying(screen))
    elif line is not None:
        line.update(result if result is not None else state.before)
    elif isinstance(screen, ShowsPhases):
        screen.show_title()  # a phase screen: its own title, or the phase on its way
    else:
        screen.sub_title = state.before


def _show(screen: Screen, line, text: str | None) -> None:
    if line is not None:
        line.update(text or "")
    elif isinstance(screen, ShowsPhases):
        screen.show_title()
    else:
        screen.sub_title = text or ""


class AnswersAtOnce(AppPart):
    """Mixin for the App: a key's slow store job says it waits for the file; a slow screen is announced first."""

    _late_jobs: int = 0
    _waiting_on: Screen | None = None

    if TYPE_CHECKING:  # what this mixin uses of the rest of the app (abstract: DialogApp must have it)

        @abstractmethod
        def showing(self) -> Screen | None: ...

        @abstractmethod
        def hold_keys(self, owner: DOMNode | None) -> KeyHold: ...

    def watch_job(self) -> Callable[[], None]:
        """Start watching a key's store job; call the function returned once its answer has been dealt with."""
        late = False
        over = False

        def too_long() -> None:
            nonlocal late
            if over:
                return
            late = True
            self._late_jobs += 1
            screen = self.showing()
            if self._waiting_on is None and screen is not None and saying(screen) is None:
                self._waiting_on = screen
                say_under_way(screen, t("store.waiting"), WAITING)

        timer: Timer = self.set_timer(WAIT_SECONDS, too_long)

        def answered() -> None:
            nonlocal over
            if over:
                return
            over = True
            timer.stop()
            if late:
                self._late_jobs -= 1
                if not self._late_jobs and self._waiting_on is not None:
                    screen, self._waiting_on = self._waiting_on, None
                    under_way_done(screen, WAITING)

        return answered

    def on_show_after_saying(self, message: ShowAfterSaying) -> None:
        """A screen asks for a screen that is slow to show."""
        self.show_after_saying(message.text, message.show)

    def show_after_saying(self, text: str, show: Callable[[], object]) -> None:
        """Say ``text`` on the screen in use; after that frame, ``show()`` builds and shows a screen.

        Keys typed meanwhile wait, and go, in order, to the screen shown (dialog/tui/key_order.py).
        """
        screen = self.showing()
        say_under_way(screen, text, "showing")
        hold = self.hold_keys(None)
        timer: Timer = self.set_timer(HOLD_SECONDS, hold.release)

        def let_keys_go() -> None:
            hold.release()
            timer.stop()

        def go() -> None:
            try:
                show()
            finally:
                under_way_done(screen, "showing")
                shown = self.showing()
                # Once the screen now on show has been built and painted, so the keys find its fields.
                if shown is None or not shown.call_after_refresh(shown.call_after_refresh, let_keys_go):
                    let_keys_go()

        if screen is None or not screen.call_after_refresh(go):
            go()
