"""Moments that matter get a card the player acknowledges, not only a log line: the result
of a consultation, and how the game ended. Driven by real key presses."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
from scenario_support import LINDELAAN
from ui_support import table_on_my_turn

from game.text import t
from game.ui.driver import focus_key, press, run_until, steps
from game.ui.scenes.dialog import DialogScene
from game.ui.settings import Settings


def confirm_if_asked(app, table) -> None:
    """Yes to an 'are you sure' dialog, when the move asks one."""
    steps(app, 2)
    if app.scene is not table and getattr(app.scene, "confirm", False):
        assert focus_key(app, "dialog.ok")
        press(app, pygame.K_RETURN, frames=3)


def test_a_consultation_result_shows_on_a_card_until_read() -> None:
    app = table_on_my_turn(Settings(), case=LINDELAAN)
    try:
        table = app.scene
        assert focus_key(app, "table.consult")
        press(app, pygame.K_RETURN, frames=3)
        confirm_if_asked(app, table)
        assert run_until(app, lambda: isinstance(app.scene, DialogScene), 50)
        card = app.scene
        titles = {t("table.moment_consult_yes", "nl"), t("table.moment_consult_no", "nl")}
        assert card.title in titles
        line = next(x for x in table.view().log if x.kind == "consultation")
        assert line.text("nl") in card.body
        press(app, pygame.K_RETURN, frames=3)
        assert app.scene is not card
        steps(app, 5)
        assert not (isinstance(app.scene, DialogScene) and app.scene.title == card.title)
    finally:
        app.close()


def test_the_end_of_the_game_shows_on_a_card_before_the_debrief_button() -> None:
    app = table_on_my_turn(Settings(), case=LINDELAAN)
    try:
        table = app.scene
        assert focus_key(app, "table.walk")
        press(app, pygame.K_RETURN, frames=3)
        confirm_if_asked(app, table)
        assert table.game.is_over()
        assert run_until(app, lambda: isinstance(app.scene, DialogScene), 50)
        assert app.scene.title == t("table.moment_end", "nl")
        assert not table.ended_shown
        press(app, pygame.K_RETURN, frames=3)
        assert run_until(app, lambda: app.scene is table and table.ended_shown, 50)
        assert focus_key(app, "table.debrief")
    finally:
        app.close()


def test_the_escalation_tables_advice_comes_on_one_card() -> None:
    app = table_on_my_turn(Settings(), case=LINDELAAN)
    try:
        table = app.scene
        assert focus_key(app, "table.escalate")
        press(app, pygame.K_RETURN, frames=3)
        confirm_if_asked(app, table)
        assert run_until(app, lambda: isinstance(app.scene, DialogScene), 50)
        card = app.scene
        assert sum(isinstance(scene, DialogScene) for scene in app.scenes) == 1  # never two
        advice = [x.text("nl") for x in table.view().log if x.kind == "advice"]
        assert len(advice) >= 2
        assert all(text in card.body for text in advice)
        press(app, pygame.K_RETURN, frames=3)
        steps(app, 5)
        assert not (isinstance(app.scene, DialogScene) and app.scene.title == card.title)
    finally:
        app.close()


def test_the_answer_to_the_players_question_comes_on_a_card() -> None:
    app = table_on_my_turn(Settings(), case=LINDELAAN)
    try:
        table = app.scene
        assert focus_key(app, "talk.ask")
        press(app, pygame.K_RETURN, frames=3)
        assert any(x.kind == "action" for x in table.view().log)
        assert focus_key(app, "table.pass")
        press(app, pygame.K_RETURN, frames=3)
        prefix = t("table.moment_answer", "nl", actor="")
        titles = []
        for _ in range(400):  # the bots' turns; other cards (events) read and closed
            if isinstance(app.scene, DialogScene):
                titles.append(app.scene.title)
                if app.scene.title.startswith(prefix):
                    break
                press(app, pygame.K_RETURN, frames=3)
                continue
            steps(app, 1)
        assert titles and titles[-1].startswith(prefix), titles
        answer = next(x for x in table.view().log if x.kind == "answer")
        assert answer.text("nl") in app.scene.body
    finally:
        app.close()
