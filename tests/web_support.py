"""Helpers for the browser tests: a served room in a thread of its own, and Chromium.

Playwright's sync API drives the browser from the test's thread; the room server runs on
its own event loop in a background thread, as `host` runs it.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from net_support import SIMULATED_CLASS, TIMEOUT

from game.net.client import RoomClient
from game.net.protocol import FillBots
from game.net.room import Room
from game.net.server import RoomServer

#: Flags for Chromium in a container without a display, GPU or network of its own.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: Where the browser tests save the page's screenshots: docs/screenshots/web when asked
#: (`OMGEVINGSTAFEL_SHOTS=docs`, to refresh the docs), else a scratch folder, so a test run
#: never changes the repository.
SCREENSHOTS = (
    Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "web"
    if os.environ.get("OMGEVINGSTAFEL_SHOTS") == "docs"
    else Path(tempfile.mkdtemp(prefix="omgevingstafel-web-shots-"))
)


def chromium_path() -> str:
    """Debian's Chromium (CI installs it); the test is skipped only when there is none."""
    for candidate in (
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    pytest.skip("no Chromium found (apt-get install chromium); browser tests need one")


@contextmanager
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    path = chromium_path()
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class ServedRoom:
    """A room served on 127.0.0.1 (a free port) from a background thread."""

    def __init__(self, room: Room, bot_delay: float = 0.0) -> None:
        self.room = room
        self.loop = asyncio.new_event_loop()
        self.server = RoomServer(
            room, "127.0.0.1", 0, bot_delay=bot_delay, per_address=SIMULATED_CLASS
        )
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}/?code={self.room.code}"

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.server.port}"

    def call(self, coro: Any, timeout: float = TIMEOUT) -> Any:
        """Run a coroutine on the server's loop and wait for its result."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def start(self) -> None:
        self.thread.start()
        self.call(self.server.start())

    def stop(self) -> None:
        self.call(self.server.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(TIMEOUT)
        self.loop.close()

    def fill_bots(self, table: int = 1) -> None:
        """Bots on every free seat, asked for as the facilitator asks (over the protocol)."""
        self.facilitate(
            FillBots(table=table),
            lambda m: all(s.holder != "free" for s in m.tables[table - 1].seats),
        )

    def facilitate(self, command: Any, done: Callable[[Any], bool]) -> None:
        """One facilitator command over the protocol; returns once the room status shows
        `done`."""

        async def ask() -> None:
            client = RoomClient(self.address, facilitator_token=self.room.facilitator_token)
            await client.start()
            since = len(client.received)
            await client.command(command)
            await client.wait_for(lambda m: m.type == "room" and done(m), TIMEOUT, since)
            await client.close()

        self.call(ask())


@contextmanager
def served(room: Room, bot_delay: float = 0.0) -> Iterator[ServedRoom]:
    serving = ServedRoom(room, bot_delay)
    serving.start()
    try:
        yield serving
    finally:
        serving.stop()


def starter_room(tables: int = 1, seed: int = 3) -> Room:
    """A room of the default case (three parties, four weeks): a whole game is short."""
    from game.scenario.loader import default_scenario_path, load_scenario

    path = default_scenario_path()
    return Room(load_scenario(path).scenario, str(path), tables, seed=seed)


def record_frames(page: Any) -> list[str]:
    """Every WebSocket frame the page receives, as text (inflated), from now on."""
    frames: list[str] = []

    def on_socket(ws: Any) -> None:
        ws.on(
            "framereceived",
            lambda payload: frames.append(
                payload if isinstance(payload, str) else payload.decode("utf-8", "replace")
            ),
        )

    page.on("websocket", on_socket)
    return frames


def enter(page: Any, url: str, name: str, actor: str, table: int = 1) -> None:
    """Open the page by its URL, give a name and take `actor`'s seat."""
    page.goto(url)
    page.fill("#join-name", name)
    page.click("#join-send")
    page.click(f"#take-{table}-{actor}")
    page.wait_for_selector("#moves-heading")


#: What the page may ask of the trainee next, by the element that shows it.
NEXT = {
    "debrief": "#debrief-heading",
    "rating": "#rate-send",
    "guesses": "#guess-send",
    "reflection": "#reflect-send",
    "move": "#moves button",
}


def next_prompt(page: Any, timeout: float = TIMEOUT) -> str:
    """Wait until the page asks something of the trainee (or shows the debrief); which."""
    selectors = list(NEXT.values())
    page.wait_for_function(
        "sels => sels.some(s => document.querySelector(s))", arg=selectors, timeout=timeout * 1000
    )
    for kind, selector in NEXT.items():
        if page.query_selector(selector):
            return kind
    raise AssertionError("the page asked nothing")  # pragma: no cover


def ids(page: Any, selector: str) -> list[str]:
    return [e.get_attribute("id") or "" for e in page.query_selector_all(selector)]
