"""Who is heard in the group on screen: notes per role letter beside members, and a quiet warning."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import Static

from dialog.core.heard import Heard
from dialog.i18n import t


def heard_text(heard: Heard) -> str:
    """One line of notes/members per role letter ("B 2/3 · T 5/2"), then a line for each warning."""
    voices = " · ".join(f"{role.letter} {role.notes}/{role.members}" for role in heard.roles)
    line = t("heard.line", voices=voices or "–")
    if heard.unattributed:
        line += " · " + t("heard.unattributed", count=heard.unattributed)
    return "\n".join([line] + ["⚠ " + t(warning.key, **warning.values) for warning in heard.warnings])


class HeardLine(Static):
    """For the leader's eyes: hidden until asked for (``wanted``), as the screen may be on the projector, and
    never on the plenary's large screen. Kept up to date while hidden, so it is right the moment it shows."""

    wanted: reactive[bool] = reactive(False)

    def __init__(self, **options) -> None:
        super().__init__(**options)
        self.heard: Heard | None = None
        self.display = False

    def show(self, heard: Heard | None) -> None:
        """Show ``heard`` (if wanted); None means there is no group."""
        self.heard = heard
        self.set_class(bool(heard and heard.warnings), "heard-warning")
        self.update(heard_text(heard) if heard is not None else "")
        self.display = self.wanted and heard is not None

    def watch_wanted(self, wanted: bool) -> None:
        self.display = wanted and self.heard is not None
