"""Run the participation server in its own thread and event loop, so a flood of phones cannot freeze the caller.

The TUI opens and closes the room through :class:`RoomServer`; the server has its
own :class:`~dialog.core.store.Store` (its own connection and writer thread), so
the leader's screen learns of new answers the same way it learns of any other
process's writes, and a burst of submissions never queues behind an autosave.
"""

from __future__ import annotations

import asyncio
import errno
import threading
from concurrent.futures import Future
from pathlib import Path

from aiohttp import web

from dialog.core.access import RoomTokens, ensure_tokens
from dialog.core.errors import DialogError
from dialog.core.room_urls import base_url
from dialog.core.store import Store
from dialog.web.connection_guard import ConnectionGuard, ConnectionLimits, raise_descriptor_limit
from dialog.web.room import Room
from dialog.web.room_connection import listen, quiet_exception_handler
from dialog.web.server import create_web_app, open_room

START_TIMEOUT = 10.0
"""Seconds to wait for the server to bind before giving up."""

SHUTDOWN_GRACE = 3.0
"""Seconds an answer in progress gets to finish when the room closes (a slow body does not hold the closing up)."""


class RoomServer:
    """One open room: an aiohttp server on a background thread, bound to one address.

    ``limits`` (time and connection limits, see :mod:`dialog.web.connection_guard`)
    default to the process's descriptor budget when the server starts.
    """

    def __init__(self, path: Path, language: str, host: str, port: int,
                 limits: ConnectionLimits | None = None) -> None:
        self.path = path
        self.language = language
        self.host = host
        self.port = port
        self.limits = limits
        self.guard: ConnectionGuard | None = None
        self.room: Room | None = None
        self._store: Store | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._listener: asyncio.AbstractServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """``http://HOST:PORT`` as phones reach it."""
        return base_url(self.host, self.port)

    @property
    def tokens(self) -> RoomTokens:
        """The tokens the open room accepts."""
        assert self.room is not None
        return self.room.tokens

    def start(self) -> None:
        """Bind and start serving; raises :class:`DialogError` (port taken, address not ours), leaving nothing running.

        Blocks until the socket is bound, so call it from a worker thread, never from a UI loop.
        """
        raise_descriptor_limit()
        self._store = Store(self.path)
        try:
            self.room = open_room(self._store, self.language)
        except BaseException:
            self._store.close()
            raise
        ready: Future[None] = Future()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, args=(ready,), name="dialog-room", daemon=True)
        self._thread.start()
        try:
            ready.result(timeout=START_TIMEOUT)
        except BaseException:
            self._thread.join(timeout=START_TIMEOUT)
            self._store.close()
            raise

    def _serve(self, ready: Future) -> None:
        loop = self._loop
        assert loop is not None and self.room is not None
        asyncio.set_event_loop(loop)
        try:
            self.guard = ConnectionGuard(self.limits or ConnectionLimits())
            loop.set_exception_handler(quiet_exception_handler(self.guard))
            self._runner = web.AppRunner(create_web_app(self.room), access_log=None,
                                         shutdown_timeout=SHUTDOWN_GRACE)
            loop.run_until_complete(self._runner.setup())
            self._listener = loop.run_until_complete(
                listen(self._runner, self.host, self.port, self.guard, self.room.language))
            self.port = self._listener.sockets[0].getsockname()[1]  # the port the system chose when asked for 0
        except OSError as error:
            loop.run_until_complete(self._runner.cleanup()) if self._runner else None
            loop.close()
            ready.set_exception(_bind_error(error, self.host, self.port))
            return
        except BaseException as error:  # noqa: BLE001 # pragma: no cover - surfaced to the caller
            loop.close()
            ready.set_exception(error)
            return
        ready.set_result(None)
        loop.run_forever()
        self._listener.close()
        loop.run_until_complete(self._runner.cleanup())
        loop.close()

    def refresh_tokens(self) -> RoomTokens:
        """Give groups added since opening a token too; returns the tokens now accepted."""
        assert self.room is not None
        store = self._store
        if store is not None:
            self.room.tokens = store.submit(ensure_tokens).result()
        return self.room.tokens

    def stop(self) -> None:
        """Close the room: refuse everything, stop the server and close its connection."""
        if self.room is not None:
            self.room.is_open = False
        if self._loop is not None and self._thread is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=START_TIMEOUT)
        if self._store is not None:
            self._store.close()
            self._store = None

    @property
    def is_running(self) -> bool:
        """True while the server thread serves requests."""
        return self._thread is not None and self._thread.is_alive() and bool(self.room and self.room.is_open)


def _bind_error(error: OSError, host: str, port: int) -> DialogError:
    if error.errno == errno.EADDRINUSE:
        return DialogError("error.port_in_use", port=port)
    if error.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
        return DialogError("error.address_not_here", host=host)
    if error.errno == errno.EACCES:
        return DialogError("error.port_not_allowed", port=port)
    return DialogError("error.server_start", detail=" ".join(str(error).split())[:200])
