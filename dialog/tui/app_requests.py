"""Messages a screen or widget posts to ask the app for something: they bubble up, and the app handles them.

The app's methods behind them (``DialogApp.show_qr``, ``RoomControl.open_the_room`` …)
stay the app's own; a screen or widget never calls them. A message is handled
a moment after it is posted, within the same key's effect (the next key waits
for it: dialog/tui/key_order.py). Where a caller needs the answer at once – a
key hold, typed text sent before a screen is left – it calls the typed app
instead (dialog/tui/typed_app.py).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from dialog.export.qr_codes import RoomCode


@dataclass
class ShowQrCode(Message):
    """Show room code ``index`` across the screen (0 is the evaluation form, then one per group)."""

    index: int = 0


@dataclass
class OpenConference(Message):
    """Open the conference at ``path`` (the screen in use says ``name`` is opening, else the file's name).

    ``instead_of``: work the asking screen says is under way (dialog/tui/under_way.py) that the opening takes over;
    its line goes on to say the conference is opening, never back to the screen's own title in between.
    """

    path: Path
    name: str | None = None
    instead_of: Hashable | None = None


@dataclass
class ShowAfterSaying(Message):
    """Say ``text`` on the screen in use; after that frame, ``show()`` builds and shows a screen that is slow to."""

    text: str
    show: Callable[[], object]


@dataclass
class ReloadPhases(Message):
    """The plan changed: read the phases again and redraw the phase bar."""


@dataclass
class RefreshConferenceLabel(Message):
    """The facts were saved: read district, date and language again for the title line."""


@dataclass
class OpenRoom(Message):
    """Open the room for phones and laptops on ``host:port`` (closing any room already open)."""

    host: str
    port: int


@dataclass
class CloseRoom(Message):
    """Close the room: every address answers 404 from the first moment."""


@dataclass
class LoadRoomCodes(Message):
    """Read the room's codes; ``then(codes)`` runs on ``asker``, or ``failed(text)`` when they cannot be read."""

    asker: DOMNode
    then: Callable[[list[RoomCode]], None]
    failed: Callable[[str], None] | None = None


@dataclass
class RenewRoomCodes(Message):
    """Ask, then revoke every room code and make new ones; ``then(codes)`` runs on ``asker`` (None: room closed)."""

    asker: DOMNode
    then: Callable[[list[RoomCode] | None], None]
