"""Points with decimals compare exactly: ZOPA, feasible deals, frontier, Nash, mandates, lint.

A table multiplied by 10 or 100 is the same negotiation: every set the game computes stays
the same, only the scale of the figures changes.
"""

from __future__ import annotations

import math
from itertools import product
from typing import Any

import numpy as np
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from scenario_support import actor_data as _actor
from scenario_support import text_data as _text

from game.agents.own_table import own_table
from game.engine import Game, Pass, Propose
from game.scenario.compromise import compromise_package
from game.scenario.lint import lint
from game.scenario.lint_space import MandateRule, inside_mandate
from game.scenario.loader import load_text
from game.scenario.model import Agreement, Scenario
from game.scenario.points import shown, total
from game.scenario.space import OutcomeSpace, TableData
from game.scoring.analysis import analyse_space, analyse_table


def _issue(issue_id: str, options: tuple[str, ...]) -> dict[str, Any]:
    return {
        "id": issue_id,
        "name": _text(issue_id),
        "options": [{"id": o, "label": _text(o)} for o in options],
    }


def tiny() -> dict[str, Any]:
    """0.7 + 0.1 against a BATNA (and a minimum score) of 0.8: exactly enough."""
    a = _actor("a", {"x": {"p": 0.7, "q": 0.0}, "y": {"r": 0.1, "s": 0.0}}, 0.8)
    a["mandate"] = {"min_score": 0.8}
    b = _actor("b", {"x": {"p": 0.2, "q": 0.5}, "y": {"r": 0.3, "s": 0.1}}, 0.5)
    return {
        "id": "klein",
        "title": _text("Klein"),
        "summary": _text("Een kleine tafel"),
        "rounds": 4,
        "issues": [_issue("x", ("p", "q")), _issue("y", ("r", "s"))],
        "actors": [a, b],
    }


def _scenario(data: dict[str, Any]) -> Scenario:
    return load_text(yaml.safe_dump(data, sort_keys=False), "klein.yaml", "en").scenario


def test_seven_tenths_plus_one_tenth_reaches_a_batna_of_eight_tenths() -> None:
    assert total([0.7, 0.1]) == 0.8
    analysis = analyse_table(TableData.from_scenario(_scenario(tiny())))
    best = analysis.space.index_of({"x": "p", "y": "r"})
    assert analysis.zopa[best] and analysis.zopa_size == 1
    assert analysis.best_possible["a"] == 0.8
    assert analysis.nash is not None and analysis.nash.index == best


def test_the_engine_accepts_a_package_exactly_at_the_minimum_score() -> None:
    game = Game(_scenario(tiny()))
    while game.current_actor != "a":
        game.apply(Pass(actor=game.current_actor))
    assert game.points("a", {"x": "p", "y": "r"}) == 0.8
    assert game.legal_actions("a").allows_package({"x": "p", "y": "r"})
    assert not game.legal_actions("a").allows_package({"x": "p", "y": "s"})
    table = own_table(game.view("a"))
    row = int(np.flatnonzero(table.values == 0.8)[0])
    assert table.package(row) == {"x": "p", "y": "r"} and table.allowed[row]
    assert table.values[row] >= table.batna
    game.apply(Propose(actor="a", package={"x": "p", "y": "r"}))


def test_an_event_adding_a_tenth_lands_exactly_on_the_sum() -> None:
    data = tiny()
    data["actors"][0]["points"]["y"]["r"] = 0.0
    data["events"] = [
        {
            "id": "extra",
            "message": _text("extra"),
            "trigger": {"round": 1},
            "effects": [
                {"kind": "change_points", "actor": "a", "issue": "x", "option": "p", "delta": 0.1}
            ],
        }
    ]
    game = Game(_scenario(data))
    assert game.view("a").points["x"]["p"] == 0.8  # 0.7 + 0.1, not 0.7999999999999999
    assert game.points("a", {"x": "p", "y": "r"}) == 0.8


def test_lint_says_nothing_false_about_the_tiny_table() -> None:
    data = tiny()
    report = lint(load_text(yaml.safe_dump(data, sort_keys=False), "klein.yaml", "en"), "en")
    assert not [p for p in report.problems if p.severity == "error"]
    assert not any("BATNA" in p.message or "mandate" in p.message for p in report.problems)
    data["actors"][0]["batna"] = 0.9
    report = lint(load_text(yaml.safe_dump(data, sort_keys=False), "klein.yaml", "en"), "en")
    found = [p for p in report.problems if "cannot reach its BATNA" in p.message]
    assert len(found) == 1
    assert "(0.9)" in found[0].message and "best possible 0.8)" in found[0].message
    assert "0.7999" not in found[0].message + (found[0].hint or "")


