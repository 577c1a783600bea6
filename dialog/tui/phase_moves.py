"""Showing a phase's screen and moving the conference between phases, each answering on screen at once.

A phase screen not yet shown is built the first time it is asked for, which
takes from a tenth of a second to well over a second on a busy laptop; moving
the conference (F9/F8) writes the move and a backup first. Meanwhile the old
screen stood still, with no sign the key was heard. Now a notice
(:class:`~dialog.tui.screens.notice.NoticeScreen`) is painted in the next
frame – "Åpner Plenum …", "Flytter konferansen til Plenum …" – and stays until
the new screen replaces it; keys typed meanwhile go to that screen. After a
conference opens, the screens' code is loaded on a thread while the leader
looks at the first screen, so a first visit costs only the building.
"""

from __future__ import annotations

import sqlite3
from functools import partial
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from dialog.core.phases import PhaseOverview, move_to_phase, neighbour, phase_overview
from dialog.i18n import t
from dialog.tui.screens.phase_screens import PHASE_SCREENS

if TYPE_CHECKING:
    from sqlite_utils import Database

    from dialog.tui.screens.notice import NoticeScreen

WARM_MODULES = (
    *(module for module, _ in PHASE_SCREENS.values()),
    "dialog.tui.screens.confirm", "dialog.tui.screens.help", "dialog.tui.screens.form",
)
"""Code loaded in the background once a conference is open: every phase screen and the common dialogs."""


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


class PhaseMoves:
    """Mixin for the App: F2–F7 show a phase, F9/F8 move the conference; a notice answers at once."""

    built_phases: set[str]
    """Phases whose screen has been built since the conference was opened (they show without a notice)."""

    def warm_up(self) -> None:
        """Load every phase screen's code on a thread, so its first showing only has to build it."""
        self.run_worker(_load_code, thread=True, group="warm-up", exit_on_error=False)  # type: ignore[attr-defined]

    def show_phase(self, phase: str) -> None:
        """Show ``phase``'s screen; one shown for the first time says so at once, then is built."""
        if phase in self.built_phases or self.current_mode == phase:  # type: ignore[attr-defined]
            self.built_phases.add(phase)
            self.switch_mode(phase)  # type: ignore[attr-defined]
            return
        self._behind_notice(self.show_notice(t("phase.opening", phase=t(f"phase.{phase}"))), phase)

    def show_notice(self, text: str) -> NoticeScreen:
        """Put a notice saying ``text`` on the screen (painted in the next frame)."""
        from dialog.tui.screens.notice import NoticeScreen

        notice = NoticeScreen(text)
        self.push_screen(notice)  # type: ignore[attr-defined]
        return notice

    def _behind_notice(self, notice: NoticeScreen, phase: str) -> None:
        """Once ``notice`` is on the screen, build and show ``phase``'s screen in its place."""
        notice.call_after_refresh(self._switch_from_notice, notice, phase)

    def _switch_from_notice(self, notice: NoticeScreen, phase: str | None) -> None:
        # The notice stays on the glass until the new screen paints its first frame.
        if self.screen is notice:  # type: ignore[attr-defined]
            self.pop_screen()  # type: ignore[attr-defined]
        if phase is not None and phase in PHASE_SCREENS and self.store is not None:  # type: ignore[attr-defined]
            self.built_phases.add(phase)
            self.switch_mode(phase)  # type: ignore[attr-defined]
        notice.hand_on_keys(self)  # type: ignore[arg-type]

    def action_view(self, phase: str) -> None:
        """Show a phase's screen without moving the conference to it."""
        if self.store is not None and phase in PHASE_SCREENS:  # type: ignore[attr-defined]
            self.flush_typed_text()  # type: ignore[attr-defined]
            self.show_phase(phase)

    def action_move_phase(self, step: int) -> None:
        """Ask, then move the conference one phase forward or back; the move is logged."""
        info = self.phase_info  # type: ignore[attr-defined]
        if info is None:
            return
        target = neighbour(info.current, step)
        if target is None:
            self.notify(t("phase.no_further"), severity="warning")  # type: ignore[attr-defined]
            return
        question = t("phase.confirm_move", current=t(f"phase.{info.current}"), target=t(f"phase.{target}"))

        def answered(yes: bool | None) -> None:
            if yes and self.store is not None:  # type: ignore[attr-defined]
                notice = self.show_notice(t("phase.moving", target=t(f"phase.{target}")))
                self.db(_move, target, self.store.path, then=partial(self._moved, notice),  # type: ignore[attr-defined]
                        failed=lambda _text: self._switch_from_notice(notice, None))

        from dialog.tui.screens.confirm import ConfirmScreen

        self.push_screen(ConfirmScreen(question, t("button.move"), danger=False), answered)  # type: ignore[attr-defined]

    def _moved(self, notice: NoticeScreen, overview: PhaseOverview) -> None:
        self.phase_info = overview
        self.flush_typed_text()  # type: ignore[attr-defined]
        phase = overview.current
        if phase in self.built_phases or self.current_mode == phase:  # type: ignore[attr-defined]
            self._switch_from_notice(notice, phase)
            screen = self.screen  # type: ignore[attr-defined]
            if hasattr(screen, "show_phases"):
                screen.show_phases(overview)
            return
        notice.say(t("phase.opening", phase=t(f"phase.{phase}")))
        self._behind_notice(notice, phase)
