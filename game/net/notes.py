"""What trainees write down in the room beside the game: observation forms and self-ratings.

Neither changes anything at a table, so they are not engine actions: the room checks them
against the table and the case, keeps them in memory and in its store, and the class board
(game/net/class_board.py) reads them back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from game.engine import EngineError
from game.scenario.model import Scenario

#: The self-assessment moments: before the table and before the debrief.
RATING_MOMENTS = ("start", "end")


class NoteRefusal(EngineError):
    """An observation form or self-rating the room does not keep, with the reason."""


@dataclass(frozen=True)
class ObservationEntry:
    """One observer's form for one week at one table: per actor the behaviours seen."""

    table: int
    observer: str
    week: int
    marks: dict[str, tuple[str, ...]] = field(default_factory=dict)
    note: str = ""


@dataclass(frozen=True)
class RatingEntry:
    """One trainee's self-rating per learning goal (1–5) at the start or the end."""

    table: int
    actor: str | None  # None: an observer
    player: str
    moment: str
    ratings: dict[str, int] = field(default_factory=dict)
    skipped: bool = False

    @property
    def key(self) -> tuple[int, str, str, str]:
        return (self.table, self.actor or "", self.player, self.moment)


def check_observation(
    table: Any, number: int, observer: str, week: int, marks: dict[str, list[str]], note: str
) -> ObservationEntry:
    """The form as the room keeps it, or NoteRefusal: a week past the table's deadline or
    an actor not at the table is refused; actors with nothing ticked are left out."""
    deadline = table.game.deadline
    if week > deadline:
        raise NoteRefusal("kit.bad_week", {"week": week, "deadline": deadline})
    for actor in marks:
        if actor not in table.seats:
            raise NoteRefusal("kit.unknown_actor", {"actor": actor, "table": number})
    kept = {actor: tuple(seen) for actor, seen in marks.items() if seen}
    return ObservationEntry(number, observer, week, kept, note.strip())


def check_rating(
    scenario: Scenario,
    number: int,
    actor: str | None,
    player: str,
    moment: str,
    ratings: dict[str, int],
    skipped: bool,
) -> RatingEntry:
    """The self-rating as the room keeps it, or NoteRefusal for a goal the case lacks."""
    goals = {goal.id for goal in scenario.learning_goals}
    if not goals:
        raise NoteRefusal("kit.no_goals")
    for goal in ratings:
        if goal not in goals:
            raise NoteRefusal("kit.unknown_goal", {"goal": goal})
    if moment not in RATING_MOMENTS:
        raise NoteRefusal("kit.unknown_goal", {"goal": moment})
    kept = {} if skipped else dict(ratings)
    return RatingEntry(number, actor, player, moment, kept, skipped)
