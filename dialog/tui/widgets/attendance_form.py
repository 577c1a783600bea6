"""Setup: attendance counted by role, saved as it is typed."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, Label, Static, Tabs

from dialog.core.attendance import attendance, set_attendance
from dialog.core.errors import DialogError
from dialog.core.rows import RoleAttendance
from dialog.core.validation import count
from dialog.i18n import t
from dialog.i18n.names import local_name
from dialog.tui.save_timers import SaveTimers
from dialog.tui.store_client import StoreClient
from dialog.tui.store_replies import AttendanceLoaded, AttendanceSaved
from dialog.tui.unsaved import HoldsTypedText

if TYPE_CHECKING:
    from sqlite_utils import Database

class AttendanceForm(HoldsTypedText, StoreClient, VerticalScroll, can_focus=False):  # Tab goes to the counts
    """One number per role, the total below; nothing but counts, never names. Saved as typed."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.roles: list[RoleAttendance] = []
        self._save_timers = SaveTimers(self, self._save)
        self._filling = asyncio.Lock()

    def compose(self) -> ComposeResult:
        yield Static(t("attendance.intro"), classes="hint", markup=False)
        yield VerticalScroll(id="attendance-rows", can_focus=False)
        yield Static("", id="attendance-total", markup=False)

    def reload(self) -> None:
        """Read the counts again, unless the user is typing them."""
        if not self._save_timers.pending:
            self.db(attendance, reply=AttendanceLoaded, then=self._fill)

    async def _fill(self, rows: list[RoleAttendance]) -> None:
        # Two reloads can overlap (a screen shown while the file changed); the
        # lock keeps one from removing the inputs the other is filling.
        async with self._filling:
            await self._fill_now(rows)

    async def _fill_now(self, rows: list[RoleAttendance]) -> None:
        holder = self.query_one("#attendance-rows", VerticalScroll)
        if [r["code"] for r in rows] != [r["code"] for r in self.roles]:
            await holder.remove_children()
            await holder.mount_all(
                Horizontal(Label(f"{local_name(row)} ({row['letter']})", classes="role-label", markup=False),
                           Input(id=f"count-{row['code']}", restrict=r"[0-9]*", classes="count", compact=True),
                           classes="role-row")
                for row in rows)
            self.call_after_refresh(self._take_focus_if_waiting)
        self.roles = rows
        for row in rows:
            widget = self.query_one(f"#count-{row['code']}", Input)
            if not widget.has_focus:
                with widget.prevent(Input.Changed):
                    widget.value = str(row["count"]) if row["count"] else ""
        self._show_total()

    def _take_focus_if_waiting(self) -> None:
        # The tab was opened before the counts were read: put the cursor in the first count,
        # so the first digit typed is not lost on the tab bar.
        focused = self.screen.focused
        if (focused is None or isinstance(focused, Tabs)) and self.region.area and self.roles:
            self.query_one(f"#count-{self.roles[0]['code']}", Input).focus()

    def counts(self) -> dict[str, int]:
        """Read the typed counts (blank is 0)."""
        return {row["code"]: count(self.query_one(f"#count-{row['code']}", Input).value, row["code"])
                for row in self.roles}

    def _show_total(self) -> None:
        try:
            total = sum(self.counts().values())
        except DialogError as error:
            self.query_one("#attendance-total", Static).update(error.message())
            return
        self.query_one("#attendance-total", Static).update(t("attendance.total", total=total))

    def on_input_changed(self, event: Input.Changed) -> None:
        self._show_total()
        self._save_timers.typed()

    def flush_typed_text(self) -> None:
        """Send the counts now if they were typed since the last save (the app calls this on every way out)."""
        if self._save_timers.pending:
            self._save()

    def _save(self) -> None:
        self._save_timers.stop()
        try:
            counts = self.counts()
        except DialogError:
            return
        self.db(_store, {code: number for code, number in counts.items() if number}, reply=AttendanceSaved)


def _store(db: Database, counts: dict[str, int]) -> None:
    set_attendance(db, counts)
