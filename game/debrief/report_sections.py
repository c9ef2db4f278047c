"""The HTML report's sections as template data, one builder per section (result, possible,
counterfactual, scores, issues, timeline, mandates, interests, learning, trainer, sources),
and the number and chart formatting they share.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from game.debrief import GameDebrief
from game.debrief import words as said
from game.engine import Game
from game.scenario.model import Scenario, text_in
from game.scenario.points import shown
from game.scenario.sources import sources_of
from game.scoring import charts
from game.scoring.reachable import MANDATE_SETS
from game.text import t

STEPS = ("describe", "analyse", "transfer")
STEP_KEYS = {
    "describe": "report.step.describe",
    "analyse": "report.step.analyse",
    "transfer": "report.step.transfer",
}
GENERIC_KEYS = {
    "describe": "report.generic.describe",
    "analyse": "report.generic.analyse",
    "transfer": "report.generic.transfer",
}


def _fmt(value: float, lang: str) -> str:
    """A number of points: whole when it is, else up to two decimals, none from 1000 on
    (decimal comma in Dutch)."""
    return shown(value, 2 if abs(value) < 1000 else 0, lang=lang)


def fixed(value: float, lang: str) -> str:
    """A score with two decimals (decimal comma in Dutch)."""
    return said.ratio(value, lang)


def png_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


@dataclass(frozen=True)
class Figure:
    cls: str
    label: str
    value: str
    note: str


def result_section(game: Game, d: GameDebrief, names: said.Names, lang: str) -> dict[str, Any]:
    outcome = game.outcome
    scores = d.scoring.scores
    if outcome is None:
        text = t("report.outcome.running", lang, round=game.round)
    elif outcome.kind == "agreement":
        supporters = ", ".join(names.actor(a) for a in outcome.supporters)
        text = t("report.outcome.agreement", lang, round=outcome.round, supporters=supporters)
    elif outcome.kind == "walkout":
        who = names.actor(outcome.actor or "?")
        text = t("report.outcome.walkout", lang, actor=who, round=outcome.round)
    else:
        text = t("report.outcome.deadline", lang, round=outcome.round)
    yes, no = t("report.yes", lang), t("report.no", lang)
    figures = [
        Figure(
            "headline",
            t("report.integration", lang),
            fixed(scores.integration_index, lang),
            t("report.integration_note", lang),
        ),
        Figure("", t("report.pareto_optimal", lang), yes if scores.pareto_optimal else no, ""),
        Figure("", t("report.in_zopa", lang), yes if scores.in_zopa else no, ""),
    ]
    package = None
    if d.outcome.package is not None:
        package = [
            (names.issues.get(i, i), names.option(i, o)) for i, o in d.outcome.package.items()
        ]
    return {
        "said": text,
        "figures": figures,
        "got": said.got_line(d, lang),
        "tables": said.table_lines(d, lang),
        "left_title": t("debrief.title.left", lang),
        "left": said.left_lines(d, names),
        "package_title": t("report.package", lang),
        "no_package": t("report.no_package", lang),
        "col_issue": t("report.col.issue", lang),
        "col_chosen": t("report.col.chosen", lang),
        "package": package,
    }


def possible_section(d: GameDebrief, names: said.Names, lang: str) -> dict[str, Any]:
    """The best joint package under each mandate set; sets whose best is the same package
    share one column (headed by all their names), so equal packages are not read three times."""
    columns: list[tuple[list[str], dict[str, str] | None]] = []
    for key in MANDATE_SETS:
        best = d.possible[key].best_joint
        package = None if best is None else dict(best.package)
        same = next((c for c in columns if c[1] == package), None)
        label = t(said.POSSIBLE_KEYS[key], lang)
        if same is None:
            columns.append(([label], package))
        else:
            same[0].append(label)
    heads = [said.table_label("end", lang)] + [" = ".join(labels) for labels, _ in columns]
    rows = [
        (
            names.issues[issue],
            [names.option(issue, None if pkg is None else pkg.get(issue)) for _, pkg in columns],
        )
        for issue in names.issues
    ]
    return {
        "lines": said.possible_lines(d, names),
        "compromise": said.compromise_line(d, lang),
        "heads": heads,
        "rows": rows,
    }


def counterfactual_section(d: GameDebrief, names: said.Names, lang: str) -> dict[str, Any]:
    return {
        "note": said.counterfactual_note(d, names)
        if d.counterfactual is not None
        else t("debrief.cf.absent", lang),
        "heads": [
            t("debrief.cf.col.way", lang),
            t("debrief.cf.col.points", lang),
            t("debrief.cf.col.agreement", lang),
            t("debrief.cf.col.integration", lang),
        ],
        "rows": said.counterfactual_rows(d, names),
    }


def scores_section(game: Game, d: GameDebrief, names: said.Names, lang: str) -> dict[str, Any]:
    scoring = d.scoring
    analysis = scoring.analysis
    best = d.best_reachable
    heads = [
        t("report.col.actor", lang),
        t("report.col.points", lang),
        t("report.col.batna", lang),
        t("report.col.together", lang),
        t("debrief.title.left", lang),
        t("report.col.individual", lang),
        t("report.col.process", lang),
        t("report.col.game", lang),
    ]
    rows = []
    for actor in analysis.actors:
        score = scoring.scores.actors[actor]
        cells = [
            _fmt(score.points, lang),
            _fmt(analysis.batna[actor], lang),
            "—" if best is None else _fmt(best.points[actor], lang),
            _fmt(d.left_on_table[actor].points, lang),
            fixed(score.individual, lang),
            fixed(score.process, lang),
            fixed(score.game, lang),
        ]
        rows.append((actor, names.actor(actor), cells))
    weights = game.scenario.weights
    return {
        "heads": heads,
        "rows": rows,
        "table": said.table_label("end", lang),
        "note": t(
            "report.weights",
            lang,
            own=_fmt(weights.own, lang),
            integration=_fmt(weights.integration, lang),
            process=_fmt(weights.process, lang),
        ),
        "bars": png_uri(charts.points_bars(scoring, names.actors, lang)),
        "bars_caption": t("report.chart.bars", lang),
    }


def issues_section(d: GameDebrief, names: said.Names, lang: str) -> dict[str, Any]:
    scoring = d.scoring
    actors = scoring.analysis.actors
    heads = [
        t("report.col.issue", lang),
        t("report.col.chosen", lang),
        t("report.col.max_joint", lang),
    ] + [names.actor(a) for a in actors]
    rows = []
    for row in scoring.issues:
        cells = []
        for actor in actors:
            cell = row.actors[actor]
            chosen = "—" if cell.chosen_points is None else _fmt(cell.chosen_points, lang)
            cells.append(
                {
                    "best": cell.concession == 0,
                    "text": f"{chosen} / {_fmt(cell.best_points, lang)}",
                    "weight": t("report.weight", lang, share=f"{100 * cell.weight:.0f}%"),
                }
            )
        rows.append(
            {
                "issue": names.issues.get(row.issue, row.issue),
                "chosen": names.option(row.issue, row.chosen),
                "best": names.option(row.issue, row.max_joint),
                "cells": cells,
            }
        )
    return {
        "note": t("report.issues_note", lang),
        "heads": heads,
        "rows": rows,
        "trades": _trades(d, names, lang),
        "trades_title": t("report.trade.title", lang),
    }


def _trades(d: GameDebrief, names: said.Names, lang: str) -> list[str]:
    """Per actor: the issues where it got its best option and where it gave way, heaviest first."""
    scoring = d.scoring
    if scoring.package is None:
        return []
    items = []
    for actor in scoring.analysis.actors:
        cells = sorted(
            ((row.actors[actor], row.issue) for row in scoring.issues),
            key=lambda pair: -pair[0].weight,
        )
        got = [names.issues.get(i, i) for c, i in cells if c.concession == 0 and c.weight > 0]
        gave = [names.issues.get(i, i) for c, i in cells if (c.concession or 0) > 0]
        none = t("report.trade.none", lang)
        items.append(
            t(
                "report.trade.line",
                lang,
                actor=names.actor(actor),
                got=", ".join(got) or none,
                gave=", ".join(gave) or none,
            )
        )
    return items


def timeline_section(game: Game, names: said.Names, lang: str) -> dict[str, Any]:
    rows = []
    for entry in game.log:
        private = None
        if entry.to is not None:
            who = ", ".join(names.actor(a) for a in entry.to)
            private = t("report.private", lang, names=who)
        rows.append(
            {
                "event": entry.kind in ("event", "advice", "actor_joined"),
                "kind": entry.kind,
                "round": entry.round,
                "text": entry.text(lang),
                "private": private,
            }
        )
    return {
        "heads": [t("report.col.round", lang), t("report.col.what", lang)],
        "rows": rows,
    }


def _mandate_text(scenario: Scenario, actor_id: str, names: said.Names, lang: str) -> str:
    mandate = scenario.actor(actor_id).mandate
    parts = []
    for issue, options in mandate.forbidden.items():
        listed = ", ".join(names.option(issue, o) for o in options)
        parts.append(
            f"{names.issues.get(issue, issue)} — {t('report.forbidden', lang, options=listed)}"
        )
    if mandate.min_score is not None:
        parts.append(t("report.min_score", lang, points=_fmt(mandate.min_score, lang)))
    return "; ".join(parts) if parts else t("report.no_mandate", lang)


def mandates_section(game: Game, d: GameDebrief, names: said.Names, lang: str) -> dict[str, Any]:
    scoring = d.scoring
    rows = []
    for actor in scoring.analysis.actors:
        counts = scoring.process.actors.get(actor)
        figures = (
            "—"
            if counts is None
            else f"{counts.questions_asked} · {counts.answered_truthfully}/"
            f"{counts.questions_received} · {counts.consultations} · {counts.supports_withdrawn}"
        )
        rows.append((names.actor(actor), _mandate_text(game.scenario, actor, names, lang), figures))
    mandate_effects = ("widen_mandate", "narrow_mandate")
    changes = [
        (e.round, e.text(lang))
        for e in game.log
        if e.kind in ("consultation", "support_lapsed")
        or (e.kind == "effect" and e.data.get("effect") in mandate_effects)
    ]
    return {
        "heads": [
            t("report.col.actor", lang),
            t("report.col.mandate", lang),
            t("report.col.counts", lang),
        ],
        "rows": rows,
        "changes": changes,
        "no_changes": t("report.no_mandate_log", lang),
    }


def interests_section(game: Game, d: GameDebrief, names: said.Names, lang: str) -> dict[str, Any]:
    scoring = d.scoring
    when = {(r.actor, r.interest): r for r in scoring.reveals}
    rows = []
    for actor in scoring.analysis.actors:
        for interest in game.scenario.actor(actor).interests:
            found = when.get((actor, interest.id))
            if found is None:
                text = t("report.not_revealed", lang)
            elif found.by_escalation:
                text = t("report.revealed_by_escalation", lang, round=found.round)
            else:
                text = t("report.revealed_by_actor", lang, round=found.round)
            rows.append((names.actor(actor), text_in(interest.text, lang), text))
    best = d.best_reachable.package if d.best_reachable is not None else {}
    hidden = []
    for item in scoring.hidden:
        issues = ", ".join(names.issues.get(i, i) for i in item.issues)
        options = "; ".join(
            f"{names.issues.get(i, i)}: {names.option(i, best.get(i))}" for i in item.issues
        )
        hidden.append(
            t(
                "report.hidden_item",
                lang,
                actor=names.actor(item.actor),
                interest=text_in(item.interest.text, lang),
                issues=issues,
                options=options,
            )
        )
    return {
        "heads": [
            t("report.col.actor", lang),
            t("report.col.interest", lang),
            t("report.col.revealed", lang),
        ],
        "rows": rows,
        "hidden_title": t("report.hidden_title", lang),
        "hidden": hidden,
        "hidden_none": t("report.hidden_none", lang),
    }


def learning_section(game: Game, d: GameDebrief, lang: str) -> dict[str, Any]:
    goals = []
    index = fixed(d.scoring.scores.integration_index, lang)
    for goal in game.scenario.learning_goals:
        questions = [text_in(q, lang) for q in goal.questions]
        for step in STEPS[len(questions) :]:
            questions.append(t(GENERIC_KEYS[step], lang, index=index))
        steps = [t(STEP_KEYS[STEPS[min(k, 2)]], lang) for k in range(len(questions))]
        goals.append(
            {
                "id": goal.id,
                "text": text_in(goal.text, lang),
                "questions": list(zip(steps, questions, strict=True)),
            }
        )
    return {"goals": goals, "none": t("report.no_goals", lang)}


def trainer_section(d: GameDebrief, lang: str) -> dict[str, Any]:
    outcome = d.outcome
    return {
        "figures": [
            Figure("", t("report.nash_ratio", lang), fixed(outcome.nash_ratio, lang), ""),
            Figure("", t("report.fairness", lang), fixed(outcome.fairness, lang), ""),
        ],
        "figure_ids": ["nash", "fairness"],
        "meanings": said.trainer_lines(d, lang),
    }


def sources_section(scenario: Scenario, lang: str) -> dict[str, Any]:
    """The case's sources and what it invents: a trainer checks a legal fact before relying
    on it."""
    return {
        "items": sources_of(scenario, lang),
        "none": t("report.sources.none", lang),
        "fiction_label": t("report.sources.fiction", lang),
        "fiction": None if scenario.fiction is None else text_in(scenario.fiction, lang),
    }
