"""Response headers every page of the participation server carries."""

from __future__ import annotations

from aiohttp import web

from dialog.web.pages import STYLE_HASH

CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; style-src '{STYLE_HASH}'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
"""Nothing loads but the page itself and its one hashed style sheet; no scripts at all."""

HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}


@web.middleware
async def security_headers(request: web.Request, handler):
    """Add the headers to answers and to refusals alike."""
    try:
        response = await handler(request)
    except web.HTTPException as refusal:
        refusal.headers.update(HEADERS)
        raise
    response.headers.update(HEADERS)
    return response
