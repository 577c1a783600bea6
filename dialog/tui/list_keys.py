"""Home and End go to the first and the last row of whatever list has the cursor.

Textual's lists scroll on Home and End but leave the highlight where it was, so
``End d`` deleted the row at the top. The app catches the two keys before the
list does, whatever screen the list is on, and moves the highlight itself;
anywhere else (a text field, a scrolling text) the keys go on as usual.
"""

from __future__ import annotations

from textual.actions import SkipAction
from textual.binding import Binding
from textual.widget import Widget

from dialog.tui.typed_app import AppPart

LIST_KEYS = [
    Binding("home", "list_edge(-1)", show=False, priority=True),
    Binding("end", "list_edge(1)", show=False, priority=True),
]
"""For the App's BINDINGS (priority, so they come before the list's own scrolling keys)."""


def move_to_edge(widget: Widget | None, end: int) -> bool:
    """Put ``widget``'s highlight on its first (``end`` < 0) or last row; False if it is not such a list."""
    from textual.widgets import DataTable, ListView  # loaded with the first Home/End, not at start-up

    if isinstance(widget, ListView):
        rows = [number for number, item in enumerate(widget.children) if not item.disabled]
        if rows:
            widget.index = rows[-1] if end > 0 else rows[0]
        return True
    if isinstance(widget, DataTable) and widget.show_cursor and widget.cursor_type == "row":
        if widget.row_count:
            widget.move_cursor(row=widget.row_count - 1 if end > 0 else 0)
        return True
    return False


class ListKeys(AppPart):
    """Mixin for the App: the action behind :data:`LIST_KEYS`."""

    def action_list_edge(self, end: int) -> None:
        """First or last row of the focused list; any other widget gets the key as if this were not here."""
        if not move_to_edge(self.focused, end):
            raise SkipAction()
