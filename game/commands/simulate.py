"""`python -m game simulate`: many bot-only games of one scenario, and the figures a trainer
reads to see whether the scenario rewards integrative play.

Games run across processes (all cores by default); game k gets a seed derived from the run's
seed and k alone, and results are ordered by k, so the same seed gives the same figures with
any number of workers. Timing goes to stderr (text) or under "timing" (JSON), never into the
figures.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any

from rich.console import Console as RichConsole
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
from rich.progress import Progress as RichProgress

from game.agents.balance import (
    GOAL_AGREEMENT,
    GOAL_INDEX_GAP,
    BalanceFigures,
    GameResult,
    Summary,
    event_ids,
    goal_verdict,
    run_batch,
    strategies_all,
    suggested_strategies,
    summarise,
)
from game.agents.counterfactual import SeatSwap, seat_swap_matrix
from game.scenario.lint import local_number
from game.scenario.loader import ScenarioError, default_scenario_path, load_scenario
from game.scenario.model import STRATEGIES, Scenario, text_in
from game.scenario.source import remember_text, source_text
from game.text import t

NAME = "simulate"
HELP = t("simulate.help")

DEFAULT_GAMES = 100
#: Games per task sent to a worker: large enough to keep start-up cheap, small enough for
#: a lively progress bar.
CHUNK = 10
BAR_WIDTH = 30
#: The most games one run plays: more would take days and hold every result in memory.
MAX_GAMES = 1_000_000
#: Chunks waiting per worker: enough to keep workers busy, few enough to stay small.
PENDING_PER_WORKER = 4


def _default_lang() -> str:
    return "en" if os.environ.get("OMGEVINGSTAFEL_LANG", "nl").startswith("en") else "nl"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--scenario", metavar="PATH", help=t("simulate.arg.scenario"))
    parser.add_argument("--games", default=str(DEFAULT_GAMES), help=t("simulate.arg.games"))
    parser.add_argument("--seed", default="0", help=t("simulate.arg.seed"))
    parser.add_argument("--strategies", metavar="SPEC", help=t("simulate.arg.strategies"))
    parser.add_argument("--compare", action="store_true", help=t("simulate.arg.compare"))
    parser.add_argument("--json", action="store_true", help=t("simulate.arg.json"))
    parser.add_argument("--save-dir", metavar="DIR", help=t("simulate.arg.save_dir"))
    parser.add_argument("--seat-swap", action="store_true", help=t("simulate.arg.seat_swap"))
    parser.add_argument("--workers", default=None, help=t("simulate.arg.workers"))
    parser.add_argument(
        "--lang", choices=("nl", "en"), default=_default_lang(), help=t("simulate.arg.lang")
    )


class UsageError(Exception):
    """A bad argument, with the message a person reads."""


def parse_strategies(spec: str | None, scenario: Scenario, lang: str) -> dict[str, str]:
    """One strategy for all ("tough"), or per actor ("gemeente=tough,ggz=integrative") on top
    of the scenario's suggestions; every actor (late ones too) gets one."""
    chosen = suggested_strategies(scenario)
    if not spec:
        return chosen
    known = ", ".join(STRATEGIES)
    actors = [a.id for a in scenario.all_actors()]

    def refuse(reason: str) -> UsageError:
        return UsageError(
            t("simulate.bad_strategies", lang, given=spec, reason=reason, known=known)
        )

    if "=" not in spec:
        name = spec.strip()
        if name not in STRATEGIES:
            raise refuse(t("simulate.unknown_strategy", lang, name=name))
        return dict.fromkeys(actors, name)
    for part in spec.split(","):
        actor, _, name = (x.strip() for x in part.partition("="))
        if actor not in actors:
            raise refuse(t("simulate.unknown_actor", lang, actor=actor, actors=", ".join(actors)))
        if name not in STRATEGIES:
            raise refuse(t("simulate.unknown_strategy", lang, name=name))
        chosen[actor] = name
    return chosen


def _count(
    value: str | None, name: str, lang: str, *, zero: bool = False, most: int | None = None
) -> int:
    try:
        number = int(str(value))
    except ValueError:
        number = -1
    if number < (0 if zero else 1):
        raise UsageError(t("simulate.bad_count", lang, name=name, value=value))
    if most is not None and number > most:
        raise UsageError(t("simulate.too_many", lang, name=name, value=value, most=most))
    return number


