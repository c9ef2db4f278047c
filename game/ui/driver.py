"""Drives a window with real pygame events, frame by frame: for tests, screenshots, benchmarks."""

from __future__ import annotations

from collections.abc import Callable

import pygame
from pygame_gui.core import UIElement

from game.ui.app import App

FRAME = 1 / 60


def steps(app: App, frames: int = 1, dt: float = FRAME) -> None:
    for _ in range(frames):
        app.step(dt)


def press(app: App, key: int, mod: int = 0, unicode: str = "", frames: int = 2) -> None:
    """Post a key press and release, then run a few frames."""
    pygame.event.post(
        pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=unicode, scancode=0)
    )
    pygame.event.post(
        pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode=unicode, scancode=0)
    )
    steps(app, frames)


def type_text(app: App, text: str) -> None:
    """Type characters into the focused text field, as the keyboard would."""
    for char in text:
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=char))
    steps(app, 2)


def click(app: App, widget: UIElement, frames: int = 2) -> None:
    """A left click in the middle of a widget."""
    pos = widget.rect.center
    pygame.mouse.set_pos(pos)
    pygame.event.post(
        pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0))
    )
    steps(app, 1)
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
    steps(app, 1)
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
    steps(app, frames)


def focus_key(app: App, key: str, limit: int = 400) -> bool:
    """Tab until the control with `key` has the focus (as a keyboard user would)."""
    for _ in range(limit):
        item = app.focus.current
        if item is not None and item.key == key:
            return True
        press(app, pygame.K_TAB, frames=1)
    return False


def run_until(app: App, done: Callable[[], bool], limit: int = 5000) -> bool:
    for _ in range(limit):
        if done():
            return True
        app.step(FRAME)
    return done()


def replay_from(app: App, week: int) -> bool:
    """On the debrief: replay from `week` by keyboard, with its own button or the week picker."""
    if any(item.key == f"debrief.rewind.{week}" for item in app.focus.items):
        if not focus_key(app, f"debrief.rewind.{week}"):
            return False
    else:
        if not focus_key(app, "debrief.rewind"):
            return False
        while app.scene.rewind_week != week:
            press(app, pygame.K_RIGHT if app.scene.rewind_week < week else pygame.K_LEFT)
    press(app, pygame.K_RETURN)
    return True
