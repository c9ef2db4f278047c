"""The debrief report: one self-contained, printable HTML file (charts embedded as PNG).

Sections (each an element with a fixed id, so tests and trainers can find them): result,
scores, frontier, issues, timeline, mandates, interests, learning, moments (the learning
moments: personal feedback, and with a text-mode journal the reflection answers and guesses).
"""

from __future__ import annotations

import base64
from html import escape

from game.engine import Game
from game.learning.html import moments_section
from game.learning.journal import LearningJournal
from game.scenario.model import Scenario, Text, text_in
from game.scenario.points import shown
from game.scenario.sources import sources_of
from game.scoring import charts
from game.scoring.debrief import Debrief, debrief_game
from game.text import t

SECTIONS = (
    "result",
    "scores",
    "frontier",
    "issues",
    "timeline",
    "mandates",
    "interests",
    "learning",
    "moments",
    "sources",
)
STEPS = ("describe", "analyse", "transfer")

CSS = """
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #d9d9de; --accent: #08519c; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
  max-width: 1100px; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem;
  margin-top: 2.2rem; }
h3 { font-size: 1.05rem; margin-bottom: .3rem; }
.meta, .note { color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left;
  vertical-align: top; }
th { background: #f3f4f6; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
  gap: .6rem; margin: 1rem 0; }
.figure { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; }
.figure .value { font-size: 1.6rem; font-weight: 600; }
.figure.headline { border-color: var(--accent); background: #eef4fb; }
.figure .label { color: var(--muted); font-size: .85rem; }
img { max-width: 100%; height: auto; }
.event td { background: #fff8e1; }
.private { color: var(--muted); font-style: italic; }
.best { font-weight: 600; }
.hidden-list li { margin-bottom: .3rem; }
ol.questions li { margin-bottom: .25rem; }
h4 { font-size: .95rem; margin: .8rem 0 .2rem; }
.player { border-top: 1px solid var(--line); margin-top: 1rem; }
ul.feedback li { margin-bottom: .3rem; }
td.answer { font-style: italic; }
.step { font-weight: 600; margin-right: .3rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; }
  section, table, figure, .figures { break-inside: avoid; }
  tr { break-inside: avoid; }
  #timeline table, [id^="timeline-"] table { break-inside: auto; }
  article { break-before: page; }
  a { color: inherit; text-decoration: none; }
}
"""


def _fmt(value: float, lang: str) -> str:
    """A number of points: whole when it is, else up to two decimals, none from 1000 on
    (decimal comma in Dutch)."""
    return shown(value, 2 if abs(value) < 1000 else 0, lang=lang)


def _fixed(value: float, lang: str) -> str:
    """A score with two decimals (decimal comma in Dutch)."""
    text = f"{value:.2f}"
    return text.replace(".", ",") if lang == "nl" else text


