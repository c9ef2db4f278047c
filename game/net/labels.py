"""The room's old name for the one wording of an action (`game.play.describe.describe`)."""

from __future__ import annotations

from collections.abc import Mapping

from game.engine import Action, PlayerView
from game.play.describe import describe
from game.scenario.model import LocalText


def action_label(
    action: Action, view: PlayerView, phrases: Mapping[str, LocalText], lang: str
) -> str:
    """`describe(action, view, lang, phrases)`, in the argument order the window's join
    scene calls it with."""
    return describe(action, view, lang, phrases)
