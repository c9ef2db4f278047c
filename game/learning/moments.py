"""A player's learning moments as plain values, for the report, the text mode and the window:
its feedback, its reflection answers beside what happened that week, and its guesses.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import Game
from game.engine.log import LogEntry
from game.learning.accuracy import GuessAccuracy, accuracy
from game.learning.feedback import Observation, personal_feedback
from game.learning.journal import LearningJournal
from game.scenario.model import Text
from game.scoring.debrief import Debrief, debrief_game

#: Kinds of log line that say what happened in a week (not its bookkeeping).
HAPPENINGS = frozenset(
    {"action", "event", "effect", "actor_joined", "option_added", "consultation", "answer",
     "advice", "revealed", "support_lapsed", "game_over"}
)  # fmt: skip
QUIET_ACTIONS = frozenset({"pass"})


@dataclass(frozen=True)
class AnsweredQuestion:
    """A reflection question, the player's answer (may be empty) and that week's record."""

    round: int
    question: Text
    answer: str
    week: tuple[LogEntry, ...]


@dataclass(frozen=True)
class PlayerMoments:
    actor: str
    feedback: tuple[Observation, ...]
    answers: tuple[AnsweredQuestion, ...]
    guesses: GuessAccuracy | None


def week_lines(game: Game, week: int, audience: str | None) -> list[LogEntry]:
    """What happened in `week` as `audience` saw it (None: the public table), passes left
    out."""
    return [
        e
        for e in game.log
        if e.round == week
        and e.kind in HAPPENINGS
        and e.visible_to(audience)
        and not (e.action is not None and e.action.kind in QUIET_ACTIONS)
    ]


def player_moments(
    game: Game,
    actor: str,
    journal: LearningJournal | None = None,
    debrief: Debrief | None = None,
) -> PlayerMoments:
    """Feedback always; answers and guesses when there is a journal."""
    feedback = tuple(personal_feedback(game, actor, debrief))
    if journal is None:
        return PlayerMoments(actor, feedback, (), None)
    moments = game.scenario.reflection
    answers = tuple(
        AnsweredQuestion(
            a.round, moments[a.moment].question, a.text, tuple(week_lines(game, a.round, actor))
        )
        for a in sorted(journal.answers_of(actor), key=lambda a: (a.round, a.moment))
        if a.moment < len(moments)
    )
    guesses = accuracy(journal, game.table_data()).get(actor)
    return PlayerMoments(actor, feedback, answers, guesses)


def table_moments(
    game: Game, journal: LearningJournal | None = None, debrief: Debrief | None = None
) -> dict[str, PlayerMoments]:
    """Every actor who sat at the table, in turn order."""
    debrief = debrief or debrief_game(game)
    actors = [a for a in game.table_data().actors if game.status(a) != "absent"]
    return {a: player_moments(game, a, journal, debrief) for a in actors}
