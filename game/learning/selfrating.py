"""Self-assessment per learning goal (1–5) at the start and at the end, and one's own shift.

Asked before a player's first move and before the debrief, in the window, the terminal and
the room; kept in the learning journal (local games) or the room's results file. Skipping
is an answer too, so nobody is asked twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import Game
from game.learning.journal import LearningJournal, Moment
from game.scenario.model import Scenario, Text, text_in
from game.text import t


@dataclass(frozen=True)
class OwnShift:
    """One learning goal: the player's rating before and after (None: not given)."""

    goal: str
    text: Text
    before: int | None
    after: int | None


def rating_due(
    journal: LearningJournal, scenario: Scenario, actor: str, moment: Moment, acted: bool = False
) -> bool:
    """Whether to ask `actor` now: the case has learning goals, nothing was given (or
    skipped) at this moment, and for the start the player has not moved yet."""
    if not scenario.learning_goals or (moment == "start" and acted):
        return False
    return journal.rating(actor, moment) is None


def own_shift(
    journal: LearningJournal, scenario: Scenario, actor: str, player: str | None = None
) -> list[OwnShift]:
    """Per learning goal the player's own before and after; empty when it never rated."""
    start = journal.rating(actor, "start", player)
    end = journal.rating(actor, "end", player)
    if (start is None or start.skipped) and (end is None or end.skipped):
        return []
    return [
        OwnShift(
            goal.id,
            goal.text,
            start.ratings.get(goal.id) if start is not None else None,
            end.ratings.get(goal.id) if end is not None else None,
        )
        for goal in scenario.learning_goals
    ]


def raters(journal: LearningJournal, actor: str) -> list[str | None]:
    """The people who rated themselves as `actor` (None: the local player), in order."""
    seen: list[str | None] = []
    for rating in journal.ratings:
        if rating.actor == actor and rating.player not in seen:
            seen.append(rating.player)
    return seen


#: The catalogue keys of the five points of the scale, in order.
SCALE_KEYS = (
    "learning.rating.value.1",
    "learning.rating.value.2",
    "learning.rating.value.3",
    "learning.rating.value.4",
    "learning.rating.value.5",
)
ASK_KEYS = {"start": "learning.rating.ask_start", "end": "learning.rating.ask_end"}


def shift_lines(game: Game, journal: LearningJournal, actor: str, lang: str) -> list[str]:
    """The player's own rating before and after, per goal, for the end screen."""
    return [
        t(
            "learning.rating.shift",
            lang,
            goal=text_in(s.text, lang),
            before="—" if s.before is None else s.before,
            after="—" if s.after is None else s.after,
        )
        for s in own_shift(journal, game.scenario, actor)
    ]
