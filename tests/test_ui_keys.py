"""Any sequence of keys on any screen is handled: never a traceback, always a scene."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.ui.app import App
from game.ui.driver import press, steps
from game.ui.scenes.menu import MenuScene
from game.ui.settings import Settings

KEYS = [
    (pygame.K_TAB, 0),
    (pygame.K_TAB, pygame.KMOD_SHIFT),
    (pygame.K_RETURN, 0),
    (pygame.K_SPACE, 0),
    (pygame.K_ESCAPE, 0),
    (pygame.K_UP, 0),
    (pygame.K_DOWN, 0),
    (pygame.K_LEFT, 0),
    (pygame.K_RIGHT, 0),
    (pygame.K_F1, 0),
    (pygame.K_a, 0),
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(KEYS), max_size=40))
def test_any_key_sequence_leaves_the_window_running_or_quit_cleanly(keys):
    app = App(Settings(), persist=False)
    app.bot_delay = 0
    app.push(MenuScene(app))
    steps(app, 1)
    try:
        for key, mod in keys:
            if not app.running:
                break
            press(app, key, mod=mod, frames=1)
        assert not app.running or app.scene is not None
    finally:
        app.close()


def _click_at(app: App, pos: tuple[int, int]) -> None:
    pygame.event.post(
        pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0))
    )
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
    steps(app, 1)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.integers(0, 1279), st.integers(0, 719)), max_size=40))
def test_any_clicks_leave_the_window_running_or_quit_cleanly(clicks):
    app = App(Settings(), persist=False)
    app.bot_delay = 0
    app.push(MenuScene(app))
    steps(app, 1)
    try:
        for pos in clicks:
            if not app.running:
                break
            _click_at(app, pos)
        assert not app.running or app.scene is not None
    finally:
        app.close()
