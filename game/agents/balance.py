"""Bot-only games and their figures: does a scenario reward integrative play?

`play_bot_game` plays one game with a bot in every seat; `score_game` scores its outcome on
the table as it stood at the end (events included); `summarise` turns many games into the
figures `simulate` prints; `balance_figures` is the short comparison `lint` shows:
all-integrative tables against all-tough ones.
"""

from __future__ import annotations

import gc
import hashlib
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from game.agents.loop import play_bot_game as play_to_end
from game.engine import Game
from game.scenario.lint import Figure, Section, local_number
from game.scenario.lint_checks import Table, check_events
from game.scenario.model import Scenario
from game.scenario.problems import Problem
from game.scenario.space import TableData
from game.scoring.analysis import Analysis, analyse_table
from game.scoring.process import process_figures
from game.scoring.scores import score_outcome
from game.text import t

#: The learning goal: all-integrative tables agree this often …
GOAL_AGREEMENT = 0.7
#: … and beat all-tough tables on the integration index by at least this much.
GOAL_INDEX_GAP = 0.3
ANALYSIS_CACHE = 64
#: Games per strategy in the short simulation `lint` runs.
LINT_GAMES = 10
#: Larger tables are not simulated by `lint` (each bot move looks at every package).
LINT_MAX_PACKAGES = 20_000
#: An event that fires in fewer of lint's balance games than this gets a warning.
RARE_EVENT = 0.05


@dataclass(frozen=True)
class GameResult:
    """One bot-only game, scored."""

    index: int
    seed: int
    outcome: str  # "agreement", "deadline" or "walkout"
    rounds: int
    integration_index: float
    points: dict[str, float]
    scores: dict[str, float]
    save: dict[str, Any] | None = None
    #: The ids of the scenario events that fired in this game, in the order they fired.
    events: tuple[str, ...] = ()

    @property
    def agreement(self) -> bool:
        return self.outcome == "agreement"


@dataclass(frozen=True)
class ActorFigures:
    mean_points: float
    mean_score: float


@dataclass(frozen=True)
class Summary:
    """The figures of many games."""

    games: int
    agreement_rate: float
    index_mean: float
    index_p10: float
    index_p90: float
    mean_rounds: float
    actors: dict[str, ActorFigures] = field(default_factory=dict)
    #: Per scenario event: in how many of the games it fired.
    events: dict[str, int] = field(default_factory=dict)

    def event_rate(self, event_id: str) -> float:
        """The share of the games in which the event fired."""
        return self.events.get(event_id, 0) / self.games if self.games else 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "games": self.games,
            "agreement_rate": self.agreement_rate,
            "integration_index": {
                "mean": self.index_mean,
                "p10": self.index_p10,
                "p90": self.index_p90,
            },
            "mean_rounds": self.mean_rounds,
            "actors": {
                a: {"mean_points": f.mean_points, "mean_score": f.mean_score}
                for a, f in self.actors.items()
            },
            "events": {
                e: {"games": n, "rate": round(self.event_rate(e), 4)}
                for e, n in self.events.items()
            },
        }


def game_seed(seed: int, index: int) -> int:
    """The seed of game `index` of a run with seed `seed` (independent of workers)."""
    digest = hashlib.sha256(f"omgevingstafel-simulate:{seed}:{index}".encode()).digest()
    return int.from_bytes(digest[:4], "big")


def strategies_all(scenario: Scenario, strategy: str) -> dict[str, str]:
    """The same strategy for every actor, late ones included."""
    return {a.id: strategy for a in scenario.all_actors()}


def suggested_strategies(scenario: Scenario, fallback: str = "reciprocal") -> dict[str, str]:
    """The scenario's suggested strategy per actor, `fallback` where it suggests none."""
    return {a.id: a.strategy or fallback for a in scenario.all_actors()}


def play_bot_game(scenario: Scenario, seed: int, strategies: Mapping[str, str]) -> Game:
    """A whole game with a bot in every seat, each on its own strategy (the one bot loop)."""
    return play_to_end(Game(scenario, seed=seed), strategies)


def _table_key(table: TableData) -> tuple:
    return (
        table.issues,
        table.actors,
        tuple(
            (a, i, o, table.points[a][i][o])
            for a in table.actors
            for i, opts in table.issues
            for o in opts
        ),
        tuple(table.batna[a] for a in table.actors),
    )


_ANALYSES: dict[tuple, Analysis] = {}


def _analysis(table: TableData, scenario: Scenario) -> Analysis:
    """The analysis of a table, kept per process (a scenario's tables repeat across games)."""
    rule = scenario.agreement
    key = (_table_key(table), rule.rule, rule.quorum, tuple(rule.required))
    found = _ANALYSES.get(key)
    if found is None:
        if len(_ANALYSES) >= ANALYSIS_CACHE:
            _ANALYSES.pop(next(iter(_ANALYSES)))
        found = _ANALYSES[key] = analyse_table(table, rule)
    return found


