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

import hmac
import secrets

from aiohttp import web

from dialog.core.access import ensure_tokens
from dialog.core.errors import DialogError
from dialog.core.evaluation import add_response, list_questions
from dialog.core.plenary import list_roles
from dialog.core.store import Store
from dialog.i18n import t
from dialog.web import group_notes, pages
from dialog.web.room import ROOM, Room
from dialog.web.security import security_headers

MAX_BODY = 16 * 1024
"""Largest request body accepted, in bytes."""

COOKIE = "dialog_room"
@web.middleware
async def guard(request: web.Request, handler):
    """Closed room, rate limit and body size, before any handler runs."""
    room: Room = request.app[ROOM]
    if not room.is_open:
        raise web.HTTPNotFound()
    if not room.allow(request.remote or "?"):
        raise web.HTTPTooManyRequests(text=t("web.too_many", room.language))
    if request.content_length is not None and request.content_length > MAX_BODY:
        raise web.HTTPRequestEntityTooLarge(max_size=MAX_BODY, actual_size=request.content_length)
    return await handler(request)


def _has_evaluation_cookie(request: web.Request) -> bool:
    room: Room = request.app[ROOM]
    return hmac.compare_digest(request.cookies.get(COOKIE, ""), room.tokens.evaluation)


async def enter_evaluation(request: web.Request) -> web.Response:
    """Swap the QR code's token for a cookie and redirect to a clean URL."""
    room: Room = request.app[ROOM]
    if not hmac.compare_digest(request.match_info["token"], room.tokens.evaluation):
        raise web.HTTPNotFound()
    response = web.HTTPSeeOther("/form")
    response.set_cookie(COOKIE, room.tokens.evaluation, httponly=True, samesite="Strict", path="/")
    raise response


async def show_form(request: web.Request, error: str = "", status: int = 200) -> web.Response:
    """A fresh form with its own one-time instance id."""
    room: Room = request.app[ROOM]
    if not _has_evaluation_cookie(request):
        raise web.HTTPNotFound()
    questions, roles = await room.run(lambda db: (list_questions(db), list_roles(db)))
    instance_id = secrets.token_urlsafe(16)
    html = pages.evaluation_form(questions, roles, room.language, instance_id, room.csrf_for(instance_id), error)
    return web.Response(text=html, content_type="text/html", status=status)


async def submit_form(request: web.Request) -> web.Response:
    """Store one anonymous response; a repeat of the same form stores nothing more."""
    room: Room = request.app[ROOM]
    if not _has_evaluation_cookie(request):
        raise web.HTTPNotFound()
    form = await request.post()
    instance_id = str(form.get("instance_id", ""))
    if not instance_id or not hmac.compare_digest(str(form.get("csrf", "")), room.csrf_for(instance_id)):
        return web.Response(text=pages.problem(t("web.bad_form", room.language), room.language),
                            content_type="text/html", status=403)
    answers = {key[2:]: str(value) for key, value in form.items() if key.startswith("q_") and str(value).strip()}
    try:
        await room.run(add_response, answers, source="phone", instance_id=instance_id)
    except DialogError as error:
        return await show_form(request, error.message(room.language), status=400)
    raise web.HTTPSeeOther("/thanks")


async def thanks(request: web.Request) -> web.Response:
    """The thank-you page."""
    room: Room = request.app[ROOM]
    if not _has_evaluation_cookie(request):
        raise web.HTTPNotFound()
    return web.Response(text=pages.thanks(room.language), content_type="text/html")


def create_web_app(room: Room) -> web.Application:
    """The aiohttp application for one open room."""
    app = web.Application(middlewares=[security_headers, guard], client_max_size=MAX_BODY)
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
