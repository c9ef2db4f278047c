"""Any sequence of keys on any screen is handled: never a traceback, always a scene."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from scenario_support import LINDELAAN

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
TAB, BACK_TAB, ENTER, ESC = KEYS[0], KEYS[1], KEYS[2], KEYS[4]
DOWN, RIGHT, LETTER = KEYS[6], KEYS[8], KEYS[10]

# Deep paths that short random sequences seldom reach, always tried first (each costs as much
# as several random examples, so only these). From the menu: a case started (case chosen,
# seats kept, briefing read, guesses skipped), left for the menu and continued from its save;
# the settings changed (English, larger text); Quit.
A_GAME_LEFT_AND_CONTINUED = [ENTER, ENTER, ENTER, ENTER, ESC, ESC, DOWN, DOWN, DOWN, ENTER]
SETTINGS_CHANGED = [BACK_TAB, BACK_TAB, ENTER, RIGHT, ENTER, TAB, DOWN, ENTER, ESC]
QUIT = [BACK_TAB, ENTER]
# At the table (briefing read, guesses skipped first): walking away, confirmed, then the
# debrief (end guesses skipped) and a replay of week 1; in hotseat, a pass by keyboard, the
# bots' turns and the hand-over to the second person (ready, briefing, guesses skipped).
WALK_AWAY_DEBRIEF_AND_REPLAY = [
    *[ENTER, ESC, *[BACK_TAB] * 5, ENTER, ENTER],
    *[BACK_TAB, BACK_TAB, ENTER, ESC, TAB, ENTER],
]
HOTSEAT_PASS_AND_HAND_OVER = [
    *[ENTER, ENTER, ESC, *[BACK_TAB] * 4, ENTER],
    *[LETTER] * 6,
    *[ENTER, ENTER, ESC],
]


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(KEYS), max_size=40))
@example(A_GAME_LEFT_AND_CONTINUED)
@example(SETTINGS_CHANGED)
@example(QUIT)
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


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(KEYS), max_size=60), st.sampled_from(["solo", "hotseat"]))
@example(WALK_AWAY_DEBRIEF_AND_REPLAY, "solo")
@example(HOTSEAT_PASS_AND_HAND_OVER, "hotseat")
def test_any_key_sequence_at_the_table_is_handled(keys, mode):
    from game.scenario.loader import load_scenario
    from game.ui.scenes.table import TableScene
    from game.ui.session import PERSON, Session

    path = LINDELAAN
    scenario = load_scenario(path).scenario
    seating = {a.id: "conceder" for a in scenario.actors}
    seating[scenario.actors[0].id] = PERSON
    if mode == "hotseat":
        seating[scenario.actors[2].id] = PERSON
    app = App(Settings(), persist=False)
    app.bot_delay = 0
    app.push(MenuScene(app))
    app.push(TableScene(app, Session.start(path, scenario, seating, mode, autosave=False)))
    steps(app, 1)
    try:
        for key, mod in keys:
            if not app.running:
                break
            press(app, key, mod=mod, frames=1)
        assert not app.running or app.scene is not None
    finally:
        app.close()