def score_game(game: Game, index: int = 0, keep_save: bool = False) -> GameResult:
    """The figures of a finished game, on the table as it stood at the end."""
    scenario = game.scenario
    table = game.table_data()
    analysis = _analysis(table, scenario)
    outcome = game.outcome
    assert outcome is not None
    package = outcome.package if outcome.kind == "agreement" else None
    scores = score_outcome(analysis, package, process_figures(game), scenario.weights)
    return GameResult(
        index=index,
        seed=game.seed,
        outcome=outcome.kind,
        rounds=outcome.round,
        integration_index=scores.integration_index,
        points=game.final_points(),
        scores={a: s.game for a, s in scores.actors.items()},
        save=game.to_save() if keep_save else None,
        events=fired_events(game),
    )


def fired_events(game: Game) -> tuple[str, ...]:
    """The scenario events that fired in a game, read from its log (the engine notes each
    event it fires as one entry of kind 'event')."""
    return tuple(str(entry.data["event"]) for entry in game.log if entry.kind == "event")


def run_game(
    scenario: Scenario,
    seed: int,
    index: int,
    strategies: Mapping[str, str],
    keep_save: bool = False,
) -> GameResult:
    """Game `index` of a run with seed `seed`: played by bots and scored."""
    game = play_bot_game(scenario, game_seed(seed, index), strategies)
    return score_game(game, index, keep_save)


def run_batch(
    scenario: Scenario,
    seed: int,
    indices: Iterable[int],
    strategies: Mapping[str, str],
    keep_save: bool = False,
) -> list[GameResult]:
    """Games `indices` of a run with seed `seed`, one after another, with the cycle
    collector held off until the last is scored (see `cycle_collection_paused`)."""
    with cycle_collection_paused():
        return [run_game(scenario, seed, k, strategies, keep_save) for k in indices]


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Python's cycle collector held off while bot games are played and scored.

    Games make many objects and no reference cycles (a test checks this for every shipped
    scenario and strategy), so reference counting frees all of it. The cycle collector,
    set off by the allocations, would only walk the objects that outlive a move (the bots'
    and views' caches, the process's long-lived objects) again and again: a third of the
    time of a batch of bot games. It runs as usual again afterwards.

    What outlived the batch is old by then: it is moved to the oldest generation at once
    (`gc.freeze` then `gc.unfreeze`; nothing stays frozen), where only a full collection
    looks at it, instead of being walked by the next young and middle collections first —
    those cost 2 to 20 % of a batch's time. Skipped when the process keeps objects frozen
    itself (unfreezing would let them go)."""
    was_enabled = gc.isenabled()
    promote = gc.get_freeze_count() == 0
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if promote:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def summarise(
    results: Sequence[GameResult], actor_order: Sequence[str], event_ids: Sequence[str] = ()
) -> Summary:
    """The figures of many games (results in any order; figures do not depend on it);
    `event_ids` are the events to count, each counted also when it never fired."""
    ordered = sorted(results, key=lambda r: r.index)
    events = {e: sum(e in r.events for r in ordered) for e in event_ids}
    if not ordered:
        return Summary(0, 0.0, 0.0, 0.0, 0.0, 0.0, {}, events)
    index = np.array([r.integration_index for r in ordered])
    actors = {}
    for actor in actor_order:
        points = [r.points[actor] for r in ordered if actor in r.points]
        scores = [r.scores[actor] for r in ordered if actor in r.scores]
        if points:
            actors[actor] = ActorFigures(
                round(float(np.mean(points)), 4),
                round(float(np.mean(scores)), 4) if scores else 0.0,
            )
    return Summary(
        games=len(ordered),
        agreement_rate=round(sum(r.agreement for r in ordered) / len(ordered), 4),
        index_mean=round(float(index.mean()), 4),
        index_p10=round(float(np.percentile(index, 10)), 4),
        index_p90=round(float(np.percentile(index, 90)), 4),
        mean_rounds=round(float(np.mean([r.rounds for r in ordered])), 4),
        actors=actors,
        events=events,
    )


def simulate(scenario: Scenario, games: int, seed: int, strategies: Mapping[str, str]) -> Summary:
    """`games` bot-only games in this process, summarised."""
    results = run_batch(scenario, seed, range(games), strategies)
    return summarise(results, [a.id for a in scenario.all_actors()], event_ids(scenario))


def event_ids(scenario: Scenario) -> list[str]:
    """The ids of the scenario's events, in the order the scenario lists them."""
    return [event.id for event in scenario.events]


@dataclass(frozen=True)
class BalanceFigures:
    """All-integrative against all-tough tables on one scenario."""

    games: int
    integrative: Summary
    tough: Summary

    @property
    def index_gap(self) -> float:
        return self.integrative.index_mean - self.tough.index_mean

    @property
    def agrees_enough(self) -> bool:
        """Do all-integrative tables agree at least `GOAL_AGREEMENT` of the time?"""
        return self.integrative.agreement_rate >= GOAL_AGREEMENT

    @property
    def gains_enough(self) -> bool:
        """Do they beat all-tough tables by at least `GOAL_INDEX_GAP` on integration?"""
        return self.index_gap >= GOAL_INDEX_GAP

    @property
    def meets_goal(self) -> bool:
        return self.agrees_enough and self.gains_enough

    def event_fired(self, event_id: str) -> int:
        """In how many of all the games (both strategies) the event fired."""
        return self.integrative.events.get(event_id, 0) + self.tough.events.get(event_id, 0)

    @property
    def all_games(self) -> int:
        return self.integrative.games + self.tough.games


