"""Showing a phase's screen and moving the conference between phases, each answering on screen at once.

A phase screen not yet shown is built the first time it is asked for, which
takes from a tenth of a second to well over a second on a busy laptop; moving
the conference (F9/F8) writes the move and a backup first. Meanwhile the old
screen stood still, with no sign the key was heard. Now the very next frame
answers on the screen in use: its title line says what is on its way
("Åpner Plenum …", "Flytter konferansen til Plenum …") and the phase bar
underlines the phase that is coming. Both cost one line's repaint, so the
answer never waits for the work. Keys typed meanwhile are held and go, in
order, to the screen that follows. After a conference opens, the screens'
code is loaded on a thread while the leader looks at the first screen, so a
first showing costs only the building.
"""

from __future__ import annotations

import sqlite3
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ScreenStackError

from dialog.core.phases import PhaseOverview, move_to_phase, neighbour, phase_overview
from dialog.i18n import t
from dialog.tui.screen_contracts import ShowsPhases
from dialog.tui.screens.phase_screens import PHASE_SCREENS
from dialog.tui.store_client import StoreClient
from dialog.tui.store_replies import PhaseMoved
from dialog.tui.typed_app import AppPart

if TYPE_CHECKING:
    from abc import abstractmethod

    from sqlite_utils import Database
    from textual.dom import DOMNode
    from textual.timer import Timer

    from dialog.core.store import Store
    from dialog.tui.key_order import KeyHold

WARM_MODULES = (
    *(module for module, _ in PHASE_SCREENS.values()),
    "dialog.tui.screens.confirm", "dialog.tui.screens.help", "dialog.tui.screens.form",
    "dialog.tui.screens.room", "dialog.tui.screens.qr_screen", "dialog.tui.screens.picker",
    "sqlite_utils",  # the first write needs it (dialog/core/database.py: reads run without it)
)
"""Code loaded in the background once a conference is open: every phase screen, the common dialogs, the room
window, the QR screen, the list of conferences and sqlite-utils."""

WARM_UP_CHECK_SECONDS = 0.05
"""How often the app looks whether the first screen's data has come, to start the warm-up after it."""

WARM_UP_LATEST_SECONDS = 5.0
"""The warm-up starts by then even if the screen on show never asked for data (the leader left at once)."""

HOLD_SECONDS = 8.0
"""The longest keys are held for a screen on its way (a move waits up to 5 s for a busy file), so they never stall."""


def _load_code() -> None:
    for module in WARM_MODULES:
        import_module(module)


def _move(db: Database, target: str, path: Path) -> PhaseOverview:
    from dialog.core.backups import make_backup

    move_to_phase(db, target)
    try:
        make_backup(db, path, "phase")
    except (OSError, sqlite3.Error):
        pass  # the move stands; a failing backup must not undo it (the periodic one tries again)
    return phase_overview(db)


