"""Messages the app sends to the screen on show."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class ConferenceChanged(Message, bubble=False):
    """Another process (a second terminal, the phone server) wrote to the file."""
