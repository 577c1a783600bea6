"""The finding page for phones: each participant answers the finding the leader shows.

The addresses (the room cookie opens them all; the evaluation QR code leads
here while a finding is shown, see :func:`dialog.web.evaluation_form.enter_evaluation`):

``GET /finding``
    the finding the leader shows and a form to answer it, filled in with this
    device's answer once it has one (so it can be changed); or a line saying
    none is open. Reloading follows the leader.
``POST /finding``
    stores this device's answer (one per device and finding), then back to
    ``/finding``. Refused, storing nothing, when the leader has moved on or an
    answer is not one there is; everything typed stays on the page.
``GET /finding/now``
    ``{"id": ...}``: which finding is open (null for none), for the page's
    script to follow the leader (:mod:`dialog.web.follow_script`).

A device is known by a random cookie of this page's own (never the one group
notes keep as their author); what is stored is
:func:`~dialog.core.room_answers.voter_key` of it, never the cookie, an address
or a time. Every form's CSRF token is bound to the device and the finding.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aiohttp import web

from dialog.core import room_urls as urls
from dialog.core.attendance import list_roles
from dialog.core.errors import DialogError
from dialog.core.room_answers import (
    MAX_COMMENT,
    FindingAnswer,
    answer_finding,
    answers_closed,
    answers_shown_now,
    finding_to_answer,
    own_answer,
    voter_key,
)
from dialog.core.text_gate import clean_text
from dialog.core.vocabulary import FINDING_RESPONSES
from dialog.i18n import t
from dialog.web.cookies import VOTER_COOKIE, admitted, device_id, new_device_id, set_cookie
from dialog.web.error_pages import error_response
from dialog.web.finding_page import FindingScreen, Kept, finding_page
from dialog.web.room import ROOM, Room
from dialog.web.security import FINDING_CSP, same_secret

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_FINDING_ID = 100
"""Longest finding id read from a form (ours are UUIDs); anything longer cannot be one."""


@dataclass(frozen=True)
class Refusal:
    """Why an answer was not stored: the catalogue key of the one line that says so, its values, the status."""

    key: str
    status: int
    params: dict[str, object] = field(default_factory=dict)


def _csrf(room: Room, finding_id: str, device: str) -> str:
    return room.csrf_for(f"finding\x00{finding_id}\x00{device}")


def _screen(db: Database, secret: bytes, device: str) -> FindingScreen:
    finding = finding_to_answer(db)
    own = own_answer(db, finding["id"], voter_key(secret, device, finding["id"])) if finding else None
    return FindingScreen(finding, list_roles(db), own, answers_shown=finding is None and answers_shown_now(db))


def _title(db: Database, finding_id: str) -> str | None:
    row = db.execute("SELECT title FROM finding WHERE id = ?", [finding_id]).fetchone()
    return row[0] if row else None


def _page(request: web.Request, screen: FindingScreen, device: str, status: int = 200, **shown) -> web.Response:
    """The finding page for ``device`` (its cookie set when the browser had none), with its own script policy."""
    room: Room = request.app[ROOM]
    csrf = _csrf(room, screen.finding["id"], device) if screen.finding else ""
    response = web.Response(text=finding_page(screen, room.language, csrf, **shown), content_type="text/html",
                            status=status)
    response.headers["Content-Security-Policy"] = FINDING_CSP
    if device != device_id(request, VOTER_COOKIE):
        set_cookie(response, VOTER_COOKIE, device)
    return response


def _scan_again(room: Room) -> web.Response:
    return error_response(403, room.language, "scan_again")


async def show_finding(request: web.Request) -> web.Response:
    """The finding the leader shows, with this device's answer filled in; or that none is open."""
    room: Room = request.app[ROOM]
    if not admitted(request):
        return _scan_again(room)
    device = device_id(request, VOTER_COOKIE) or new_device_id()
    return _page(request, await room.run(_screen, room.secret, device), device)


def _store(db: Database, secret: bytes, device: str, finding_id: str, typed: FindingAnswer) -> Refusal | None:
    """Store the answer when the finding is still open and every part of it is one there is; else why not."""
    if _title(db, finding_id) is None:
        return Refusal("web.finding_unknown", 409)
    closed = answers_closed(db, finding_id)
    if closed is not None:
        return Refusal(closed, 409)
    if typed["response"] not in FINDING_RESPONSES:
        return Refusal("web.finding_choose", 400)
    length = len(clean_text(typed["comment"]))
    if length > MAX_COMMENT:
        return Refusal("web.finding_comment_long", 400, {"limit": MAX_COMMENT, "length": length})
    if typed["role_code"] and db.execute("SELECT 1 FROM role WHERE code = ?", [typed["role_code"]]).fetchone() is None:
        return Refusal("web.finding_role_unknown", 400)
    try:
        answer_finding(db, finding_id, voter_key(secret, device, finding_id), typed["response"], typed["comment"],
                       typed["role_code"])
    except DialogError as error:
        if error.key in ("error.finding_moved_on", "error.finding_answers_shown"):
            return Refusal(error.key, 409)
        raise
    return None


async def send_answer(request: web.Request) -> web.StreamResponse:
    """Store this device's answer to the open finding and go back to it; a refusal keeps everything typed."""
    room: Room = request.app[ROOM]
    if not admitted(request):
        return _scan_again(room)
    form = await request.post()
    finding_id = str(form.get("finding_id", ""))[:MAX_FINDING_ID]
    typed = FindingAnswer(response=str(form.get("response", "")), comment=str(form.get("comment", "")),
                          role_code=str(form.get("role", "")) or None)
    device = device_id(request, VOTER_COOKIE)
    if not device or not same_secret(str(form.get("csrf", "")), _csrf(room, finding_id, device)):
        return await _refused(request, finding_id, typed, t("web.form_expired", room.language), 403)
    try:
        refusal = await room.run(_store, room.secret, device, finding_id, typed)
    except DialogError as error:  # the file busy past the wait, a full disk
        return await _refused(request, finding_id, typed, error.message(room.language), 503)
    if refusal is not None:
        return await _refused(request, finding_id, typed, t(refusal.key, room.language, **refusal.params),
                              refusal.status)
    raise web.HTTPSeeOther(urls.FINDING)


async def _refused(request: web.Request, finding_id: str, typed: FindingAnswer, message: str,
                   status: int) -> web.Response:
    """The page again with one line saying why: ``typed`` in the form if it is for the finding still open,
    else quoted above the form of the finding open now (or the line that none is)."""
    room: Room = request.app[ROOM]
    device = device_id(request, VOTER_COOKIE) or new_device_id()
    screen, title = await room.run(lambda db: (_screen(db, room.secret, device), _title(db, finding_id)))
    if screen.finding is not None and screen.finding["id"] == finding_id:
        return _page(request, screen, device, status, typed=typed, error=message)
    return _page(request, screen, device, status, error=message, kept=Kept(title, typed))


async def finding_now(request: web.Request) -> web.Response:
    """``{"id": ...}``: the finding open now (null for none); nothing else, and only with the room cookie."""
    room: Room = request.app[ROOM]
    if not admitted(request):
        return _scan_again(room)
    finding = await room.run(finding_to_answer)
    return web.json_response({"id": finding["id"] if finding else None})


def add_routes(app: web.Application) -> None:
    """Register the finding page's routes."""
    app.router.add_get(urls.FINDING, show_finding)
    app.router.add_post(urls.FINDING, send_answer)
    app.router.add_get(urls.FINDING_NOW, finding_now)
