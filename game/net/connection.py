"""One client connection as the room server keeps it, and how its socket is set up."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from websockets.asyncio.server import ServerConnection
from websockets.extensions.permessage_deflate import ServerPerMessageDeflateFactory

from game.net import limits


@dataclass(eq=False)
class Connection:
    """One WebSocket and what it is to the room."""

    ws: ServerConnection
    address: str = ""  # the remote network address (no port)
    returning: bool = False  # came in over a cap: may only resume a seat or facilitate
    seatless_since: float = 0.0  # when it last entered the lobby without a table
    bucket: limits.TokenBucket = field(default_factory=limits.TokenBucket)
    outbox: asyncio.Queue[str | tuple[int, str]] = field(default_factory=asyncio.Queue)
    role: str = "new"  # new | trainee | facilitator
    name: str = ""
    lang: str = "nl"
    token: str | None = None  # seat token while holding a seat
    table: int | None = None  # the table it plays or watches
    actor: str | None = None  # the actor it plays (None: observer)
    log_seen: int = -1  # the highest log index this connection has been sent
    seen: int = 0  # the table change it has been sent
    sent: dict[str, object] = field(default_factory=dict)  # steady view parts it has
    debriefed: bool = False  # its own debrief was sent for the seat it holds
    dropped: int = 0
    last_notice: float = 0.0
    writer: asyncio.Task[None] | None = None


def fast_deflate() -> ServerPerMessageDeflateFactory:
    """Per-message deflate at zlib level 1: views shrink about 4×, at a fifth of the CPU of
    the default level (which made compression the server's biggest cost per action)."""
    return ServerPerMessageDeflateFactory(
        server_max_window_bits=12,
        client_max_window_bits=12,
        compress_settings={"memLevel": 5, "level": 1},
    )


def address_of(ws: ServerConnection) -> str:
    """The remote address without its port ('' when the socket does not say)."""
    remote = ws.remote_address
    if isinstance(remote, tuple) and remote:
        return str(remote[0])
    return str(remote or "")
