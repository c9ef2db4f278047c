"""A room client for a pygame window: its own thread and event loop, messages in a queue.

The window's frame loop must never wait on the network; scenes call `send(...)` (which
returns at once) and take what arrived with `messages()` once a frame.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import Callable, Coroutine
from typing import Any

from game.net.client import RoomClient
from game.net.protocol import ServerMessage

#: Seconds to wait for the first answer of the room before giving up.
CONNECT_TIMEOUT = 8.0


class ClientThread:
    def __init__(self, client: RoomClient) -> None:
        self.client = client
        self.inbox: queue.SimpleQueue[ServerMessage] = queue.SimpleQueue()
        client.on_message = self.inbox.put
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.closed = False

    def start(self, timeout: float = CONNECT_TIMEOUT) -> bool:
        """Connect; False when the room cannot be reached in time."""
        self.thread.start()
        future = asyncio.run_coroutine_threadsafe(self.client.start(timeout), self.loop)
        try:
            future.result(timeout + 1)
        except Exception:  # unreachable, refused, timed out: the scene says so
            return False
        return True

    def send(self, make: Callable[..., Coroutine[Any, Any, Any]], *args: Any) -> None:
        """Run `make(*args)` (a coroutine function of the client) in the network thread."""
        if not self.closed:
            asyncio.run_coroutine_threadsafe(make(*args), self.loop)

    def messages(self) -> list[ServerMessage]:
        out = []
        while True:
            try:
                out.append(self.inbox.get_nowait())
            except queue.Empty:
                return out

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self.thread.is_alive():
            future = asyncio.run_coroutine_threadsafe(self.client.close(), self.loop)
            with contextlib.suppress(Exception):  # a dead connection: nothing left to tidy
                future.result(5)
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(5)
