"""The debrief report's "Learning moments" section as data for the report's template
(game/debrief/templates/moments.html.j2): per player its feedback, its reflection answers
beside what happened that week, and how well it guessed the others' priorities.

The template gives the elements data attributes (data-player, data-observation, data-kind,
data-answer-round, data-guess-about, data-guess-score) so tests and trainers can find them.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import Game
from game.learning.accuracy import GuessResult, sheet_score, top_issues
from game.learning.journal import LearningJournal
from game.learning.moments import PlayerMoments, table_moments
from game.learning.selfrating import own_shift, raters
from game.scenario.model import text_in
from game.scoring.debrief import Debrief
from game.text import t

WEEK_LINES_SHOWN = 8  # lines of "what happened that week" before "+N more"


@dataclass(frozen=True)
class FeedbackLine:
    key: str
    kind: str
    label: str
    text: str
    goal: str | None


@dataclass(frozen=True)
class AnswerRow:
    round: int
    question: str
    answer: str
    happened: list[str]
    more: int


@dataclass(frozen=True)
class GuessCell:
    issue: str
    verdict: str
    rank: int
    right: bool


@dataclass(frozen=True)
class GuessRow:
    about: str
    name: str
    start: GuessCell | None
    end: GuessCell | None
    truth: str


@dataclass(frozen=True)
class Guesses:
    start: str
    end: str
    moved: str | None
    rows: list[GuessRow]


@dataclass(frozen=True)
class RatingRow:
    goal: str
    text: str
    before: str
    after: str


@dataclass(frozen=True)
class RatingTable:
    head: str
    rows: list[RatingRow]


@dataclass(frozen=True)
class PlayerView:
    actor: str
    name: str
    feedback: list[FeedbackLine]
    answers: list[AnswerRow] | None  # None without a journal
    guesses: Guesses | None
    ratings: list[RatingTable]  # the self-assessment before → after (empty without)


@dataclass(frozen=True)
class MomentsView:
    intro: str
    no_journal: str | None
    players: list[PlayerView]
    labels: dict[str, str]


class _Names:
    def __init__(self, game: Game, lang: str) -> None:
        scenario = game.scenario
        self.lang = lang
        self.actors = {a.id: text_in(a.name, lang) for a in scenario.all_actors()}
        self.issues = {i.id: text_in(i.name, lang) for i in scenario.issues}
        self.goals = {g.id: text_in(g.text, lang) for g in scenario.learning_goals}


def _guess_cell(result: GuessResult | None, names: _Names) -> GuessCell | None:
    lang = names.lang
    if result is None:
        return None
    if result.right:
        verdict = t("learning.guess.right", lang)
    else:
        verdict = t("learning.guess.rank", lang, rank=result.rank, issues=result.issues)
    issue = names.issues.get(result.guessed, result.guessed)
    return GuessCell(issue, verdict, result.rank, result.right)


def _feedback(moments: PlayerMoments, names: _Names) -> list[FeedbackLine]:
    lang = names.lang
    lines = []
    for obs in moments.feedback:
        goal = None
        if obs.goal is not None and obs.goal in names.goals:
            goal = t("learning.goal", lang, goal=names.goals[obs.goal])
        lines.append(FeedbackLine(obs.key, obs.kind, obs.kind_label(lang), obs.text(lang), goal))
    return lines


def _answers(moments: PlayerMoments, names: _Names) -> list[AnswerRow]:
    lang = names.lang
    rows = []
    for answered in moments.answers:
        shown = answered.week[:WEEK_LINES_SHOWN]
        rows.append(
            AnswerRow(
                answered.round,
                text_in(answered.question, lang),
                answered.answer or t("learning.report.empty_answer", lang),
                [e.text(lang) for e in shown],
                len(answered.week) - len(shown),
            )
        )
    return rows


def _guesses(moments: PlayerMoments, names: _Names, truth: dict) -> Guesses | None:
    lang = names.lang
    found = moments.guesses
    if found is None or (found.start is None and found.end is None):
        return None
    moved = None
    if found.moves:
        moved = t(
            "learning.guess.moved",
            lang,
            changed=found.changed,
            improved=found.improved,
            worsened=found.worsened,
        )
    about = [r.about for s in (found.start, found.end) if s is not None for r in s.results]
    rows = []
    for actor in dict.fromkeys(about):
        start = found.start.result(actor) if found.start is not None else None
        end = found.end.result(actor) if found.end is not None else None
        rows.append(
            GuessRow(
                actor,
                names.actors[actor],
                _guess_cell(start, names),
                _guess_cell(end, names),
                " / ".join(names.issues.get(i, i) for i in truth.get(actor, ())),
            )
        )
    return Guesses(
        t("learning.report.score_start", lang, score=sheet_score(found.start, lang)),
        t("learning.report.score_end", lang, score=sheet_score(found.end, lang)),
        moved,
        rows,
    )


def _labels(lang: str) -> dict[str, str]:
    return {
        "feedback": t("learning.report.feedback", lang),
        "no_feedback": t("learning.report.no_feedback", lang),
        "answers": t("learning.report.answers", lang),
        "no_answers": t("learning.report.no_answers", lang),
        "guesses": t("learning.report.guesses", lang),
        "no_guesses": t("learning.report.no_guesses", lang),
        "guess_none": t("learning.guess.none", lang),
        "col_week": t("learning.report.col.week", lang),
        "col_question": t("learning.report.col.question", lang),
        "col_answer": t("learning.report.col.answer", lang),
        "col_happened": t("learning.report.col.happened", lang),
        "col_about": t("learning.report.col.about", lang),
        "col_start": t("learning.report.col.start", lang),
        "col_end": t("learning.report.col.end", lang),
        "col_truth": t("learning.report.col.truth", lang),
        "col_goal": t("learning.rating.col.goal", lang),
        "col_before": t("learning.rating.col.before", lang),
        "col_after": t("learning.rating.col.after", lang),
    }


def moments_view(
    game: Game, debrief: Debrief, lang: str, journal: LearningJournal | None = None
) -> MomentsView:
    """The learning-moments section's content for the report's template."""
    names = _Names(game, lang)
    truth = top_issues(game.table_data())
    players = []
    for actor, moments in table_moments(game, journal, debrief).items():
        players.append(
            PlayerView(
                actor,
                names.actors[actor],
                _feedback(moments, names),
                _answers(moments, names) if journal is not None else None,
                _guesses(moments, names, truth) if journal is not None else None,
                _self_ratings(game, journal, actor, names) if journal is not None else [],
            )
        )
    return MomentsView(
        t("learning.report.intro", lang),
        None if journal is not None else t("learning.report.no_journal", lang),
        players,
        _labels(lang),
    )


def _self_ratings(
    game: Game, journal: LearningJournal, actor: str, names: _Names
) -> list[RatingTable]:
    """The player's own self-assessment per learning goal: before → after (one table per
    person; two for a duo)."""
    lang = names.lang
    tables = []
    for player in raters(journal, actor):
        shift = own_shift(journal, game.scenario, actor, player)
        if not shift:
            continue
        head = t("learning.rating.report_title", lang)
        if player:
            head = t("learning.rating.report_title_of", lang, player=player)
        rows = [
            RatingRow(
                s.goal,
                text_in(s.text, lang),
                "—" if s.before is None else str(s.before),
                "—" if s.after is None else str(s.after),
            )
            for s in shift
        ]
        tables.append(RatingTable(head, rows))
    return tables
