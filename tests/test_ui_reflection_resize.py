"""The reflection pop-up keeps what the player typed when the window is resized or the text
size changes (both rebuild every widget), and that text is what gets saved."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
from ui_support import to_reflection

from game.textmode.savefile import read_save
from game.ui.app import App
from game.ui.driver import press, steps, type_text
from game.ui.paths import autosave_file
from game.ui.scenes.dialog import DialogScene
from game.ui.session import Session


def answer_field(app: App):
    return next(i.widget for i in app.focus.items if i.key == "dialog.answer")


def resize(app: App, w: int, h: int) -> None:
    """What the window system sends when the player drags the window's edge."""
    pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, w=w, h=h, size=(w, h)))
    steps(app, 2)


def saved_answers(session: Session) -> list[str]:
    me = session.people()[0]
    return [a.text for a in session.journal.answers_of(me)]


def test_a_typed_answer_survives_a_resize_and_is_what_gets_saved(app):
    session = to_reflection(app)
    before = answer_field(app)
    type_text(app, "De politie wil")
    resize(app, 1000, 640)
    assert app.screen.get_size() == (1000, 640)
    field = answer_field(app)
    assert field is not before and field.alive()  # really a new widget
    assert field.get_text() == "De politie wil"
    assert app.focus.current.key == "dialog.answer"
    type_text(app, " vooral rust")  # typing goes on where it was
    resize(app, 1280, 720)
    assert answer_field(app).get_text() == "De politie wil vooral rust"
    press(app, pygame.K_RETURN)
    assert not isinstance(app.scene, DialogScene)
    assert saved_answers(session) == ["De politie wil vooral rust"]
    kept = read_save(autosave_file()).journal  # the window's autosave holds it too
    assert kept is not None
    assert [a.text for a in kept.answers_of(session.people()[0])] == ["De politie wil vooral rust"]


def test_a_typed_answer_survives_a_text_size_change(app):
    session = to_reflection(app)
    type_text(app, "Rust op straat")
    app.apply_settings(app.settings.with_(font_scale=200))  # as the settings screen does
    steps(app, 2)
    assert answer_field(app).get_text() == "Rust op straat"
    assert "Rust op straat" in app.scene.visible_texts()
    press(app, pygame.K_ESCAPE)  # Esc keeps the answer, like OK
    assert saved_answers(session) == ["Rust op straat"]


def test_an_empty_answer_stays_empty_after_a_resize(app):
    session = to_reflection(app)
    resize(app, 900, 600)
    assert answer_field(app).get_text() == ""
    press(app, pygame.K_RETURN)
    assert saved_answers(session) == [""]
