"""Who may hold a connection to the room, and for how long: so no device can take the room's descriptors.

A phone opens a few connections (browsers keep up to six per server) and sends
each request in one go. A slow or hostile device instead opens many and sends
nothing, or a byte at a time. Every open connection costs the process a file
descriptor, and with macOS's default limit of 256 a few hundred of them used to
make ``accept()`` fail for everyone. The rules here:

- a client (one address) holds at most ``per_client`` connections; more are closed at once;
- the room as a whole holds at most ``total`` (the descriptor limit minus a reserve);
  when it is full, the busiest client's connection that has waited longest for
  its client to send something is closed to make room, so a phone with one
  connection gets in while a device holding thirty loses one;
- the time limits themselves (``head_timeout``, ``body_timeout``) are applied by
  :mod:`dialog.web.room_connection`.

Apart from reading (and raising) the open-file limit, this module is plain
bookkeeping with no I/O, so its rules are tested on their own.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Protocol

RESERVED_DESCRIPTORS = 32
"""Descriptors kept free beyond those open at start, for the conference file, its WAL and journal, and pipes."""

LISTEN_BACKLOG = 16
"""Connections the system may queue for the room before it accepts them (a phone whose attempt is dropped retries)."""

ACCEPTED_UNSEEN = 4 * LISTEN_BACKLOG
"""Descriptors that may exist before the guard sees them: asyncio accepts up to a backlog's worth per turn of the
event loop and hands each to the guard two turns later, and a connection closed to make room gives its descriptor
back a turn after that."""

UNLIMITED_BUDGET = 4096
"""Connections allowed when the process has descriptors to spare beyond this."""

WANTED_DESCRIPTORS = 4096
"""Open files the room asks the system for when its hard limit allows (macOS starts programs with 256)."""


def raise_descriptor_limit(wanted: int = WANTED_DESCRIPTORS) -> None:
    """Raise this process's soft limit on open files towards ``wanted``, as far as its hard limit allows."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows has no RLIMIT_NOFILE
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft >= wanted:
        return
    target = wanted if hard == resource.RLIM_INFINITY else min(hard, wanted)
    if target > soft:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        except (ValueError, OSError):  # pragma: no cover - the system said no: the budget follows what there is
            pass


def descriptor_budget() -> int:
    """How many connections this process can hold: its open-file limit minus what is open now, those not yet seen
    and a reserve (at 256 open files, about 150)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows has no RLIMIT_NOFILE
        return 512
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return UNLIMITED_BUDGET
    spare = soft - _open_descriptors() - RESERVED_DESCRIPTORS - ACCEPTED_UNSEEN
    return max(8, min(UNLIMITED_BUDGET, spare))


def _open_descriptors() -> int:
    for folder in ("/proc/self/fd", "/dev/fd"):
        try:
            return len(os.listdir(folder))
        except OSError:
            continue
    return 16  # pragma: no cover - a guess where neither folder exists


@dataclass(frozen=True)
class ConnectionLimits:
    """The time and count limits a room's connections live by."""

    head_timeout: float = 10.0
    """Seconds a connection may take to send a request's line and headers, and may stay idle between requests."""
    body_timeout: float = 20.0
    """Seconds a request may take to send its body (at most 16 KiB) once its headers are in."""
    per_client: int = 32
    """Connections one address may hold at once."""
    total: int = field(default_factory=descriptor_budget)
    """Connections the room holds at once, all clients together."""
    linger: float = 2.0
    """Seconds spent reading and discarding a body the room refused before closing the connection."""


class Guarded(Protocol):
    """What the guard needs to know of a connection."""

    client: str
    waiting_since: float
    """When the connection last started waiting for its client (to connect, to send a request or its body)."""
    serving: bool
    """True while the room works on a request it has whole; such a connection is never closed to make room."""

    def drop(self) -> None:
        """Close the connection now."""


class ConnectionGuard:
    """Counts open connections per client and in all, and decides who gets in and who makes room."""

    def __init__(self, limits: ConnectionLimits) -> None:
        self.limits = limits
        self._by_client: dict[str, set[Guarded]] = {}
        self._count = 0
        self.refused = 0
        """Connections closed at once because their client or the room was full (for tests and benches)."""
        self.shed_count = 0
        """Waiting connections closed to make room."""
        self.starved = 0
        """Times ``accept()`` found no descriptor left (the budget was too high for what else the process holds)."""

    @property
    def open_count(self) -> int:
        """Connections open now."""
        return self._count

    def admit(self, connection: Guarded) -> bool:
        """Count a new connection in, making room if the room is full; False means close it at once."""
        held = self._by_client.get(connection.client, ())
        if len(held) >= self.limits.per_client or (self._count >= self.limits.total and not self.shed()):
            self.refused += 1
            return False
        self._by_client.setdefault(connection.client, set()).add(connection)
        self._count += 1
        return True

    def leave(self, connection: Guarded) -> None:
        """Count a closed connection out (harmless for one never admitted or already out)."""
        held = self._by_client.get(connection.client)
        if held is None or connection not in held:
            return
        held.discard(connection)
        self._count -= 1
        if not held:
            del self._by_client[connection.client]

    def shed(self) -> bool:
        """Close one waiting connection of the busiest client, the one that has waited longest; False if none waits.

        Used when the room is full and when ``accept()`` runs out of descriptors.
        """
        for held in sorted(self._by_client.values(), key=len, reverse=True):
            waiting = [c for c in held if not c.serving]
            if waiting:
                oldest = min(waiting, key=lambda c: c.waiting_since)
                self.leave(oldest)
                oldest.drop()
                self.shed_count += 1
                return True
        return False