def balance_figures(scenario: Scenario, games: int = LINT_GAMES, seed: int = 0) -> BalanceFigures:
    """The learning goal, measured: all-integrative against all-tough, `games` games each."""
    return BalanceFigures(
        games,
        simulate(scenario, games, seed, strategies_all(scenario, "integrative")),
        simulate(scenario, games, seed, strategies_all(scenario, "tough")),
    )


def balance_section(scenario: Scenario, lang: str, games: int = LINT_GAMES) -> Section:
    """The balance figures as a section of `lint`'s report."""
    return balance_report(scenario, lang, games)[0]


def balance_report(
    scenario: Scenario, lang: str, games: int = LINT_GAMES
) -> tuple[Section, list[Problem]]:
    """The balance figures as a section of `lint`'s report, with a warning for every event
    that fired in under `RARE_EVENT` of the games (one lint does not already say never fires).
    """
    title = t("agents.balance.title", lang, games=games)
    packages = math.prod(len(issue.options) for issue in scenario.issues)
    if packages > LINT_MAX_PACKAGES:
        skipped = t("agents.balance.too_big", lang, packages=packages)
        return Section(title, [Figure(t("agents.balance.skipped", lang), skipped)]), []
    found = balance_figures(scenario, games)
    figures = _goal_figures(found, lang) + _event_figures(scenario, found, lang)
    return Section(title, figures), rare_events(scenario, found, lang)


def _share(part: int, whole: int, lang: str) -> str:
    return local_number(f"{100 * part / whole:.0f}%" if whole else "0%", lang)


def _event_figures(scenario: Scenario, found: BalanceFigures, lang: str) -> list[Figure]:
    """How often each event fired, over the games of both strategies."""
    games = found.all_games
    return [
        Figure(
            t("agents.balance.event", lang, event=event.id),
            t(
                "agents.balance.event_rate",
                lang,
                fired=found.event_fired(event.id),
                games=games,
                share=_share(found.event_fired(event.id), games, lang),
            ),
        )
        for event in scenario.events
    ]


def rare_events(scenario: Scenario, found: BalanceFigures, lang: str) -> list[Problem]:
    """A warning at the trigger of every event that fired in under `RARE_EVENT` of the games,
    unless lint's own checks already say it never fires."""
    never = {problem.path[1] for problem in check_events(Table(scenario, lang))}
    games = found.all_games
    out = []
    for index, event in enumerate(scenario.events):
        fired = found.event_fired(event.id)
        if index in never or not games or fired / games >= RARE_EVENT:
            continue
        values = {"event": event.id, "fired": fired, "games": games}
        out.append(
            Problem(
                ("events", index, "trigger"),
                t("agents.balance.event_rare", lang, share=_share(fired, games, lang), **values),
                t("agents.balance.event_rare_hint", lang),
                "warning",
                "lint.group.event_rare",
            )
        )
    return out


def goal_verdict(found: BalanceFigures, lang: str) -> str:
    """Whether the case meets the learning goal and, when not, which half it misses."""
    if found.meets_goal:
        return t("agents.balance.yes", lang)
    reasons = []
    if not found.agrees_enough:
        rate = local_number(f"{100 * found.integrative.agreement_rate:.0f}%", lang)
        goal = local_number(f"{100 * GOAL_AGREEMENT:.0f}%", lang)
        reasons.append(t("agents.balance.no_agreement", lang, rate=rate, goal=goal))
    if not found.gains_enough:
        gap = local_number(f"{found.index_gap:+.2f}", lang)
        goal = local_number(f"{GOAL_INDEX_GAP:.1f}", lang)
        reasons.append(t("agents.balance.no_gain", lang, gap=gap, goal=goal))
    return t("agents.balance.no", lang, reasons="; ".join(reasons))


def _goal_figures(found: BalanceFigures, lang: str) -> list[Figure]:
    """Agreements and integration per strategy, the gap and whether the goal is met."""
    figures = []
    for name, summary in (("integrative", found.integrative), ("tough", found.tough)):
        strategy = t(f"agents.strategy.{name}", lang)
        figures.append(
            Figure(
                t("agents.balance.agreement", lang, strategy=strategy),
                local_number(f"{100 * summary.agreement_rate:.0f}%", lang),
            )
        )
        figures.append(
            Figure(
                t("agents.balance.index", lang, strategy=strategy),
                local_number(f"{summary.index_mean:.2f}", lang),
            )
        )
    figures.append(
        Figure(
            t("agents.balance.gap", lang, goal=local_number(f"{GOAL_INDEX_GAP:.1f}", lang)),
            local_number(f"{found.index_gap:+.2f}", lang),
        )
    )
    figures.append(Figure(t("agents.balance.verdict", lang), goal_verdict(found, lang)))
    return figures
