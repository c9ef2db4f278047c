"""The learning moments in the terminal: priority guesses at the start and the end, the
scenario's reflection questions in their week, and each person's feedback on the end screen.

Everything asked is written to the session's journal at once (the caller saves after every
answer), so a game stopped halfway through a sheet of guesses resumes at the next question.
"""

from __future__ import annotations

from collections.abc import Callable

from game.engine import Game
from game.learning.accuracy import (
    accuracy,
)
from game.learning.due import guess_subjects, guesses_due, reflection_due
from game.learning.feedback import personal_feedback
from game.learning.guess_lines import accuracy_lines, actor_name
from game.learning.journal import LearningJournal, Moment
from game.scenario.model import text_in
from game.scoring.debrief import Debrief
from game.text import t
from game.textmode.console import Console
from game.textmode.prompts import Choice, ask_text, choose


def ask_guesses(
    console: Console,
    lang: str,
    game: Game,
    journal: LearningJournal,
    actor: str,
    moment: Moment,
    saved: Callable[[], None],
) -> None:
    """The guess sheet of `actor` at `moment`: first whether to guess at all, then per other
    actor one issue from a numbered menu (0: don't know). Saves after every answer."""
    if not guesses_due(journal, game, actor, moment):
        return
    sheet = journal.sheet(actor, moment)
    if sheet is None:
        choices = [
            Choice(t("learning.textmode.guess_yes", lang), True),
            Choice(t("learning.textmode.guess_skip", lang), False),
        ]
        wanted = choose(console, lang, t(f"learning.textmode.guess_{moment}", lang), choices)
        sheet = journal.open_sheet(actor, moment)
        if not wanted:
            sheet.skipped = True
            saved()
            return
        saved()
    issues = [Choice(text_in(i.name, lang), i.id) for i in game.scenario.issues]
    for about in guess_subjects(game, actor, moment):
        if about in sheet.picks:
            continue
        title = t("learning.textmode.guess_about", lang, name=actor_name(game, about, lang))
        back = t("learning.textmode.guess_dont_know", lang)
        sheet.picks[about] = choose(console, lang, title, issues, back=back)
        saved()
    sheet.complete = True
    saved()


def ask_reflection(
    console: Console,
    lang: str,
    game: Game,
    journal: LearningJournal,
    actor: str,
    saved: Callable[[], None],
) -> None:
    """Each reflection question of this week, once per person; an empty answer is kept."""
    for moment in reflection_due(game, journal, actor):
        question = text_in(game.scenario.reflection[moment].question, lang)
        console.say(t("learning.textmode.reflection", lang, week=game.round, question=question))
        text = ask_text(console, lang, t("learning.textmode.reflection_prompt", lang)) or ""
        journal.answer(actor, game.round, moment, text)
        saved()


def end_lines(
    game: Game, journal: LearningJournal, actor: str, lang: str, debrief: Debrief | None = None
) -> list[str]:
    """One person's part of the end screen: its feedback, then how well it guessed."""
    name = actor_name(game, actor, lang)
    lines = [t("learning.textmode.feedback_title", lang, name=name)]
    observations = personal_feedback(game, actor, debrief)
    for observation in observations:
        lines.append(f"  [{observation.kind_label(lang)}] {observation.text(lang)}")
    if not observations:
        lines.append("  " + t("learning.report.no_feedback", lang))
    found = accuracy(journal, game.table_data()).get(actor)
    guessed = found is not None and any(s is not None and s.total for s in (found.start, found.end))
    if found is not None and guessed:
        lines.append(t("learning.textmode.guesses_title", lang, name=name))
        lines.extend(accuracy_lines(game, found, lang))
    return lines
