"""The frame every phase screen shares: header, phase bar, body, footer."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Header, Static, TabbedContent, TabPane

from dialog.core.phases import PhaseOverview
from dialog.core.vocabulary import PHASES
from dialog.i18n import t
from dialog.tui.key_order import KeyHold
from dialog.tui.messages import ConferenceChanged
from dialog.tui.store_client import StoreClient
from dialog.tui.translated import TranslatedBindings
from dialog.tui.under_way import says_in_title
from dialog.tui.widgets.key_footer import KeyFooter
from dialog.tui.widgets.phase_bar import PhaseBar

NAVIGATION: list[BindingType] = [
    Binding("f1", "app.help", "key.help", id="nav.help", tooltip="tip.help", priority=True),
    Binding("question_mark", "app.help", "key.help", id="nav.help_question", tooltip="tip.help", show=False),
    *[Binding(f"f{number}", f"app.view('{phase}')", f"phase.{phase}", id=f"nav.{phase}", tooltip="tip.view",
              show=False, priority=True) for number, phase in enumerate(PHASES, start=2)],
    Binding("f8", "app.move_phase(-1)", "key.previous_phase", id="nav.previous_phase",
            tooltip="tip.previous_phase", priority=True, show=False),
    Binding("f9", "app.move_phase(1)", "key.next_phase", id="nav.next_phase", tooltip="tip.next_phase",
            priority=True),
    Binding("ctrl+o", "app.room", "key.room", id="nav.room", tooltip="tip.room", priority=True),
    Binding("f10", "app.conferences", "key.conferences", id="nav.conferences", tooltip="tip.conferences",
            priority=True, show=False),
]
"""Keys that work on every phase screen, even inside a text field (F2–F7 show a phase without moving to it).

The footer has room for few keys at 80 columns, so it shows help, next phase and
the room; F1 and the command palette list the rest.
"""


TAB_KEYS: list[BindingType] = [
    # Priority: a wide table or list (the tally at 80 columns) would otherwise take Ctrl+PgDn to scroll sideways.
    Binding("ctrl+pagedown", "switch_tab(1)", "key.next_tab", id="tabs.next", tooltip="tip.next_tab",
            show=False, priority=True),
    Binding("ctrl+pageup", "switch_tab(-1)", "key.previous_tab", id="tabs.previous",
            tooltip="tip.previous_tab", show=False, priority=True),
    Binding("ctrl+right", "switch_tab(1)", "key.next_tab", id="tabs.next_arrow", tooltip="tip.next_tab",
            show=False),
    Binding("ctrl+left", "switch_tab(-1)", "key.previous_tab", id="tabs.previous_arrow",
            tooltip="tip.previous_tab", show=False),
]
"""Keys for screens with tabs. Ctrl+PgDn/PgUp work wherever the cursor is; Ctrl+←/→ only where they do not
move the cursor by words (inside a text field they do)."""


class PhaseScreen(StoreClient, TranslatedBindings, Screen):
    """Base of the six phase screens; subclasses compose the body and load their data."""

    PHASE: ClassVar[str] = "setup"
    BINDINGS = NAVIGATION

    asked_for_data = False
    """True once the screen has asked the file for what it shows (the app's warm-up waits for that)."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield PhaseBar()
        yield Static("", id="room-line", markup=False)
        yield from self.compose_body()
        yield KeyFooter()

    def compose_body(self) -> ComposeResult:
        """The screen's own widgets."""
        yield from ()

    def on_screen_resume(self) -> None:
        # Keys typed right after the key that showed this screen wait until it has its data: the groups
        # of group work, the finding on show, the form's questions (dialog/tui/key_order.py). A call, not a
        # message: the hold must be on before this handler returns, and it is released here.
        hold = self.app.hold_keys(self)
        self.call_after_refresh(self._show_again, hold)

    def _show_again(self, hold: KeyHold) -> None:
        # After a refresh, so a screen shown for the first time has composed its widgets.
        try:
            if not self.is_current:
                return  # already left again (keys pressed in quick succession)
            self.room_changed("")
            overview = self.app.phase_info
            if overview is not None:
                self.show_phases(overview)
            with self.app.store_jobs_hold_keys():  # a call: it must hold the jobs asked for inside the block
                self.reload()
            self.asked_for_data = True
        finally:
            hold.release()

    def show_phases(self, overview: PhaseOverview) -> None:
        """Update the phase bar and the title (once the screen has been composed)."""
        bars = self.query(PhaseBar)
        if not bars:
            return
        # While another phase's screen is on its way, this one keeps saying so (dialog/tui/phase_moves.py).
        coming = self.app.announcement if self.is_current else None
        bars.first().show(overview, coming[1] if coming else self.PHASE)
        self.show_title()

    def show_title(self) -> None:
        """The title line: the phase on its way, else the work under way here (dialog/tui/under_way.py),
        else the conference and this phase."""
        coming = self.app.announcement if self.is_current else None
        self.title = t("app.title")
        self.sub_title = coming[0] if coming else (
            says_in_title(self) or f"{self.app.conference_label} · {t('phase.' + self.PHASE)}")

    def room_changed(self, error: str) -> None:
        """Show the room's address while it is open; a failure to open is shown as a notice."""
        if error:
            self.notify(error, severity="error", timeout=8)
        server = self.app.room
        lines = self.query("#room-line")
        if not lines:
            return
        line = lines.first(Static)
        line.display = server is not None
        if server is not None:
            shows_codes = any(getattr(binding, "action", None) == "qr" for binding in type(self).BINDINGS)
            line.update(t("room.line" if shows_codes else "room.line_no_qr", url=server.base_url))

    def reload(self) -> None:
        """Read this screen's data again (runs on resume and when the file changes)."""

    def on_conference_changed(self, message: ConferenceChanged) -> None:
        if self.is_current:
            self.reload()

    def on_screen_suspend(self) -> None:
        """Leaving this screen (another phase, a dialog on top, the list): send what is typed first."""
        # A call, not a message: the text must be on its way before the next screen (or a reload) shows the file.
        self.app.flush_typed_text()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """Send what was typed on the tab being left, and put the cursor in the new tab."""
        self.app.flush_typed_text()  # a call, as on leaving the screen
        focusable = [widget for widget in event.pane.query("*") if widget.focusable]
        if focusable:
            focusable[0].focus()

    def action_switch_tab(self, step: int) -> None:
        """Show the next or previous tab of this screen's tabbed area."""
        tabs = self.query(TabbedContent)
        if not tabs:
            return
        content = tabs.first()
        panes = [pane.id for pane in content.query(TabPane) if pane.id is not None]
        if content.active in panes:
            content.active = panes[(panes.index(content.active) + step) % len(panes)]

    def help_text(self) -> str:
        """A short guide to this screen for the help window."""
        return t(f"help.{self.PHASE}")
