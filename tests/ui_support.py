"""What the window tests share: a headless window on the main menu, and solo games to open.

Importing this module makes sure SDL draws into memory (no screen needed).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

os.environ["SDL_VIDEODRIVER"] = "dummy"

from game.engine import Pass
from game.scenario.loader import default_scenario_path, load_scenario
from game.ui.app import App
from game.ui.driver import steps
from game.ui.scenes.menu import MenuScene
from game.ui.session import PERSON, Session
from game.ui.settings import Settings


def open_menu(settings: Settings | None = None) -> App:
    """A new window on the main menu whose bots move without waiting; the caller closes it."""
    window = App(settings or Settings(), persist=False)
    window.bot_delay = 0
    window.push(MenuScene(window))
    steps(window, 2)
    return window


def menu_window(settings: Settings | None = None) -> Iterator[App]:
    """`open_menu` as a fixture: closed after the test."""
    window = open_menu(settings)
    yield window
    window.close()


def scene_name(app: App) -> str:
    return type(app.scene).__name__


def new_session(strategy: str, people: int = 1) -> Session:
    """The default scenario with people in the first `people` seats and every bot on
    `strategy`: a solo game for one person, a hotseat game for more."""
    path = default_scenario_path()
    scenario = load_scenario(path).scenario
    seating = {a.id: strategy for a in scenario.actors}
    for actor in scenario.actors[:people]:
        seating[actor.id] = PERSON
    return Session.start(path, scenario, seating, "solo" if people == 1 else "hotseat")


def finished_session() -> Session:
    """A solo game played to its end through the engine (the player passes, bots play)."""
    session = new_session("conceder")
    game = session.game
    while not game.is_over():
        actor = game.current_actor
        if session.is_person(actor):
            session.apply(Pass(actor=actor))
        else:
            session.apply(session.bot(actor, "nl").move(game).action)
    session.briefed.add(session.scenario.actors[0].id)
    return session
