"""The debrief report: one self-contained, printable HTML file (charts embedded as PNG),
rendered from the Jinja2 template game/debrief/templates/report.html.j2 (autoescaped) out of
the one debrief structure (`game.debrief.GameDebrief`).

Sections (each an element with a fixed id, so tests and trainers can find them): result,
possible (what the table could carry under three mandate sets), why (why no deal or a thin
one), counterfactual (what another way of playing would have earned), scores, frontier,
issues, timeline, mandates, interests, learning, moments (personal feedback, and with a
text-mode journal the reflection answers and guesses), trainer (Nash ratio and fairness, each
with its meaning), sources.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from game.debrief import GameDebrief, build_debrief
from game.debrief import words as said
from game.debrief.report_sections import (
    counterfactual_section,
    fixed,
    interests_section,
    issues_section,
    learning_section,
    mandates_section,
    png_uri,
    possible_section,
    result_section,
    scores_section,
    sources_section,
    timeline_section,
    trainer_section,
)
from game.engine import Game
from game.learning.html import moments_view
from game.learning.journal import LearningJournal
from game.scenario.model import text_in
from game.scoring import charts
from game.text import t

SECTIONS = (
    "result",
    "possible",
    "why",
    "counterfactual",
    "scores",
    "frontier",
    "issues",
    "timeline",
    "mandates",
    "interests",
    "learning",
    "moments",
    "trainer",
    "sources",
)
SECTION_KEYS = {
    "result": "report.section.result",
    "possible": "debrief.title.possible",
    "why": "debrief.title.why",
    "counterfactual": "debrief.title.counterfactual",
    "scores": "report.section.scores",
    "frontier": "report.section.frontier",
    "issues": "report.section.issues",
    "timeline": "report.section.timeline",
    "mandates": "report.section.mandates",
    "interests": "report.section.interests",
    "learning": "report.section.learning",
    "moments": "report.section.moments",
    "trainer": "debrief.title.trainer",
    "sources": "report.section.sources",
}
OUTCOME_KEYS = {
    "agreement": "report.room.outcome.agreement",
    "deadline": "report.room.outcome.deadline",
    "walkout": "report.room.outcome.walkout",
    "running": "report.room.outcome.running",
}
TEMPLATES = Path(__file__).parent / "templates"


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def game_view(
    game: Game,
    d: GameDebrief,
    lang: str,
    suffix: str = "",
    journal: LearningJournal | None = None,
) -> dict[str, Any]:
    """Everything the template shows of one game; `suffix` keeps ids unique in a room report."""
    names = said.Names.of(game.scenario, lang)
    scoring = d.scoring
    frontier = t("report.chart.frontier", lang)
    return {
        "suffix": suffix,
        "sections": SECTIONS,
        "titles": {key: t(SECTION_KEYS[key], lang) for key in SECTIONS},
        "meta": t(
            "report.meta",
            lang,
            id=game.scenario.id,
            seed=game.seed,
            actors=len(scoring.analysis.actors),
            packages=scoring.analysis.space.size,
        ),
        "result": result_section(game, d, names, lang),
        "possible": possible_section(d, names, lang),
        "why": said.why_lines(d, names),
        "counterfactual": counterfactual_section(d, names, lang),
        "scores": scores_section(game, d, names, lang),
        "frontier": {
            "caption": frontier,
            "png": png_uri(charts.frontier_panels(scoring, names.actors, lang)),
        },
        "issues": issues_section(d, names, lang),
        "timeline": timeline_section(game, names, lang),
        "mandates": mandates_section(game, d, names, lang),
        "interests": interests_section(game, d, names, lang),
        "learning": learning_section(game, d, lang),
        "moments": moments_view(game, scoring, lang, journal),
        "trainer": trainer_section(d, lang),
        "sources": sources_section(game.scenario, lang),
    }


def _render(**context: Any) -> str:
    return _environment().get_template("report.html.j2").render(**context)


def render_report(
    game: Game,
    lang: str = "nl",
    journal: LearningJournal | None = None,
    debrief: GameDebrief | None = None,
) -> str:
    """The whole debrief of `game` as one HTML document; `journal` (a text-mode save's
    reflection answers and guesses) adds them to the learning moments; `debrief` is the one
    structure when the caller built it (with its counterfactual), else it is built here
    without one."""
    scenario = game.scenario
    found = debrief if debrief is not None else build_debrief(game)
    return _render(
        lang=lang,
        title=t("report.title", lang, title=text_in(scenario.title, lang)),
        summary=text_in(scenario.summary, lang),
        footer=t("report.footer", lang),
        room=None,
        games=[game_view(game, found, lang, "", journal)],
    )


def _outcome_word(game: Game, lang: str) -> str:
    outcome = game.outcome
    kind = "running" if outcome is None else outcome.kind
    return t(OUTCOME_KEYS[kind], lang, round=outcome.round if outcome else game.round)


def render_room_report(
    games: list[Game],
    lang: str = "nl",
    journals: list[LearningJournal | None] | None = None,
) -> str:
    """Several tables of a room side by side, then each table's own debrief (`journals`, one
    per game or None, as for `render_report`)."""
    debriefs = [build_debrief(g) for g in games]
    kept = journals if journals is not None else [None] * len(games)
    yes, no = t("report.yes", lang), t("report.no", lang)
    rows = []
    for n, (game, d) in enumerate(zip(games, debriefs, strict=True), start=1):
        scores = d.scoring.scores
        rows.append(
            [
                n,
                f"{text_in(game.scenario.title, lang)} (seed {game.seed})",
                _outcome_word(game, lang),
                fixed(scores.integration_index, lang),
                yes if scores.pareto_optimal else no,
                fixed(scores.nash_ratio, lang),
                fixed(scores.fairness, lang),
            ]
        )
    bars = charts.room_bars(
        [f"{n}" for n in range(1, len(games) + 1)],
        [d.scoring.scores.integration_index for d in debriefs],
        lang,
    )
    heads = ["table", "scenario", "outcome", "integration", "pareto", "nash", "fairness"]
    room = {
        "title": t("report.room.section", lang),
        "heads": [t(ROOM_KEYS[h], lang) for h in heads],
        "rows": rows,
        "bars": png_uri(bars),
        "bars_alt": t("report.integration", lang),
        "meanings": [t("debrief.nash.short", lang), t("debrief.fairness.short", lang)],
    }
    views = []
    for n, (game, d, journal) in enumerate(zip(games, debriefs, kept, strict=True), start=1):
        view = game_view(game, d, lang, f"-{n}", journal)
        view["heading"] = (
            f"{t('report.room.table', lang, n=n)} — {text_in(game.scenario.title, lang)}"
        )
        view["anchor"] = f"table-{n}"
        views.append(view)
    return _render(
        lang=lang,
        title=t("report.room.title", lang, tables=len(games)),
        summary=None,
        footer=t("report.footer", lang),
        room=room,
        games=views,
    )


ROOM_KEYS = {
    "table": "report.room.col.table",
    "scenario": "report.room.col.scenario",
    "outcome": "report.room.col.outcome",
    "integration": "report.room.col.integration",
    "pareto": "report.room.col.pareto",
    "nash": "report.room.col.nash",
    "fairness": "report.room.col.fairness",
}
