"""The state of an open room: its tokens, the store, a CSRF secret and the rate limiter."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
import sqlite3
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field

from aiohttp import web

from dialog.core.access import RoomTokens
from dialog.core.errors import as_dialog_error
from dialog.core.store import Store

RATE_LIMIT = (60, 10.0)
"""At most 60 requests per client in any 10 seconds."""


@dataclass
class Room:
    """What the server knows: the store, the language, whether it is open, and the tokens."""

    store: Store
    language: str
    tokens: RoomTokens
    is_open: bool = True
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    recent: dict[str, deque] = field(default_factory=lambda: defaultdict(deque))

    def csrf_for(self, instance_id: str) -> str:
        """The CSRF token that belongs to one form instance."""
        return hmac.new(self.secret, instance_id.encode(), hashlib.sha256).hexdigest()

    def allow(self, client: str) -> bool:
        """Sliding-window rate limit per client, kept in memory only."""
        limit, window = RATE_LIMIT
        now = time.monotonic()
        seen = self.recent[client]
        while seen and now - seen[0] > window:
            seen.popleft()
        if len(seen) >= limit:
            return False
        seen.append(now)
        return True

    async def run(self, fn, *args, **kwargs):
        """Run ``fn(db, ...)`` on the store's writer thread without blocking the server's loop.

        A storage failure (the file busy past the wait, a full disk) is raised as a
        :class:`DialogError`, so the page sends the form back filled in, never a 500.
        """
        try:
            return await asyncio.wrap_future(self.store.submit(fn, *args, **kwargs))
        except (sqlite3.Error, OSError) as error:
            raise as_dialog_error(error) from error


ROOM = web.AppKey("room", Room)
"""Where the application keeps its room."""
