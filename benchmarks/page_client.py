"""A laptop with only a browser, for the room benchmark: what the web page puts on the wire.

It loads the page over plain HTTP as a browser does (the HTML, its stylesheet, every script
module, the favicon and the texts), then speaks the page's JSON frames over one WebSocket with
per-message deflate (as Chromium offers it): `join`, `take_seat`, `act` with its own `seq`,
and the learning prompts (`guess` skipped, `reflect` answered). Views are made whole as
`game/net/web/js/main.js` does (earlier log lines and unchanged parts kept); a game/agents bot
picks each move from that view alone.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from game.agents import make_bot
from game.engine import Answer, Pass, action_data, player_view_from_json
from game.net.protocol import PlayerUpdate
from game.net.remote import RemoteLegal
from game.net.webpage import web_files

#: What a browser fetches before the page can join: every file of the page, and its texts.
PAGE_PATHS = ("/", *sorted(p for p in web_files() if p not in ("/", "/index.html")), "/texts.json")


async def http_get(host: str, port: int, path: str) -> int:
    """One GET as a browser sends it; the size of the answer in bytes."""
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(
        f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: */*\r\n\r\n".encode("latin-1")
    )
    await writer.drain()
    body = await reader.read()
    writer.close()
    if not body.startswith(b"HTTP/1.1 200"):
        raise RuntimeError(f"GET {path}: {body[:40]!r}")
    return len(body)


class PageClient:
    """One trainee's browser tab at one seat; figures as BotPlayer and RoomClient keep them."""

    def __init__(
        self, address: str, code: str, name: str, strategy: str, seed: int, think: float = 0.0
    ) -> None:
        self.host, port = address.rsplit(":", 1)
        self.port = int(port)
        self.code, self.name = code, name
        self.strategy, self.seed, self.think = strategy, seed, think
        self.ws: ClientConnection | None = None
        self.update: dict[str, Any] | None = None
        self.seq = 0
        self.pending: dict[int, float] = {}  # seq → when it was sent
        self.latencies: list[float] = []
        self.refusals: list[dict[str, Any]] = []
        self.page_load = 0.0  # seconds for the page's files
        self.page_bytes = 0
        self.sent = 0
        self.count = 0  # messages received
        self.bot: Any = None
        self.changed = asyncio.Event()
        self._reader: asyncio.Task[None] | None = None

    async def start(self, table: int, actor: str) -> None:
        started = time.perf_counter()
        sizes = await asyncio.gather(*(http_get(self.host, self.port, p) for p in PAGE_PATHS))
        self.page_load = time.perf_counter() - started
        self.page_bytes = sum(sizes)
        self.ws = await connect(f"ws://{self.host}:{self.port}/", compression="deflate")
        self._reader = asyncio.create_task(self._read())
        await self._send({"type": "join", "code": self.code, "name": self.name, "lang": "nl"})
        await self._send({"type": "take_seat", "table": table, "actor": actor})

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader

    async def _send(self, message: dict[str, Any]) -> None:
        if self.ws is not None:
            with contextlib.suppress(ConnectionClosed):
                await self.ws.send(json.dumps(message))

    async def _read(self) -> None:
        assert self.ws is not None
        with contextlib.suppress(ConnectionClosed):
            async for raw in self.ws:
                self._receive(json.loads(raw))

    def _receive(self, message: dict[str, Any]) -> None:
        now = time.perf_counter()
        self.count += 1
        kind = message.get("type")
        if kind == "view":
            self.update = merged(self.update, message)
            ack = message.get("ack")
            if ack is not None:
                for seq in [s for s in self.pending if s <= ack]:
                    self.latencies.append(now - self.pending.pop(seq))
        elif kind == "refused":
            self.refusals.append(message)
            self.pending.pop(message.get("seq") or 0, None)
        self.changed.set()

    async def play(self, stop: asyncio.Event) -> None:
        """Answer the page's prompts and move on our turn, until the game is over."""
        handled = -1
        while not stop.is_set():
            update = self.update
            if update is not None and self.count != handled and not self.pending:
                if update["view"].get("outcome") is not None:
                    return
                handled = self.count
                await self._step(update)
                continue
            self.changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.changed.wait(), 0.5)

    async def _step(self, update: dict[str, Any]) -> None:
        if update.get("guesses"):
            await self._send({"type": "guess", "moment": update["guesses"]["moment"], "skip": True})
        elif update.get("reflection"):
            moment = update["reflection"]["moment"]
            await self._send({"type": "reflect", "moment": moment, "text": "Goed gesprek."})
        elif update.get("my_turn") and not update.get("paused"):
            if self.think:
                await asyncio.sleep(self.think)
            self.seq += 1
            self.pending[self.seq] = time.perf_counter()
            action = action_data(self._choose(update))
            await self._send({"type": "act", "seq": self.seq, "action": action})
            self.sent += 1

    def _choose(self, update: dict[str, Any]) -> Any:
        parsed = PlayerUpdate.model_validate(update)
        view = player_view_from_json(update["view"])
        if self.bot is None:
            self.bot = make_bot(view.actor, self.strategy, self.seed)
        if self.refusals and self.refusals[-1].get("seq") == self.seq:
            if view.questions_waiting:  # after a refusal: the plainest legal move
                return Answer(
                    actor=view.actor, question=view.questions_waiting[0].id, mode="decline"
                )
            return Pass(actor=view.actor)
        return self.bot.act(view, RemoteLegal(parsed, view)).action


def merged(previous: dict[str, Any] | None, message: dict[str, Any]) -> dict[str, Any]:
    """A view message made whole, as the page's `merge` does it."""
    before = previous["view"] if previous is not None else {}
    view = dict(message["view"])
    for name in message.get("same", []):
        view[name] = before.get(name)
    start = message.get("log_from", 0)
    view["log"] = [line for line in before.get("log", []) if line["index"] < start] + list(
        view.get("log", [])
    )
    return {**message, "view": view}
