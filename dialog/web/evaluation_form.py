"""The evaluation form for phones: each form is stored once, and a device remembers which one it is on.

The addresses, all without JavaScript (lynx works as well as a phone):

``/e/TOKEN``
    the QR code: its token is swapped for the room cookie, then ``/form`` (or,
    while the leader shows a finding, ``/finding``).
``/form``
    sends the device on to its current form, ``/form/ID``; a cookie remembers ``ID``.
``/form/ID``
    the form with the one-time id ``ID``; once ``ID`` is stored, "already received".
``POST /form``
    stores the answers once per ``ID`` (a repeat stores nothing), then ``/thanks``.
``POST /form/new``
    a new, empty form on purpose (a phone that several people share).

Why the id is in the address: the browser's Back button loads the page again
(nothing is cached) and types the answers back in; at ``/form/ID`` it gets
"already received" instead of a fresh form that would be stored a second time,
and a copy of the old form still in memory carries the old id, which is stored
once. The cookie holds the id of the device's current form only; nothing about
the device is stored with the answers.
"""

from __future__ import annotations

import re
import secrets

from aiohttp import web

from dialog.core import room_urls as urls
from dialog.core.attendance import list_roles
from dialog.core.errors import DialogError
from dialog.core.evaluation import add_response, list_questions, response_received
from dialog.core.room_answers import finding_to_answer
from dialog.i18n import t
from dialog.web import pages
from dialog.web.cookies import ROOM_COOKIE, admitted, set_cookie
from dialog.web.error_pages import error_response
from dialog.web.room import ROOM, Room
from dialog.web.security import same_secret

FORM_COOKIE = "dialog_form"
"""Holds the one-time id of the form this device is on (random; never stored with the answers)."""

INSTANCE_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")
"""What a form's one-time id looks like (``secrets.token_urlsafe(16)``); anything else gets a new one."""

ANOTHER_FORM = "another-form"
"""What the CSRF token of the "fill in another form" button is bound to."""


def new_instance_id() -> str:
    """A fresh one-time id for one form (128 random bits)."""
    return secrets.token_urlsafe(16)


def scan_again(room: Room, reason: str = "scan_again") -> web.Response:
    """The page for a device whose cookie (or, with ``reason`` "code_unknown", whose code) does not open the room."""
    return error_response(403, room.language, reason)


async def enter_evaluation(request: web.Request) -> web.StreamResponse:
    """Swap the QR code's token for cookies and redirect to a clean URL.

    While the leader shows a finding in the presentation, that is the finding's
    page (:mod:`dialog.web.findings`); otherwise the evaluation form.
    """
    room: Room = request.app[ROOM]
    if not same_secret(request.match_info["token"], room.tokens.evaluation):
        return scan_again(room, "code_unknown")
    try:
        showing = await room.run(finding_to_answer)
    except DialogError:  # the file busy past the wait: the form needs nothing from it yet
        showing = None
    response = web.HTTPSeeOther(urls.FORM if showing is None else urls.FINDING)
    set_cookie(response, ROOM_COOKIE, room.tokens.evaluation)
    raise response


async def current_form(request: web.Request) -> web.StreamResponse:
    """Send the device to the form it is on, or to a new one (remembered in its cookie)."""
    room: Room = request.app[ROOM]
    if not admitted(request):
        return scan_again(room)
    remembered = request.cookies.get(FORM_COOKIE, "")
    instance_id = remembered if INSTANCE_ID.fullmatch(remembered) else new_instance_id()
    response = web.HTTPSeeOther(urls.form_path(instance_id))
    if instance_id != remembered:
        set_cookie(response, FORM_COOKIE, instance_id)
    raise response


async def show_form(request: web.Request) -> web.StreamResponse:
    """The form with the one-time id in the address; "already received" once that form is stored."""
    room: Room = request.app[ROOM]
    if not admitted(request):
        return scan_again(room)
    instance_id = request.match_info["instance_id"]
    if not INSTANCE_ID.fullmatch(instance_id):
        raise web.HTTPSeeOther(urls.FORM)
    if await room.run(response_received, instance_id):
        return _received(room, already=True)
    return await _form_page(request, instance_id)


async def _form_page(request: web.Request, instance_id: str, error: str = "", status: int = 200,
                     answers: dict[str, str] | None = None) -> web.Response:
    room: Room = request.app[ROOM]
    questions, roles = await room.run(lambda db: (list_questions(db), list_roles(db)))
    html = pages.evaluation_form(questions, roles, room.language, instance_id, room.csrf_for(instance_id), error,
                                 answers)
    return web.Response(text=html, content_type="text/html", status=status)


async def submit_form(request: web.Request) -> web.StreamResponse:
    """Store one anonymous response; the same form sent again stores nothing and says it was received.

    A refused send (an out-of-date form, a bad answer, an empty form) shows the
    form again with every answer as it was given, under the same one-time id.
    """
    room: Room = request.app[ROOM]
    if not admitted(request):
        return scan_again(room)
    form = await request.post()
    instance_id = str(form.get("instance_id", ""))
    answers = {key[2:]: str(value) for key, value in form.items() if key.startswith("q_") and str(value).strip()}
    if not INSTANCE_ID.fullmatch(instance_id):
        return await _form_page(request, new_instance_id(), t("web.form_expired", room.language), 403, answers)
    if not same_secret(str(form.get("csrf", "")), room.csrf_for(instance_id)):
        return await _form_page(request, instance_id, t("web.form_expired", room.language), 403, answers)
    try:
        stored = await room.run(add_response, answers, source="phone", instance_id=instance_id)
    except DialogError as error:
        return await _form_page(request, instance_id, error.message(room.language), 400, answers)
    response = web.HTTPSeeOther(urls.THANKS if stored else urls.form_path(instance_id))
    set_cookie(response, FORM_COOKIE, instance_id)  # a reload or a new scan now finds it received
    raise response


def _received(room: Room, *, already: bool) -> web.Response:
    html = pages.received(room.language, room.csrf_for(ANOTHER_FORM), already=already)
    return web.Response(text=html, content_type="text/html")


async def thanks(request: web.Request) -> web.Response:
    """The thank-you page, with a button for another form."""
    room: Room = request.app[ROOM]
    if not admitted(request):
        return scan_again(room)
    return _received(room, already=False)


async def another_form(request: web.Request) -> web.StreamResponse:
    """Start a new, empty form on purpose; without a valid CSRF token, back to the current one."""
    room: Room = request.app[ROOM]
    if not admitted(request):
        return scan_again(room)
    form = await request.post()
    if not same_secret(str(form.get("csrf", "")), room.csrf_for(ANOTHER_FORM)):
        raise web.HTTPSeeOther(urls.FORM)
    instance_id = new_instance_id()
    response = web.HTTPSeeOther(urls.form_path(instance_id))
    set_cookie(response, FORM_COOKIE, instance_id)
    raise response


def add_routes(app: web.Application) -> None:
    """Register the evaluation form's routes."""
    app.router.add_get(urls.EVALUATION_ENTRY, enter_evaluation)
    app.router.add_get(urls.FORM, current_form)
    app.router.add_post(urls.FORM, submit_form)
    app.router.add_post(urls.NEW_FORM, another_form)
    app.router.add_get(urls.FORM_INSTANCE, show_form)
    app.router.add_get(urls.THANKS, thanks)
