"""Addresses: what trainees type to reach the host, and checking what they typed."""

from __future__ import annotations

import contextlib
import socket
from urllib.parse import urlparse

DEFAULT_PORT = 8765


def lan_addresses() -> list[str]:
    """This machine's IPv4 addresses other machines on the network can reach (best guess)."""
    found: list[str] = []
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # UDP connect sends nothing; it picks a route
            found.append(probe.getsockname()[0])
    except OSError:
        pass
    with contextlib.suppress(OSError):
        found.extend(socket.gethostbyname_ex(socket.gethostname())[2])
    unique = [a for i, a in enumerate(found) if a not in found[:i] and not a.startswith("127.")]
    return unique or ["127.0.0.1"]


def room_url(address: str) -> str:
    """`HOST:PORT` (or a ws:// URL) as a WebSocket URL; ValueError when it is not one."""
    address = address.strip()
    url = address if address.startswith(("ws://", "wss://")) else f"ws://{address}"
    parsed = urlparse(url)
    try:
        port = parsed.port
    except ValueError:
        raise ValueError(address) from None
    if not parsed.hostname or " " in address:
        raise ValueError(address)
    if port is None:
        url = f"{parsed.scheme}://{parsed.hostname}:{DEFAULT_PORT}{parsed.path}"
    return url
