"""How one person's priority guesses fared, in lines of text for any client's end screen."""

from __future__ import annotations

from game.engine import Game
from game.learning.accuracy import GuessAccuracy, GuessResult, sheet_score, top_issues
from game.scenario.model import text_in
from game.text import t


def actor_name(game: Game, actor: str, lang: str) -> str:
    return text_in(game.scenario.actor(actor).name, lang)


def issue_name(game: Game, issue: str, lang: str) -> str:
    found = next((i for i in game.scenario.issues if i.id == issue), None)
    return text_in(found.name, lang) if found is not None else issue


def _guess_word(game: Game, result: GuessResult | None, lang: str) -> str:
    if result is None:
        return t("learning.guess.none", lang)
    if result.right:
        verdict = t("learning.guess.right", lang)
    else:
        verdict = t("learning.guess.rank", lang, rank=result.rank, issues=result.issues)
    return f"{issue_name(game, result.guessed, lang)} ({verdict})"


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
                about=actor_name(game, actor, lang),
                start=_guess_word(game, start, lang),
                end=_guess_word(game, end, lang),
                truth=" / ".join(issue_name(game, i, lang) for i in truth.get(actor, ())),
            )
        )
    return lines
