"""In the smallest window at 200% text the package builder is compact: the options scroll in
the column, and the score and Propose stay pinned below them, always in view."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"

import pygame
import pytest
from pygame_gui.elements import UILabel
from ui_support import table_on_my_turn

from game.text import t
from game.ui.app import MIN_SIZE, App
from game.ui.driver import focus_key, press, steps
from game.ui.settings import Settings


def pinned(app: App) -> tuple[UILabel, object]:
    """The compact score label and the Propose button."""
    score = next(
        e
        for e in app.ui.get_sprite_group().sprites()
        if isinstance(e, UILabel) and e.alive() and "#score_compact" in e.object_ids
    )
    propose = next(i.widget for i in app.focus.items if i.key == "table.propose")
    return score, propose


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_score_and_propose_stay_in_view_while_the_options_scroll(lang: str) -> None:
    app = table_on_my_turn(Settings(lang=lang, font_scale=200), MIN_SIZE)
    try:
        table = app.scene
        scroller = table.mid_scroller
        assert scroller is not None and table.pinned  # the compact layout
        window = pygame.Rect((0, 0), app.screen.get_size())
        strip_top = window.height - app.hint_height()
        options = [i for i in app.focus.items if i.key.startswith("opt.")]
        assert all(i.widget.ui_container is scroller.inner for i in options)
        assert scroller.content_height > scroller.rect.height  # the options scroll

        score, propose = pinned(app)
        assert score.text and "…" not in score.text
        assert propose.text == t("ui.table.propose_short", lang)
        for widget in (score, propose):
            assert window.contains(widget.rect)
            assert widget.rect.bottom <= strip_top
            assert widget.ui_container is not scroller.inner
            assert not widget.rect.colliderect(scroller.rect)
        before = (score.rect.copy(), propose.rect.copy())

        first_top = options[0].widget.rect.top
        assert focus_key(app, options[-1].key)  # Tab to the last option scrolls to it
        steps(app, 2)
        assert options[0].widget.rect.top < first_top
        assert options[-1].widget.rect.colliderect(scroller.rect)
        assert (pinned(app)[0].rect, pinned(app)[1].rect) == before

        assert focus_key(app, "table.propose")  # and it proposes
        moves = len(table.game.actions)
        press(app, pygame.K_RETURN, frames=3)
        assert len(table.game.actions) > moves
    finally:
        app.close()
