"""← and → move between a dialog's buttons, as they do in any desktop dialog.

Textual's buttons answer Tab only. Each dialog with a row of buttons puts
:data:`BUTTON_KEYS` in its BINDINGS and :class:`ButtonKeys` among its bases;
where the cursor is in a field rather than on a button, the arrows stay the
field's (a text field moves its cursor).
"""

from __future__ import annotations

from textual.actions import SkipAction
from textual.binding import Binding
from textual.widgets import Button

from dialog.tui.typed_app import TypedApp

BUTTON_KEYS = [
    Binding("left", "step_button(-1)", show=False),
    Binding("right", "step_button(1)", show=False),
]


class ButtonKeys(TypedApp):
    """Mixin for modal screens: the action behind :data:`BUTTON_KEYS`."""

    def action_step_button(self, step: int) -> None:
        """Put the cursor on the button left (-1) or right (1) of the focused one, in the same row."""
        focused = self.screen.focused  # the screen of a screen is itself
        if not isinstance(focused, Button) or focused.parent is None:
            raise SkipAction()
        row = [button for button in focused.parent.query_children(Button) if button.display and not button.disabled]
        if focused in row:
            row[max(0, min(len(row) - 1, row.index(focused) + step))].focus()
