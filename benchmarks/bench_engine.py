"""Full random-legal games per second per scenario, on one core.

Plays `--games` games per shipped scenario (seeds 0…n−1) with `random_legal_action`, and
reports games and actions per second, the mean length of a game and the outcomes; also the
engine alone (replaying recorded games: checks and effects, no random mover), a save → load
round trip and one player view as JSON. Prints one line per scenario, then
one JSON object.

    python benchmarks/bench_engine.py [--games 200]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter

from game.engine import Game, view_to_json
from game.engine.random_play import random_legal_action
from game.scenario.loader import load_scenario, shipped_scenarios
from game.scenario.model import Scenario

REPLAYS = 50  # games replayed from their actions to time the engine alone (no random mover)


def play(scenario: Scenario, seed: int) -> Game:
    game = Game(scenario, seed=seed)
    rng = random.Random(seed)
    while not game.is_over():
        actor = game.current_actor
        assert actor is not None
        action = random_legal_action(game, actor, rng)
        assert action is not None
        game.apply(action)
    return game


def measure(scenario: Scenario, games: int) -> dict[str, object]:
    outcomes: Counter[str] = Counter()
    actions = 0
    started = time.perf_counter()
    last = None
    for seed in range(games):
        last = play(scenario, seed)
        actions += len(last.actions)
        outcomes[last.outcome.kind if last.outcome else "none"] += 1
    seconds = time.perf_counter() - started
    assert last is not None
    replayed = [play(scenario, seed).actions for seed in range(min(games, REPLAYS))]
    t0 = time.perf_counter()
    for seed, actions_of_game in enumerate(replayed):
        game = Game(scenario, seed=seed)
        for action in actions_of_game:
            game.apply(action)
    replay_seconds = time.perf_counter() - t0
    replay_actions = sum(len(a) for a in replayed)
    save = last.to_save()
    t0 = time.perf_counter()
    Game.from_save(save, scenario)
    load_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    view_to_json(last.view(last.seats[0]))
    view_ms = (time.perf_counter() - t0) * 1000
    return {
        "scenario": scenario.id,
        "games": games,
        "games_per_second": round(games / seconds, 1),
        "actions_per_second": round(actions / seconds, 0),
        "mean_actions_per_game": round(actions / games, 1),
        "outcomes": dict(outcomes),
        "replay_actions_per_second": round(replay_actions / replay_seconds, 0),
        "load_ms": round(load_ms, 2),
        "view_json_ms": round(view_ms, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--games", type=int, default=200)
    args = parser.parse_args()
    results = []
    for path in shipped_scenarios():
        result = measure(load_scenario(path).scenario, args.games)
        results.append(result)
        print(
            f"{result['scenario']:28} {result['games_per_second']:>8} games/s "
            f"{result['actions_per_second']:>8} actions/s "
            f"{result['mean_actions_per_game']:>6} actions/game  "
            f"replay {result['replay_actions_per_second']:>8} actions/s  "
            f"load {result['load_ms']} ms  "
            f"view {result['view_json_ms']} ms  {result['outcomes']}"
        )
    print(json.dumps({"benchmark": "engine", "results": results}))


if __name__ == "__main__":
    main()
