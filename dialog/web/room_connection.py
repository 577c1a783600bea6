"""Each connection to the room, timed and counted, so a slow or hostile device cannot starve it.

aiohttp's server reads a request's headers for as long as the client cares to
send them, one byte at a time if it likes, and a body likewise; each such
connection holds a file descriptor. Here every connection is aiohttp's own
:class:`~aiohttp.web_protocol.RequestHandler` with four additions:

- :class:`~dialog.web.connection_guard.ConnectionGuard` admits it (or closes it
  at once) and may close it later to make room for another client;
- a timer gives it ``head_timeout`` seconds, from connecting or from its last
  answer, to deliver a request's line and headers, else it is closed;
- :func:`read_body_in_time` gives a request ``body_timeout`` seconds for its
  body, before any handler runs (408 page, connection closed);
- a request that cannot even be parsed (odd bytes in the request line or a
  header, a header too long) gets the room's 400 page instead of aiohttp's
  English text with its version, and no log line naming the client.

:func:`listen` serves an :class:`~aiohttp.web.AppRunner`'s application through
these connections; :func:`quiet_exception_handler` keeps the event loop from
printing anything (``accept()`` out of descriptors sheds waiting connections).
"""

from __future__ import annotations

import asyncio
import errno
import logging

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError
from aiohttp.web_protocol import RequestHandler

from dialog.web.connection_guard import LISTEN_BACKLOG, ConnectionGuard, ConnectionLimits
from dialog.web.error_pages import error_response

FORM_TYPES = frozenset({"", "application/x-www-form-urlencoded", "multipart/form-data"})
"""Bodies read as a form (aiohttp parses them once and keeps the result for the handler)."""

SHED_ON_EMFILE = 16
"""Waiting connections closed when ``accept()`` finds no descriptor left."""

SHED_INTERVAL = 0.5
"""Seconds between such sheddings (asyncio pauses accepting for a second after running out)."""

OUT_OF_DESCRIPTORS = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})

_log = logging.getLogger(__name__)


class RoomConnection(RequestHandler):
    """aiohttp's handler for one connection, admitted and timed by the room's guard."""

    def __init__(self, manager: web.Server, guard: ConnectionGuard, language: str, *,
                 loop: asyncio.AbstractEventLoop, **kwargs) -> None:
        super().__init__(manager, loop=loop, **kwargs)
        self.guard = guard
        """The room's bookkeeping of open connections."""
        self.language = language
        """The conference's language, for the pages sent from here."""
        self.client = "?"
        """The client's address (kept in memory while the connection is open, never written)."""
        self.waiting_since = loop.time()
        """When the connection last started waiting for its client."""
        self.serving = False
        """True from a request's complete body until its answer is sent."""
        self._clock = loop
        self._admitted = False
        self._head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """Admit the connection (or close it at once) and start the clock for its first request."""
        peer = transport.get_extra_info("peername")
        self.client = str(peer[0]) if isinstance(peer, tuple) and peer else "?"
        self.waiting_since = self._clock.time()
        if not self.guard.admit(self):
            transport.close()
            return
        self._admitted = True
        super().connection_made(transport)
        self._expect_head()

    def connection_lost(self, exc: BaseException | None) -> None:
        """Count the connection out."""
        self._stop_head_timer()
        if not self._admitted:
            return
        self.guard.leave(self)
        super().connection_lost(exc)

    def drop(self) -> None:
        """Close the connection now (it waited too long, or the room needs its descriptor)."""
        self._stop_head_timer()
        self.force_close()

    def head_received(self) -> None:
        """A request's line and headers are in: stop the head clock; now the body is awaited."""
        self._stop_head_timer()
        self.waiting_since = self._clock.time()

    def body_received(self) -> None:
        """The request is whole: it is being served and will not be closed to make room."""
        self.serving = True

    async def finish_response(self, request, resp, start_time):
        """Send the answer as aiohttp does, then start the clock for the next request on this connection."""
        result = await super().finish_response(request, resp, start_time)
        if self.transport is not None:
            self._expect_head()
        return result

    def handle_error(self, request, status: int = 500, exc: BaseException | None = None,
                     message: str | None = None) -> web.StreamResponse:
        """A request aiohttp could not parse or serve: the room's own page, and nothing logged."""
        if request.writer.output_size > 0:  # part of an answer is out: only closing is left
            raise ConnectionError("the answer had already started")
        _log.debug("room: a request was refused before any handler (%s)", type(exc).__name__)
        response = error_response(status, self.language)
        response.force_close()
        return response

    def log_exception(self, *args, **kwargs) -> None:
        """aiohttp's error log names the client's address; the room writes no such line."""
        _log.debug("room: a connection failed")

    def _expect_head(self) -> None:
        self.serving = False
        self.waiting_since = self._clock.time()
        self._stop_head_timer()
        self._head_timer = self._clock.call_later(self.guard.limits.head_timeout, self._head_overdue)

    def _stop_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_overdue(self) -> None:
        self._head_timer = None
        self.force_close()