def test_lint_warns_about_points_with_more_decimals_than_the_game_keeps() -> None:
    data = tiny()
    data["actors"][1]["points"]["x"]["q"] = 0.12345678
    report = lint(load_text(yaml.safe_dump(data, sort_keys=False), "klein.yaml", "en"), "en")
    found = [p for p in report.problems if "decimals" in p.message]
    assert len(found) == 1 and found[0].severity == "warning"
    assert "0.123457" in found[0].message


def test_identical_points_from_different_decimals_share_the_frontier() -> None:
    # (a, c) = 0.1 + 0.2 and (b, d) = 0.3 + 0.0: equal points, both on the frontier
    points = {
        "u": {"x": {"a": 0.1, "b": 0.3}, "y": {"c": 0.2, "d": 0.0}},
        "v": {"x": {"a": 0.3, "b": 0.1}, "y": {"c": 0.0, "d": 0.2}},
    }
    table = TableData(
        (("x", ("a", "b")), ("y", ("c", "d"))), ("u", "v"), points, {"u": 0.0, "v": 0.0}
    )
    analysis = analyse_table(table)
    space = analysis.space
    first, second = space.index_of({"x": "a", "y": "c"}), space.index_of({"x": "b", "y": "d"})
    assert np.array_equal(space.units[first], space.units[second])
    on = set(analysis.pareto.tolist())
    assert (first in on) == (second in on) and first in on


def _table(tenths: np.ndarray, batna: np.ndarray, factor: int) -> TableData:
    """Points `tenths / 10 * factor` (one decimal for factor 1), issue k with its options."""
    n_issues, n_options, n_actors = tenths.shape
    issues = tuple((f"i{k}", tuple(f"o{j}" for j in range(n_options))) for k in range(n_issues))
    actors = tuple(f"a{n}" for n in range(n_actors))
    points = {
        a: {
            issue: {o: float(tenths[k, j, n]) * factor / 10 for j, o in enumerate(options)}
            for k, (issue, options) in enumerate(issues)
        }
        for n, a in enumerate(actors)
    }
    batnas = {a: float(batna[n]) * factor / 10 for n, a in enumerate(actors)}
    return TableData(issues, actors, points, batnas)


def _sets(table: TableData, rule: Agreement, floors: list[float | None]) -> dict[str, object]:
    space = OutcomeSpace(table)
    analysis = analyse_space(space, rule)
    allowed = [
        np.flatnonzero(inside_mandate(space, MandateRule({}, floor), k)).tolist()
        for k, floor in enumerate(floors)
    ]
    return {
        "zopa": np.flatnonzero(analysis.zopa).tolist(),
        "feasible": np.flatnonzero(analysis.feasible).tolist(),
        "pareto": analysis.pareto.tolist(),
        "nash": None if analysis.nash is None else analysis.nash.index,
        "max_joint": None if analysis.max_joint is None else analysis.max_joint.index,
        "compromise": analysis.compromise.index,
        "allowed": allowed,
    }


@st.composite
def decimal_tables(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, list[int | None], int]:
    n_issues = draw(st.integers(2, 3))
    n_options = draw(st.integers(2, 4))
    n_actors = draw(st.integers(2, 4))
    tenths = np.array(
        draw(
            st.lists(
                st.integers(-3, 12),
                min_size=n_issues * n_options * n_actors,
                max_size=n_issues * n_options * n_actors,
            )
        )
    ).reshape(n_issues, n_options, n_actors)
    batna = np.array(draw(st.lists(st.integers(-5, 25), min_size=n_actors, max_size=n_actors)))
    floors = draw(st.lists(st.none() | st.integers(-5, 30), min_size=n_actors, max_size=n_actors))
    quorum = draw(st.integers(1, n_actors))
    return tenths, batna, floors, quorum


@settings(max_examples=60, deadline=None)
@given(decimal_tables(), st.sampled_from([10, 100]))
def test_multiplying_a_decimal_table_changes_no_set_only_the_scale(
    drawn: tuple[np.ndarray, np.ndarray, list[int | None], int], factor: int
) -> None:
    tenths, batna, floors, quorum = drawn
    rule = Agreement(rule="quorum", quorum=quorum)
    small = _sets(_table(tenths, batna, 1), rule, [None if f is None else f / 10 for f in floors])
    large = _sets(
        _table(tenths, batna, factor),
        rule,
        [None if f is None else f * factor / 10 for f in floors],
    )
    assert small == large
    assert OutcomeSpace(_table(tenths, batna, 1)).scale in (1, 10)


