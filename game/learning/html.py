"""The debrief report's "Learning moments" section: per player its feedback, its reflection
answers beside what happened that week, and how well it guessed the others' priorities.

Elements carry data attributes (data-player, data-observation, data-kind, data-answer-round,
data-guess-about, data-guess-score) so tests and trainers can find them.
"""

from __future__ import annotations

from html import escape

from game.engine import Game
from game.learning.accuracy import GuessResult, sheet_score, top_issues
from game.learning.journal import LearningJournal
from game.learning.moments import PlayerMoments, table_moments
from game.learning.selfrating import own_shift, raters
from game.scenario.model import text_in
from game.scoring.debrief import Debrief
from game.text import t

WEEK_LINES_SHOWN = 8  # lines of "what happened that week" before "+N more"


class _Names:
    def __init__(self, game: Game, lang: str) -> None:
        scenario = game.scenario
        self.lang = lang
        self.actors = {a.id: text_in(a.name, lang) for a in scenario.all_actors()}
        self.issues = {i.id: text_in(i.name, lang) for i in scenario.issues}
        self.goals = {g.id: text_in(g.text, lang) for g in scenario.learning_goals}


def _guess_cell(result: GuessResult | None, names: _Names) -> str:
    lang = names.lang
    if result is None:
        return f'<td class="note">{escape(t("learning.guess.none", lang))}</td>'
    if result.right:
        verdict = t("learning.guess.right", lang)
    else:
        verdict = t("learning.guess.rank", lang, rank=result.rank, issues=result.issues)
    cls = "best" if result.right else ""
    issue = names.issues.get(result.guessed, result.guessed)
    return (
        f'<td class="{cls}" data-rank="{result.rank}">{escape(issue)} '
        f'<span class="note">({escape(verdict)})</span></td>'
    )


def _feedback(moments: PlayerMoments, names: _Names) -> str:
    lang = names.lang
    title = f"<h4>{escape(t('learning.report.feedback', lang))}</h4>"
    if not moments.feedback:
        return f"{title}<p>{escape(t('learning.report.no_feedback', lang))}</p>"
    items = []
    for obs in moments.feedback:
        goal = ""
        if obs.goal is not None and obs.goal in names.goals:
            goal_text = t("learning.goal", lang, goal=names.goals[obs.goal])
            goal = f'<br><span class="note">{escape(goal_text)}</span>'
        items.append(
            f'<li data-observation="{escape(obs.key)}" data-kind="{obs.kind}">'
            f'<span class="step">{escape(obs.kind_label(lang))}:</span>'
            f"{escape(obs.text(lang))}{goal}</li>"
        )
    return f'{title}<ul class="feedback">{"".join(items)}</ul>'


def _answers(moments: PlayerMoments, names: _Names) -> str:
    lang = names.lang
    title = f"<h4>{escape(t('learning.report.answers', lang))}</h4>"
    if not moments.answers:
        return f"{title}<p>{escape(t('learning.report.no_answers', lang))}</p>"
    heads = ("week", "question", "answer", "happened")
    header = "".join(f"<th>{escape(t(f'learning.report.col.{h}', lang))}</th>" for h in heads)
    rows = []
    for answered in moments.answers:
        answer = answered.answer or t("learning.report.empty_answer", lang)
        shown = answered.week[:WEEK_LINES_SHOWN]
        happened = "".join(f"<li>{escape(e.text(lang))}</li>" for e in shown)
        more = len(answered.week) - len(shown)
        if more > 0:
            happened += f"<li>+{more}</li>"
        rows.append(
            f'<tr data-answer-round="{answered.round}"><td class="num">{answered.round}</td>'
            f"<td>{escape(text_in(answered.question, lang))}</td>"
            f'<td class="answer">{escape(answer)}</td><td><ul>{happened}</ul></td></tr>'
        )
    return f"{title}<table><tr>{header}</tr>{''.join(rows)}</table>"


