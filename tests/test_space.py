"""The outcome space holds every actor's points for every package."""

import itertools

import numpy as np

from game.scenario.space import OutcomeSpace, TableData


def _table() -> TableData:
    return TableData(
        issues=(("a", ("x", "y")), ("b", ("p", "q", "r"))),
        actors=("A", "B"),
        points={
            "A": {"a": {"x": 1, "y": 2}, "b": {"p": 10, "q": 20, "r": 30}},
            "B": {"a": {"x": 5, "y": 0}, "b": {"p": 3, "q": 2, "r": 1}},
        },
        batna={"A": 0, "B": 4},
    )


def test_every_package_row_is_the_sum_of_its_options() -> None:
    space = OutcomeSpace(_table())
    table = _table()
    assert space.size == 6
    for a_opt, b_opt in itertools.product(("x", "y"), ("p", "q", "r")):
        row = space.index_of({"a": a_opt, "b": b_opt})
        assert space.package(row) == {"a": a_opt, "b": b_opt}
        for k, actor in enumerate(table.actors):
            want = table.points[actor]["a"][a_opt] + table.points[actor]["b"][b_opt]
            assert space.points[row, k] == want


def test_zopa_holds_packages_every_actor_prefers_to_no_deal() -> None:
    space = OutcomeSpace(_table())
    assert np.array_equal(space.zopa_mask, np.all(space.points >= space.batna, axis=1))
    assert space.zopa_mask.sum() == 3
