"""What another way of playing would have earned (game/agents/counterfactual.py, the debrief's
`counterfactual`): one seat replayed by every strategy, deterministic, the other seats as
they were."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

from scenario_support import LINDELAAN

from game.agents.balance import GameResult, play_bot_game, run_batch, suggested_strategies
from game.agents.counterfactual import seat_swap
from game.debrief import build_debrief, counterfactual
from game.scenario.loader import load_scenario
from game.scenario.model import STRATEGIES, Scenario


@cache
def lindelaan() -> Scenario:
    return load_scenario(LINDELAAN).scenario


OTHERS = {
    "gemeente": "tough",
    "ggz": "integrative",
    "zorgverzekeraar": "reciprocal",
    "bewoners": "conceder",
    "politie": "tough",
}


def test_seat_swap_is_deterministic() -> None:
    first = seat_swap(lindelaan(), "ambulance", OTHERS, games=3, seed=7)
    again = seat_swap(lindelaan(), "ambulance", OTHERS, games=3, seed=7)
    assert first.as_json() == again.as_json()
    assert set(first.strategies) == set(STRATEGIES)


def test_only_the_seat_changes_strategy_every_strategy_meets_the_same_games() -> None:
    calls: list[tuple[int, range, dict[str, str]]] = []

    def recording(
        scenario: Scenario, seed: int, indices: range, strategies: Mapping[str, str]
    ) -> Iterable[GameResult]:
        calls.append((seed, indices, dict(strategies)))
        return run_batch(scenario, seed, indices, strategies)

    mixed = {**OTHERS, "ambulance": "reciprocal"}  # the seat's own strategy is replaced
    swap = seat_swap(lindelaan(), "ambulance", mixed, games=2, seed=11, runner=recording)
    assert swap.others == OTHERS
    assert [mix["ambulance"] for _seed, _games, mix in calls] == list(STRATEGIES)
    for seed, games, mix in calls:
        assert (seed, games) == (11, range(2))
        assert {a: s for a, s in mix.items() if a != "ambulance"} == OTHERS


def test_the_figures_are_the_means_of_the_replayed_games() -> None:
    swap = seat_swap(lindelaan(), "ambulance", OTHERS, games=3, seed=5)
    for strategy, run in swap.strategies.items():
        results = run_batch(lindelaan(), 5, range(3), {**OTHERS, "ambulance": strategy})
        points = [r.points["ambulance"] for r in results]
        assert run.own_points_mean == round(sum(points) / 3, 4)
        assert run.agreement_rate == round(sum(r.agreement for r in results) / 3, 4)
        assert 0 <= run.integration_index_mean <= 1


def test_the_debrief_replays_the_trainees_seat_beside_what_it_got() -> None:
    scenario = lindelaan()
    game = play_bot_game(scenario, 4, suggested_strategies(scenario))
    found = counterfactual(game, "politie", {"ggz": "tough", "politie": "person"}, games=2)
    assert found.seat == "politie" and "politie" not in found.others
    assert found.others["ggz"] == "tough"
    assert found.games == 2 and found.seed == game.seed
    assert found.actual.own_points == game.final_points()["politie"]
    built = build_debrief(game, people=["politie"])
    assert built.seat == "politie" and built.counterfactual is None


def test_in_a_hotseat_the_row_of_what_was_got_names_the_seat_not_you() -> None:
    """Several people shared the screen: the replayed seat is the first person's, so the row
    beside the other ways says whose game it was; a solo trainee is still 'you'."""
    from game.debrief import words as said

    scenario = lindelaan()
    game = play_bot_game(scenario, 4, suggested_strategies(scenario))
    names = said.Names.of(scenario, "nl")
    shared = build_debrief(game, people=["politie", "ggz"], with_counterfactual=True, games=1)
    alone = build_debrief(game, people=["politie"], with_counterfactual=True, games=1)
    police = names.actor("politie")
    assert said.counterfactual_rows(shared, names)[0].way == f"{police}, dit potje"
    assert said.counterfactual_rows(alone, names)[0].way == "Jij, dit potje"
    assert said.counterfactual_lines(shared, names)[1].startswith(f"{police}, dit potje:")
