"""Refusals and failures as small pages in the conference's language, never aiohttp's English one-liners.

Every status the room can answer with (400, 404, 405, 408, 413, 429, 500 …)
gets a title and a sentence that says what happened and what to do, with the
same security headers as every other page. A 404 on a page that needs the
room's cookie means the browser lost it (or the room was closed): the page says
to scan the QR code again. Nothing here logs; a failure's details could name
the client.
"""

from __future__ import annotations

import logging
from html import escape

from aiohttp import web

from dialog.core import room_urls as urls
from dialog.i18n import t
from dialog.web import pages
from dialog.web.room import ROOM
from dialog.web.security import HEADERS

MAX_BODY_KB = 16
"""The body limit as the page states it, in kB (the server's ``MAX_BODY`` is 16 KiB)."""

TEXTS: dict[str, tuple[str, str]] = {
    "bad_request": ("web.error.bad_request_title", "web.error.bad_request"),
    "not_found": ("web.error.not_found_title", "web.error.not_found"),
    "scan_again": ("web.error.scan_again_title", "web.error.scan_again"),
    "code_unknown": ("web.error.code_unknown_title", "web.error.code_unknown"),
    "method": ("web.error.method_title", "web.error.method"),
    "too_slow": ("web.error.too_slow_title", "web.error.too_slow"),
    "too_large": ("web.error.too_large_title", "web.error.too_large"),
    "too_many": ("web.error.too_many_title", "web.too_many"),
    "server": ("web.error.server_title", "web.error.server"),
}
"""Reason -> (title key, text key)."""

BY_STATUS = {400: "bad_request", 404: "not_found", 405: "method", 408: "too_slow", 413: "too_large",
             429: "too_many", 500: "server"}
"""The reason each status stands for when nothing more precise is known."""

CLOSES_CONNECTION = frozenset({400, 408, 413})
"""After these the connection is closed: what follows on it cannot be trusted to be a new request."""

_log = logging.getLogger(__name__)


def error_response(status: int, language: str, reason: str = "") -> web.Response:
    """A whole error page for ``status``, in ``language``, with the security headers."""
    reason = reason or BY_STATUS.get(status, "server" if status >= 500 else "bad_request")
    title_key, text_key = TEXTS[reason]
    title = t(title_key, language)
    body = f"<h1>{escape(title)}</h1><p>{escape(t(text_key, language, size=MAX_BODY_KB))}</p>"
    response = web.Response(status=status, text=pages.page(title, body, language), content_type="text/html")
    response.headers.update(HEADERS)
    if status in CLOSES_CONNECTION:
        response.force_close()
    return response


def _reason(request: web.Request, status: int) -> str:
    if status != 404:
        return ""
    resource = request.match_info.route.resource
    if resource is None:  # no such address
        return "not_found"
    if resource.canonical in urls.ENTRY_ROUTES:
        return "code_unknown"
    return "scan_again"  # a page of the room that did not know this browser: its cookie is gone


@web.middleware
async def error_pages(request: web.Request, handler):
    """Answer every refusal (4xx/5xx raised anywhere below) and every failure with a page in the room's language."""
    room = request.app.get(ROOM)
    language = room.language if room is not None else "en"
    try:
        return await handler(request)
    except web.HTTPException as refusal:
        if refusal.status < 400:
            raise  # redirects pass as they are
        response = error_response(refusal.status, language, _reason(request, refusal.status))
        for name in ("Allow", "Retry-After"):
            if name in refusal.headers:
                response.headers[name] = refusal.headers[name]
        return response
    except Exception as failure:  # noqa: BLE001 - the phone gets a page, never a traceback
        _log.debug("room: a request failed (%s)", type(failure).__name__)
        return error_response(500, language)
