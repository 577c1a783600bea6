"""The participation server: phones fill in the evaluation form over the room's network.

Security on a plain-HTTP LAN (after OWASP ASVS 5.0 level 1 where it applies):
the QR token (128 bits) is swapped for an HttpOnly, SameSite=Strict cookie
with a redirect to a clean URL; every form carries a CSRF token bound to its
one-time instance id; bodies over 16 KiB are refused before they are read; a
per-client rate limit is kept in memory only; a closed room answers 404 to
everything; no static files and no access log. Responses are anonymous: no
address, no time and no cookie beyond the room token are stored.
"""

from __future__ import annotations

import re
import secrets

from aiohttp import web

from dialog.core.access import ensure_tokens
from dialog.core.errors import DialogError
from dialog.core.evaluation import add_response, list_questions
from dialog.core.plenary import list_roles
from dialog.core.store import Store
from dialog.i18n import t
from dialog.web import group_notes, pages
from dialog.web.error_pages import error_pages
from dialog.web.room import ROOM, Room
from dialog.web.room_connection import note_request, read_body_in_time
from dialog.web.security import security_headers, same_secret

MAX_BODY = 16 * 1024
"""Largest request body accepted, in bytes."""

COOKIE = "dialog_room"

INSTANCE_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")
"""What a form's one-time id looks like (``secrets.token_urlsafe(16)``); anything else gets a new one."""
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


def _has_evaluation_cookie(request: web.Request) -> bool:
    room: Room = request.app[ROOM]
    return same_secret(request.cookies.get(COOKIE, ""), room.tokens.evaluation)


async def enter_evaluation(request: web.Request) -> web.Response:
    """Swap the QR code's token for a cookie and redirect to a clean URL."""
    room: Room = request.app[ROOM]
    if not same_secret(request.match_info["token"], room.tokens.evaluation):
        raise web.HTTPNotFound()
    response = web.HTTPSeeOther("/form")
    response.set_cookie(COOKIE, room.tokens.evaluation, httponly=True, samesite="Strict", path="/")
    raise response


async def show_form(request: web.Request) -> web.Response:
    """A fresh form with its own one-time instance id."""
    return await _form_page(request)


async def _form_page(request: web.Request, error: str = "", status: int = 200, instance_id: str = "",
                     answers: dict[str, str] | None = None) -> web.Response:
    room: Room = request.app[ROOM]
    if not _has_evaluation_cookie(request):
        raise web.HTTPNotFound()
    questions, roles = await room.run(lambda db: (list_questions(db), list_roles(db)))
    instance_id = instance_id or secrets.token_urlsafe(16)
    html = pages.evaluation_form(questions, roles, room.language, instance_id, room.csrf_for(instance_id), error,
                                 answers)
    return web.Response(text=html, content_type="text/html", status=status)


async def submit_form(request: web.Request) -> web.Response:
    """Store one anonymous response; a repeat of the same form stores nothing more.

    A refused send (an out-of-date form, a bad answer) shows the form again
    with every answer as it was typed, under the same one-time id.
    """
    room: Room = request.app[ROOM]
    if not _has_evaluation_cookie(request):
        raise web.HTTPNotFound()
    form = await request.post()
    instance_id = str(form.get("instance_id", ""))
    answers = {key[2:]: str(value) for key, value in form.items() if key.startswith("q_") and str(value).strip()}
    if not instance_id or not same_secret(str(form.get("csrf", "")), room.csrf_for(instance_id)):
        kept_id = instance_id if INSTANCE_ID.fullmatch(instance_id) else ""
        return await _form_page(request, t("web.form_expired", room.language), 403, kept_id, answers)
    try:
        await room.run(add_response, answers, source="phone", instance_id=instance_id)
    except DialogError as error:
        return await _form_page(request, error.message(room.language), 400, instance_id, answers)
    raise web.HTTPSeeOther("/thanks")


async def thanks(request: web.Request) -> web.Response:
    """The thank-you page."""
    room: Room = request.app[ROOM]
    if not _has_evaluation_cookie(request):
        raise web.HTTPNotFound()
    return web.Response(text=pages.thanks(room.language), content_type="text/html")


def create_web_app(room: Room) -> web.Application:
    """The aiohttp application for one open room."""
    app = web.Application(middlewares=[note_request, security_headers, error_pages, guard], client_max_size=MAX_BODY)
    app[ROOM] = room
    app.router.add_get("/e/{token}", enter_evaluation)
    app.router.add_get("/form", show_form)
    app.router.add_post("/form", submit_form)
    app.router.add_get("/thanks", thanks)
    group_notes.add_routes(app)
    return app


def open_room(store: Store, language: str) -> Room:
    """Load (or create) the room's tokens and return an open room."""
    tokens = store.submit(ensure_tokens).result()
    return Room(store=store, language=language, tokens=tokens)