class PhaseMoves(StoreClient, AppPart):
    """Mixin for the App: F2–F7 show a phase, F9/F8 move the conference; the screen in use answers at once."""

    built_phases: set[str]
    """Phases whose screen has been built since the conference was opened (they show at once)."""

    phase_info: PhaseOverview | None
    """The open conference's plan and log (None while none is open)."""

    if TYPE_CHECKING:  # what this mixin uses of the rest of the app (abstract: DialogApp must have it)
        store: Store | None

        @abstractmethod
        def hold_keys(self, owner: DOMNode | None) -> KeyHold: ...

        @abstractmethod
        def flush_typed_text(self) -> None: ...

    _screen_hold: KeyHold | None = None
    """Holds typed keys while a screen is on its way (None when none is): they go to that screen, in order."""

    _hold_timer: Timer | None = None
    """Lets the held keys go after :data:`HOLD_SECONDS` whatever happens."""

    announcement: tuple[str, str] | None = None
    """What the screen in use says is on its way, and which phase (its phase bar underlines it), or None."""

    _warm_up_timer: Timer | None = None
    """Waits for the first screen of an opened conference to have its data, then starts the warm-up."""

    _warm_up_checks = 0

    def warm_up(self) -> None:
        """Load every phase screen's code on a thread, so its first showing only has to build it.

        It starts once the screen on show has asked the file for its data, the file has answered,
        and a frame has been drawn since (or after :data:`WARM_UP_LATEST_SECONDS` whatever happens):
        loading code holds Python's one lock, and would slow the first screen down.
        """
        if self._warm_up_timer is not None:
            self._warm_up_timer.stop()
        self._warm_up_checks = 0
        self._warm_up_timer = self.set_interval(WARM_UP_CHECK_SECONDS, self._warm_up_when_idle)

    def _warm_up_when_idle(self) -> None:
        self._warm_up_checks += 1
        try:
            screen = self.screen
        except ScreenStackError:  # shutting down
            return
        shown = getattr(screen, "asked_for_data", False) and (self.store is None or self.store.idle())
        if not shown and self._warm_up_checks * WARM_UP_CHECK_SECONDS < WARM_UP_LATEST_SECONDS:
            return
        if self._warm_up_timer is not None:
            self._warm_up_timer.stop()
            self._warm_up_timer = None
        self.call_after_refresh(self.run_worker, _load_code, thread=True, group="warm-up", exit_on_error=False)

    def announce(self, text: str, phase: str) -> None:
        """Say ``text`` in the title line of the screen in use and underline ``phase`` on its phase bar; hold keys.

        The screen keeps saying it (a dialog closing over it redraws its title) until the new screen is shown.
        """
        if self._screen_hold is None:
            self._screen_hold = self.hold_keys(None)
            self._hold_timer = self.set_timer(HOLD_SECONDS, self._let_keys_go)
        self.announcement = (text, phase)
        screen = self.screen
        if isinstance(screen, ShowsPhases) and self.phase_info is not None:
            screen.show_phases(self.phase_info)  # says it, and keeps saying it
        else:
            screen.sub_title = text

    def _let_keys_go(self) -> None:
        """Let the keys typed while a screen was on its way go on, in order (dialog/tui/key_order.py queued them)."""
        hold, self._screen_hold = self._screen_hold, None
        if hold is not None:
            hold.release()
        if self._hold_timer is not None:
            self._hold_timer.stop()
            self._hold_timer = None

    def show_phase(self, phase: str) -> None:
        """Show ``phase``'s screen; one shown for the first time is announced at once, then built."""
        if phase in self.built_phases or self.current_mode == phase:
            self._switch(phase)
            return
        self.announce(t("phase.opening", phase=t(f"phase.{phase}")), phase)
        # After the next frame, so the announcement is on the screen before the building starts.
        self.screen.call_after_refresh(self._switch, phase)

    def _switch(self, phase: str | None) -> None:
        self.announcement = None
        if phase is not None and phase in PHASE_SCREENS and self.store is not None:
            self.built_phases.add(phase)
            self.switch_mode(phase)
        else:  # nothing to show after all: the screen in use gets its title and phase bar back
            screen = self.screen
            if isinstance(screen, ShowsPhases) and self.phase_info is not None:
                screen.show_phases(self.phase_info)
        if self._screen_hold is not None:
            # Once the screen now on show has been built, painted and has settled (its tabs choose their
            # first pane after its first frame), so the keys find its fields.
            screen = self.screen
            screen.call_after_refresh(screen.call_after_refresh, self._let_keys_go)

    def action_view(self, phase: str) -> None:
        """Show a phase's screen without moving the conference to it."""
        if self.store is not None and phase in PHASE_SCREENS:
            self.flush_typed_text()
            self.show_phase(phase)

    def action_move_phase(self, step: int) -> None:
        """Ask, then move the conference one phase forward or back; the move is logged."""
        info = self.phase_info
        if info is None:
            return
        target = neighbour(info.current, step)
        if target is None:
            self.notify(t("phase.no_further"), severity="warning")
            return
        question = t("phase.confirm_move", current=t(f"phase.{info.current}"), target=t(f"phase.{target}"))

        def answered(yes: bool | None) -> None:
            if yes and self.store is not None:
                self.announce(t("phase.moving", target=t(f"phase.{target}")), target)
                self.db(_move, target, self.store.path, reply=PhaseMoved, then=self._moved,
                        failed=lambda _text: self._switch(None))

        from dialog.tui.screens.confirm import ConfirmScreen

        self.push_screen(ConfirmScreen(question, t("button.move"), danger=False), answered)

    def _moved(self, overview: PhaseOverview) -> None:
        self.phase_info = overview
        self.flush_typed_text()
        phase = overview.current
        if phase in self.built_phases or self.current_mode == phase:
            self._switch(phase)
            screen = self.screen
            if isinstance(screen, ShowsPhases):
                screen.show_phases(overview)
            return
        self.announce(t("phase.opening", phase=t(f"phase.{phase}")), phase)
        self.screen.call_after_refresh(self._switch, phase)
