"""Where the group on screen stands with its notes: confirmed, flagged (which notes, and why), changed, not looked at.

Groups confirm their notes, or flag one to change, on their own page (a laptop
that scanned the group's code; see :mod:`dialog.core.group_checks`). The leader
sees the chosen group's state in one line above its notes, each flagged note
with the group's line why under it, and a mark on every group's tab.
"""

from __future__ import annotations

from textual.widgets import Static

from dialog.core.group_checks import GroupCheck
from dialog.core.ids_and_times import hhmm
from dialog.i18n import t
from dialog.tui.store_client import StoreReply

TAB_MARKS = {"confirmed": "✓", "flagged": "⚑", "changed": "≠", "not_looked_at": ""}
"""The mark before a group's name on its tab (the line above the notes says it in words)."""

FLAGS_SHOWN = 3
"""Flagged notes listed one per line; more are counted in one line."""

NOTE_WIDTH = 36
"""Characters of a flagged note's text shown beside the group's line why."""


class GroupChecksRead(StoreReply):
    """Every group's check of its notes was read (the value is group id -> :class:`GroupCheck`)."""


class GroupCheckRead(StoreReply):
    """One group's check of its notes was read again (the value is its :class:`GroupCheck`)."""


def tab_name(name: str, check: GroupCheck | None) -> str:
    """A group's tab name with its mark in front (none while the group has not looked at its notes)."""
    mark = TAB_MARKS.get(check.state, "") if check is not None else ""
    return f"{mark} {name}" if mark else name


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= NOTE_WIDTH else text[:NOTE_WIDTH - 1].rstrip() + "…"


def check_text(check: GroupCheck) -> str:
    """The state in one line; a flagged group's notes and reasons on the lines under it."""
    if check.state != "flagged":
        return t(f"group_check.line_{check.state}", time=hhmm(check.confirmed_at))
    lines = [t("group_check.line_flagged", count=len(check.flags))]
    for flag in check.flags[:FLAGS_SHOWN]:
        note = flag.note
        said = (f"{note['role_letter']}: " if note["role_letter"] else "") + _short(note["text"])
        lines.append(t("group_check.line_flag", note=said, reason=flag.reason))
    if len(check.flags) > FLAGS_SHOWN:
        lines.append(t("group_check.line_more", count=len(check.flags) - FLAGS_SHOWN))
    return "\n".join(lines)


class GroupCheckLine(Static):
    """The chosen group's check of its notes, above them; coloured by state, and said in words."""

    DEFAULT_CSS = """
    GroupCheckLine { height: auto; padding: 0 1; color: $text-muted; }
    GroupCheckLine.-confirmed { color: $success; }
    GroupCheckLine.-flagged { color: $warning; }
    GroupCheckLine.-changed { color: $warning; }
    """

    def show(self, check: GroupCheck | None) -> None:
        """Show ``check``; None (no group, or not read yet) hides the line."""
        for state in TAB_MARKS:
            self.set_class(check is not None and check.state == state, f"-{state}")
        self.display = check is not None
        self.update(check_text(check) if check is not None else "")
