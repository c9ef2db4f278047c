"""The window driven by real keyboard and mouse events, headless (SDL dummy driver)."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
import pytest

from game.ui.app import App
from game.ui.driver import focus_key, press, steps
from game.ui.scenes.menu import MenuScene
from game.ui.settings import Settings


@pytest.fixture
def app():
    window = App(Settings(), persist=False)
    window.bot_delay = 0
    window.push(MenuScene(window))
    steps(window, 2)
    yield window
    window.close()


def scene_name(app: App) -> str:
    return type(app.scene).__name__


def test_a_full_solo_game_by_keyboard_reaches_the_debrief(app):
    press(app, pygame.K_RETURN)  # "Oefenen tegen bots" has the focus
    assert scene_name(app) == "ChooserScene"
    press(app, pygame.K_RETURN)  # "Deze casus kiezen"
    assert scene_name(app) == "SeatingScene"
    press(app, pygame.K_RETURN)  # "Naar de briefing"
    steps(app, 2)
    assert scene_name(app) == "BriefingScene"
    press(app, pygame.K_RETURN)
    assert scene_name(app) == "TableScene"
    for _ in range(400):
        if scene_name(app) == "DebriefScene":
            break
        if scene_name(app) == "TableScene" and app.scene.game.is_over():
            assert focus_key(app, "table.debrief")
        press(app, pygame.K_RETURN, frames=3)
    assert scene_name(app) == "DebriefScene"
    assert any("Integratie-index" in text for text in app.scene.visible_texts())


def test_the_debrief_exports_the_html_report(app):
    for _ in range(4):
        press(app, pygame.K_RETURN)
    for _ in range(400):
        if scene_name(app) == "DebriefScene":
            break
        if scene_name(app) == "TableScene" and app.scene.game.is_over():
            assert focus_key(app, "table.debrief")
        press(app, pygame.K_RETURN, frames=3)
    assert focus_key(app, "debrief.export")
    press(app, pygame.K_RETURN)
    path = app.scene.exported
    assert path.exists() and "<html" in path.read_text(encoding="utf-8").lower()
