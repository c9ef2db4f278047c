"""Self-assessment per learning goal (1–5) at the start and at the end, and one's own shift.

Asked before a player's first move and before the debrief, in the window, the terminal and
the room; kept in the learning journal (local games) or the room's results file. Skipping
is an answer too, so nobody is asked twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.learning.journal import LearningJournal, Moment
from game.scenario.model import Scenario, Text


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