def _brute_nash(table: TableData) -> int | None:
    """The Nash package by Python integers over every package (tenths as whole numbers)."""
    space = OutcomeSpace(table)
    best: tuple[int, int] | None = None
    for index in range(space.size):
        gains = [int(g) for g in space.surplus_units[index]]
        if min(gains) < 0:
            continue
        value = math.prod(gains)
        if best is None or value > best[0]:
            best = (value, index)
    return None if best is None else best[1]


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**32 - 1))
def test_the_nash_package_is_exact_when_products_outgrow_int64(seed: int) -> None:
    rng = np.random.default_rng(seed)
    actors = 14  # gains up to 10**5 each: products far beyond 2**63
    tenths = rng.integers(0, 10**5, size=(3, 3, actors)) * 10 + rng.integers(0, 3, (3, 3, 1))
    table = _table(tenths, np.zeros(actors, dtype=int), 1)
    analysis = analyse_table(table)
    assert analysis.nash is not None and analysis.nash.index == _brute_nash(table)


@settings(max_examples=40, deadline=None)
@given(decimal_tables(), st.randoms(use_true_random=False))
def test_the_compromise_ignores_the_order_of_options_and_actors(
    drawn: tuple[np.ndarray, np.ndarray, list[int | None], int], rnd: Any
) -> None:
    tenths, batna, _, _ = drawn
    table = _table(tenths, batna, 1)
    issues = [(issue, list(options)) for issue, options in table.issues]
    for _, options in issues:
        rnd.shuffle(options)
    actors = list(table.actors)
    rnd.shuffle(actors)
    shuffled = TableData(
        tuple((issue, tuple(options)) for issue, options in issues),
        tuple(actors),
        table.points,
        table.batna,
    )
    space, other = OutcomeSpace(table), OutcomeSpace(shuffled)
    assert space.package(compromise_package(space)) == other.package(compromise_package(other))


def test_the_compromise_takes_the_option_that_costs_nobody_much() -> None:
    # a: 10 / 6 / 0, b: 0 / 5 / 10 on one issue → the middle one costs a 40%, b 50%;
    # listed last it is still chosen, and ties go to the smaller option id
    points = {
        "a": {"x": {"z": 0.0, "m": 0.6, "a": 1.0}},
        "b": {"x": {"z": 1.0, "m": 0.5, "a": 0.0}},
    }
    table = TableData((("x", ("z", "a", "m")),), ("a", "b"), points, {"a": 0.0, "b": 0.0})
    space = OutcomeSpace(table)
    assert space.package(compromise_package(space)) == {"x": "m"}
    tie = {"a": {"x": {"p": 1.0, "q": 0.0}}, "b": {"x": {"p": 0.0, "q": 1.0}}}
    table = TableData((("x", ("q", "p")),), ("a", "b"), tie, {"a": 0.0, "b": 0.0})
    space = OutcomeSpace(table)
    assert space.package(compromise_package(space)) == {"x": "p"}


@pytest.fixture(scope="module")
def big_tenths() -> tuple[np.ndarray, np.ndarray]:
    """8 issues × 5 options (390,625 packages), 4 actors, seeded one-decimal points."""
    rng = np.random.default_rng(20261207)
    tenths = rng.integers(0, 41, size=(8, 5, 4))
    # BATNAs at the joint median of each actor's points, in tenths
    space = OutcomeSpace(_table(tenths, np.zeros(4, dtype=int), 10))
    batna = np.quantile(space.units, 0.4, axis=0).round().astype(int)
    return tenths, batna


def test_a_390625_package_table_in_tenths_gives_the_sets_of_the_same_table_times_ten(
    big_tenths: tuple[np.ndarray, np.ndarray],
) -> None:
    tenths, batna = big_tenths
    rule = Agreement(rule="quorum", quorum=3)
    small = analyse_table(_table(tenths, batna, 1), rule)
    large = analyse_table(_table(tenths, batna, 10), rule)
    assert small.space.size == 390_625 and small.space.scale == 10
    assert large.space.scale == 1
    assert small.zopa_size > 0 and small.pareto_size > 0
    assert np.array_equal(small.zopa, large.zopa)
    assert np.array_equal(small.feasible, large.feasible)
    assert np.array_equal(small.pareto, large.pareto)


def test_figures_for_people_are_rounded() -> None:
    assert shown(0.7 + 0.1) == "0.8"
    assert shown(0.1 + 0.2, sign=True) == "+0.3"
    assert shown(-0.0) == "0" and shown(12345.25) == "12345.25"
    assert shown(2.5, lang="nl") == "2,5"
    assert [shown(v) for v in (3.0, 40.0, -7.0)] == ["3", "40", "-7"]


def test_every_package_sum_matches_its_exact_decimal_sum() -> None:
    table = _table(np.arange(24).reshape(2, 3, 4) % 7, np.zeros(4, dtype=int), 1)
    space = OutcomeSpace(table)
    for index, digits in enumerate(product(range(3), repeat=2)):
        for n, actor in enumerate(table.actors):
            parts = [table.points[actor][f"i{k}"][f"o{d}"] for k, d in enumerate(digits)]
            assert space.points[index, n] == total(parts)
