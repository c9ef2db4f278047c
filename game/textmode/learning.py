"""The learning moments in the terminal: priority guesses at the start and the end, the
scenario's reflection questions in their week, and each person's feedback on the end screen.

Everything asked is written to the session's journal at once (the caller saves after every
answer), so a game stopped halfway through a sheet of guesses resumes at the next question.
"""

from __future__ import annotations

from collections.abc import Callable

from game.engine import Game
from game.learning.accuracy import (
    GuessAccuracy,
    GuessResult,
    accuracy,
    sheet_score,
    top_issues,
)
from game.learning.feedback import personal_feedback
from game.learning.journal import LearningJournal, Moment
from game.scenario.model import text_in
from game.scoring.debrief import Debrief
from game.text import t
from game.textmode.console import Console
from game.textmode.prompts import Choice, ask_text, choose


def _name(game: Game, actor: str, lang: str) -> str:
    return text_in(game.scenario.actor(actor).name, lang)


def _issue(game: Game, issue: str, lang: str) -> str:
    found = next((i for i in game.scenario.issues if i.id == issue), None)
    return text_in(found.name, lang) if found is not None else issue


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
        title = t("learning.textmode.guess_about", lang, name=_name(game, about, lang))
        back = t("learning.textmode.guess_dont_know", lang)
        sheet.picks[about] = choose(console, lang, title, issues, back=back)
        saved()
    sheet.complete = True
    saved()


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


def _guess_word(game: Game, result: GuessResult | None, lang: str) -> str:
    if result is None:
        return t("learning.guess.none", lang)
    if result.right:
        verdict = t("learning.guess.right", lang)
    else:
        verdict = t("learning.guess.rank", lang, rank=result.rank, issues=result.issues)
    return f"{_issue(game, result.guessed, lang)} ({verdict})"


def accuracy_lines(game: Game, found: GuessAccuracy, lang: str) -> list[str]:
    """How one person's guesses fared at the start and the end, and per actor guessed about."""
    lines = [
        "  " + t("learning.report.score_start", lang, score=sheet_score(found.start, lang)),
        "  " + t("learning.report.score_end", lang, score=sheet_score(found.end, lang)),
    ]
    if found.moves:
        lines.append(
            "  "
            + t(
                "learning.guess.moved",
                lang,
                changed=found.changed,
                improved=found.improved,
                worsened=found.worsened,
            )
        )
    truth = top_issues(game.table_data())
    about = [r.about for s in (found.start, found.end) if s is not None for r in s.results]
    for actor in dict.fromkeys(about):
        start = found.start.result(actor) if found.start is not None else None
        end = found.end.result(actor) if found.end is not None else None
        lines.append(
            "    "
            + t(
                "learning.textmode.guess_line",
                lang,
                about=_name(game, actor, lang),
                start=_guess_word(game, start, lang),
                end=_guess_word(game, end, lang),
                truth=" / ".join(_issue(game, i, lang) for i in truth.get(actor, ())),
            )
        )
    return lines


def end_lines(
    game: Game, journal: LearningJournal, actor: str, lang: str, debrief: Debrief | None = None
) -> list[str]:
    """One person's part of the end screen: its feedback, then how well it guessed."""
    name = _name(game, actor, lang)
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
