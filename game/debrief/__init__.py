"""The debrief of one game, built once and read by every screen that shows it.

`build_debrief(game, people, seat, strategies, with_counterfactual)` → `GameDebrief`
(frozen; `as_json(lang)` is what `report --json` prints). It depends on game/scoring,
game/learning and game/agents; nothing below it imports it.
"""

from game.debrief.build import build_debrief, counterfactual, trainee_seat, with_counterfactual_of
from game.debrief.model import GameDebrief

__all__ = [
    "GameDebrief",
    "build_debrief",
    "counterfactual",
    "trainee_seat",
    "with_counterfactual_of",
]
