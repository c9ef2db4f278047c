"""The start of a game in the window: the briefing before anything happens at the table, and
moments already seen that stay seen however often the game is continued."""

from __future__ import annotations

import pygame
from scenario_support import LINDELAAN
from ui_support import new_session, open_menu, play_on, scene_name

from game.scenario.loader import load_scenario
from game.ui.app import App
from game.ui.driver import focus_key, press, steps
from game.ui.scenes.dialog import DialogScene
from game.ui.scenes.table import TableScene
from game.ui.session import PERSON, Session


def _session_with_people_at(seats: tuple[int, ...], mode: str) -> Session:
    """Crisisbedden Lindelaan with people only at `seats` (not the first): a bot moves first."""
    scenario = load_scenario(LINDELAAN).scenario
    seating = {a.id: "integrative" for a in scenario.actors}
    for seat in seats:
        seating[scenario.actors[seat].id] = PERSON
    return Session.start(LINDELAAN, scenario, seating, mode, autosave=False)


def test_the_bots_wait_until_the_player_has_closed_the_briefing() -> None:
    session = _session_with_people_at((2,), "solo")
    assert not session.is_person(session.game.current_actor)
    app = open_menu()
    try:
        app.push(TableScene(app, session))
        steps(app, 30)
        assert scene_name(app) == "BriefingScene" and app.scene.actor == session.people()[0]
        assert session.game.actions == []  # nothing happened at the table behind it
        press(app, pygame.K_RETURN)  # the briefing read
        for _ in range(60):
            if session.game.actions:
                break
            if scene_name(app) in ("RatingScene", "GuessScene"):
                press(app, pygame.K_ESCAPE)
            steps(app, 1)
        assert session.game.actions  # now the bots play
    finally:
        app.close()


def test_at_a_hotseat_the_first_person_gets_the_screen_and_briefing_before_any_bot_moves():
    session = _session_with_people_at((1, 2), "hotseat")
    app = open_menu()
    try:
        app.push(TableScene(app, session))
        steps(app, 30)
        assert scene_name(app) == "HandoverScene"
        assert app.scene.actor == session.people()[0]
        assert session.game.actions == []
    finally:
        app.close()


def _continue(app: App) -> int:
    """'Verder spelen' from the menu, then frames until the table is quiet; how many moments
    popped up on the way (each closed with Enter)."""
    assert focus_key(app, "menu.continue")
    press(app, pygame.K_RETURN)
    shown = 0
    quiet = 0
    for _ in range(200):
        if isinstance(app.scene, DialogScene):
            shown += 1
            press(app, pygame.K_RETURN)
            quiet = 0
        elif scene_name(app) in ("RatingScene", "GuessScene"):
            press(app, pygame.K_ESCAPE)
        else:
            steps(app, 1)
            quiet += 1
            if quiet > 20:
                break
    assert isinstance(app.scene, TableScene)
    return shown


def test_a_moment_seen_pops_up_once_however_often_the_game_is_continued() -> None:
    session = new_session("integrative")
    me = session.people()[0]
    session.briefed.add(me)
    play_on(
        session,
        lambda game: (
            game.round >= 2
            and any(e.kind == "event" for e in game.log)
            and game.current_actor == me
        ),
    )
    assert not session.game.is_over() and session.game.current_actor == me
    session.save()
    shown = []
    for _ in range(3):
        app = open_menu()
        try:
            shown.append(_continue(app))
        finally:
            app.close()
    assert shown[0] >= 1  # the week's event(s), once
    assert shown[1:] == [0, 0]
