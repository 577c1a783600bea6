"""Identifiers and timestamps used across the model."""

from __future__ import annotations

from datetime import datetime


def new_id() -> str:
    """Return a random UUID string, so files from many laptops merge without clashes."""
    import uuid  # with platform, some milliseconds that a command reading files (dialog list) does not need

    return str(uuid.uuid4())


def now_iso() -> str:
    """Return the local time with its UTC offset, to the second (ISO 8601)."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def hhmm(iso: str | None) -> str:
    """Return the HH:MM of an ISO timestamp, or an empty string for none or nonsense."""
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).strftime("%H:%M")
    except ValueError:
        return ""
