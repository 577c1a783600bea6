"""What the app expects of the screens it talks to, as typed contracts instead of ``hasattr`` guesses.

The app tells the screen on show about three things: the phases (a move, a
reload, a phase on its way), the room (opened, closed, stopped on its own),
and it asks for the words at the top of the help. A screen takes part by
having the methods below; the checks are ``isinstance`` against these
protocols, so mypy knows the method is there once the check passed, and a
renamed method fails the type check instead of going silent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from dialog.core.phases import PhaseOverview


@runtime_checkable
class ShowsPhases(Protocol):
    """A screen with the phase bar and the conference in its title line (every phase screen)."""

    def show_phases(self, overview: PhaseOverview) -> None:
        """Draw the phase bar for ``overview`` and say the phase in the title line."""

    def show_title(self) -> None:
        """Put the screen's own title line back (or the phase on its way, while one is)."""


@runtime_checkable
class FollowsRoom(Protocol):
    """A screen that says whether the room is open (the phase screens' room line, the room window)."""

    def room_changed(self, error: str) -> None:
        """The room opened, closed or stopped; ``error`` is the one line to say when it failed ("" if not)."""


@runtime_checkable
class ExplainsKeys(Protocol):
    """A screen whose help starts with a few sentences of its own before the table of keys."""

    def help_text(self) -> str:
        """The sentences at the top of this screen's help."""
