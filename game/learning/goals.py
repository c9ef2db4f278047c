"""Which of a scenario's learning goals an observation speaks to.

Learning goals are free text with an id, so an observation's theme is matched to a goal by
words in the goal's id and text (Dutch and English): the first goal that mentions one of a
theme's words is the one. A scenario whose goals say nothing of a theme simply leaves the
observation without a goal.
"""

from __future__ import annotations

from typing import Literal

from game.scenario.model import LearningGoal, Scenario, text_in

Theme = Literal["interests", "trading", "mandate", "agreement"]

#: Word stems that tie a learning goal to a theme (matched in lower case).
THEME_WORDS: dict[Theme, tuple[str, ...]] = {
    "interests": ("belang", "interest", "vragen", "question", "perspectie", "perspective"),
    "trading": ("ruil", "trade", "trading", "waarde", "value", "pakket", "package"),
    "mandate": ("mandaat", "mandate", "achterban", "back office", "back-office"),
    "agreement": ("akkoord", "agreement", "steun", "support", "coalitie", "coalition"),
}


def _words(goal: LearningGoal) -> str:
    return " ".join([goal.id, text_in(goal.text, "nl"), text_in(goal.text, "en")]).lower()


def goal_for(scenario: Scenario, theme: Theme) -> LearningGoal | None:
    """The scenario's learning goal about `theme`: the goal's id first, then its text."""
    stems = THEME_WORDS[theme]
    for goal in scenario.learning_goals:
        if any(stem in goal.id.lower() for stem in stems):
            return goal
    for goal in scenario.learning_goals:
        if any(stem in _words(goal) for stem in stems):
            return goal
    return None
