"""The exact analysis agrees with brute force on small random tables."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from game.scenario.model import Agreement
from game.scenario.space import OutcomeSpace, TableData
from game.scoring.analysis import analyse_table
from game.scoring.pareto import dominates, frontier_mask, nondominated
from game.scoring.scores import ProcessFigures, score_outcome

SETTINGS = settings(max_examples=80, deadline=None)


@st.composite
def tables(draw: st.DrawFn, max_issues: int = 5, max_actors: int = 4) -> TableData:
    """Small tables with integer points (exact arithmetic) and many ties."""
    n_issues = draw(st.integers(1, max_issues))
    n_actors = draw(st.integers(2, max_actors))
    high = draw(st.sampled_from([2, 5, 40]))
    issues = tuple(
        (f"i{k}", tuple(f"o{j}" for j in range(draw(st.integers(2, 4))))) for k in range(n_issues)
    )
    actors = tuple(f"a{k}" for k in range(n_actors))
    points = {
        a: {i: {o: float(draw(st.integers(0, high))) for o in opts} for i, opts in issues}
        for a in actors
    }
    batna = {a: float(draw(st.integers(0, high * n_issues))) for a in actors}
    return TableData(issues=issues, actors=actors, points=points, batna=batna)


def brute_frontier(points: np.ndarray, within: np.ndarray) -> np.ndarray:
    rows = np.flatnonzero(within)
    sub = points[rows]
    beaten = dominates(sub[:, None, :], sub[None, :, :]).any(axis=0)
    return rows[~beaten]


@SETTINGS
@given(tables())
def test_frontier_equals_brute_force_within_the_zopa(table: TableData) -> None:
    analysis = analyse_table(table)
    space = analysis.space
    want = brute_frontier(space.points, analysis.zopa)
    assert np.array_equal(analysis.pareto, want)


@SETTINGS
@given(tables())
def test_frontier_packages_do_not_dominate_each_other(table: TableData) -> None:
    analysis = analyse_table(table)
    front = analysis.space.points[analysis.pareto]
    assert not dominates(front[:, None, :], front[None, :, :]).any()


@SETTINGS
@given(tables())
def test_every_zopa_package_off_the_frontier_is_dominated_by_one_on_it(table: TableData) -> None:
    analysis = analyse_table(table)
    points = analysis.space.points
    off = np.setdiff1d(np.flatnonzero(analysis.zopa), analysis.pareto)
    front = points[analysis.pareto]
    assert dominates(front[:, None, :], points[off][None, :, :]).any(axis=0).all()


@SETTINGS
@given(tables())
def test_packages_with_identical_points_share_their_frontier_status(table: TableData) -> None:
    analysis = analyse_table(table)
    points = analysis.space.points
    on = np.zeros(len(points), dtype=bool)
    on[analysis.pareto] = True
    zopa = np.flatnonzero(analysis.zopa)
    same = np.all(points[zopa][:, None, :] == points[zopa][None, :, :], axis=2)
    assert np.all(~same | (on[zopa][:, None] == on[zopa][None, :]))


@SETTINGS
@given(tables())
def test_nash_and_max_joint_are_the_first_maxima_over_the_zopa(table: TableData) -> None:
    analysis = analyse_table(table)
    surplus = analysis.space.surplus
    zopa = np.flatnonzero(analysis.zopa)
    if zopa.size == 0:
        assert analysis.nash is None and analysis.max_joint is None
        return
    product = np.prod(surplus[zopa], axis=1)
    joint = surplus[zopa].sum(axis=1)
    assert analysis.nash is not None and analysis.max_joint is not None
    assert analysis.nash.index == zopa[np.argmax(product)]
    assert analysis.max_joint.index == zopa[np.argmax(joint)]


@SETTINGS
@given(tables(), st.data())
def test_integration_index_lies_between_0_and_1(table: TableData, data: st.DataObject) -> None:
    analysis = analyse_table(table)
    index = data.draw(st.integers(0, analysis.space.size - 1))
    scores = score_outcome(analysis, analysis.space.package(index))
    assert 0.0 <= scores.integration_index <= 1.0
    assert score_outcome(analysis, None).integration_index == 0.0
    if analysis.max_joint is not None:
        best = score_outcome(analysis, analysis.max_joint.package)
        assert best.integration_index == 1.0
        assert best.left_on_table == 0.0 or not best.pareto_optimal


@SETTINGS
@given(tables(), st.integers(0, 3), st.integers(-50, 50), st.data())
def test_pareto_set_and_nash_survive_rescaling_one_actor(
    table: TableData, power: int, shift: int, data: st.DataObject
) -> None:
    actor = data.draw(st.sampled_from(table.actors))
    factor = float(data.draw(st.sampled_from([1, 2, 3, 5]))) * 2.0**power
    points = {a: {i: dict(opts) for i, opts in t.items()} for a, t in table.points.items()}
    first_issue = table.issues[0][0]
    for issue, options in points[actor].items():
        for option in options:
            bonus = shift if issue == first_issue else 0
            options[option] = options[option] * factor + bonus
    batna = dict(table.batna)
    batna[actor] = batna[actor] * factor + shift
    scaled = TableData(table.issues, table.actors, points, batna)
    before, after = analyse_table(table), analyse_table(scaled)
    assert np.array_equal(before.pareto, after.pareto)
    assert (before.nash is None) == (after.nash is None)
    if before.nash is not None and after.nash is not None:
        assert before.nash.index == after.nash.index


@SETTINGS
@given(tables(max_actors=5), st.integers(1, 5), st.data())
def test_quorum_feasible_set_holds_packages_a_valid_coalition_prefers(
    table: TableData, quorum: int, data: st.DataObject
) -> None:
    quorum = min(quorum, len(table.actors))
    required = data.draw(st.lists(st.sampled_from(table.actors), max_size=quorum, unique=True))
    analysis = analyse_table(table, Agreement(rule="quorum", quorum=quorum, required=required))
    space = OutcomeSpace(table)
    content = space.surplus >= 0
    for row in range(space.size):
        happy = {a for k, a in enumerate(table.actors) if content[row, k]}
        want = len(happy) >= quorum and set(required) <= happy
        assert analysis.feasible[row] == want
    assert np.all(analysis.feasible[analysis.zopa])


@SETTINGS
@given(st.integers(2, 8), st.integers(1, 600), st.booleans(), st.integers(0, 10**6))
def test_sweep_matches_brute_force_on_random_points(
    dims: int, size: int, distinct: bool, seed: int
) -> None:
    """Small integers give many ties; distinct floats need every bit of the packed ranks."""
    rng = np.random.default_rng(seed)
    if distinct:
        points = rng.random((size, dims))
    else:
        points = rng.integers(0, 6, size=(size, dims)).astype(float)
    assert np.array_equal(nondominated(points), brute_frontier(points, np.ones(size, bool)))


def test_divide_and_conquer_matches_brute_force_on_a_larger_space() -> None:
    rng = np.random.default_rng(7)
    tables_ = [rng.integers(0, 20, size=(4, 4)).astype(float) for _ in range(5)]
    table = TableData(
        issues=tuple((f"i{k}", tuple(f"o{j}" for j in range(4))) for k in range(5)),
        actors=("a", "b", "c", "d"),
        points={
            a: {f"i{k}": {f"o{j}": tables_[k][j, n] for j in range(4)} for k in range(5)}
            for n, a in enumerate("abcd")
        },
        batna=dict.fromkeys("abcd", 25.0),
    )
    space = OutcomeSpace(table)
    mask = frontier_mask(space.issue_tables, space.points, space.zopa_mask, space.batna)
    assert np.array_equal(np.flatnonzero(mask), brute_frontier(space.points, space.zopa_mask))


def test_no_deal_scores_zero_and_process_counts_only_with_a_deal() -> None:
    table = TableData(
        issues=(("a", ("x", "y")),),
        actors=("p", "q"),
        points={"p": {"a": {"x": 10, "y": 0}}, "q": {"a": {"x": 6, "y": 10}}},
        batna={"p": 0, "q": 5},
    )
    analysis = analyse_table(table)
    none = score_outcome(analysis, None, ProcessFigures(rounds_used=3))
    assert none.integration_index == 0.0 and none.nash_ratio == 0.0
    assert none.left_on_table == 1.0  # package x gives both at least 1 more
    assert not none.pareto_optimal
    deal = score_outcome(analysis, {"a": "x"}, ProcessFigures(rounds_used=1, deadline=8))
    assert deal.integration_index == 1.0 and deal.pareto_optimal and deal.nash_ratio == 1.0
    assert deal.actors["p"].individual == 1.0


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10**6))
def test_frontier_is_exact_with_genius_style_fractional_points(seed: int) -> None:
    """Weights × evaluation / max evaluation: sums that round, and many ties."""
    rng = np.random.default_rng(seed)
    n_issues, n_actors = int(rng.integers(3, 6)), int(rng.integers(2, 5))
    issues = tuple(
        (f"i{k}", tuple(f"o{j}" for j in range(int(rng.integers(2, 5))))) for k in range(n_issues)
    )
    weights = rng.random((n_actors, n_issues))
    weights /= weights.sum(axis=1, keepdims=True)
    points = {
        f"a{n}": {
            issue: {o: float(weights[n, k] * rng.integers(0, 4) / 3) for o in options}
            for k, (issue, options) in enumerate(issues)
        }
        for n in range(n_actors)
    }
    batna = {a: float(rng.random() * 0.5) for a in points}
    analysis = analyse_table(TableData(issues, tuple(points), points, batna))
    assert np.array_equal(analysis.pareto, brute_frontier(analysis.space.points, analysis.zopa))