# --- running games (in this process or in workers) ----------------------------------------
_WORKER_SCENARIO: Scenario | None = None


def _init_worker(scenario_data: dict[str, Any], text: str | None) -> None:
    global _WORKER_SCENARIO
    # Ctrl-C is the main process's to handle: it cancels the work and ends the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_SCENARIO = Scenario.model_validate(scenario_data)
    if text is not None:  # the saves a worker writes keep the case's text, as in one process
        remember_text(_WORKER_SCENARIO, text)


def _run_chunk(
    seed: int, indices: Sequence[int], strategies: dict[str, str], keep: bool
) -> list[GameResult]:
    assert _WORKER_SCENARIO is not None
    return run_batch(_WORKER_SCENARIO, seed, indices, strategies, keep)


def _chunks(games: int) -> Iterator[range]:
    """The games in chunks, made one at a time (a large run never lists them all)."""
    return (range(k, min(k + CHUNK, games)) for k in range(0, games, CHUNK))


def _chunk_count(games: int) -> int:
    return -(-games // CHUNK)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Drop the waiting work and end the workers now, without waiting for their games."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()


def run_games(
    scenario: Scenario,
    games: int,
    seed: int,
    strategies: dict[str, str],
    workers: int,
    keep_saves: bool = False,
) -> Iterator[GameResult]:
    """Every game's result as it finishes (any order; each carries its index)."""
    if workers <= 1:
        for chunk in _chunks(games):
            yield from run_batch(scenario, seed, chunk, strategies, keep_saves)
        return
    data = scenario.model_dump(mode="json")
    text = source_text(scenario)
    pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(data, text))
    chunks = _chunks(games)
    pending: set[Future[list[GameResult]]] = set()
    try:
        while True:
            for chunk in chunks:
                pending.add(pool.submit(_run_chunk, seed, chunk, strategies, keep_saves))
                if len(pending) >= workers * PENDING_PER_WORKER:
                    break
            if not pending:
                break
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield from future.result()
    except BaseException:  # Ctrl-C, or the caller stopped early: do not wait for the rest
        _stop(pool)
        raise
    pool.shutdown(wait=True)


class Progress:
    """simulate's progress bar (rich) on stderr: games done of all, time left; only when
    stderr is a terminal, so a pipe or a log file gets none of its redraws."""

    def __init__(self, total: int, label: str) -> None:
        self.shown = sys.stderr.isatty()
        self.bar: RichProgress | None = None
        if self.shown:
            self.bar = RichProgress(
                TextColumn("{task.description}"),
                BarColumn(bar_width=BAR_WIDTH),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=RichConsole(file=sys.stderr),
            )
            self.bar.start()
            self.task = self.bar.add_task(label, total=total)

    def step(self) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


# --- output ---------------------------------------------------------------------------------
def as_text(
    scenario: Scenario, summary: Summary, seed: int, strategies: dict[str, str], lang: str
) -> str:
    names = {a.id: text_in(a.name, lang) for a in scenario.all_actors()}
    title = text_in(scenario.title, lang)
    lines = [t("simulate.title", lang, scenario=title, games=summary.games, seed=seed)]
    lines.append(
        f"  {t('simulate.strategies', lang)}: "
        + ", ".join(f"{names[a]} {t(f'agents.strategy.{s}', lang)}" for a, s in strategies.items())
    )

    def num(value: float, spec: str) -> str:
        return local_number(format(value, spec), lang)

    rate = num(100 * summary.agreement_rate, ".1f")
    lines.append(f"  {t('simulate.agreement_rate', lang)}: {rate}%")
    indices = (summary.index_mean, summary.index_p10, summary.index_p90)
    lines.append(
        f"  {t('simulate.integration', lang)}: " + "; ".join(num(v, ".3f") for v in indices)
    )
    lines.append(f"  {t('simulate.mean_rounds', lang)}: {num(summary.mean_rounds, '.2f')}")
    lines.append(f"  {t('simulate.actor_header', lang)}:")
    width = max((len(names[a]) for a in summary.actors), default=0)
    for actor, figures in summary.actors.items():
        lines.append(
            f"    {names[actor].ljust(width)}  {num(figures.mean_points, '8.2f')}"
            f"  {num(figures.mean_score, '.3f')}"
        )
    return "\n".join(lines)


#: The two tables `--compare` plays: everyone integrative, everyone tough.
COMPARED = ("integrative", "tough")


