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
#: Seconds a new connection may take to say who it is.
HELLO_TIMEOUT = 30.0


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
