"""The learning moments in the room: priority guesses and reflection answers of seated
players, kept per table, and what a player's debrief says about them.

The engine knows nothing of these (they change nothing at the table). The rules are the
text mode's: start guesses until the player first acts, end guesses once the game is over,
each reflection question once per player in the week the engine put it to the table.
The facilitator's `get_save` carries the journal beside the table's save.
"""

from __future__ import annotations

from typing import Any

from game.learning.accuracy import accuracy, sheet_score
from game.learning.due import guess_subjects, guesses_due, reflection_due
from game.learning.feedback import personal_feedback
from game.learning.journal import Moment
from game.net.room import Refusal, Table
from game.scenario.model import text_in
from game.text.catalogue import LANGS


def guess_prompt(table: Table, actor: str) -> Moment | None:
    """The guess sheet `actor` may fill in now: 'start' before its first action, 'end' once
    the game is over; None when there is none (or it was filled in or skipped)."""
    game = table.game
    moment: Moment = "end" if game.is_over() else "start"
    if not guess_subjects(game, actor, moment):
        return None
    return moment if guesses_due(table.journal, game, actor, moment) else None


def guess_about(table: Table, actor: str, moment: Moment) -> list[str]:
    """Whom `actor` guesses about at `moment`, in turn order."""
    return guess_subjects(table.game, actor, moment)


def reflection_prompt(table: Table, actor: str) -> tuple[int, dict[str, str]] | None:
    """This week's reflection question `actor` has not answered: (its index, {nl, en})."""
    game = table.game
    if game.is_over():
        return None
    due = reflection_due(game, table.journal, actor)
    if not due:
        return None
    question = game.scenario.reflection[due[0]].question
    return due[0], {lang: text_in(question, lang) for lang in LANGS}


def record_guesses(
    table: Table, actor: str, moment: Moment, picks: dict[str, str | None], skip: bool
) -> None:
    """A whole sheet at once (the page shows it as one form); a sheet that is not due, or
    names an actor or issue it may not, is refused."""
    if guess_prompt(table, actor) != moment:
        raise Refusal("net.guess_not_due")
    game = table.game
    subjects = guess_subjects(game, actor, moment)
    issues = {issue.id for issue in game.scenario.issues}
    for about, issue in picks.items():
        if about not in subjects or (issue is not None and issue not in issues):
            raise Refusal("net.guess_unknown")
    sheet = table.journal.open_sheet(actor, moment)
    if skip:
        sheet.skipped = True
    else:
        sheet.picks = {about: picks.get(about) for about in subjects}
    sheet.complete = True


def record_reflection(table: Table, actor: str, moment: int, text: str) -> None:
    """The answer to this week's question (empty allowed); an answer to a question that is
    not open for `actor` now is refused."""
    due = reflection_prompt(table, actor)
    if due is None or due[0] != moment:
        raise Refusal("net.reflection_not_due")
    table.journal.answer(actor, table.game.round, moment, text)


def learning_debrief(table: Table, actor: str) -> dict[str, Any]:
    """The debrief's learning part for `actor`: its own feedback and how its guesses scored
    (counts only; never another actor's points)."""
    game = table.game
    feedback = [
        {"kind": o.kind, "label": _pair(o.kind_label), "text": _pair(o.text)}
        for o in personal_feedback(game, actor)
    ]
    found = accuracy(table.journal, game.table_data()).get(actor)
    guesses = {}
    if found is not None:
        for moment, sheet in (("start", found.start), ("end", found.end)):
            if sheet is not None:
                guesses[moment] = {"nl": sheet_score(sheet, "nl"), "en": sheet_score(sheet, "en")}
    return {"feedback": feedback, "guesses": guesses}


def _pair(words: Any) -> dict[str, str]:
    return {lang: words(lang) for lang in LANGS}
