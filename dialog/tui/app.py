"""The Textual application: the picker, then one screen per phase of the open conference."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, ScreenStackError, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from dialog.core.conference import read_conference
from dialog.core.phases import PhaseOverview, phase_overview
from dialog.core.rows import Conference
from dialog.core.store import Store
from dialog.i18n import t
from dialog.tui.app_requests import OpenConference, RefreshConferenceLabel, ReloadPhases, ShowQrCode
from dialog.tui.damaged_files import DamagedFiles
from dialog.tui.key_names import key_display
from dialog.tui.key_order import KeyOrder
from dialog.tui.leaving import SafeLeaving
from dialog.tui.list_keys import LIST_KEYS, ListKeys
from dialog.tui.messages import ConferenceChanged
from dialog.tui.phase_moves import PhaseMoves
from dialog.tui.room_control import RoomControl
from dialog.tui.screen_contracts import ExplainsKeys, ShowsPhases
from dialog.tui.screens.phase_screens import PHASE_SCREENS, build_phase_screen
from dialog.tui.store_client import StoreClient
from dialog.tui.store_replies import BackupMade, ChangesLookedFor, ConferenceFactsRead, ConferenceOpened, PhasesRead
from dialog.tui.textual_races import install as install_race_fixes
from dialog.tui.translated import translate_bindings
from dialog.tui.under_way import AnswersAtOnce, say_under_way, under_way_done
from dialog.tui.unsaved import UnsavedText
from dialog.tui.work_results import HealthChecked

if TYPE_CHECKING:
    from sqlite_utils import Database

    from dialog.core.backups import HealthReport

POLL_SECONDS = 0.5
"""How often the open file is checked for changes made by another process."""

BACKUP_MINUTES = 5
"""How often a changed conference is backed up into ``.backups`` (besides at every phase change)."""


@dataclass
class OpenedConference:
    """What the app needs to know right after opening a conference."""

    facts: Conference
    phases: PhaseOverview


def _back_up_if_changed(db: Database, path: Path, marker: object) -> object:
    from dialog.core.backups import back_up_if_changed

    return back_up_if_changed(db, path, marker)


def _read_opened(db: Database) -> OpenedConference:
    return OpenedConference(read_conference(db), phase_overview(db))


class DialogApp(SafeLeaving, KeyOrder, RoomControl, DamagedFiles, ListKeys, PhaseMoves, AnswersAtOnce, StoreClient,
                App):
    """The process leader's app: picker first, or straight into one conference."""

    CSS_PATH = Path(__file__).parent / "app.tcss"  # absolute, so subclasses elsewhere find it too
    BINDINGS = [
        # Priority, so the focus moves as the key arrives: keys typed right after Tab then go
        # to the next field, not to the one being left (they are queued at the focused widget).
        Binding("tab", "focus_next", "", show=False, priority=True),
        Binding("shift+tab", "focus_previous", "", show=False, priority=True),
        # Ours, so the footer's palette key reads in the user's language (Textual's says "palette").
        Binding("ctrl+p", "command_palette", "key.palette", show=False, priority=True, tooltip="tip.palette",
                id="app.palette"),
        *LIST_KEYS,  # Home/End: first/last row of any list
    ]

    def __init__(self, sessions: Path, conference: Path | None = None) -> None:
        install_race_fixes()
        super().__init__()
        translate_bindings(self)
        self.sessions = sessions
        self.initial_conference = conference
        self.store: Store | None = None
        self.phase_info: PhaseOverview | None = None
        self.built_phases: set[str] = set()
        self.conference_label = ""
        self.conference_language = "nb"
        self.backup_marker: object = None
        self.unsaved = UnsavedText(self)
        self.picker_built = False
        """True once the list of conferences has been built (it shows at once from then on)."""
        self._opening_on: Screen | None = None
        """The screen that says a conference is opening (dialog/tui/under_way.py), while one is."""
        self.offering_restore = False
        """True while the offer to restore a damaged file's backup is on screen, or the restore runs.

        The picker reads no file meanwhile: a restore copies the file, which only SQLite may
        touch while this process has a connection to it."""

    def on_mount(self) -> None:
        self.title = t("app.title")
        self.start_safe_leaving()
        self.add_mode("picker", self._build_picker)
        self.set_interval(POLL_SECONDS, self._poll_for_changes)
        self.set_interval(BACKUP_MINUTES * 60, self.back_up_if_changed)
        if self.initial_conference is not None:
            self.open_conference(self.initial_conference)
        else:
            self.switch_mode("picker")

    def _build_picker(self) -> Screen:
        # Loaded on first use: opening a conference straight away never needs it.
        from dialog.tui.screens.picker import PickerScreen

        self.picker_built = True
        return PickerScreen(self.sessions)

    # Opening and leaving a conference

    def on_open_conference(self, message: OpenConference) -> None:
        """A screen asks to open a conference (the picker)."""
        screen = self.showing()
        self.open_conference(message.path, message.name)
        if message.instead_of is not None:  # the line now says the conference is opening
            under_way_done(screen, message.instead_of)

    def open_conference(self, path: Path, name: str | None = None) -> None:
        """Check ``path``'s health, then open it (off the UI thread) and show its current phase.

        The screen in use says at once which conference is opening (``name``, else the file's).
        A damaged file is not opened: the leader is offered its latest sound backup.
        """
        self.close_the_room()
        self._close_store()
        screen = self._opening_on = self.showing()
        say_under_way(screen, t("picker.opening", name=name or path.name), "open")
        check = partial(self.in_thread, _check_health, path, reply=HealthChecked, then=partial(self._checked, path),
                        group="health")
        # After the next frame: a small file opens in a few milliseconds, and then building its screen takes
        # the loop for a while; the line saying it is opening is on the screen first.
        if screen is None or not screen.call_after_refresh(check):
            check()

    def _opening_over(self) -> None:
        """The conference is on show, or did not open: the screen that said it was opening says so no more."""
        screen, self._opening_on = self._opening_on, None
        under_way_done(screen, "open")

    def _checked(self, path: Path, health: HealthReport) -> None:
        if health.problem is None:
            self.store = Store(path)
            self.backup_marker = None
            self.db(_read_opened, reply=ConferenceOpened, then=self._opened, failed=self._not_opened)
            return
        self._opening_over()
        self.switch_mode("picker")
        self.offer_backup(path, health)

    # Backups

    def back_up_if_changed(self) -> None:
        """Back the open conference up when anything changed since the last backup."""
        if self.store is not None:
            self.db(_back_up_if_changed, self.store.path, self.backup_marker, reply=BackupMade, then=self._backed_up,
                    failed=lambda _text: None)

    def _backed_up(self, marker: object) -> None:
        self.backup_marker = marker

    def _opened(self, opened: OpenedConference) -> None:
        self.conference_label = f"{opened.facts['district']} {opened.facts['date']}"
        self.conference_language = opened.facts["language"]
        if self.store is not None:  # note where the periodic backups start from
            self.db(_back_up_if_changed, self.store.path, None, reply=BackupMade, then=self._backed_up,
                    failed=lambda _text: None)
        self.phase_info = opened.phases
        for phase in PHASE_SCREENS:
            if phase in self._modes:
                self.remove_mode(phase)
            self.add_mode(phase, partial(self._build_phase_screen, phase))
        self.built_phases = {opened.phases.current}
        self.switch_mode(opened.phases.current)
        self._opening_over()
        self.warm_up()

    def _not_opened(self, _text: str) -> None:
        self._opening_over()
        self.switch_mode("picker")

    def _build_phase_screen(self, phase: str) -> Screen:
        screen = build_phase_screen(phase)
        # Textual re-parses every stylesheet twice (some 30 ms) when a mode's new screen
        # carries an older CSS stamp than the app. A new screen is styled from the current
        # sheet as it mounts, so it may start with the app's stamp; theme changes still
        # restyle it later. (If Textual renames the attribute, this only costs the time.)
        screen._css_update_count = self._css_update_count
        return screen

    def _close_store(self) -> None:
        if self.store is not None:
            old, self.store = self.store, None
            self.run_worker(old.close, thread=True, group="store-close")

    def on_refresh_conference_label(self, message: RefreshConferenceLabel) -> None:
        """The facts were saved (dialog/tui/widgets/facts_form.py)."""
        self.refresh_conference_label()

    def on_reload_phases(self, message: ReloadPhases) -> None:
        """The plan was changed (dialog/tui/widgets/agenda_editor.py)."""
        self.reload_phases()

    def refresh_conference_label(self) -> None:
        """Read district and date again after the facts were edited."""
        self.db(read_conference, reply=ConferenceFactsRead, then=self._relabel)

    def _relabel(self, facts: Conference) -> None:
        self.conference_label = f"{facts['district']} {facts['date']}"
        self.conference_language = facts["language"]
        self.reload_phases()

    def reload_phases(self) -> None:
        """Read the plan and the log again and redraw the phase bar."""
        if self.store is not None:
            self.db(phase_overview, reply=PhasesRead, then=self._phases_reloaded)

    def action_conferences(self) -> None:
        """Go to the list of conferences (once every typed word is on its way to the file).

        Built the first time it is shown, which takes a while: the screen in use says it is on its way.
        """
        if not self.leave_conference_safely():
            return
        if self.picker_built or self.current_mode == "picker":
            self.switch_mode("picker")
        else:
            self.show_after_saying(t("picker.showing"), partial(self.switch_mode, "picker"))

    # The room

    def action_room(self) -> None:
        """Open the room window: open or close the room for phones and laptops."""
        from dialog.tui.screens.room import RoomScreen

        if self.store is not None and not isinstance(self.screen, RoomScreen):
            # The window takes a while to build: the screen in use says it is coming first.
            self.show_after_saying(t("room.window_opening"), lambda: self.push_screen(RoomScreen()))

    def on_show_qr_code(self, message: ShowQrCode) -> None:
        """A phase screen asks for a room code across the screen (the evaluation and group-work screens)."""
        self.show_qr(message.index)

    def show_qr(self, index: int = 0) -> None:
        """Show code ``index`` large (0 is the evaluation form, then one per group); offer the room if closed."""
        if self.room is None:
            self.notify(t("qr.room_closed"), severity="warning")
            self.action_room()
            return
        from dialog.tui.screens.qr_screen import QrScreen

        screen = self.screen
        say_under_way(screen, t("qr.loading"), "qr")  # the room's codes come from the file and the room's process

        def loaded(codes: list) -> None:
            under_way_done(screen, "qr")
            self.push_screen(QrScreen(codes, min(index, len(codes) - 1)))

        self.load_room_codes(self, loaded, failed=lambda _text: under_way_done(screen, "qr"))

    # Phases: F2–F7 and F9/F8 are in dialog/tui/phase_moves.py

    # Live refresh

    def _poll_for_changes(self) -> None:
        self.check_room_alive()
        if self.store is not None:
            self.db(self.store.changed_elsewhere, reply=ChangesLookedFor, then=self._maybe_changed)

    def showing(self) -> Screen | None:
        """The screen on show, or None while the app is shutting down and has none."""
        try:
            return self.screen
        except ScreenStackError:
            return None

    def _maybe_changed(self, changed: bool) -> None:
        screen = self.showing()
        if changed and self.store is not None and screen is not None:
            self.db(phase_overview, reply=PhasesRead, then=self._phases_reloaded)
            screen.post_message(ConferenceChanged())

    def _phases_reloaded(self, overview: PhaseOverview) -> None:
        self.phase_info = overview
        screen = self.showing()
        if isinstance(screen, ShowsPhases):
            screen.show_phases(overview)

    # Help and the command palette

    def get_key_display(self, binding: Binding) -> str:
        """Name keys in the footer and the help in the UI language ("mellomrom", not "space")."""
        return key_display(binding)

    def action_help(self) -> None:
        """Show every key of the current screen."""
        from dialog.tui.screens.help import HelpScreen, key_rows

        screen = self.screen
        intro = screen.help_text() if isinstance(screen, ExplainsKeys) else t("help.picker")
        self.push_screen(HelpScreen(t("help.title"), intro, key_rows(screen)))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Offer every key of the screen in the command palette, with the theme and quitting, all translated.

        Textual's own commands and its widgets' built-in keys (cursor moves, copy, cut …)
        speak English only, so they are left out, as they are from the help screen.
        """
        yield SystemCommand(t("palette.theme"), t("palette.theme_help"), self.action_change_theme)
        yield SystemCommand(t("palette.quit"), t("palette.quit_help"), self.action_quit)
        seen: set[str] = set()
        for active in screen.active_bindings.values():
            binding = active.binding
            if not binding.id or not binding.description or binding.action in seen | {"command_palette"}:
                continue
            seen.add(binding.action)
            yield SystemCommand(binding.description, binding.tooltip or binding.description,
                                partial(self.run_action, binding.action, active.node))

    def action_command_palette(self) -> None:
        """The command palette, asking in the user's language."""
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(id="--command-palette", placeholder=t("palette.search")))

    def search_themes(self) -> None:
        """The list of colour themes, asking in the user's language."""
        from textual.command import CommandPalette
        from textual.theme import ThemeProvider

        self.push_screen(CommandPalette(providers=[ThemeProvider], placeholder=t("palette.search_themes")))

    def on_unmount(self) -> None:
        self.stop_safe_leaving()
        self.stop_room_now()
        if self.store is not None:
            self.store.close()
            self.store = None


def create_app(sessions: Path, conference: Path | None = None) -> DialogApp:
    """Build the app without running it (tests drive it with ``run_test``)."""
    return DialogApp(sessions=sessions, conference=conference)


def run_app(sessions: Path, conference: Path | None = None) -> int:
    """Run the app in this terminal until the user quits; return its exit status.

    The status is 0 after a quit and 1 when the app stopped on an unexpected
    error (Textual has then printed the traceback on stderr as it left the screen).
    """
    app = create_app(sessions, conference)
    app.run()
    return app.return_code or 0


def _check_health(path: Path) -> HealthReport:
    """On a worker thread: the storage modules (and sqlite-utils) load here, not while the app starts."""
    from dialog.core.backups import check_health

    return check_health(path)
