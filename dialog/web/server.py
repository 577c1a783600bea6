"""The participation server: phones fill in the evaluation form over the room's network.

Security on a plain-HTTP LAN (after OWASP ASVS 5.0 level 1 where it applies):
the QR token (128 bits) is swapped for an HttpOnly, SameSite=Strict cookie
with a redirect to a clean URL; every form carries a CSRF token bound to its
one-time instance id, signed with a secret kept in the conference file (how
a form is stored once: :mod:`dialog.web.evaluation_form`); bodies over 16 KiB
are refused before they are read; a per-client rate limit is kept in memory
only; a closed room answers 404 to everything; no static files and no access
log. Responses are anonymous: no
address, no time and no cookie beyond the room token are stored (an answer to a
finding is stored under an HMAC of the device's random cookie, never the cookie).
No page needs JavaScript; the finding page alone carries one small inline script,
allowed by its hash (:mod:`dialog.web.follow_script`).
"""

from __future__ import annotations

from aiohttp import web

from dialog.core.access import RoomTokens, ensure_room_secret, ensure_tokens
from dialog.core.store import Store
from dialog.i18n import t
from dialog.web import evaluation_form, findings, group_notes
from dialog.web.error_pages import error_pages
from dialog.web.room import ROOM, Room
from dialog.web.room_connection import note_request, read_body_in_time
from dialog.web.security import security_headers

MAX_BODY = 16 * 1024
"""Largest request body accepted, in bytes."""


@web.middleware
async def guard(request: web.Request, handler):
    """Closed room, rate limit, body size and the body itself (read in time), before any handler runs."""
    room: Room = request.app[ROOM]
    if not room.is_open:
        raise web.HTTPNotFound()
    if not room.allow(request.remote or "?"):
        raise web.HTTPTooManyRequests(text=t("web.too_many", room.language))
    if request.content_length is not None and request.content_length > MAX_BODY:
        raise web.HTTPRequestEntityTooLarge(max_size=MAX_BODY, actual_size=request.content_length)
    await read_body_in_time(request)
    return await handler(request)


def create_web_app(room: Room) -> web.Application:
    """The aiohttp application for one open room."""
    app = web.Application(middlewares=[note_request, security_headers, error_pages, guard], client_max_size=MAX_BODY)
    app[ROOM] = room
    evaluation_form.add_routes(app)
    group_notes.add_routes(app)
    findings.add_routes(app)
    return app


def _room_keys(db) -> tuple[RoomTokens, bytes]:
    return ensure_tokens(db), ensure_room_secret(db)


def open_room(store: Store, language: str) -> Room:
    """Load (or create) the room's tokens and its CSRF secret (both kept in the file) and return an open room."""
    tokens, secret = store.submit(_room_keys).result()
    return Room(store=store, language=language, tokens=tokens, secret=secret)
