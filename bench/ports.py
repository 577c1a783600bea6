"""A free TCP port on loopback, for servers started by the benchmarks and the tests."""

from __future__ import annotations

import socket


def free_port() -> int:
    """A port nothing listens on right now (the system picks it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
