"""The facilitator dashboard in a headless window against a real room on loopback."""

from __future__ import annotations

import asyncio
import csv
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import numpy as np
import pygame
import pytest
from net_support import make_room

from game.net.bridge import ClientThread
from game.net.client import RoomClient
from game.net.qr import BORDER as QR_BORDER
from game.net.qr import modules
from game.net.room import Room
from game.net.server import RoomServer
from game.ui.app import App
from game.ui.driver import focus_key, press, steps
from game.ui.scenes.dashboard import DashboardScene
from game.ui.scenes.facilitator_link import Facilitation
from game.ui.scenes.invite import InviteScene
from game.ui.scenes.room_exports import exports_dir
from game.ui.settings import Settings

LIMIT = 30.0


@contextmanager
def room_in_a_thread(room: Room) -> Iterator[RoomServer]:
    """The room server on its own loop in a thread, as `host --dashboard` runs it."""
    loop = asyncio.new_event_loop()
    server = RoomServer(room, "127.0.0.1", 0)
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    asyncio.run_coroutine_threadsafe(server.start(), loop).result(10)
    try:
        yield server
    finally:
        asyncio.run_coroutine_threadsafe(server.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)


@contextmanager
def dashboard_of(window: App, room: Room) -> Iterator[Facilitation]:
    """The facilitator's dashboard in the window, linked to the room served in a thread, once
    its first status has come in; the link closes before the room stops."""
    with room_in_a_thread(room) as server:
        link = ClientThread(
            RoomClient(f"127.0.0.1:{server.port}", facilitator_token=room.facilitator_token)
        )
        assert link.start()
        try:
            facilitation = Facilitation(link)
            window.push(DashboardScene(window, facilitation))
            assert run_frames(window, lambda: facilitation.status is not None)
            yield facilitation
        finally:
            link.close()


def run_frames(app: App, done: Callable[[], bool]) -> bool:
    end = time.monotonic() + LIMIT
    while time.monotonic() < end:
        if done():
            return True
        steps(app, 1)
        time.sleep(0.005)
    return done()


@pytest.fixture
def window():
    app = App(Settings(), persist=False)
    yield app
    app.close()


def test_the_dashboard_runs_a_room_of_bots_to_the_class_debrief(window: App) -> None:
    room = make_room(tables=2)
    with dashboard_of(window, room) as facilitation:
        assert focus_key(window, "dash.bots_all")
        press(window, pygame.K_RETURN)
        assert run_frames(window, lambda: all(t.outcome for t in facilitation.status.tables)), (
            "the bots did not finish both tables"
        )
        steps(window, 3)
        texts = " ".join(window.scene.visible_texts())
        assert "integratie-index" in texts and "Tafel 2" in texts

        assert focus_key(window, "dash.debrief")
        press(window, pygame.K_RETURN)
        assert type(window.scene).__name__ == "ClassDebriefScene"
        steps(window, 2)
        texts = " ".join(window.scene.visible_texts())
        assert "Integratie-index per tafel" in texts and "gemiddeld" in texts

        assert focus_key(window, "class.csv")
        press(window, pygame.K_RETURN)
        rows = list(csv.DictReader((exports_dir() / f"kamer-{room.code}.csv").open()))
        assert [r["table"] for r in rows] == ["1", "2"]
        assert all(r["outcome"] in {"agreement", "deadline", "walkout"} for r in rows)

        assert focus_key(window, "class.reports")
        press(window, pygame.K_RETURN)
        reports = window.scene
        assert run_frames(window, lambda: len(reports.written) == 2 or reports.problems)
        assert reports.problems == []
        assert all("<html" in p.read_text(encoding="utf-8").lower() for p in reports.written)


def test_a_paused_table_shows_on_its_card_and_the_facilitator_fires_an_event_from_it(
    window: App,
) -> None:
    room = make_room(tables=1)
    with dashboard_of(window, room) as facilitation:
        assert focus_key(window, "dash.pause.1")
        press(window, pygame.K_RETURN)
        assert run_frames(window, lambda: facilitation.status.tables[0].paused)
        steps(window, 3)
        assert "Gepauzeerd" in " ".join(window.scene.visible_texts())
        assert room.tables[0].paused
        assert focus_key(window, "dash.event.1")
        press(window, pygame.K_RETURN)
        steps(window, 3)
        first = room.scenario.events[0].id
        assert focus_key(window, f"event.{first}")
        press(window, pygame.K_RETURN)
        game = room.tables[0].game
        assert run_frames(window, lambda: any(a.kind == "fire_event" for a in game.actions))


def test_the_invite_screen_shows_the_pages_address_and_a_qr_code_of_it(window: App) -> None:
    """For the projector: the page's URL with the room code, and a QR code read back from
    the window's pixels module by module; the URL opens the page."""
    room = make_room()
    with dashboard_of(window, room) as facilitation:
        assert focus_key(window, "dash.invite")
        press(window, pygame.K_RETURN)
        steps(window, 3)
        assert isinstance(window.scene, InviteScene)
        url = facilitation.page_url()
        assert url is not None and url.startswith("http://127.0.0.1:")
        assert url.endswith(f"/?code={room.code}")
        with urllib.request.urlopen(url, timeout=LIMIT) as answer:
            assert answer.status == 200 and b"/js/main.js" in answer.read()

        black = pygame.surfarray.array3d(window.screen).sum(axis=2) == 0
        xs, ys = np.nonzero(black)  # only the QR code's modules are pure black
        grid = modules(url)
        inner = len(grid) - 2 * QR_BORDER
        size = (xs.max() - xs.min() + 1) / inner
        assert size >= 2 and abs((ys.max() - ys.min() + 1) / inner - size) < 1e-9
        seen = [
            [
                bool(black[int(xs.min() + (c + 0.5) * size), int(ys.min() + (r + 0.5) * size)])
                for c in range(inner)
            ]
            for r in range(inner)
        ]
        assert seen == [row[QR_BORDER:-QR_BORDER] for row in grid[QR_BORDER:-QR_BORDER]]
        press(window, pygame.K_RETURN)  # the focus starts on "back"
        steps(window, 2)
        assert isinstance(window.scene, DashboardScene)
