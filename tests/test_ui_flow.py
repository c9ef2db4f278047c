"""The window driven by real keyboard and mouse events, headless (SDL dummy driver)."""

from __future__ import annotations

import pygame
from ui_support import finished_session, play_on, scene_name

from game.text import t
from game.ui.driver import focus_key, press, replay_from, steps
from game.ui.scenes.debrief import DebriefScene


def test_the_debrief_exports_the_html_report_by_keyboard(app):
    app.push(DebriefScene(app, finished_session()))
    steps(app, 2)
    assert focus_key(app, "debrief.export")
    press(app, pygame.K_RETURN)
    path = app.scene.exported
    assert path.exists() and "<html" in path.read_text(encoding="utf-8").lower()


def test_practice_rewind_goes_back_and_shows_both_outcomes_side_by_side(app):
    session = finished_session()
    first = session.game.outcome
    app.push(DebriefScene(app, session))
    steps(app, 2)
    assert replay_from(app, 2)
    assert type(app.scenes[1]).__name__ == "TableScene"  # an event may pop up over it
    assert not session.game.is_over() and session.game.round <= 2
    assert len(session.attempts) == 1 and session.attempts[0].outcome_kind == first.kind
    for _ in range(100):  # the rewound table plays on: the player passes by keyboard once
        if scene_name(app) == "TableScene" and app.scene.legal.can_move:
            break
        if scene_name(app) == "TableScene":
            steps(app, 1)  # a bot's turn
        else:
            press(app, pygame.K_RETURN)  # an event's pop-up closed
    moves = len(session.game.actions)
    assert focus_key(app, "table.pass")
    press(app, pygame.K_RETURN)
    assert len(session.game.actions) > moves
    play_on(session)  # the rest of the second game through the engine, not frame by frame
    for _ in range(100):  # its pop-ups closed, then by keyboard to the debrief
        if scene_name(app) == "DebriefScene":
            break
        if scene_name(app) in ("GuessScene", "RatingScene"):
            press(app, pygame.K_ESCAPE)  # the guesses and self-assessment: skipped with one key
            continue
        if scene_name(app) == "TableScene" and app.scene.ended_shown:  # its end card read
            assert focus_key(app, "table.debrief")
        press(app, pygame.K_RETURN, frames=3)
    assert scene_name(app) == "DebriefScene"
    texts = app.scene.visible_texts()
    assert t("ui.debrief.first", "nl") in texts and t("ui.debrief.second", "nl") in texts


def test_replaying_a_week_keeps_the_finished_game_resumable_and_reportable(app):
    from game.commands.report import load_game
    from game.paths import saves_dir
    from game.ui.session import Session, autosave_info

    session = finished_session()
    finished = session.game.outcome
    actions = len(session.game.actions)
    app.push(DebriefScene(app, session))
    steps(app, 2)
    assert replay_from(app, 1)
    assert autosave_info() is not None  # the autosave now holds the replay, from week 1
    (kept,) = saves_dir().glob("venster-*.json")
    assert kept.name in (app.status or "")  # the player is told where it went
    again = Session.resume(kept)
    assert again.game.is_over() and again.game.outcome == finished
    assert len(again.game.actions) == actions
    assert load_game(kept, None).outcome == finished  # what `omgevingstafel report` reads


def _best_legal_package(table) -> dict[str, str]:
    """The package with the most joint gain that the player may propose now (read-only)."""
    import numpy as np

    from game.scoring.analysis import analyse_table

    game = table.game
    analysis = analyse_table(game.table_data(), game.scenario.agreement)
    space = analysis.space
    joint = space.surplus.sum(axis=1)
    legal = game.legal_actions(table.viewer)
    for index in np.argsort(-joint)[:2000]:
        package = space.package(int(index))
        if legal.allows_package(package):
            return package
    raise AssertionError("no legal package found")


def test_a_solo_game_by_keyboard_reaches_an_agreement_and_the_debrief(app):
    press(app, pygame.K_RETURN)  # practice
    press(app, pygame.K_RETURN)  # this case
    seating = app.scene
    for actor in seating.scenario.actors[1:]:  # every bot a conceder, by arrows
        assert focus_key(app, f"seating.{actor.id}")
        for _ in range(6):
            if seating.seating[actor.id] == "conceder":
                break
            press(app, pygame.K_RIGHT)
        assert seating.seating[actor.id] == "conceder"
    assert focus_key(app, "seating.start")
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)  # briefing read
    mine: dict[str, str] | None = None
    for _ in range(300):
        if scene_name(app) == "DebriefScene":
            break
        table = app.scene
        if scene_name(app) in ("GuessScene", "RatingScene"):
            press(app, pygame.K_ESCAPE)  # the guesses and self-assessment: skipped with one key
            continue
        if scene_name(app) == "TableScene" and table.ended_shown:  # its end card read
            assert focus_key(app, "table.debrief")
        elif scene_name(app) == "TableScene" and table.legal.can_move:
            view = table.view()
            backed = any(table.viewer in p.supporters_at_table for p in view.proposals)
            if not backed:  # put the best package I may propose on the table, by keyboard
                mine = _best_legal_package(table)
                for issue, option in mine.items():
                    assert focus_key(app, f"opt.{issue}.{option}")
                    press(app, pygame.K_RETURN)
                    if table.package[issue] != option:  # a change of my choice: confirmed
                        press(app, pygame.K_RETURN)
                    assert table.package[issue] == option
                assert focus_key(app, "table.propose")
            else:
                assert focus_key(app, "table.pass")
        press(app, pygame.K_RETURN, frames=3)
    assert scene_name(app) == "DebriefScene"
    outcome = app.scene.session.game.outcome
    assert outcome.kind == "agreement"
    assert mine is not None
    assert any("Integratie-index" in text for text in app.scene.visible_texts())


def test_tabbing_to_an_option_below_the_fold_scrolls_the_issue_board_to_it(app):
    for _ in range(4):
        press(app, pygame.K_RETURN)
    press(app, pygame.K_ESCAPE)  # no self-assessment
    press(app, pygame.K_ESCAPE)  # no guesses
    assert scene_name(app) == "TableScene"
    last = [item.key for item in app.focus.items if item.key.startswith("opt.")][-1]
    assert focus_key(app, last)
    steps(app, 3)
    widget = app.focus.current.widget
    assert widget.ui_container._scroller.rect.contains(widget.rect)
