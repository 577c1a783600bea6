"""Every address of the room in one place: the paths the participation server answers and the links on QR codes.

The server's routes, its redirects and forms, and the QR codes printed and
shown all take their paths from here, so a path changed here changes
everywhere at once.
"""

from __future__ import annotations

import ipaddress

DEFAULT_PORT = 8765
"""The participation server's default port."""

EVALUATION_ENTRY = "/e/{token}"
"""Where the evaluation QR code leads: sets the browser's cookie, then sends it on to :data:`FORM`."""

FORM = "/form"
"""The evaluation form this browser is filling in (GET), and where it is sent (POST)."""

NEW_FORM = "/form/new"
"""Asks for another blank form on this phone (a second participant sharing it)."""

FORM_INSTANCE = "/form/{instance_id}"
"""One form being filled in: Back and reload come here, never to a second blank form."""

THANKS = "/thanks"
"""What a phone shows once its form is stored."""

FINDING = "/finding"
"""The finding the leader shows now, with a form to answer it (GET), and where the answer is sent (POST)."""

FINDING_NOW = "/finding/now"
"""Which finding the leader shows now, as JSON (``{"id": ...}``), for the finding page's script to follow."""

GROUP_ENTRY = "/g/{token}"
"""Where a group's QR code leads: sets the browser's cookie, then sends it on to :data:`NOTES`."""

NOTES = "/notes"
"""The group's notes page (GET), and where a new note is sent (POST)."""

NOTE = "/notes/{note_id}"
"""One of the group's notes, to edit."""

CONFIRM_NOTES = "/check/confirm"
"""Where a group confirms its notes as the minutes will show them (POST)."""

FLAG_NOTE = "/check/flag/{note_id}"
"""One of the group's notes, to flag it to change with a line why."""

ENTRY_ROUTES = frozenset({EVALUATION_ENTRY, GROUP_ENTRY})
"""The addresses in the QR codes: a 404 there means the code is wrong, replaced or the room closed."""


def base_url(host: str, port: int = DEFAULT_PORT) -> str:
    """``http://HOST:PORT`` (IPv6 addresses in brackets)."""
    try:
        if ipaddress.ip_address(host).version == 6:
            host = f"[{host}]"
    except ValueError:
        pass
    return f"http://{host}:{port}"


def evaluation_url(base: str, token: str) -> str:
    """Where a phone opens the evaluation form."""
    return base + EVALUATION_ENTRY.format(token=token)


def group_url(base: str, token: str) -> str:
    """Where an assistant opens a group's notes page."""
    return base + GROUP_ENTRY.format(token=token)


def form_path(instance_id: str) -> str:
    """The path of one form being filled in."""
    return FORM_INSTANCE.format(instance_id=instance_id)


def note_path(note_id: str) -> str:
    """The path of one of a group's notes."""
    return NOTE.format(note_id=note_id)


def flag_path(note_id: str) -> str:
    """The path where a group flags one of its notes to change."""
    return FLAG_NOTE.format(note_id=note_id)
