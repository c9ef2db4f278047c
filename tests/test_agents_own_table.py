"""A bot's own outcome space: every package once, with its own points and its mandate."""

from __future__ import annotations

import numpy as np
from agents_support import all_scenarios

from game.agents.own_table import own_table
from game.engine import Game

SCENARIOS = all_scenarios()


def test_every_row_is_a_package_with_the_actors_own_points() -> None:
    for scenario in SCENARIOS:
        game = Game(scenario, seed=0)
        actor = game.current_actor
        table = own_table(game.view(actor))
        assert table.size == len({tuple(table.package(k).items()) for k in range(table.size)})
        for k in range(0, table.size, max(1, table.size // 50)):
            package = table.package(k)
            assert table.index_of(package) == k
            assert table.values[k] == game.points(actor, package)
            allowed = game.legal_actions(actor).allows_package(package)
            assert bool(table.allowed[k]) == allowed


def test_a_kept_table_equals_one_read_afresh_from_the_view() -> None:
    """`own_table` and `widened` find recent tables by the view's shared issue objects and
    equal points; on every view of bot games (events change points and options) the table
    found equals the one spelled out from that view alone (its mandate, plus the options an
    event ruled out for a party every agreement needs)."""
    from game.agents import make_bot
    from game.agents.own_table import _spelled_out, _with_ruled_out, widened

    def same(kept, fresh) -> bool:
        return (
            kept.issues == fresh.issues
            and kept.options == fresh.options
            and kept.batna == fresh.batna
            and all(
                np.array_equal(getattr(kept, name), getattr(fresh, name))
                for name in ("values", "forbidden", "below_minimum")
            )
        )

    checked = 0
    for scenario in SCENARIOS:
        for seed in (1, 6):
            game = Game(scenario, seed=seed)
            bots = {a.id: make_bot(a.id, "integrative", seed) for a in scenario.all_actors()}
            while not game.is_over():
                actor = game.current_actor
                view = game.view(actor)
                forbidden = view.mandate.forbidden
                now = _with_ruled_out(view, forbidden)
                assert same(own_table(view), _spelled_out(view, now, view.mandate.min_score))
                for consultation in view.consultations:
                    wide = widened(view, consultation)
                    allow = consultation.allow
                    opened = {
                        i: [o for o in opts if o not in allow.get(i, ())]
                        for i, opts in forbidden.items()
                    }
                    floor = view.mandate.min_score
                    floor = consultation.min_score if consultation.min_score is not None else floor
                    assert same(wide, _spelled_out(view, _with_ruled_out(view, opened), floor))
                checked += 1
                game.apply(bots[actor].act(view, game.legal_actions(actor)).action)
    assert checked >= 20
