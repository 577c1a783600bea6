"""The Textual application: the picker, then one screen per phase of the open conference."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from sqlite_utils import Database
from textual.app import App, SystemCommand
from textual.screen import Screen

from dialog.core.conference import read_conference
from dialog.core.phases import PhaseOverview, move_to_phase, neighbour, phase_overview
from dialog.i18n import t
from dialog.tui.messages import ConferenceChanged
from dialog.tui.screens.confirm import ConfirmScreen
from dialog.tui.screens.help import HelpScreen, key_rows
from dialog.tui.screens.phase_screens import PHASE_SCREENS
from dialog.tui.screens.picker import PickerScreen
from dialog.tui.screens.qr_screen import QrScreen
from dialog.tui.screens.room import RoomScreen
from dialog.tui.room_control import RoomControl
from dialog.core.store import Store
from dialog.tui.store_client import StoreClient

POLL_SECONDS = 0.5
"""How often the open file is checked for changes made by another process."""


@dataclass
class OpenedConference:
    """What the app needs to know right after opening a conference."""

    facts: dict
    phases: PhaseOverview


def _read_opened(db: Database) -> OpenedConference:
    return OpenedConference(read_conference(db), phase_overview(db))


class DialogApp(RoomControl, StoreClient, App):
    """The process leader's app: picker first, or straight into one conference."""

    CSS_PATH = "app.tcss"

    def __init__(self, sessions: Path, conference: Path | None = None) -> None:
        super().__init__()
        self.sessions = sessions
        self.initial_conference = conference
        self.store: Store | None = None
        self.phase_info: PhaseOverview | None = None
        self.conference_label = ""
        self.conference_language = "nb"

    def on_mount(self) -> None:
        self.title = t("app.title")
        self.add_mode("picker", lambda: PickerScreen(self.sessions))
        self.set_interval(POLL_SECONDS, self._poll_for_changes)
        if self.initial_conference is not None:
            self.open_conference(self.initial_conference)
        else:
            self.switch_mode("picker")

    # Opening and leaving a conference

    def open_conference(self, path: Path) -> None:
        """Open ``path`` (off the UI thread), then show its current phase."""
        self.close_the_room()
        self._close_store()
        self.store = Store(path)
        self.db(_read_opened, then=self._opened, failed=lambda _text: self.switch_mode("picker"))

    def _opened(self, opened: OpenedConference) -> None:
        self.conference_label = f"{opened.facts['district']} {opened.facts['date']}"
        self.conference_language = opened.facts["language"]
        self.phase_info = opened.phases
        for phase, screen_class in PHASE_SCREENS.items():
            if phase in self._modes:
                self.remove_mode(phase)
            self.add_mode(phase, screen_class)
        self.switch_mode(opened.phases.current)

    def _close_store(self) -> None:
        if self.store is not None:
            old, self.store = self.store, None
            self.run_worker(old.close, thread=True, group="store-close")

    def refresh_conference_label(self) -> None:
        """Read district and date again after the facts were edited."""
        self.db(read_conference, then=self._relabel)

    def _relabel(self, facts: dict) -> None:
        self.conference_label = f"{facts['district']} {facts['date']}"
        self.conference_language = facts["language"]
        self.reload_phases()

    def reload_phases(self) -> None:
        """Read the plan and the log again and redraw the phase bar."""
        if self.store is not None:
            self.db(phase_overview, then=self._phases_reloaded)

    def action_conferences(self) -> None:
        """Go to the list of conferences."""
        self.switch_mode("picker")

    # The room

    def action_room(self) -> None:
        """Open the room window: open or close the room for phones and laptops."""
        if self.store is not None and not isinstance(self.screen, RoomScreen):
            self.push_screen(RoomScreen())

    def show_qr(self, index: int = 0) -> None:
        """Show code ``index`` large (0 is the evaluation form, then one per group); offer the room if closed."""
        if self.room_server is None:
            self.notify(t("qr.room_closed"), severity="warning")
            self.action_room()
            return
        self.load_room_codes(self, lambda codes: self.push_screen(QrScreen(codes, min(index, len(codes) - 1))))

    # Phases

    def action_view(self, phase: str) -> None:
        """Show a phase's screen without moving the conference to it."""
        if self.store is not None and phase in PHASE_SCREENS:
            self.switch_mode(phase)

    def action_move_phase(self, step: int) -> None:
        """Ask, then move the conference one phase forward or back; the move is logged."""
        if self.phase_info is None:
            return
        target = neighbour(self.phase_info.current, step)
        if target is None:
            self.notify(t("phase.no_further"), severity="warning")
            return
        question = t("phase.confirm_move", current=t(f"phase.{self.phase_info.current}"),
                     target=t(f"phase.{target}"))

        def answered(yes: bool | None) -> None:
            if yes:
                self.db(self._move, target, then=self._moved)

        self.push_screen(ConfirmScreen(question, t("button.move"), danger=False), answered)

    @staticmethod
    def _move(db: Database, target: str) -> PhaseOverview:
        move_to_phase(db, target)
        return phase_overview(db)

    def _moved(self, overview: PhaseOverview) -> None:
        self.phase_info = overview
        self.switch_mode(overview.current)
        screen = self.screen
        if hasattr(screen, "show_phases"):
            screen.show_phases(overview)

    # Live refresh

    def _poll_for_changes(self) -> None:
        if self.store is not None:
            self.db(self.store.changed_elsewhere, then=self._maybe_changed)

    def _maybe_changed(self, changed: bool) -> None:
        if changed and self.store is not None:
            self.db(phase_overview, then=self._phases_reloaded)
            self.screen.post_message(ConferenceChanged())

    def _phases_reloaded(self, overview: PhaseOverview) -> None:
        self.phase_info = overview
        if hasattr(self.screen, "show_phases"):
            self.screen.show_phases(overview)

    # Help and the command palette

    def action_help(self) -> None:
        """Show every key of the current screen."""
        screen = self.screen
        intro = screen.help_text() if hasattr(screen, "help_text") else t("help.picker")
        self.push_screen(HelpScreen(t("help.title"), intro, key_rows(screen)))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Offer every key binding of the screen in the command palette too."""
        yield from super().get_system_commands(screen)
        seen = set()
        for active in screen.active_bindings.values():
            binding = active.binding
            if not binding.description or binding.action in seen:
                continue
            seen.add(binding.action)
            yield SystemCommand(binding.description, binding.tooltip or binding.description,
                                partial(self.run_action, binding.action, active.node))

    def on_unmount(self) -> None:
        self.stop_room_now()
        if self.store is not None:
            self.store.close()
            self.store = None


def create_app(sessions: Path, conference: Path | None = None) -> DialogApp:
    """Build the app without running it (tests drive it with ``run_test``)."""
    return DialogApp(sessions=sessions, conference=conference)


def run_app(sessions: Path, conference: Path | None = None) -> None:
    """Run the app in this terminal until the user quits."""
    create_app(sessions, conference).run()
