"""The room's answers to the finding on the projector: the count as phones answer, the distribution once revealed.

The distribution stays hidden until the leader reveals it (``r``), so the room
answers without seeing how the others did; with fewer than
:data:`~dialog.core.evaluation.MIN_RESPONDENTS` answers revealing shows only a
line saying so. The phones' comments are counted, never shown: they go to the
minutes, where the privacy check reads them first.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Static

from dialog.core.anonymity import HIDDEN
from dialog.core.evaluation import MIN_RESPONDENTS
from dialog.core.room_answers import RoomTally
from dialog.core.vocabulary import FINDING_RESPONSES
from dialog.i18n import t

BAR_CELLS = 12
"""The width of the longest bar (the response most answered); any other with an answer gets at least one block."""

COLUMN_GAP = 4
"""Blank cells between two columns of the distribution."""


def bar_cells(count: int, most: int) -> int:
    """How many blocks ``count`` answers get when the response most answered has ``most`` (at least one for any)."""
    if count <= 0 or most <= 0:
        return 0
    return max(1, round(count / most * BAR_CELLS))


def distribution_lines(responses: Mapping[str, int], width: int) -> list[Text]:
    """Each response with its key, a bar and its count (``1 Bekreftet  ████ 5``), two to a line when they fit."""
    total, most = sum(responses.values()), max(responses.values(), default=0)
    labels = {response: f"{number} {t('response.' + response)}"
              for number, response in enumerate(FINDING_RESPONSES, start=1)}
    label_cells = max(cell_len(label) for label in labels.values())
    count_cells = len(str(total))
    cells = []
    for response in FINDING_RESPONSES:
        count = responses.get(response, 0)
        blocks = bar_cells(count, most)
        cell = Text(labels[response] + " " * (label_cells - cell_len(labels[response]) + 1))
        cell.append("█" * blocks, style="bold")
        cell.append(" " * (BAR_CELLS - blocks + 1) + str(count).rjust(count_cells))
        cells.append(cell)
    per_line = 2 if 2 * cell_len(cells[0].plain) + COLUMN_GAP <= width else 1
    lines = []
    for start in range(0, len(cells), per_line):
        line = Text(" " * COLUMN_GAP).join(cells[start:start + per_line])
        lines.append(line)
    return lines


def role_line(tally: RoomTally, role_names: Mapping[str, str]) -> Text | None:
    """The answers per role group as counts for responses 1/2/3/4, or None when the tally has no breakdown."""
    if not tally.by_role:
        return None
    groups = []
    for group in tally.by_role:
        name = t("presentation.room_role_hidden") if group.role_code == HIDDEN else role_names.get(
            group.role_code, group.role_code)
        counts = "/".join(str(group.responses.get(response, 0)) for response in FINDING_RESPONSES)
        groups.append(f"{name} {counts}")
    return Text(t("presentation.room_by_role", groups=" · ".join(groups)))


def room_answers_text(tally: RoomTally, role_names: Mapping[str, str], width: int) -> Text:
    """What the leader's screen says of the room's answers (see the module's docstring)."""
    text = Text(t("presentation.room_count", count=tally.count), style="bold")
    if tally.comments:  # how many, never what: the minutes show them, after the privacy check
        text.append(" · " + t("presentation.room_comments", count=len(tally.comments)))
    text.append("  " + t("presentation.room_hide" if tally.revealed else "presentation.room_reveal"), style="dim")
    if not tally.revealed:
        return text
    if tally.responses is None:
        text.append("\n" + t("presentation.room_too_few", minimum=MIN_RESPONDENTS))
        return text
    for line in distribution_lines(tally.responses, width):
        text.append("\n")
        text.append_text(line)
    roles = role_line(tally, role_names)
    if roles is not None:
        text.append("\n")
        text.append_text(roles)
    return text


class RoomAnswersView(Static):
    """The room's answers to the finding on screen; empty (and hidden) while there is no finding."""

    def __init__(self, **options) -> None:
        super().__init__("", markup=False, **options)
        self.tally: RoomTally | None = None
        self.role_names: dict[str, str] = {}
        self.display = False

    def show(self, tally: RoomTally | None, role_names: Mapping[str, str]) -> None:
        """Show ``tally`` (None: no finding on screen) with the role groups named by ``role_names`` (code -> name)."""
        self.tally, self.role_names = tally, dict(role_names)
        self._draw()

    def _draw(self) -> None:
        self.display = self.tally is not None
        if self.tally is not None:
            width = self.content_region.width or self.app.size.width - 2
            self.update(room_answers_text(self.tally, self.role_names, width))

    def on_resize(self) -> None:
        self._draw()
