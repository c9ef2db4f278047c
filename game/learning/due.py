"""When a person is asked something: priority guesses at the start and the end, and this
week's reflection questions. Every client (window, terminal, room) asks by these rules."""

from __future__ import annotations

from game.engine import Game
from game.learning.journal import LearningJournal, Moment


def guess_subjects(game: Game, guesser: str, moment: Moment) -> list[str]:
    """Whom a player guesses about: at the start the others seated; at the end everyone else
    who sat at the table (late joiners and those who walked away included)."""
    if moment == "start":
        return [a for a in game.seats if a != guesser]
    return [a for a in game.table_data().actors if a != guesser and game.status(a) != "absent"]


def has_acted(game: Game, actor: str) -> bool:
    return any(e.kind == "action" and e.actor == actor for e in game.log)


def guesses_due(journal: LearningJournal, game: Game, actor: str, moment: Moment) -> bool:
    """Whether `actor` still has guesses to make at `moment` (the start only until it acts)."""
    if moment == "start" and has_acted(game, actor):
        return False
    sheet = journal.sheet(actor, moment)
    return sheet is None or not (sheet.skipped or sheet.complete)


def reflection_due(game: Game, journal: LearningJournal, actor: str) -> list[int]:
    """The reflection moments of this week that the engine put to the table and `actor` has
    not answered yet (indices in the scenario's list)."""
    week = game.round
    if not any(e.kind == "reflection" and e.round == week for e in game.log):
        return []
    return [
        k
        for k, moment in enumerate(game.scenario.reflection)
        if moment.round == week and not journal.answered(actor, k)
    ]
