"""Group work: the big countdown, and each group's notes with where the group stands with them.

Each tab carries a mark of the group's check of its notes (✓ confirmed, ⚑ flagged,
≠ changed since confirmed), and a line above the notes says it in words, with
each flagged note and the group's line why. They follow the file: a
confirmation or a flag from a group's laptop shows within the app's poll.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static, Tab, Tabs

from dialog.core.attendance import list_roles
from dialog.core.group_checks import GroupCheck, group_check, group_checks
from dialog.core.groups import list_groups
from dialog.core.heard import who_is_heard
from dialog.core.ids_and_times import hhmm as clock
from dialog.core.phase_clock import add_minutes, clock_now, current_clock, toggle_pause
from dialog.core.rows import Group, Role
from dialog.i18n import t
from dialog.tui.app_requests import ShowQrCode
from dialog.tui.screens.phase_screen import NAVIGATION, PhaseScreen
from dialog.tui.store_replies import ClockChanged, ClockRead, GroupsLoaded, RolesLoaded
from dialog.tui.widgets.countdown import Countdown
from dialog.tui.widgets.fitting_tabs import FittingTabs
from dialog.tui.widgets.group_check_line import GroupCheckLine, GroupCheckRead, GroupChecksRead, tab_name
from dialog.tui.widgets.heard_line import HeardLine
from dialog.tui.widgets.notes_editor import NotesEditor

MORE_MINUTES = 5
"""Minutes the + key gives the groups."""


class GroupWorkScreen(PhaseScreen):
    """Countdown on top, a tab per group, the chosen group's notes below."""

    PHASE = "group_work"
    BINDINGS = [
        Binding("space", "pause", "key.pause", id="group_work.pause", tooltip="tip.pause"),
        Binding("plus,equals_sign", "more_time", "key.more_time", id="group_work.more_time",
                tooltip="tip.more_time"),
        Binding("q", "qr", "key.qr", id="group_work.qr", tooltip="tip.qr"),
        Binding("v", "toggle_heard", "key.heard", id="group_work.heard", tooltip="tip.heard", show=False),
        Binding("left_square_bracket", "group(-1)", "key.previous_group", id="group_work.previous_group",
                tooltip="tip.previous_group"),
        Binding("right_square_bracket", "group(1)", "key.next_group", id="group_work.next_group",
                tooltip="tip.next_group"),
    ] + NAVIGATION

    def __init__(self) -> None:
        super().__init__()
        self.groups: list[Group] = []
        self.letters: dict[str, str] = {}
        self.checks: dict[str, GroupCheck] = {}
        """Each group's check of its notes, by group id, as last read."""

    def compose_body(self) -> ComposeResult:
        yield Countdown(id="countdown")
        yield FittingTabs(id="group-tabs")
        yield HeardLine(id="heard", markup=False)
        yield GroupCheckLine(id="group-check", markup=False)
        yield Static(t("group_work.no_groups"), id="no-groups", markup=False)
        yield NotesEditor(id="notes")

    def on_mount(self) -> None:
        self.query_one("#no-groups").display = False
        self.query_one(GroupCheckLine).display = False
        self.query_one("#notes-list").focus()

    def reload(self) -> None:
        info = self.app.phase_info
        if info is not None:
            running = info.current == self.PHASE
            held = [row for row in info.log if row["phase"] == self.PHASE and row["ended_at"]]
            ran = (clock(held[0]["started_at"]), clock(held[-1]["ended_at"])) if held and not running else None
            self.query_one(Countdown).configure(info.current_started_at() if running else None,
                                                info.planned_minutes(self.PHASE), running, ran,
                                                None if running else info.ran_seconds(self.PHASE))
        self.db(current_clock, self.PHASE, reply=ClockRead, then=self.query_one(Countdown).show_clock)
        self.db(list_groups, reply=GroupsLoaded, then=self._show_groups)
        self.db(list_roles, reply=RolesLoaded, then=self._keep_letters)
        self.db(group_checks, reply=GroupChecksRead, then=self._show_checks)

    def _show_checks(self, checks: dict[str, GroupCheck]) -> None:
        """Mark each group's tab, and say the chosen group's state above its notes."""
        self.checks = checks
        tabs = self.query_one(FittingTabs)
        for group in self.groups:
            tabs.rename(f"g-{group['id']}", tab_name(group["name"], checks.get(group["id"])))
        self._show_check()

    def _show_check(self) -> None:
        active = self.query_one(Tabs).active
        self.query_one(GroupCheckLine).show(self.checks.get(active[2:]) if active else None)

    def _keep_letters(self, roles: list[Role]) -> None:
        self.letters = {role["code"]: role["letter"] for role in roles}

    def on_notes_editor_shown(self, event: NotesEditor.Shown) -> None:
        """Who is heard in the group whose notes are now on screen (drawn while the line is hidden too)."""
        group = next((g for g in self.groups if g["id"] == event.group_id), None)
        self.query_one(HeardLine).show(None if group is None else
                                       who_is_heard(group["members"], self.letters, event.tags))
        if event.group_id is not None:
            # The leader's own edits reach the file without a ConferenceChanged: the group's check is read again.
            self.db(group_check, event.group_id, reply=GroupCheckRead, then=self._show_one_check)

    def _show_one_check(self, check: GroupCheck) -> None:
        self._show_checks({**self.checks, check.group_id: check})

    def action_toggle_heard(self) -> None:
        """Show or hide who is heard: hidden at first, since this screen may be on the projector."""
        line = self.query_one(HeardLine)
        line.wanted = not line.wanted

    def _show_groups(self, groups: list[Group]) -> None:
        tabs = self.query_one(Tabs)
        names = [(g["id"], g["name"]) for g in groups]
        if names != [(g["id"], g["name"]) for g in self.groups]:
            active = tabs.active
            tabs.clear()
            for group_id, name in names:
                tabs.add_tab(Tab(tab_name(name, self.checks.get(group_id)), id=f"g-{group_id}"))
            if active and any(f"g-{gid}" == active for gid, _ in names):
                tabs.active = active
        self.groups = groups
        self.query_one("#no-groups").display = not groups
        self.query_one(NotesEditor).display = bool(groups)
        self._show_active_group()

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        self._show_active_group()

    def _show_active_group(self) -> None:
        active = self.query_one(Tabs).active
        group_id = active[2:] if active else None
        self.query_one(NotesEditor).show_group(group_id)
        self._show_check()

    def action_group(self, step: int) -> None:
        """Show the previous or next group's notes."""
        tabs = self.query_one(Tabs)
        (tabs.action_next_tab if step > 0 else tabs.action_previous_tab)()

    def action_qr(self) -> None:
        """Show the chosen group's QR code across the screen (the evaluation form's comes first)."""
        active = self.query_one(Tabs).active
        ids = [f"g-{group['id']}" for group in self.groups]
        self.post_message(ShowQrCode(ids.index(active) + 1 if active in ids else 1))

    def action_pause(self) -> None:
        """Pause or resume the countdown (kept in the file, so a restart keeps it)."""
        countdown = self.query_one(Countdown)
        if not countdown.running:
            return
        at = clock_now()
        countdown.show_clock(countdown.clock.toggled(at))  # at once on screen; the file follows
        self.db(toggle_pause, self.PHASE, at, reply=ClockChanged, then=countdown.show_clock)

    def action_more_time(self) -> None:
        """Give the groups five more minutes."""
        countdown = self.query_one(Countdown)
        if not countdown.running:
            return
        countdown.show_clock(countdown.clock.with_more_minutes(MORE_MINUTES))
        self.db(add_minutes, self.PHASE, MORE_MINUTES, reply=ClockChanged, then=countdown.show_clock)