def _connection(request: web.Request) -> RoomConnection | None:
    protocol = request.protocol
    return protocol if isinstance(protocol, RoomConnection) else None


@web.middleware
async def note_request(request: web.Request, handler):
    """The first middleware: a request's head has arrived, so its connection's head clock stops."""
    connection = _connection(request)
    if connection is not None:
        connection.head_received()
    return await handler(request)


async def read_body_in_time(request: web.Request) -> None:
    """Read the whole body within the body time limit, before any handler runs.

    Raises 408 when it does not arrive in time, 400 when it cannot be read as
    sent (bytes that are not UTF-8, an unknown charset, a broken multipart or
    chunked body), 413 over the size limit. The handler then reads the form
    aiohttp kept (``await request.post()`` does not read again).
    """
    connection = _connection(request)
    seconds = connection.guard.limits.body_timeout if connection is not None else ConnectionLimits.body_timeout
    try:
        async with asyncio.timeout(seconds):
            if request.content_type in FORM_TYPES:
                await request.post()
            else:
                await request.read()
    except TimeoutError:
        raise web.HTTPRequestTimeout() from None
    except (ValueError, LookupError, web.RequestPayloadError, HttpProcessingError):
        raise web.HTTPBadRequest() from None
    if connection is not None:
        connection.body_received()


async def listen(runner: web.AppRunner, host: str, port: int, guard: ConnectionGuard,
                 language: str) -> asyncio.Server:
    """Serve ``runner``'s application (already set up) on ``host:port`` through guarded connections."""
    loop = asyncio.get_running_loop()
    manager = runner.server
    assert manager is not None, "set the runner up first"
    limits = guard.limits

    def connection() -> RoomConnection:
        # No access log: the room must not keep participants' addresses anywhere.
        return RoomConnection(manager, guard, language, loop=loop, access_log=None,
                              keepalive_timeout=limits.head_timeout, lingering_time=limits.linger)

    return await loop.create_server(connection, host, port, reuse_address=True, backlog=LISTEN_BACKLOG)


def quiet_exception_handler(guard: ConnectionGuard):
    """An event-loop error handler that prints nothing; ``accept()`` out of descriptors sheds waiting connections.

    asyncio itself survives ``EMFILE`` (it pauses accepting for a second); its
    default handler would print the error on the terminal of ``dialog serve``.
    """
    last_shed = -SHED_INTERVAL

    def handle(loop: asyncio.AbstractEventLoop, context: dict) -> None:
        nonlocal last_shed
        failure = context.get("exception")
        if isinstance(failure, OSError) and failure.errno in OUT_OF_DESCRIPTORS:
            guard.starved += 1
            # asyncio retries every accept in its backlog loop before the closed ones free their descriptors:
            # shed once per pause, not once per failed accept.
            if loop.time() - last_shed >= SHED_INTERVAL:
                last_shed = loop.time()
                for _ in range(SHED_ON_EMFILE):
                    if not guard.shed():
                        break
            return
        _log.debug("room: %s", context.get("message", "event loop error"))

    return handle
