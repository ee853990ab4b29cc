"""Which Host headers the server answers to: its own address, loopback names, and names the user allows."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass

# Names every local server answers to.
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
# Bind addresses meaning "every interface": any IP literal may then reach the server.
ALL_INTERFACES = frozenset({"0.0.0.0", "::", ""})


def host_name(header: str) -> str:
    """The host of a Host header, lower case, without port or IPv6 brackets ("[::1]:8000" -> "::1")."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    if header.count(":") == 1:
        return header.split(":", 1)[0]
    return header


def is_ip_literal(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class HostAllowList:
    """The host names a server accepts; ``any_ip``: IP literals too (it listens on every interface)."""

    names: frozenset[str]
    any_ip: bool = False

    @classmethod
    def for_server(cls, bound_host: str, extra: Iterable[str] = ()) -> HostAllowList:
        """The list for a server bound to ``bound_host``, plus ``extra`` names (``--allowed-host``)."""
        bound = host_name(bound_host) if not bound_host.startswith("[") else bound_host.strip("[]")
        names = set(LOOPBACK_NAMES) | {host_name(name) for name in extra if name.strip()}
        if bound not in ALL_INTERFACES:
            names.add(bound)
        return cls(frozenset(names), any_ip=bound in ALL_INTERFACES)

    def permits(self, header: str) -> bool:
        """True when a request with this Host header is for this server."""
        name = host_name(header)
        return name in self.names or (self.any_ip and is_ip_literal(name))
