"""The HTML report comes from one Jinja2 template with autoescaping, out of the one debrief
structure: what a scenario says is escaped, and the trainer's figures (Nash ratio, fairness)
appear only in the trainer's part, each with its meaning."""

from __future__ import annotations

from functools import cache

from scenario_support import LINDELAAN

from game.debrief import build_debrief
from game.debrief.report import render_report
from game.engine import Game, Pass
from game.scenario.loader import load_scenario
from game.scenario.model import LocalText

EVIL = '<script>alert("x")</script> & <b>'


@cache
def _ended(title: str | None = None) -> Game:
    scenario = load_scenario(LINDELAAN).scenario
    if title is not None:
        actors = list(scenario.actors)
        first = actors[0].model_copy(update={"name": LocalText(nl=title, en=title)})
        scenario = scenario.model_copy(update={"actors": [first, *actors[1:]]})
    game = Game(scenario, seed=1)
    while not game.is_over():
        game.apply(Pass(actor=game.current_actor))
    return game


def _section(html: str, key: str) -> str:
    start = html.index(f'<section id="{key}">')
    return html[start : html.index("</section>", start)]


def test_what_a_scenario_says_is_escaped() -> None:
    html = render_report(_ended(EVIL), "nl")
    assert EVIL not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;" in html
    assert "<script" not in html


def test_nash_ratio_and_fairness_only_in_the_trainers_part_with_their_meaning() -> None:
    html = render_report(_ended(), "en")
    trainer = _section(html, "trainer")
    assert "Nash ratio 0.00: how close the product" in trainer
    assert "Fairness 1.00: 1 minus the gap" in trainer
    rest = html.replace(trainer, "")
    assert "Nash ratio" not in rest and "Fairness" not in rest


def test_the_report_reads_the_debrief_it_is_given() -> None:
    game = _ended()
    debrief = build_debrief(game, seat="ggz")
    html = render_report(game, "nl", debrief=debrief)
    result = _section(html, "result")
    assert "tafel zoals de casus begon" in result
    assert "tafel aan het eind, na de gebeurtenissen" in result
    assert " 0 punten meer" not in html
    why = _section(html, "why")
    assert "Er is geen voorstel gedaan." in why
