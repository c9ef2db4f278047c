"""The observation form: per week a grid of the actors × behaviours an observer tallies.

Each behaviour belongs to a theme of the learning goals (game/learning/goals.py); the form
names the case's goal for that theme, so what is tallied feeds the debrief.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.learning.goals import Theme, goal_for
from game.scenario.model import Scenario, text_in
from game.text import t


@dataclass(frozen=True)
class Behaviour:
    key: str
    theme: Theme
    label: str  # short, for a column head
    meaning: str  # what counts, for the legend
    goal: str | None  # the case's learning goal for this theme, in words


@dataclass(frozen=True)
class ObservationForm:
    weeks: int
    actors: tuple[str, ...]  # actor names in the case's order
    behaviours: tuple[Behaviour, ...]


def behaviours(scenario: Scenario, lang: str) -> tuple[Behaviour, ...]:
    """What an observer watches for, each tied to the case's goal on its theme (if any)."""
    rows: list[tuple[str, Theme, str, str]] = [
        (
            "asks",
            "interests",
            t("facilitation.obs.asks", lang),
            t("facilitation.obs.asks.meaning", lang),
        ),
        (
            "reveals",
            "interests",
            t("facilitation.obs.reveals", lang),
            t("facilitation.obs.reveals.meaning", lang),
        ),
        (
            "package",
            "trading",
            t("facilitation.obs.package", lang),
            t("facilitation.obs.package.meaning", lang),
        ),
        (
            "consults",
            "mandate",
            t("facilitation.obs.consults", lang),
            t("facilitation.obs.consults.meaning", lang),
        ),
        (
            "support",
            "agreement",
            t("facilitation.obs.support", lang),
            t("facilitation.obs.support.meaning", lang),
        ),
    ]
    found = []
    for key, theme, label, meaning in rows:
        goal = goal_for(scenario, theme)
        found.append(
            Behaviour(key, theme, label, meaning, text_in(goal.text, lang) if goal else None)
        )
    return tuple(found)


def observation_form(scenario: Scenario, lang: str) -> ObservationForm:
    """The form for one table: the actors who sit there from the start, every week."""
    names = tuple(text_in(actor.name, lang) for actor in scenario.actors)
    return ObservationForm(scenario.rounds, names, behaviours(scenario, lang))


#: The catalogue keys of the behaviours' short names, in the order of the room's behaviour
#: keys (game.net.protocol.BEHAVIOUR_KEYS).
BEHAVIOUR_LABELS = (
    "facilitation.obs.asks",
    "facilitation.obs.reveals",
    "facilitation.obs.package",
    "facilitation.obs.consults",
    "facilitation.obs.support",
)


def ended_week(round_: int, deadline: int, over: bool) -> int:
    """The last week that ended at a table in week `round_` (0: none yet). A table that is
    over ended its current week; one that ran to the deadline counts past it."""
    return min(round_ if over else round_ - 1, deadline)
