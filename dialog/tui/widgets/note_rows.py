"""Group notes as rows of a list: one line per note, and bringing a list up to date row by row."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import ListItem, ListView

from dialog.core.rows import Note, Wording
from dialog.i18n import t

KIND_STYLES = {
    "works_well": "green", "works_less_well": "red", "new_angle": "magenta",
    "quote": "cyan", "measure": "dark_orange", "other": "",
}


class DraftNote(Wording):
    """A note typed on this screen as a group's notes list shows it while its words are on their way to the file.

    ``unsaved`` is True once a save of it failed: the row is marked until one lands.
    """

    id: str
    group_id: str
    unsaved: bool


ShownNote = Note | DraftNote
"""A row of a group's notes list: a note as the file holds it, or one typed here not yet saved as typed."""


def note_line(note: Wording) -> Text:
    """Render one wording (a note, an earlier wording, a :class:`DraftNote`) as ``[Kind] B2: text``.

    A draft whose save failed is marked: its words are not in the file yet.
    """
    line = Text()
    line.append(f"[{t('note_kind.' + note['kind'])}] ", style=KIND_STYLES.get(note["kind"], ""))
    if note["role_letter"]:
        line.append(f"{note['role_letter']}: ", style="bold")
    line.append(note["text"])
    if note.get("unsaved"):
        line.append(f"  {t('notes.unsaved_mark')}", style="bold yellow")
    return line


class NoteRow(ListItem):
    """One note in a list: the row draws its line itself.

    A row with a :class:`~textual.widgets.Label` inside was two widgets per note,
    each with its own message queue and styles; at 1,000 notes in a group that
    was some 60 MiB for one list, about half of it the labels.
    """

    def __init__(self, line: Text) -> None:
        super().__init__()
        self._line = line

    @property
    def content(self) -> Text:
        """The line this row shows."""
        return self._line

    def update(self, line: Text) -> None:
        """Show ``line`` instead (it may wrap over another number of lines)."""
        self._line = line
        self.refresh(layout=True)

    def render(self) -> Text:
        return self._line


async def show_rows(listing: ListView, shown: Sequence[ShownNote], rows: Sequence[ShownNote]) -> None:
    """Make ``listing``, which shows ``shown``, show ``rows``, touching only the rows that changed.

    Rebuilding every row on each change made elsewhere cost a few hundred
    milliseconds in a group of a few hundred notes, long enough for keys typed
    meanwhile to reach the wrong field; now a new note from a laptop adds one row.
    """
    items = list(listing.query_children(NoteRow))
    if len(items) != len(shown):  # the list and what it is known to show disagree: start afresh
        await listing.clear()
        items, shown = [], []
    for item, before, after in zip(items, shown, rows):
        if before != after:
            item.update(note_line(after))
    if len(items) > len(rows):
        await listing.remove_items(range(len(rows), len(items)))
    elif len(rows) > len(items):
        await listing.extend(NoteRow(note_line(note)) for note in rows[len(items):])