def compare_text(scenario: Scenario, found: BalanceFigures, seed: int, lang: str) -> str:
    """All-integrative against all-tough tables, their difference and the learning goal."""

    def num(value: float, spec: str) -> str:
        return local_number(format(value, spec), lang)

    title = text_in(scenario.title, lang)
    lines = [t("simulate.compare.title", lang, scenario=title, games=found.games, seed=seed)]
    rows = [
        (
            t(f"agents.strategy.{name}", lang),
            num(100 * summary.agreement_rate, ".1f") + "%",
            num(summary.index_mean, ".3f"),
        )
        for name, summary in zip(COMPARED, (found.integrative, found.tough), strict=True)
    ]
    rate_gap = 100 * (found.integrative.agreement_rate - found.tough.agreement_rate)
    rows.append(
        (
            t("simulate.compare.difference", lang),
            num(rate_gap, "+.1f"),
            num(found.index_gap, "+.3f"),
        )
    )
    header = ("", t("simulate.agreement_rate", lang), t("simulate.compare.index", lang))
    widths = [max(len(row[k]) for row in [header, *rows]) for k in range(3)]
    for row in [header, *rows]:
        cells = [row[0].ljust(widths[0]), *(row[k].rjust(widths[k]) for k in (1, 2))]
        lines.append("  " + "  ".join(cells).rstrip())
    goal = t(
        "simulate.compare.goal",
        lang,
        rate=num(100 * GOAL_AGREEMENT, ".0f") + "%",
        gap=num(GOAL_INDEX_GAP, ".1f"),
    )
    lines.append(f"  {goal}: {goal_verdict(found, lang)}")
    return "\n".join(lines)


def compare_json(found: BalanceFigures) -> dict[str, Any]:
    """The comparison as `simulate --compare --json` prints it (without scenario and timing)."""
    return {
        "games": found.games,
        "integrative": found.integrative.as_json(),
        "tough": found.tough.as_json(),
        "difference": {
            "agreement_rate": round(
                found.integrative.agreement_rate - found.tough.agreement_rate, 4
            ),
            "integration_index": round(found.index_gap, 4),
        },
        "goal": {"agreement_rate": GOAL_AGREEMENT, "index_gap": GOAL_INDEX_GAP},
        "agrees_enough": found.agrees_enough,
        "gains_enough": found.gains_enough,
        "meets_goal": found.meets_goal,
    }


def _save(directory: Path, result: GameResult) -> None:
    path = directory / f"game-{result.index:05d}-seed-{result.seed}.json"
    path.write_text(json.dumps(result.save, ensure_ascii=False), encoding="utf-8")


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    path = args.scenario or str(default_scenario_path())
    try:
        scenario = load_scenario(path, lang).scenario
    except ScenarioError as error:
        for problem in error.problems:
            print(problem.format(), file=sys.stderr)
        return 1
    try:
        games = _count(args.games, "--games", lang, most=MAX_GAMES)
        seed = _count(args.seed, "--seed", lang, zero=True)
        workers = _count(args.workers, "--workers", lang) if args.workers else os.cpu_count() or 1
        if args.seat_swap and (args.compare or args.save_dir):
            raise UsageError(t("simulate.seat_swap.alone", lang))
        if args.compare and (args.strategies or args.save_dir):
            raise UsageError(t("simulate.compare.alone", lang))
        strategies = parse_strategies(args.strategies, scenario, lang)
        directory = Path(args.save_dir) if args.save_dir else None
        if directory is not None:
            try:
                directory.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise UsageError(
                    t("simulate.save_dir_failed", lang, path=directory, reason=error.strerror)
                ) from None
    except UsageError as error:
        print(error, file=sys.stderr)
        return 2
    workers = min(workers, max(1, _chunk_count(games)))
    if args.seat_swap:
        return _seat_swap(scenario, games, seed, strategies, workers, args.json, lang)
    started = time.perf_counter()
    tables = [strategies_all(scenario, name) for name in COMPARED] if args.compare else [strategies]
    progress = Progress(games * len(tables), t("simulate.progress", lang))
    played: list[list[GameResult]] = []
    interrupted = False
    try:
        for chosen in tables:
            results: list[GameResult] = []
            for result in run_games(scenario, games, seed, chosen, workers, directory is not None):
                if directory is not None:
                    _save(directory, result)
                results.append(result)
                progress.step()
            played.append(results)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        progress.close()
    if interrupted:
        print(t("cli.interrupted", lang), file=sys.stderr)
        return 130
    seconds = time.perf_counter() - started
    actors = [a.id for a in scenario.all_actors()]
    summaries = [summarise(results, actors, event_ids(scenario)) for results in played]
    total = games * len(tables)
    timing = {
        "seconds": round(seconds, 3),
        "games_per_second": round(total / seconds, 1) if seconds else None,
        "workers": workers,
    }
    if args.compare:
        found = BalanceFigures(games, *summaries)
        if args.json:
            out = {"scenario": scenario.id, "seed": seed, **compare_json(found), "timing": timing}
            print(json.dumps(out, ensure_ascii=False))
        else:
            print(compare_text(scenario, found, seed, lang))
            _print_timing(total, seconds, workers, lang)
        return 0
    summary = summaries[0]
    if args.json:
        out = {
            "scenario": scenario.id,
            "seed": seed,
            "strategies": strategies,
            **summary.as_json(),
            "timing": timing,
        }
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(as_text(scenario, summary, seed, strategies, lang))
        _print_timing(games, seconds, workers, lang)
        if directory is not None:
            print(t("simulate.saved", lang, path=directory), file=sys.stderr)
    return 0


