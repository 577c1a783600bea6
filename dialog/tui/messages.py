"""Messages the app sends to the screen on show."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.message import Message


@dataclass
class ConferenceChanged(Message, bubble=False):
    """Another process (a second terminal, the phone server) wrote to the file."""


@dataclass
class FileDamaged(Message, bubble=False):
    """A read or write of the open conference at ``path`` found its file damaged; ``reason`` is SQLite's word."""

    path: Path
    reason: str
