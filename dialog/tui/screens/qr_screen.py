"""One QR code across the whole screen, for the projector.

The evaluation code shows the forms returned; a group's code, while group work
runs, shows the time the groups have left (the same clock as on the group-work screen).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from dialog.core.evaluation import count_responses
from dialog.core.phase_clock import PhaseClock, current_clock
from dialog.i18n import t
from dialog.tui.app_requests import RenewRoomCodes
from dialog.tui.messages import ConferenceChanged
from dialog.tui.store_client import StoreClient
from dialog.tui.store_replies import ClockRead, FormsCounted
from dialog.tui.translated import TranslatedBindings
from dialog.tui.widgets.countdown import clock_text
from dialog.tui.widgets.qr_view import QrView

if TYPE_CHECKING:
    from dialog.export.qr_codes import RoomCode


class QrScreen(StoreClient, TranslatedBindings, Screen[None]):
    """Shows ``codes[index]`` as large as the terminal allows; left/right step through the codes."""

    UNDER_WAY_LINE = "#qr-hint"
    """Where the QR screen says what is under way (new codes): dialog/tui/under_way.py."""

    BINDINGS = [
        Binding("escape,q", "close", "button.back", id="qr.back", tooltip="tip.qr"),
        Binding("left,left_square_bracket", "step(-1)", "key.other_code", id="qr.previous",
                tooltip="tip.other_code", show=False),
        Binding("right,right_square_bracket", "step(1)", "key.other_code", id="qr.next",
                tooltip="tip.other_code"),
        Binding("ctrl+r", "new_codes", "key.new_codes", id="qr.new_codes", tooltip="tip.new_codes"),
        Binding("f1", "app.help", "key.help", id="qr.help", tooltip="tip.help", show=False),
    ]

    def __init__(self, codes: list[RoomCode], index: int = 0) -> None:
        super().__init__()
        self.codes = codes
        self.index = index
        self.clock: PhaseClock | None = None
        """Group work's clock while it runs (pauses and added minutes); None in any other phase."""

    def compose(self) -> ComposeResult:
        yield Static("", id="qr-title", markup=False)
        yield QrView(id="qr-code")
        yield Static("", id="qr-url", markup=False)
        yield Static("", id="qr-count", markup=False)
        yield Static("", id="qr-clock", markup=False)
        yield Static(t("qr.hint"), id="qr-hint", classes="hint", markup=False)

    def on_mount(self) -> None:
        self._show()
        self._read_clock()
        self.set_interval(0.5, self._tick)

    def _read_clock(self) -> None:
        info = self.app.phase_info
        if info is not None and info.current == "group_work":
            self.db(current_clock, "group_work", reply=ClockRead, then=self._clock_read)

    def _clock_read(self, clock: PhaseClock) -> None:
        self.clock = clock
        self._tick()

    def _tick(self) -> None:
        """Show the groups' time left under a group's code while group work runs."""
        line = self.query_one("#qr-clock", Static)
        info, clock = self.app.phase_info, self.clock
        started = info.current_started_at() if info is not None and info.current == "group_work" else None
        line.display = self.index > 0 and started is not None and clock is not None
        if not line.display or info is None or started is None or clock is None:
            return
        left = clock.seconds_left(started, info.planned_minutes("group_work") or 0, datetime.now().astimezone())
        key = "qr.clock_over" if left < 0 else "qr.clock_paused" if clock.paused else "qr.clock_left"
        line.update(t(key, time=clock_text(left)))

    def _show(self) -> None:
        code = self.codes[self.index]
        is_evaluation = self.index == 0
        title = t("qr.scan_evaluation") if is_evaluation else t("qr.scan_group", group=code.label)
        self.query_one("#qr-title", Static).update(title)
        self.query_one("#qr-url", Static).update(code.url)
        self.query_one(QrView).show(code.url)
        count = self.query_one("#qr-count", Static)
        count.display = is_evaluation
        if is_evaluation:
            self.db(count_responses, reply=FormsCounted, then=self._show_count)
        self._tick()

    def _show_count(self, forms: int) -> None:
        self.query_one("#qr-count", Static).update(t("qr.count", count=forms))

    def on_conference_changed(self, message: ConferenceChanged) -> None:
        """A phone sent a form: count again; the clock may have been paused or given time elsewhere."""
        if self.index == 0:
            self.db(count_responses, reply=FormsCounted, then=self._show_count)
        self._read_clock()

    def action_step(self, step: int) -> None:
        """Show the previous or next code."""
        self.index = (self.index + step) % len(self.codes)
        self._show()

    def action_new_codes(self) -> None:
        """Ask, then revoke every QR code and make new ones; the code on screen is the new one at once."""
        self.post_message(RenewRoomCodes(self, self._codes_renewed))

    def _codes_renewed(self, codes: list[RoomCode] | None) -> None:
        if codes:
            self.codes = codes
            self.index = min(self.index, len(codes) - 1)
            self._show()

    def help_text(self) -> str:
        """A short guide to the QR screen for the help window."""
        return t("help.qr")

    def action_close(self) -> None:
        """Back to the phase screen."""
        self.dismiss(None)