def _seat_swap(
    scenario: Scenario,
    games: int,
    seed: int,
    strategies: dict[str, str],
    workers: int,
    as_json: bool,
    lang: str,
) -> int:
    """`--seat-swap`: the trainer's matrix, every seat played by every strategy."""

    def runner(
        scenario: Scenario, seed: int, indices: range, mix: Mapping[str, str]
    ) -> Iterator[GameResult]:
        return run_games(scenario, len(indices), seed, dict(mix), workers)

    try:
        matrix = seat_swap_matrix(scenario, strategies, games, seed, runner)
    except KeyboardInterrupt:
        print(t("cli.interrupted", lang), file=sys.stderr)
        return 130
    if as_json:
        out = {
            "scenario": scenario.id,
            "seed": seed,
            "games": games,
            "seat_swap": [swap.as_json() for swap in matrix],
        }
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(seat_swap_text(scenario, matrix, games, seed, lang))
    return 0


def seat_swap_text(
    scenario: Scenario, matrix: Sequence[SeatSwap], games: int, seed: int, lang: str
) -> str:
    names = {a.id: text_in(a.name, lang) for a in scenario.all_actors()}
    title = text_in(scenario.title, lang)
    lines = [t("simulate.seat_swap.title", lang, scenario=title, games=games, seed=seed)]

    def num(value: float, spec: str) -> str:
        return local_number(format(value, spec), lang)

    for swap in matrix:
        others = ", ".join(
            f"{names[a]} {t(f'agents.strategy.{s}', lang)}" for a, s in swap.others.items()
        )
        lines.append("")
        lines.append(t("simulate.seat_swap.seat", lang, actor=names[swap.seat], others=others))
        lines.append("  " + t("simulate.seat_swap.header", lang))
        for name, run in swap.strategies.items():
            strategy = t(f"agents.strategy.{name}", lang)
            points = num(run.own_points_mean, "12.1f")
            agreed = num(100 * run.agreement_rate, "6.0f")
            index = num(run.integration_index_mean, "10.2f")
            lines.append(f"  {strategy:<16} {points}  {agreed}%  {index}")
        best = max(swap.strategies.values(), key=lambda r: (r.own_points_mean, r.strategy))
        table = max(swap.strategies.values(), key=lambda r: (r.integration_index_mean, r.strategy))
        if best.strategy != table.strategy and best.own_points_mean > table.own_points_mean:
            lines.append(
                "  "
                + t(
                    "simulate.seat_swap.dilemma",
                    lang,
                    best=t(f"agents.strategy.{best.strategy}", lang),
                    points=num(best.own_points_mean, ".1f"),
                    table=t(f"agents.strategy.{table.strategy}", lang),
                    index=num(table.integration_index_mean, ".2f"),
                )
            )
    return "\n".join(lines)


def _print_timing(games: int, seconds: float, workers: int, lang: str) -> None:
    """How long the games took, on stderr: never part of the figures."""
    rate = games / seconds if seconds else 0.0
    timing = t(
        "simulate.timing",
        lang,
        games=games,
        seconds=local_number(f"{seconds:.1f}", lang),
        rate=f"{rate:.0f}",
        workers=workers,
    )
    print(timing, file=sys.stderr)
