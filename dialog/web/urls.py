"""The addresses phones and laptops open, and how the machine's address is guessed."""

from __future__ import annotations

import ipaddress
import socket

DEFAULT_PORT = 8765
"""The participation server's default port."""


def base_url(host: str, port: int = DEFAULT_PORT) -> str:
    """``http://HOST:PORT`` (IPv6 addresses in brackets)."""
    try:
        if ipaddress.ip_address(host).version == 6:
            host = f"[{host}]"
    except ValueError:
        pass
    return f"http://{host}:{port}"


def evaluation_url(base: str, token: str) -> str:
    """Where a phone opens the evaluation form."""
    return f"{base}/e/{token}"


def group_url(base: str, token: str) -> str:
    """Where an assistant opens a group's notes page."""
    return f"{base}/g/{token}"


def local_addresses() -> list[str]:
    """The machine's own IPv4 addresses, LAN ones first, loopback last (no traffic is sent)."""
    found: list[str] = []
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            address = info[4][0]
            if address not in found:
                found.append(address)
    except OSError:
        pass
    found.sort(key=lambda a: ipaddress.ip_address(a).is_loopback)
    return found or ["127.0.0.1"]
