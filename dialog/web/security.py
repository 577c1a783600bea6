"""Response headers every page of the participation server carries, and comparing secrets."""

from __future__ import annotations

import hmac

from aiohttp import web

from dialog.web.follow_script import SCRIPT_HASH
from dialog.web.pages import STYLE_HASH

CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; style-src '{STYLE_HASH}'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
"""Nothing loads but the page itself and its one hashed style sheet; no scripts at all."""

FINDING_CSP = CONTENT_SECURITY_POLICY.replace(
    "default-src 'none';", f"default-src 'none'; script-src '{SCRIPT_HASH}'; connect-src 'self';")
"""The finding page's policy: the same, plus its one hashed inline script and its questions back to the room."""

HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Server": "dialog",  # no versions: they only help someone looking for a known hole
}


@web.middleware
async def security_headers(request: web.Request, handler):
    """Add the headers to answers and to refusals alike (a page that set its own policy keeps it)."""
    try:
        response = await handler(request)
    except web.HTTPException as refusal:
        refusal.headers.update(HEADERS)
        raise
    policy = response.headers.get("Content-Security-Policy")
    response.headers.update(HEADERS)
    if policy == FINDING_CSP:  # the only other policy there is; anything else is replaced by the strict one
        response.headers["Content-Security-Policy"] = policy
    return response


def same_secret(sent: str, expected: str) -> bool:
    """Compare a token, cookie or CSRF value in constant time; any characters at all may be sent.

    ``hmac.compare_digest`` refuses non-ASCII strings with a TypeError (a 500);
    as UTF-8 bytes every value compares, and an odd one is simply wrong.
    """
    return hmac.compare_digest(sent.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass"))
