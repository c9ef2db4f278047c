"""How long the exact outcome analysis takes on random tables of growing size.

Spaces of about 1k, 15k, 100k and 390k packages with 4 and 6 actors; points are random
integers 0–100 per option, and every BATNA sits at a quantile of the actor's own points
over all packages (`--batna-quantile`, default 0.5; 0 puts every package in the ZOPA, the
hardest case for the frontier). If `negmas` is importable, its `pareto_frontier` runs on the
same spaces beside ours. Prints one line per space, then one JSON object.

    python benchmarks/bench_scoring.py [--repeat 3] [--batna-quantile 0.5] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import numpy as np

from game.scenario.space import OutcomeSpace, TableData
from game.scoring.analysis import analyse_table

#: (issues, options per issue): 1,024 · 15,625 · 100,000 · 390,625 packages.
SHAPES = ((5, 4), (6, 5), (5, 10), (8, 5))
ACTORS = (4, 6)


def random_table(issues: int, options: int, actors: int, quantile: float, seed: int) -> TableData:
    """A table with random integer points and BATNAs at a quantile of each actor's points."""
    rng = np.random.default_rng(seed)
    shape = tuple((f"i{k}", tuple(f"o{j}" for j in range(options))) for k in range(issues))
    names = tuple(f"a{n}" for n in range(actors))
    points = {
        a: {i: {o: float(rng.integers(0, 101)) for o in opts} for i, opts in shape} for a in names
    }
    bare = TableData(shape, names, points, dict.fromkeys(names, 0.0))
    levels = np.quantile(OutcomeSpace(bare).points, quantile, axis=0)
    return TableData(shape, names, points, dict(zip(names, levels.tolist(), strict=True)))


def time_ours(table: TableData, repeat: int) -> tuple[float, float, int, int]:
    """Median wall-clock and CPU seconds of the whole analysis, ZOPA and frontier sizes."""
    walls, cpus = [], []
    for _ in range(repeat):
        started = time.process_time()
        analysis = analyse_table(table)
        cpus.append(time.process_time() - started)
        walls.append(analysis.seconds)
    return (
        statistics.median(walls),
        statistics.median(cpus),
        analysis.zopa_size,
        analysis.pareto_size,
    )


def time_negmas(table: TableData) -> float | None:
    """Seconds for negmas' Pareto frontier of the ZOPA's points, or None without negmas.

    negmas' points-based entry (`pareto_frontier_of`) is used: its `pareto_frontier` wants
    utility-function objects, and building those would time negmas' outcome enumeration too.
    """
    try:
        from negmas.preferences.ops import pareto_frontier_of  # type: ignore[import-not-found]
    except ImportError:
        return None
    space = OutcomeSpace(table)
    started = time.perf_counter()
    rows = space.points[space.zopa_mask]
    pareto_frontier_of(rows, sort_by_welfare=False)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batna-quantile", type=float, default=0.5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    results = []
    print(
        f"{'packages':>9} {'actors':>6} {'zopa':>8} {'pareto':>7} {'wall_s':>8} {'cpu_s':>8} "
        f"{'negmas_s':>9}"
    )
    for issues, options in SHAPES:
        for actors in ACTORS:
            table = random_table(issues, options, actors, args.batna_quantile, args.seed)
            seconds, cpu, zopa, pareto = time_ours(table, args.repeat)
            other = time_negmas(table)
            size = options**issues
            shown = "-" if other is None else f"{other:.4f}"
            print(
                f"{size:>9} {actors:>6} {zopa:>8} {pareto:>7} {seconds:>8.4f} {cpu:>8.4f} "
                f"{shown:>9}"
            )
            results.append(
                {
                    "packages": size,
                    "actors": actors,
                    "zopa_size": zopa,
                    "pareto_size": pareto,
                    "analysis_s": round(seconds, 5),
                    "cpu_s": round(cpu, 5),
                    "negmas_s": None if other is None else round(other, 5),
                    "ratio": None if other is None else round(other / seconds, 2),
                }
            )
    print(json.dumps({"batna_quantile": args.batna_quantile, "results": results}))


if __name__ == "__main__":
    main()
