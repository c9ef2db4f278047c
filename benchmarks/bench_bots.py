"""Full bot-only games per second on one core, per shipped scenario and strategy mix.

Each game runs from the first turn to its end with a bot in every seat (the scenario's
suggested strategies, then all-integrative and all-tough) and is scored as `simulate` scores
it; the games of a mix run as one batch, as `simulate` runs its chunks (`run_batch`: the
cycle collector held off). Prints one line per scenario and mix, then one JSON object.

The target holds for the suggested mix and for all-integrative tables (the slowest bots:
they model every other actor on every move), in games per CPU-second of this process as
well as per second of wall time; on a shared machine the CPU figure is the fair one.

    python benchmarks/bench_bots.py [--games 40] [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import os
import time

from game.agents.balance import run_batch, run_game, strategies_all, suggested_strategies
from game.scenario.loader import load_scenario, shipped_scenarios

TARGET = 100.0  # games per second per scenario, one core
#: The mixes the target applies to.
TARGET_MIXES = ("suggested", "integrative")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--games", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    figures: dict[str, dict[str, float]] = {}
    cpu_figures: dict[str, dict[str, float]] = {}  # fairer than wall time on a busy machine
    for path in shipped_scenarios():
        scenario = load_scenario(path).scenario
        mixes = {
            "suggested": suggested_strategies(scenario),
            "integrative": strategies_all(scenario, "integrative"),
            "tough": strategies_all(scenario, "tough"),
        }
        run_game(scenario, args.seed, 0, mixes["suggested"])  # warm caches and imports
        figures[scenario.id] = {}
        for name, strategies in mixes.items():
            started, cpu = time.perf_counter(), time.process_time()
            run_batch(scenario, args.seed, range(args.games), strategies)  # as `simulate` does
            rate = args.games / (time.perf_counter() - started)
            cpu_rate = args.games / (time.process_time() - cpu)
            figures[scenario.id][name] = round(rate, 1)
            cpu_figures.setdefault(scenario.id, {})[name] = round(cpu_rate, 1)
            print(f"{scenario.id:28} {name:12} {rate:7.1f} games/s ({cpu_rate:.1f} per CPU-second)")
    suggested = [mix["suggested"] for mix in figures.values()]
    lowest = {name: min(mix[name] for mix in figures.values()) for name in TARGET_MIXES}
    lowest_cpu = {name: min(mix[name] for mix in cpu_figures.values()) for name in TARGET_MIXES}
    print(
        json.dumps(
            {
                "benchmark": "bots",
                "games_per_mix": args.games,
                "games_per_second": figures,
                "games_per_cpu_second": cpu_figures,
                "load_average": list(os.getloadavg()),
                "min_suggested": min(suggested),
                "min_per_mix": lowest,
                "min_per_mix_cpu": lowest_cpu,
                "target": TARGET,
                "target_mixes": list(TARGET_MIXES),
                "meets_target": min(lowest.values()) >= TARGET,
                "meets_target_cpu": min(lowest_cpu.values()) >= TARGET,
            }
        )
    )


if __name__ == "__main__":
    main()
