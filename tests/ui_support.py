"""What the window tests share: a headless window on the main menu, and solo games to open.

Importing this module makes sure SDL draws into memory (no screen needed).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
from scenario_support import LINDELAAN

from game.engine import Game, Pass
from game.scenario.loader import load_scenario
from game.ui.app import WINDOW_SIZE, App
from game.ui.driver import press, run_until, steps
from game.ui.scenes.dialog import DialogScene
from game.ui.scenes.guesses import GuessScene
from game.ui.scenes.menu import MenuScene
from game.ui.scenes.table import TableScene
from game.ui.session import PERSON, Session
from game.ui.settings import Settings


def open_menu(settings: Settings | None = None, size: tuple[int, int] = WINDOW_SIZE) -> App:
    """A new window on the main menu whose bots move without waiting; the caller closes it."""
    window = App(settings or Settings(), size=size, persist=False)
    window.bot_delay = 0
    window.push(MenuScene(window))
    steps(window, 2)
    return window


def table_by_keyboard(
    settings: Settings | None = None,
    size: tuple[int, int] = WINDOW_SIZE,
    case: Path | None = None,
) -> App:
    """A solo game of the default case (or `case`, tabbed to in the chooser) opened from the
    menu by keyboard (practice, this case, seating, briefing; no self-assessment, no priority
    guesses); the caller closes it."""
    window = open_menu(settings, size)
    press(window, pygame.K_RETURN)
    if case is not None:
        index = next(i for i, e in enumerate(window.scene.entries) if e.path == case)
        tab_to(window, f"chooser.entry.{index}")
        press(window, pygame.K_RETURN)  # picks the case
        assert window.scene.selected == index
        tab_to(window, "chooser.choose")
    for _ in range(3):
        press(window, pygame.K_RETURN)
    if scene_name(window) == "RatingScene":
        press(window, pygame.K_ESCAPE)  # no self-assessment
    press(window, pygame.K_ESCAPE)  # no priority guesses
    assert scene_name(window) == "TableScene"
    return window


def tab_to(window: App, key: str, most: int = 80) -> None:
    """Tab until `key` has the focus."""
    for _ in range(most):
        if window.focus.current is not None and window.focus.current.key == key:
            return
        press(window, pygame.K_TAB)
    raise AssertionError(f"{key} not reached by tab")


def table_on_my_turn(
    settings: Settings, size: tuple[int, int] = WINDOW_SIZE, case: Path | None = None
) -> App:
    """`table_by_keyboard`, then the bots' turns until the player is to move."""
    window = table_by_keyboard(settings, size, case)
    table = window.scene
    assert run_until(window, lambda: table.legal.my_turn, 400)
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
    """Crisisbedden Lindelaan with people in the first `people` seats and every bot on
    `strategy`: a solo game for one person, a hotseat game for more."""
    path = LINDELAAN
    scenario = load_scenario(path).scenario
    seating = {a.id: strategy for a in scenario.actors}
    for actor in scenario.actors[:people]:
        seating[actor.id] = PERSON
    return Session.start(path, scenario, seating, "solo" if people == 1 else "hotseat")


def play_on(session: Session, until: Callable[[Game], bool] = lambda game: False) -> None:
    """Turns played through the engine, not the window (people pass, bots make their own
    moves), until `until(game)` holds or the game is over: for tests about what comes after."""
    game = session.game
    while not game.is_over() and not until(game):
        actor = game.current_actor
        if session.is_person(actor):
            session.apply(Pass(actor=actor))
        else:
            session.bot_step(actor, "nl")


def finished_session() -> Session:
    """A solo game played to its end through the engine (the player passes, bots play)."""
    session = new_session("conceder")
    play_on(session)
    session.briefed.add(session.scenario.actors[0].id)
    return session


def to_guesses(app: App) -> Session:
    """A solo game against integrative bots opened in the window, its briefing read by
    keyboard: the start guesses are on screen."""
    session = new_session("integrative")
    app.push(TableScene(app, session))
    steps(app, 2)
    press(app, pygame.K_RETURN)  # briefing read
    assert scene_name(app) == "RatingScene" and app.scene.moment == "start"
    press(app, pygame.K_ESCAPE)  # no self-assessment
    assert isinstance(app.scene, GuessScene) and app.scene.moment == "start"
    return session


def to_reflection(app: App) -> Session:
    """`to_guesses`, the guesses skipped, then the player passing every turn until the
    scenario's first reflection question is put to the table (those turns through the engine);
    the window pops up the events so far, closed with Enter, then the question: its answer
    field has the focus."""
    session = to_guesses(app)
    press(app, pygame.K_ESCAPE)  # no guesses
    week = session.scenario.reflection[0].round
    play_on(session, lambda game: game.round >= week)
    for _ in range(100):
        scene = app.scene
        if isinstance(scene, DialogScene) and scene.answer is not None:
            break
        if isinstance(scene, DialogScene):
            press(app, pygame.K_RETURN)
        else:
            steps(app, 1)
    assert isinstance(app.scene, DialogScene) and app.scene.answer is not None
    assert session.game.round == week
    assert app.focus.current.key == "dialog.answer"
    return session
