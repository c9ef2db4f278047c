"""The numbers that keep one careless or hostile client from hurting the room."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

#: Largest frame a client may send (an action with a long statement fits easily).
MAX_CLIENT_MESSAGE = 16 * 1024
#: Largest frame a client accepts from the server (a whole table's view and log).
MAX_SERVER_MESSAGE = 16 * 1024 * 1024
#: Steady messages per second a connection may send, and the burst it may save up.
RATE_PER_SECOND = 20.0
BURST = 40.0
#: A connection that keeps flooding after this many dropped messages is closed.
FLOOD_CLOSE_AFTER = 400
#: At most one "too fast" answer per this many seconds (answers must not amplify a flood).
FLOOD_NOTICE_EVERY = 1.0
#: Messages waiting to go out to one client before it counts as stuck and is dropped.
MAX_OUTBOX = 512
#: Connections the room accepts at once.
MAX_CONNECTIONS = 300
#: Connections one network address may hold at once. On a classroom LAN every laptop has
#: its own address and needs one connection (two for a moment while it reconnects, one
#: more for a dashboard window); 8 leaves room for that and for a few laptops behind one
#: shared address (a small NAT), while one laptop can no longer fill the room.
#: `host --per-address N` raises it for a bigger NAT.
MAX_PER_ADDRESS = 8
#: Connections beyond the caps above that may still come in, but only to resume a seat
#: with its token (or to sign in as the facilitator): a seat's holder always gets back.
SPARE_PER_ADDRESS = 2
SPARE_CONNECTIONS = 32
#: Seconds such a connection (over a cap) has to show its token before it is closed.
RETURN_TIMEOUT = 5.0
#: Seconds a new connection may take to say who it is.
HELLO_TIMEOUT = 30.0
#: Seconds a trainee may stay in the lobby without a seat or a table to watch before its
#: connection is closed (its client comes back by itself and sees the lobby again).
SEATLESS_TIMEOUT = 600.0
#: Seconds between two lobby updates: a burst of seats taken and left costs one lobby
#: for everyone, and the one sent is always the latest.
LOBBY_EVERY = 0.25


@dataclass
class TokenBucket:
    """Allows `rate` messages a second on average, with bursts up to `capacity`."""

    rate: float = RATE_PER_SECOND
    capacity: float = BURST
    tokens: float = field(default=BURST)
    stamp: float = field(default_factory=time.monotonic)

    def take(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False
