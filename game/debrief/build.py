"""Building the one debrief of a game (`GameDebrief`) from the engine and the scoring code.

The trainee's seat is the first seat a person played (a save from the window or the terminal
records who played), or the one asked for (`report --seat`); the first actor otherwise. The
counterfactual ("what another way of playing would have earned") replays that seat with
each bot strategy, every other seat on the strategy it had (a bot's own, the scenario's
suggestion for a person); it costs a second or two, so it is built on request.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence

from game.agents.balance import suggested_strategies
from game.agents.counterfactual import COUNTERFACTUAL_GAMES, seat_swap
from game.debrief.model import (
    LANGS,
    Actual,
    Counterfactual,
    FeedbackItem,
    GameDebrief,
    NashPackage,
    OutcomeFigures,
    PackageFigure,
    Possible,
    StrategyFigures,
    Table,
    TableFigures,
)
from game.debrief.packages import left_on_table, outcome_units, package_figure
from game.debrief.why import why
from game.engine import Game
from game.learning.feedback import Observation, table_feedback
from game.scenario.model import STRATEGIES
from game.scenario.space import TableData
from game.scoring.analysis import Analysis, analyse_table
from game.scoring.debrief import Debrief, debrief_game
from game.scoring.reachable import MANDATE_SETS, joint_surplus


def _table(name: Table, analysis: Analysis) -> TableFigures:
    best = analysis.max_joint
    figure = None
    if best is not None:
        figure = package_figure(analysis.space, best.index).model_copy(update={"table": name})
    return TableFigures(
        table=name,
        packages=analysis.space.size,
        zopa=analysis.zopa_size,
        feasible=analysis.feasible_size,
        best_joint=figure,
    )


def _outcome(game: Game, scoring: Debrief) -> OutcomeFigures:
    outcome = game.outcome
    space = scoring.analysis.space
    scores = scoring.scores
    units = outcome_units(space, scoring.package, scoring.gone)
    return OutcomeFigures(
        kind=None if outcome is None else outcome.kind,
        round=game.round if outcome is None else outcome.round,
        proposal=None if outcome is None else outcome.proposal,
        package=scoring.package,
        supporters=tuple(outcome.supporters) if outcome is not None else (),
        walked_away=None if outcome is None else outcome.actor,
        points={a: s.points for a, s in scores.actors.items()},
        batna=scoring.analysis.batna,
        joint_surplus=float((units - space.batna_units).sum() / space.scale),
        integration_index=scores.integration_index,
        pareto_optimal=scores.pareto_optimal,
        in_zopa=scores.in_zopa,
        nash_ratio=scores.nash_ratio,
        fairness=scores.fairness,
        game_scores={a: s.game for a, s in scores.actors.items()},
    )


def _possible(scoring: Debrief) -> dict[str, Possible]:
    space = scoring.analysis.space
    out = {}
    for key in MANDATE_SETS:
        found = scoring.reach[key]
        out[key] = Possible(
            mandates=key,
            packages=found.size,
            best_joint=None
            if found.best_joint is None
            else package_figure(space, found.best_joint),
            nash=None if found.nash is None else NashPackage(package=space.package(found.nash)),
        )
    return out


def trainee_seat(game: Game, people: Sequence[str] = (), seat: str | None = None) -> str:
    """The seat the debrief speaks to: `seat`, else the first person's, else the first actor."""
    if seat is not None:
        return seat
    for actor in people:
        if actor in game.seats:
            return actor
    return game.seats[0]


def counterfactual(
    game: Game,
    seat: str,
    strategies: Mapping[str, str] | None = None,
    games: int = COUNTERFACTUAL_GAMES,
) -> Counterfactual:
    """`seat` replayed by every strategy in `games` games (with the game's seed), the others
    on `strategies` (the scenario's suggestions where it gives none or names a person)."""
    scenario = game.scenario
    others = suggested_strategies(scenario)
    for actor, strategy in (strategies or {}).items():
        if strategy in STRATEGIES and actor in others:
            others[actor] = strategy
    started = time.perf_counter()
    swap = seat_swap(scenario, seat, others, games=games, seed=game.seed)
    seconds = time.perf_counter() - started
    scoring = debrief_game(game)
    deal = scoring.package is not None and seat not in scoring.gone
    return Counterfactual(
        seat=seat,
        games=games,
        seed=game.seed,
        others=dict(swap.others),
        strategies={
            name: StrategyFigures(
                games=run.games,
                own_points_mean=run.own_points_mean,
                agreement_rate=run.agreement_rate,
                integration_index_mean=run.integration_index_mean,
            )
            for name, run in swap.strategies.items()
        },
        actual=Actual(
            own_points=game.final_points().get(seat, scoring.analysis.batna.get(seat, 0.0)),
            agreement=deal,
            integration_index=scoring.scores.integration_index,
        ),
        seconds=seconds,
    )


def build_debrief(
    game: Game,
    people: Sequence[str] = (),
    seat: str | None = None,
    strategies: Mapping[str, str] | None = None,
    with_counterfactual: bool = False,
    games: int = COUNTERFACTUAL_GAMES,
) -> GameDebrief:
    """The debrief of `game`; the counterfactual only `with_counterfactual` (it plays
    4 × `games` bot games: see `with_counterfactual_of` to add it later)."""
    scoring = debrief_game(game)
    space = scoring.analysis.space
    start = analyse_table(TableData.from_scenario(game.scenario), game.scenario.agreement)
    compromise = scoring.analysis.compromise
    feedback = tuple(
        _feedback_item(actor, obs)
        for actor, observations in table_feedback(game, scoring).items()
        for obs in observations
    )
    chosen = trainee_seat(game, people, seat)
    built = GameDebrief(
        scenario=game.scenario.id,
        seed=game.seed,
        seat=chosen,
        people=tuple(people),
        tables={"start": _table("start", start), "end": _table("end", scoring.analysis)},
        outcome=_outcome(game, scoring),
        possible=_possible(scoring),
        compromise=PackageFigure(
            table="end",
            package=dict(compromise.package),
            joint_surplus=joint_surplus(space, compromise.index),
            points=dict(compromise.points),
        ),
        why=why(game, scoring),
        left_on_table=left_on_table(space, outcome_units(space, scoring.package, scoring.gone)),
        feedback=feedback,
        counterfactual=None,
    )
    built._scoring = scoring
    if with_counterfactual:
        return with_counterfactual_of(built, game, strategies, games)
    return built


def with_counterfactual_of(
    debrief: GameDebrief,
    game: Game,
    strategies: Mapping[str, str] | None = None,
    games: int = COUNTERFACTUAL_GAMES,
) -> GameDebrief:
    """`debrief` with its counterfactual added (for the window: computed after the first
    frame, in a background thread)."""
    found = counterfactual(game, debrief.seat, strategies, games)
    return debrief.model_copy(update={"counterfactual": found})


def _feedback_item(actor: str, obs: Observation) -> FeedbackItem:
    return FeedbackItem(
        actor=actor,
        goal=obs.goal,
        kind=obs.kind,
        key=obs.key,
        text={lang: obs.text(lang) for lang in LANGS},
        evidence={lang: obs.evidence(lang) for lang in LANGS},
    )
