"""At a hotseat nobody sees another player's secrets: the hand-over comes before anything of
the next player is drawn or asked, and a draft stays with the person who typed it."""

from __future__ import annotations

import pygame

from game.engine import Pass
from game.scenario.loader import load_scenario, shipped_scenarios
from game.ui.app import App
from game.ui.driver import focus_key, press, steps, type_text
from game.ui.scenes.dialog import DialogScene
from game.ui.scenes.guesses import GuessScene
from game.ui.scenes.handover import HandoverScene
from game.ui.scenes.rating import RatingScene
from game.ui.scenes.table import TableScene
from game.ui.session import PERSON, Session
from tests.ui_support import open_menu

SLOW = 1000.0  # s: the bots wait for the test to let them move


def lindelaan() -> tuple:
    path = next(p for p in shipped_scenarios() if p.name == "crisisbedden-lindelaan.yaml")
    return path, load_scenario(path).scenario


def hotseat(people: tuple[int, ...] = (0, 2)) -> tuple[App, TableScene, list[str]]:
    """People in the given seats, integrative bots in the others, everybody briefed."""
    path, scenario = lindelaan()
    app = open_menu()
    app.bot_delay = SLOW
    seating = {a.id: "integrative" for a in scenario.actors}
    persons = [scenario.actors[k].id for k in people]
    seating.update(dict.fromkeys(persons, PERSON))
    session = Session.start(path, scenario, seating, "hotseat")
    session.briefed.update(persons)
    table = TableScene(app, session)
    app.push(table)
    return app, table, persons


def watch_frames(app: App, table: TableScene) -> list[tuple[str, str | None, str | None, str]]:
    """Every drawn frame as (scene, whose view the table built, who holds the screen, whose
    turn it is: a person's or 'bot')."""
    frames: list[tuple[str, str | None, str | None, str]] = []
    draw = app.draw

    def recording_draw() -> None:
        draw()
        built = table._view.actor if table._view is not None else None
        current = table.game.current_actor
        turn = current if current is not None and table.session.is_person(current) else "bot"
        frames.append((type(app.scene).__name__, built, table.session.last_viewer, turn))

    app.draw = recording_draw  # type: ignore[method-assign]
    return frames


def play_frame(app: App, table: TableScene) -> None:
    """A person on turn passes, a bot on turn moves; pop-ups and hand-overs read with Enter."""
    if isinstance(app.scene, (DialogScene, HandoverScene)):
        press(app, pygame.K_RETURN, frames=1)
        return
    if isinstance(app.scene, GuessScene | RatingScene):
        press(app, pygame.K_ESCAPE, frames=1)
        return
    actor = table.game.current_actor
    if app.scene is table and actor is not None and table.session.is_person(actor):
        if actor == table.session.last_viewer:
            table._send(Pass(actor=actor))
    else:
        table.bot_wait = 0
    steps(app, 1)


def test_no_frame_before_the_hand_over_shows_the_next_players_table_or_events() -> None:
    app, table, persons = hotseat()
    try:
        frames = watch_frames(app, table)
        for _ in range(3000):
            if table.game.is_over() or table.game.round > 4:  # events in weeks 2, 3 and 4
                break
            play_frame(app, table)
        assert table.game.round > 4
        held = [f for f in frames if f[2] is not None]
        assert held, "the screen should have been handed to someone"
        for scene, built, holder, _turn in held:
            if scene == "TableScene":
                assert built == holder, "the table drew a view of someone not at the screen"
        dialogs = [f for f in held if f[0] == "DialogScene"]
        assert {holder for _s, _b, holder, _t in dialogs} == set(persons)
        for _scene, _built, holder, turn in dialogs:
            # an event pops up for the person at the screen; a person whose turn it is
            # already had the screen handed to them
            assert turn in ("bot", holder), f"{turn}'s event shown while {holder} sat there"
        assert any(turn == holder for _s, _b, holder, turn in dialogs), (
            "an event week should have ended into a person's turn"
        )
    finally:
        app.close()


def test_a_draft_stays_with_the_person_who_typed_it() -> None:
    app, table, (first, second) = hotseat()
    try:
        for _ in range(50):  # to the first person's turn, screen in their hands
            on_turn = table.game.current_actor == table.session.last_viewer == first
            if on_turn and app.scene is table:
                break
            play_frame(app, table)
        steps(app, 2)
        assert focus_key(app, "talk.text")
        type_text(app, "GEHEIM concept GGZ")
        assert table.entry_widget.get_text() == "GEHEIM concept GGZ"
        table._send(Pass(actor=first))
        for _ in range(200):  # to the second person's turn
            if table.session.last_viewer == second and app.scene is table:
                break
            play_frame(app, table)
        steps(app, 2)
        assert table.viewer == second
        assert table.entry_widget.get_text() == ""
        for _ in range(400):  # and back to the first
            if table.session.last_viewer == first and app.scene is table:
                break
            play_frame(app, table)
        steps(app, 2)
        assert table.entry_widget.get_text() == "GEHEIM concept GGZ"
    finally:
        app.close()


def test_a_seen_event_stays_seen_after_continuing_the_game() -> None:
    app, table, _persons = hotseat()
    try:
        for _ in range(3000):
            if table.session.seen_events:
                break
            play_frame(app, table)
        seen = set(table.session.seen_events)
        assert seen
        resumed = Session.resume()
        assert seen <= resumed.seen_events
    finally:
        app.close()
