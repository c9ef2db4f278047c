"""The learning moments in the window: priority guesses, reflection answers, the journal in the
autosave and the debrief's learning page — driven by real key presses and clicks, headless."""

from __future__ import annotations

import pygame
from ui_support import finished_session, new_session, open_menu, to_guesses, to_reflection

from game.learning import LearningJournal
from game.scenario.model import text_in
from game.text import t
from game.textmode.savefile import read_save
from game.ui.driver import click, focus_key, press, steps, type_text
from game.ui.paths import autosave_file
from game.ui.scenes.debrief import DebriefScene
from game.ui.scenes.dialog import DialogScene
from game.ui.scenes.guesses import GuessScene
from game.ui.scenes.rating import RatingScene
from game.ui.scenes.table import TableScene


def test_the_start_guesses_are_made_by_keyboard_and_kept_in_the_journal(app):
    session = to_guesses(app)
    me = session.people()[0]
    others = [a for a in session.game.seats if a != me]
    issues = [i.id for i in session.scenario.issues]
    assert app.focus.current.key == f"guess.{others[0]}"
    press(app, pygame.K_RIGHT)
    press(app, pygame.K_RIGHT)  # "weet ik niet" → first issue → second issue
    assert focus_key(app, f"guess.{others[1]}")
    press(app, pygame.K_LEFT)  # backwards from "weet ik niet": the last issue
    assert focus_key(app, f"guess.{others[2]}")
    press(app, pygame.K_RETURN)  # Enter on a choice also moves it on
    shown = "\n".join(app.scene.visible_texts())
    assert text_in(session.scenario.issues[1].name, "nl") in shown
    assert focus_key(app, "guess.done")
    press(app, pygame.K_RETURN)
    assert isinstance(app.scene, TableScene)
    sheet = session.journal.sheet(me, "start")
    assert sheet is not None and sheet.complete and not sheet.skipped
    assert sheet.picks == {
        others[0]: issues[1],
        others[1]: issues[-1],
        others[2]: issues[0],
        **{a: None for a in others[3:]},
    }
    steps(app, 5)
    assert not any(isinstance(s, GuessScene) for s in app.scenes)  # asked once


def test_a_guess_can_be_picked_with_the_mouse(app):
    session = to_guesses(app)
    about = next(a for a in session.game.seats if a not in session.people())
    later = next(w for w in app.scene.made[""] if w[0][1] == f"guess.{about}.later")[1]
    click(app, later)
    middle = next(i for i in app.focus.items if i.key == f"guess.{about}").widget
    click(app, middle)
    assert app.scene.picks[about] == session.scenario.issues[1].id


def test_the_guesses_are_skipped_with_one_key_and_not_asked_again(app):
    session = to_guesses(app)
    press(app, pygame.K_ESCAPE)
    assert isinstance(app.scene, TableScene)
    sheet = session.journal.sheet(session.people()[0], "start")
    assert sheet is not None and sheet.skipped and not sheet.guessed()
    steps(app, 5)
    assert isinstance(app.scene, TableScene)


def test_a_reflection_answer_is_typed_in_the_pop_up_and_stored(app):
    session = to_reflection(app)  # every turn passed, the events closed, the question asked
    me = session.people()[0]
    week = session.scenario.reflection[0].round
    type_text(app, "De politie wil vooral rust")
    press(app, pygame.K_RETURN)
    assert not isinstance(app.scene, DialogScene)
    answers = session.journal.answers_of(me)
    assert [(a.round, a.moment, a.text) for a in answers] == [
        (week, 0, "De politie wil vooral rust")
    ]


def test_the_journal_survives_continue_and_the_report_reads_it(app):
    session = new_session("integrative")
    me = session.people()[0]
    other = session.game.seats[1]
    sheet = session.journal.open_sheet(me, "start")
    sheet.picks[other] = session.scenario.issues[0].id
    sheet.complete = True
    session.journal.answer(me, 3, 0, "Nog niet veel")
    session.save()
    kept = session.journal.to_data()
    app.close()
    window = open_menu()
    assert focus_key(window, "menu.continue")
    press(window, pygame.K_RETURN)
    resumed = window.scenes[1]
    assert isinstance(resumed, TableScene)
    assert resumed.session.journal.to_data() == kept
    steps(window, 3)
    assert not any(isinstance(s, GuessScene) for s in window.scenes)  # already guessed
    window.close()
    loaded = read_save(autosave_file())  # what `python -m game report` reads
    assert loaded.journal == LearningJournal.from_data(kept)


def test_the_end_guesses_come_before_the_debrief_which_shows_feedback_and_accuracy(app):
    session = finished_session()
    me = session.people()[0]
    others = [a for a in session.game.table_data().actors if a != me]
    start = session.journal.open_sheet(me, "start")
    start.picks = {a: session.scenario.issues[0].id for a in others[:2]}
    start.complete = True
    app.push(TableScene(app, session))
    steps(app, 3)
    assert type(app.scene).__name__ == "DialogScene"  # how the game ended, on a card
    press(app, pygame.K_RETURN)
    assert focus_key(app, "table.debrief")
    press(app, pygame.K_RETURN)
    assert isinstance(app.scene, RatingScene) and app.scene.moment == "end"
    press(app, pygame.K_ESCAPE)  # the self-assessment first, skipped
    assert isinstance(app.scene, GuessScene) and app.scene.moment == "end"
    press(app, pygame.K_RIGHT)  # a first guess about the first other party
    assert focus_key(app, "guess.done")
    press(app, pygame.K_RETURN)
    assert isinstance(app.scene, DebriefScene)
    assert session.journal.sheet(me, "end").complete
    assert focus_key(app, "debrief.page")
    press(app, pygame.K_RETURN)
    steps(app, 2)
    shown = "\n".join(app.scene.visible_texts())
    name = text_in(session.scenario.actor(me).name, "nl")
    assert t("ui.debrief.feedback_for", "nl", actor=name) in shown
    assert t("ui.debrief.guesses_for", "nl", actor=name) in shown
    assert "Bij de start:" in shown and "Aan het eind:" in shown
    assert " van 2 goed (gemiddelde plaats " in shown  # the start sheet: two guesses
    press(app, pygame.K_F2)  # back to the scores
    assert "Integratie-index" in "\n".join(app.scene.visible_texts())
