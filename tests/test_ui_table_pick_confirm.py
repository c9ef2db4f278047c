"""Enter on an option does not silently undo an option the player chose: the first Enter
marks the new option (framed, and the hint strip says what a second Enter does), the second
makes the change. Where nothing was chosen yet, or with the mouse, one press picks."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
import pytest
from ui_support import table_by_keyboard

from game.ui.app import App
from game.ui.driver import click, focus_key, press
from game.ui.settings import Settings


@pytest.fixture
def app():
    window = table_by_keyboard(Settings())
    yield window
    window.close()


def unpicked_options(app: App) -> tuple[str, list[str]]:
    """An issue with at least three options the mandate allows, and those of them the
    package has not picked (two or more)."""
    table = app.scene
    forbidden = table.view().mandate.forbidden
    for issue in table.view().issues:
        free = [o.id for o in issue.options if o.id not in forbidden.get(issue.id, [])]
        if len(free) >= 3:
            return issue.id, [o for o in free if o != table.package[issue.id]]
    raise AssertionError("no issue with three allowed options")


def option_widget(app: App, issue: str, option: str):
    return next(i.widget for i in app.focus.items if i.key == f"opt.{issue}.{option}")


def test_a_first_choice_takes_one_enter(app):
    table = app.scene
    issue, unpicked = unpicked_options(app)
    other = unpicked[0]
    assert focus_key(app, f"opt.{issue}.{other}")
    press(app, pygame.K_RETURN)
    assert table.package[issue] == other
    assert option_widget(app, issue, other).is_selected


def test_changing_a_choice_by_keyboard_takes_a_second_enter_on_the_same_option(app):
    table = app.scene
    issue, unpicked = unpicked_options(app)
    first, second = unpicked[:2]
    assert focus_key(app, f"opt.{issue}.{first}")
    press(app, pygame.K_RETURN)
    assert table.package[issue] == first

    assert focus_key(app, f"opt.{issue}.{second}")
    press(app, pygame.K_RETURN)
    assert table.package[issue] == first  # not yet: marked, and said
    assert table.pending == (issue, second)
    marked = option_widget(app, issue, second)
    assert "#option_pending" in marked.object_ids
    assert not marked.is_selected
    assert app.hint() == table._pending_text(table.view(), issue, second)
    assert "Enter" in app.hint()
    assert app.focus.current.key == f"opt.{issue}.{second}"  # the focus stays on it

    press(app, pygame.K_RETURN)
    assert table.package[issue] == second
    assert table.pending is None
    assert option_widget(app, issue, second).is_selected
    assert "#option_pending" not in option_widget(app, issue, second).object_ids


def test_enter_on_the_chosen_option_drops_the_mark(app):
    table = app.scene
    issue, unpicked = unpicked_options(app)
    first, second = unpicked[:2]
    assert focus_key(app, f"opt.{issue}.{first}")
    press(app, pygame.K_RETURN)
    assert focus_key(app, f"opt.{issue}.{second}")
    press(app, pygame.K_RETURN)
    assert table.pending == (issue, second)
    assert focus_key(app, f"opt.{issue}.{first}")
    press(app, pygame.K_RETURN)
    assert table.pending is None and table.package[issue] == first
    assert "#option_pending" not in option_widget(app, issue, second).object_ids


def test_a_click_is_aimed_and_changes_a_choice_at_once(app):
    table = app.scene
    issue, unpicked = unpicked_options(app)
    first, second = unpicked[:2]
    assert focus_key(app, f"opt.{issue}.{first}")
    press(app, pygame.K_RETURN)
    click(app, option_widget(app, issue, second))
    assert table.package[issue] == second
    assert table.pending is None
