"""A one-line text field that keeps every line of a paste.

Textual's :class:`~textual.widgets.Input` keeps only the first line of pasted
text; a paragraph copied from an e-mail or a Word document would lose the
rest without a sign. Here the lines are joined with spaces instead, so
nothing pasted is lost (the text gate cleans the rest when it is saved).
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class PasteInput(Input):
    """An :class:`Input` whose paste keeps all the pasted lines, joined by spaces."""

    def _on_paste(self, event: events.Paste) -> None:
        if event.text:
            text = " ".join(line.strip() for line in event.text.splitlines() if line.strip())
            if self.max_length:
                text = text[: max(0, self.max_length - len(self.value) + len(self.selected_text))]
            if self.selection.is_empty:
                self.insert_text_at_cursor(text)
            else:
                self.replace(text, *self.selection)
        event.stop()
        event.prevent_default()  # Textual would otherwise run Input's own paste too, and insert the first line again
