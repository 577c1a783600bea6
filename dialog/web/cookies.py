"""The room's cookies: the one that admits a browser to the room, and the random id that tells one device from another.

Both are HttpOnly and SameSite=Strict. The device id is random, issued by the
room, and never tied to a person; nothing about it is stored as it is (group
notes keep ``web:ID`` as their author). The finding page has an id of its own
(:data:`VOTER_COOKIE`), of which the answers keep only an HMAC, see
:func:`dialog.core.room_answers.voter_key`.
"""

from __future__ import annotations

import re
import secrets

from aiohttp import web

from dialog.web.room import ROOM
from dialog.web.security import same_secret

ROOM_COOKIE = "dialog_room"
"""Holds the evaluation token once the QR code is scanned."""

DEVICE_COOKIE = "dialog_device"
"""Holds the device's random id."""

VOTER_COOKIE = "dialog_voter"
"""Holds the random id the finding page knows a phone by: a cookie of its own, never the group notes' device id
(which notes keep as their author), so a phone's answers to findings cannot be joined to notes written from it."""

DEVICE_ID = re.compile(r"[A-Za-z0-9_-]{16,40}")
"""What a device id we issue looks like (``secrets.token_urlsafe(16)``)."""


def set_cookie(response: web.StreamResponse, name: str, value: str) -> None:
    """Set one of the room's cookies on ``response`` (HttpOnly, SameSite=Strict, the whole site)."""
    response.set_cookie(name, value, httponly=True, samesite="Strict", path="/")


def admitted(request: web.Request) -> bool:
    """True when the browser holds the room cookie of the evaluation code now valid."""
    return same_secret(request.cookies.get(ROOM_COOKIE, ""), request.app[ROOM].tokens.evaluation)


def device_id(request: web.Request, cookie: str = DEVICE_COOKIE) -> str:
    """The device cookie's (or ``cookie``'s) value if it is one we could have issued, else "" (odd bytes count as
    no cookie)."""
    value = request.cookies.get(cookie, "")
    return value if DEVICE_ID.fullmatch(value) else ""


def new_device_id() -> str:
    """A fresh device id (128 random bits)."""
    return secrets.token_urlsafe(16)


def give_device_id(request: web.Request, response: web.StreamResponse, device: str = "") -> None:
    """Set the device cookie on ``response`` (to ``device``, or a fresh id) unless the browser already has one."""
    if not device_id(request):
        set_cookie(response, DEVICE_COOKIE, device or new_device_id())