def _img(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return f'<figure><img src="data:image/png;base64,{data}" alt="{escape(alt)}"></figure>'


class _Labels:
    """Names of actors, issues and options in one language, added options included."""

    def __init__(self, scenario: Scenario, lang: str) -> None:
        self.lang = lang
        self.actors = {a.id: text_in(a.name, lang) for a in scenario.all_actors()}
        self.issues = {i.id: text_in(i.name, lang) for i in scenario.issues}
        self.options: dict[tuple[str, str], str] = {
            (i.id, o.id): text_in(o.label, lang) for i in scenario.issues for o in i.options
        }
        for _event, effect in scenario.added_options():
            self.options[(effect.issue, effect.option.id)] = text_in(effect.option.label, lang)

    def option(self, issue: str, option: str | None) -> str:
        if option is None:
            return "—"
        return self.options.get((issue, option), option)

    def text(self, text: Text | None) -> str:
        return text_in(text, self.lang)


def _result(game: Game, debrief: Debrief, names: _Labels, lang: str) -> str:
    outcome = debrief.outcome
    scores = debrief.scores
    analysis = debrief.analysis
    if outcome is None:
        said = t("report.outcome.running", lang, round=game.round)
    elif outcome.kind == "agreement":
        supporters = ", ".join(names.actors.get(a, a) for a in outcome.supporters)
        said = t("report.outcome.agreement", lang, round=outcome.round, supporters=supporters)
    elif outcome.kind == "walkout":
        who = names.actors.get(outcome.actor or "", outcome.actor or "?")
        said = t("report.outcome.walkout", lang, actor=who, round=outcome.round)
    else:
        said = t("report.outcome.deadline", lang, round=outcome.round)
    yes, no = t("report.yes", lang), t("report.no", lang)
    figures = [
        (
            "headline",
            t("report.integration", lang),
            _fixed(scores.integration_index, lang),
            t("report.integration_note", lang),
        ),
        ("", t("report.pareto_optimal", lang), yes if scores.pareto_optimal else no, ""),
        (
            "",
            t("report.left_on_table", lang),
            _fmt(scores.left_on_table, lang),
            t("report.left_note", lang),
        ),
        ("", t("report.nash_ratio", lang), _fixed(scores.nash_ratio, lang), ""),
        ("", t("report.fairness", lang), _fixed(scores.fairness, lang), ""),
        ("", t("report.in_zopa", lang), yes if scores.in_zopa else no, ""),
    ]
    cards = "".join(
        f'<div class="figure {cls}" data-figure="{i}"><div class="label">{escape(label)}</div>'
        f'<div class="value">{escape(value)}</div><div class="note">{escape(note)}</div></div>'
        for i, (cls, label, value, note) in enumerate(figures)
    )
    zopa = t(
        "report.zopa_size",
        lang,
        zopa=analysis.zopa_size,
        packages=analysis.space.size,
        pareto=analysis.pareto_size,
    )
    if analysis.rule.rule == "quorum":
        zopa += " " + t("report.feasible_size", lang, feasible=analysis.feasible_size)
    if debrief.package is None:
        package = f"<p>{escape(t('report.no_package', lang))}</p>"
    else:
        rows = "".join(
            f"<tr><td>{escape(names.issues.get(i, i))}</td>"
            f"<td>{escape(names.option(i, o))}</td></tr>"
            for i, o in debrief.package.items()
        )
        package = (
            f"<h3>{escape(t('report.package', lang))}</h3><table><tr>"
            f"<th>{escape(t('report.col.issue', lang))}</th>"
            f"<th>{escape(t('report.col.chosen', lang))}</th></tr>{rows}</table>"
        )
    return (
        f'<p>{escape(said)}</p><div class="figures">{cards}</div>'
        f'<p class="note">{escape(zopa)}</p>{package}'
    )


def _scores(game: Game, debrief: Debrief, names: _Labels, lang: str) -> str:
    analysis = debrief.analysis
    heads = ["actor", "points", "batna", "best_zopa", "best", "individual", "process", "game"]
    header = "".join(f"<th>{escape(t(f'report.col.{h}', lang))}</th>" for h in heads)
    rows = []
    for actor in analysis.actors:
        score = debrief.scores.actors[actor]
        cells = [
            _fmt(score.points, lang),
            _fmt(analysis.batna[actor], lang),
            _fmt(analysis.best_in_zopa[actor], lang),
            _fmt(analysis.best_possible[actor], lang),
            _fixed(score.individual, lang),
            _fixed(score.process, lang),
            _fixed(score.game, lang),
        ]
        tds = "".join(f'<td class="num">{escape(c)}</td>' for c in cells)
        rows.append(
            f'<tr data-actor="{escape(actor)}"><td>{escape(names.actors[actor])}</td>{tds}</tr>'
        )
    weights = game.scenario.weights
    note = t(
        "report.weights",
        lang,
        own=_fmt(weights.own, lang),
        integration=_fmt(weights.integration, lang),
        process=_fmt(weights.process, lang),
    )
    bars = _img(charts.points_bars(debrief, names.actors, lang), t("report.chart.bars", lang))
    return (
        f"<table><tr>{header}</tr>{''.join(rows)}</table>"
        f'<p class="note">{escape(note)}</p>{bars}'
        f'<p class="note">{escape(t("report.chart.bars", lang))}</p>'
    )


def _frontier(debrief: Debrief, names: _Labels, lang: str) -> str:
    caption = t("report.chart.frontier", lang)
    png = charts.frontier_panels(debrief, names.actors, lang)
    return f'<p class="note">{escape(caption)}</p>{_img(png, caption)}'


def _issues(debrief: Debrief, names: _Labels, lang: str) -> str:
    actors = debrief.analysis.actors
    header = (
        f"<th>{escape(t('report.col.issue', lang))}</th>"
        f"<th>{escape(t('report.col.chosen', lang))}</th>"
        f"<th>{escape(t('report.col.max_joint', lang))}</th>"
        + "".join(f"<th>{escape(names.actors[a])}</th>" for a in actors)
    )
    rows = []
    for row in debrief.issues:
        cells = []
        for actor in actors:
            cell = row.actors[actor]
            chosen = "—" if cell.chosen_points is None else _fmt(cell.chosen_points, lang)
            got_best = cell.concession == 0
            weight = t("report.weight", lang, share=f"{100 * cell.weight:.0f}%")
            cls = "num best" if got_best else "num"
            cells.append(
                f'<td class="{cls}">{escape(chosen)} / {escape(_fmt(cell.best_points, lang))}'
                f'<br><span class="note">{escape(weight)}</span></td>'
            )
        rows.append(
            f"<tr><td>{escape(names.issues.get(row.issue, row.issue))}</td>"
            f"<td>{escape(names.option(row.issue, row.chosen))}</td>"
            f"<td>{escape(names.option(row.issue, row.max_joint))}</td>{''.join(cells)}</tr>"
        )
    note = t("report.issues_note", lang)
    table = f'<p class="note">{escape(note)}</p><table><tr>{header}</tr>{"".join(rows)}</table>'
    return table + _trades(debrief, names, lang)


def _trades(debrief: Debrief, names: _Labels, lang: str) -> str:
    """Per actor: the issues where it got its best option and where it gave way, heaviest first."""
    if debrief.package is None:
        return ""
    items = []
    for actor in debrief.analysis.actors:
        cells = sorted(
            ((row.actors[actor], row.issue) for row in debrief.issues),
            key=lambda pair: -pair[0].weight,
        )
        got = [names.issues.get(i, i) for c, i in cells if c.concession == 0 and c.weight > 0]
        gave = [names.issues.get(i, i) for c, i in cells if (c.concession or 0) > 0]
        none = t("report.trade.none", lang)
        said = t(
            "report.trade.line",
            lang,
            actor=names.actors[actor],
            got=", ".join(got) or none,
            gave=", ".join(gave) or none,
        )
        items.append(f"<li>{escape(said)}</li>")
    return f"<h3>{escape(t('report.trade.title', lang))}</h3><ul>{''.join(items)}</ul>"


def _timeline(game: Game, names: _Labels, lang: str) -> str:
    header = (
        f"<tr><th>{escape(t('report.col.round', lang))}</th>"
        f"<th>{escape(t('report.col.what', lang))}</th></tr>"
    )
    rows = []
    for entry in game.log:
        private = ""
        if entry.to is not None:
            who = ", ".join(names.actors.get(a, a) for a in entry.to)
            private = (
                f' <span class="private">({escape(t("report.private", lang, names=who))})</span>'
            )
        cls = ' class="event"' if entry.kind in ("event", "advice", "actor_joined") else ""
        rows.append(
            f'<tr{cls} data-kind="{escape(entry.kind)}"><td class="num">{entry.round}</td>'
            f"<td>{escape(entry.text(lang))}{private}</td></tr>"
        )
    return f"<table>{header}{''.join(rows)}</table>"


def _mandate_text(scenario: Scenario, actor_id: str, names: _Labels, lang: str) -> str:
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


def _mandates(game: Game, debrief: Debrief, names: _Labels, lang: str) -> str:
    header = (
        f"<tr><th>{escape(t('report.col.actor', lang))}</th>"
        f"<th>{escape(t('report.col.mandate', lang))}</th>"
        f"<th>{escape(t('report.col.counts', lang))}</th></tr>"
    )
    rows = []
    for actor in debrief.analysis.actors:
        counts = debrief.process.actors.get(actor)
        shown = (
            "—"
            if counts is None
            else f"{counts.questions_asked} · {counts.answered_truthfully}/"
            f"{counts.questions_received} · {counts.consultations} · {counts.supports_withdrawn}"
        )
        rows.append(
            f"<tr><td>{escape(names.actors[actor])}</td>"
            f"<td>{escape(_mandate_text(game.scenario, actor, names, lang))}</td>"
            f'<td class="num">{escape(shown)}</td></tr>'
        )
    mandate_effects = ("widen_mandate", "narrow_mandate")
    log = [
        e
        for e in game.log
        if e.kind in ("consultation", "support_lapsed")
        or (e.kind == "effect" and e.data.get("effect") in mandate_effects)
    ]
    if log:
        items = "".join(
            f'<tr><td class="num">{e.round}</td><td>{escape(e.text(lang))}</td></tr>' for e in log
        )
        changes = f"<table>{items}</table>"
    else:
        changes = f"<p>{escape(t('report.no_mandate_log', lang))}</p>"
    return f"<table>{header}{''.join(rows)}</table>{changes}"


def _interests(game: Game, debrief: Debrief, names: _Labels, lang: str) -> str:
    when = {(r.actor, r.interest): r for r in debrief.reveals}
    header = (
        f"<tr><th>{escape(t('report.col.actor', lang))}</th>"
        f"<th>{escape(t('report.col.interest', lang))}</th>"
        f"<th>{escape(t('report.col.revealed', lang))}</th></tr>"
    )
    rows = []
    for actor in debrief.analysis.actors:
        for interest in game.scenario.actor(actor).interests:
            found = when.get((actor, interest.id))
            if found is None:
                said = t("report.not_revealed", lang)
            elif found.by_escalation:
                said = t("report.revealed_by_escalation", lang, round=found.round)
            else:
                said = t("report.revealed_by_actor", lang, round=found.round)
            rows.append(
                f"<tr><td>{escape(names.actors[actor])}</td>"
                f"<td>{escape(names.text(interest.text))}</td><td>{escape(said)}</td></tr>"
            )
    best = debrief.analysis.max_joint.package if debrief.analysis.max_joint else {}
    if debrief.hidden:
        items = []
        for hidden in debrief.hidden:
            issues = ", ".join(names.issues.get(i, i) for i in hidden.issues)
            options = "; ".join(
                f"{names.issues.get(i, i)}: {names.option(i, best.get(i))}" for i in hidden.issues
            )
            items.append(
                "<li>"
                + escape(
                    t(
                        "report.hidden_item",
                        lang,
                        actor=names.actors[hidden.actor],
                        interest=names.text(hidden.interest.text),
                        issues=issues,
                        options=options,
                    )
                )
                + "</li>"
            )
        hidden = f'<ul class="hidden-list">{"".join(items)}</ul>'
    else:
        hidden = f"<p>{escape(t('report.hidden_none', lang))}</p>"
    title = t("report.hidden_title", lang)
    return f"<table>{header}{''.join(rows)}</table><h3>{escape(title)}</h3>{hidden}"


def _learning(game: Game, debrief: Debrief, names: _Labels, lang: str) -> str:
    goals = game.scenario.learning_goals
    if not goals:
        return f"<p>{escape(t('report.no_goals', lang))}</p>"
    index = _fixed(debrief.scores.integration_index, lang)
    parts = []
    for goal in goals:
        questions = [names.text(q) for q in goal.questions]
        for step in STEPS[len(questions) :]:
            questions.append(t(f"report.generic.{step}", lang, index=index))
        items = "".join(
            f'<li><span class="step">{escape(t(f"report.step.{STEPS[min(k, 2)]}", lang))}</span>'
            f"{escape(q)}</li>"
            for k, q in enumerate(questions)
        )
        parts.append(
            f'<div data-goal="{escape(goal.id)}"><h3>{escape(names.text(goal.text))}</h3>'
            f'<ol class="questions">{items}</ol></div>'
        )
    return "".join(parts)


def _game_sections(
    game: Game,
    debrief: Debrief,
    lang: str,
    suffix: str = "",
    journal: LearningJournal | None = None,
) -> str:
    """Every section of one game's debrief; `suffix` keeps ids unique in a room report."""
    names = _Labels(game.scenario, lang)
    bodies = {
        "result": _result(game, debrief, names, lang),
        "scores": _scores(game, debrief, names, lang),
        "frontier": _frontier(debrief, names, lang),
        "issues": _issues(debrief, names, lang),
        "timeline": _timeline(game, names, lang),
        "mandates": _mandates(game, debrief, names, lang),
        "interests": _interests(game, debrief, names, lang),
        "learning": _learning(game, debrief, names, lang),
        "moments": moments_section(game, debrief, lang, journal),
        "sources": _sources(game.scenario, lang),
    }
    return "".join(
        f'<section id="{key}{suffix}"><h2>{escape(t(f"report.section.{key}", lang))}</h2>'
        f"{bodies[key]}</section>"
        for key in SECTIONS
    )


def _sources(scenario: Scenario, lang: str) -> str:
    """The case's sources and what it invents: a trainer checks a legal fact before relying
    on it."""
    items = "".join(
        f'<li><a href="{escape(url)}">{escape(line)}</a></li>'
        if url
        else f"<li>{escape(line)}</li>"
        for line, url in sources_of(scenario, lang)
    )
    body = f"<ul>{items}</ul>" if items else f"<p>{escape(t('report.sources.none', lang))}</p>"
    if scenario.fiction is not None:
        fiction = escape(text_in(scenario.fiction, lang))
        body += f"<p><b>{escape(t('report.sources.fiction', lang))}</b> {fiction}</p>"
    return body


def _meta(game: Game, debrief: Debrief, lang: str) -> str:
    return t(
        "report.meta",
        lang,
        id=game.scenario.id,
        seed=game.seed,
        actors=len(debrief.analysis.actors),
        packages=debrief.analysis.space.size,
    )


def _document(title: str, body: str, lang: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
        f"{body}<footer>{escape(t('report.footer', lang))}</footer></body></html>"
    )


def render_report(game: Game, lang: str = "nl", journal: LearningJournal | None = None) -> str:
    """The whole debrief of `game` as one HTML document; `journal` (a text-mode save's
    reflection answers and guesses) adds them to the learning moments."""
    scenario = game.scenario
    debrief = debrief_game(game)
    title = t("report.title", lang, title=text_in(scenario.title, lang))
    header = (
        f'<header><h1>{escape(title)}</h1><p class="meta">{escape(_meta(game, debrief, lang))}'
        f"</p><p>{escape(text_in(scenario.summary, lang))}</p></header>"
    )
    return _document(title, header + _game_sections(game, debrief, lang, "", journal), lang)


def _outcome_word(game: Game, lang: str) -> str:
    outcome = game.outcome
    kind = "running" if outcome is None else outcome.kind
    return t(f"report.room.outcome.{kind}", lang, round=outcome.round if outcome else game.round)


def render_room_report(
    games: list[Game],
    lang: str = "nl",
    journals: list[LearningJournal | None] | None = None,
) -> str:
    """Several tables of a room side by side, then each table's own debrief (`journals`, one
    per game or None, as for `render_report`)."""
    debriefs = [debrief_game(g) for g in games]
    kept = journals if journals is not None else [None] * len(games)
    title = t("report.room.title", lang, tables=len(games))
    heads = ["table", "scenario", "outcome", "integration", "pareto", "left", "nash", "fairness"]
    header = "".join(f"<th>{escape(t(f'report.room.col.{h}', lang))}</th>" for h in heads)
    yes, no = t("report.yes", lang), t("report.no", lang)
    rows = []
    for n, (game, debrief) in enumerate(zip(games, debriefs, strict=True), start=1):
        scores = debrief.scores
        cells = [
            f'<a href="#table-{n}">{n}</a>',
            escape(f"{text_in(game.scenario.title, lang)} (seed {game.seed})"),
            escape(_outcome_word(game, lang)),
            escape(_fixed(scores.integration_index, lang)),
            escape(yes if scores.pareto_optimal else no),
            escape(_fmt(scores.left_on_table, lang)),
            escape(_fixed(scores.nash_ratio, lang)),
            escape(_fixed(scores.fairness, lang)),
        ]
        rows.append(f'<tr data-table="{n}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    bars = charts.room_bars(
        [f"{n}" for n in range(1, len(games) + 1)],
        [d.scores.integration_index for d in debriefs],
        lang,
    )
    summary = (
        f'<section id="room"><h2>{escape(t("report.room.section", lang))}</h2>'
        f"<table><tr>{header}</tr>{''.join(rows)}</table>"
        f"{_img(bars, t('report.integration', lang))}</section>"
    )
    tables = "".join(
        f'<article id="table-{n}"><h1>{escape(t("report.room.table", lang, n=n))} — '
        f"{escape(text_in(game.scenario.title, lang))}</h1>"
        f'<p class="meta">{escape(_meta(game, debrief, lang))}</p>'
        f"{_game_sections(game, debrief, lang, f'-{n}', journal)}</article>"
        for n, (game, debrief, journal) in enumerate(
            zip(games, debriefs, kept, strict=True), start=1
        )
    )
    return _document(title, f"<header><h1>{escape(title)}</h1></header>{summary}{tables}", lang)
