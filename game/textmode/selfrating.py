"""The self-assessment in a terminal: per learning goal a numbered prompt 1–5 (0: skip).

Used by the local text mode (kept in the save's journal) and by the terminal room client
(sent to the room), so both ask the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from game.engine import Game
from game.learning.journal import LearningJournal, Moment
from game.learning.selfrating import ASK_KEYS, SCALE_KEYS, rating_due
from game.scenario.model import Text, text_in
from game.text import t
from game.textmode.console import Console
from game.textmode.prompts import Choice, choose


def ask_ratings(
    console: Console, lang: str, goals: Mapping[str, Text], moment: Moment
) -> tuple[dict[str, int], bool]:
    """Ask whether to rate at all, then each goal 1–5 (0: don't know); returns the ratings
    given and whether the whole assessment was skipped."""
    wanted = choose(
        console,
        lang,
        t(ASK_KEYS[moment], lang),
        [
            Choice(t("learning.rating.yes", lang), True),
            Choice(t("learning.rating.skip", lang), False),
        ],
    )
    if not wanted:
        return {}, True
    scale = [Choice(t(key, lang), value) for value, key in enumerate(SCALE_KEYS, start=1)]
    ratings: dict[str, int] = {}
    for goal, text in goals.items():
        title = t("learning.rating.goal", lang, goal=text_in(text, lang))
        picked = choose(console, lang, title, scale, back=t("learning.rating.skip_goal", lang))
        if picked is not None:
            ratings[goal] = picked
    return ratings, False


def ask_self_rating(
    console: Console,
    lang: str,
    game: Game,
    journal: LearningJournal,
    actor: str,
    moment: Moment,
    acted: bool,
    saved: Callable[[], None],
) -> None:
    """A local player's self-assessment at `moment`, once; kept in the journal and saved."""
    if not rating_due(journal, game.scenario, actor, moment, acted):
        return
    goals = {goal.id: goal.text for goal in game.scenario.learning_goals}
    ratings, skipped = ask_ratings(console, lang, goals, moment)
    journal.rate(actor, moment, ratings, skipped)
    saved()