def _guesses(game: Game, moments: PlayerMoments, names: _Names, truth: dict) -> str:
    lang = names.lang
    title = f"<h4>{escape(t('learning.report.guesses', lang))}</h4>"
    found = moments.guesses
    if found is None or (found.start is None and found.end is None):
        return f"{title}<p>{escape(t('learning.report.no_guesses', lang))}</p>"
    at_start = t("learning.report.score_start", lang, score=sheet_score(found.start, lang))
    at_end = t("learning.report.score_end", lang, score=sheet_score(found.end, lang))
    scores = (
        f'<p data-guess-score="start">{escape(at_start)}</p>'
        f'<p data-guess-score="end">{escape(at_end)}</p>'
    )
    if found.moves:
        moved = t(
            "learning.guess.moved",
            lang,
            changed=found.changed,
            improved=found.improved,
            worsened=found.worsened,
        )
        scores += f'<p class="note">{escape(moved)}</p>'
    about = [r.about for s in (found.start, found.end) if s is not None for r in s.results]
    if not about:
        return title + scores
    heads = ("about", "start", "end", "truth")
    header = "".join(f"<th>{escape(t(f'learning.report.col.{h}', lang))}</th>" for h in heads)
    rows = []
    for actor in dict.fromkeys(about):
        start = found.start.result(actor) if found.start is not None else None
        end = found.end.result(actor) if found.end is not None else None
        real = " / ".join(names.issues.get(i, i) for i in truth.get(actor, ()))
        rows.append(
            f'<tr data-guess-about="{escape(actor)}"><td>{escape(names.actors[actor])}</td>'
            f"{_guess_cell(start, names)}{_guess_cell(end, names)}<td>{escape(real)}</td></tr>"
        )
    return f"{title}{scores}<table><tr>{header}</tr>{''.join(rows)}</table>"


def moments_section(
    game: Game, debrief: Debrief, lang: str, journal: LearningJournal | None = None
) -> str:
    """The body of the report's learning-moments section (without its heading)."""
    names = _Names(game, lang)
    truth = top_issues(game.table_data())
    parts = [f'<p class="note">{escape(t("learning.report.intro", lang))}</p>']
    if journal is None:
        parts.append(
            f'<p class="note no-journal">{escape(t("learning.report.no_journal", lang))}</p>'
        )
    for actor, moments in table_moments(game, journal, debrief).items():
        body = _feedback(moments, names)
        if journal is not None:
            body += _answers(moments, names) + _guesses(game, moments, names, truth)
            body += _self_ratings(game, journal, actor, names)
        parts.append(
            f'<div class="player" data-player="{escape(actor)}">'
            f"<h3>{escape(names.actors[actor])}</h3>{body}</div>"
        )
    return "".join(parts)


def _self_ratings(game: Game, journal: LearningJournal, actor: str, names: _Names) -> str:
    """The player's own self-assessment per learning goal: before → after (one table per
    person; two for a duo)."""
    lang = names.lang
    parts = []
    for player in raters(journal, actor):
        shift = own_shift(journal, game.scenario, actor, player)
        if not shift:
            continue
        head = t("learning.rating.report_title", lang)
        if player:
            head = t("learning.rating.report_title_of", lang, player=player)
        rows = "".join(
            f'<tr data-rating-goal="{escape(s.goal)}"><td>{escape(text_in(s.text, lang))}</td>'
            f'<td class="num">{"—" if s.before is None else s.before}</td>'
            f'<td class="num">{"—" if s.after is None else s.after}</td></tr>'
            for s in shift
        )
        cols = "".join(
            f"<th>{escape(t(key, lang))}</th>"
            for key in (
                "learning.rating.col.goal",
                "learning.rating.col.before",
                "learning.rating.col.after",
            )
        )
        parts.append(
            f'<h4>{escape(head)}</h4><table class="self-rating"><tr>{cols}</tr>{rows}</table>'
        )
    return "".join(parts)
