"""This machine's own addresses on the room's network, for the room window and `dialog serve` to offer."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass


@dataclass(frozen=True)
class LocalAddress:
    """One IPv4 address of this machine and the network interface that has it."""

    address: str
    interface: str

    @property
    def label(self) -> str:
        """``192.168.1.20 (wlan0)``, as the room window lists it."""
        return f"{self.address} ({self.interface})" if self.interface else self.address


def _rank(found: LocalAddress) -> tuple[int, int]:
    ip = ipaddress.ip_address(found.address)
    return (2 if ip.is_loopback else 1 if ip.is_link_local else 0, 0 if ip.is_private else 1)


def machine_addresses() -> list[LocalAddress]:
    """This machine's IPv4 addresses on interfaces that are up: LAN ones first, loopback last.

    Read from the interfaces themselves (psutil), because the host name often
    resolves only to a loopback address (Debian maps it to 127.0.1.1). No
    traffic is sent.
    """
    found: list[LocalAddress] = []
    try:
        import psutil

        stats = psutil.net_if_stats()
        for interface, addresses in psutil.net_if_addrs().items():
            if interface in stats and not stats[interface].isup:
                continue
            found += [LocalAddress(a.address, interface) for a in addresses if a.family == socket.AF_INET]
    except (ImportError, OSError, RuntimeError):
        pass
    if not found:
        try:
            for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
                found.append(LocalAddress(str(info[4][0]), ""))
        except OSError:
            pass
    unique = list(dict.fromkeys(found))
    unique.sort(key=_rank)
    if not any(item.address == "127.0.0.1" for item in unique):
        unique.append(LocalAddress("127.0.0.1", ""))
    return unique


def local_addresses() -> list[str]:
    """The machine's own IPv4 addresses, LAN ones first, loopback last (no traffic is sent)."""
    return [item.address for item in machine_addresses()]
