"""What another way of playing would have earned: one seat replayed by each bot strategy.

The table is played again from the start, many times, with the chosen seat played by each
strategy in turn and every other seat unchanged. Game k of every strategy gets the same seed
(`game_seed(seed, k)`), so the strategies meet the same chance events and the same opponents'
dice: what differs between two rows is the seat's way of playing. The figures make the
negotiator's dilemma visible: where tough play pays for one seat and costs the table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from game.agents.balance import GameResult, run_batch
from game.scenario.model import STRATEGIES, Scenario

#: Games per strategy behind a trainee's "what another way would have earned": four
#: strategies of this many games stay under two seconds on every shipped scenario.
COUNTERFACTUAL_GAMES = 40

#: Plays games `indices` of a run with `seed` and these strategies (in this process, or
#: spread over workers by `simulate`).
Runner = Callable[[Scenario, int, range, Mapping[str, str]], Iterable[GameResult]]


def _in_process(
    scenario: Scenario, seed: int, indices: range, strategies: Mapping[str, str]
) -> Iterable[GameResult]:
    return run_batch(scenario, seed, indices, strategies)


@dataclass(frozen=True)
class StrategyRun:
    """One strategy in the seat: the seat's mean points, and what the table reached."""

    strategy: str
    games: int
    own_points_mean: float
    agreement_rate: float
    integration_index_mean: float

    def as_json(self) -> dict[str, Any]:
        return {
            "games": self.games,
            "own_points_mean": self.own_points_mean,
            "agreement_rate": self.agreement_rate,
            "integration_index_mean": self.integration_index_mean,
        }


@dataclass(frozen=True)
class SeatSwap:
    """Every strategy in one seat, the other seats as they were."""

    seat: str
    seed: int
    others: dict[str, str]
    strategies: dict[str, StrategyRun]

    def as_json(self) -> dict[str, Any]:
        return {
            "seat": self.seat,
            "seed": self.seed,
            "others": dict(self.others),
            "strategies": {name: run.as_json() for name, run in self.strategies.items()},
        }


def _figures(strategy: str, seat: str, results: list[GameResult]) -> StrategyRun:
    games = len(results)
    points = [r.points.get(seat, 0.0) for r in results]
    return StrategyRun(
        strategy=strategy,
        games=games,
        own_points_mean=round(sum(points) / games, 4),
        agreement_rate=round(sum(r.agreement for r in results) / games, 4),
        integration_index_mean=round(sum(r.integration_index for r in results) / games, 4),
    )


def seat_swap(
    scenario: Scenario,
    seat: str,
    others: Mapping[str, str],
    games: int = COUNTERFACTUAL_GAMES,
    seed: int = 0,
    runner: Runner = _in_process,
) -> SeatSwap:
    """`seat` played by each strategy in `games` games, every other seat by `others`."""
    kept = {actor: strategy for actor, strategy in others.items() if actor != seat}
    runs = {}
    for strategy in STRATEGIES:
        mix = {**kept, seat: strategy}
        results = list(runner(scenario, seed, range(games), mix))
        runs[strategy] = _figures(strategy, seat, results)
    return SeatSwap(seat, seed, kept, runs)


def seat_swap_matrix(
    scenario: Scenario,
    others: Mapping[str, str],
    games: int,
    seed: int = 0,
    runner: Runner = _in_process,
) -> list[SeatSwap]:
    """`seat_swap` for every seat at the table as it starts, in the scenario's order."""
    return [seat_swap(scenario, a.id, others, games, seed, runner) for a in scenario.actors]
