"""Scores of an outcome: the edge cases the design leaves open, and agreement with the engine."""

from __future__ import annotations

import random

import pytest
from engine_support import play_randomly

from game.engine import Game
from game.scenario.loader import load_scenario, shipped_scenarios
from game.scenario.model import Weights
from game.scenario.space import TableData
from game.scoring.analysis import analyse_table
from game.scoring.debrief import debrief_game
from game.scoring.scores import ActorProcess, ProcessFigures, score_outcome


def _table(points_p: dict[str, float], points_q: dict[str, float], batna: tuple[float, float]):
    return TableData(
        issues=(("a", tuple(points_p)),),
        actors=("p", "q"),
        points={"p": {"a": points_p}, "q": {"a": points_q}},
        batna={"p": batna[0], "q": batna[1]},
    )


def test_without_a_zopa_every_deal_scores_zero_integration() -> None:
    analysis = analyse_table(_table({"x": 10, "y": 0}, {"x": 0, "y": 10}, (6, 6)))
    assert analysis.zopa_size == 0 and analysis.nash is None and analysis.max_joint is None
    for option in ("x", "y"):
        scores = score_outcome(analysis, {"a": option})
        assert scores.integration_index == 0.0 and scores.nash_ratio == 0.0
        assert not scores.in_zopa
    assert score_outcome(analysis, None).left_on_table == 0.0


def test_a_zopa_without_joint_gain_gives_a_deal_in_it_full_marks() -> None:
    analysis = analyse_table(_table({"x": 5, "y": 0}, {"x": 5, "y": 9}, (5, 5)))
    assert analysis.zopa_size == 1 and analysis.max_joint_surplus == 0.0
    deal = score_outcome(analysis, {"a": "x"})
    assert deal.integration_index == 1.0 and deal.nash_ratio == 1.0
    assert score_outcome(analysis, None).integration_index == 0.0


def test_a_deal_under_a_batna_has_a_negative_own_score_and_no_nash_ratio() -> None:
    analysis = analyse_table(_table({"x": 10, "y": 4, "z": 7}, {"x": 2, "y": 10, "z": 7}, (5, 5)))
    scores = score_outcome(analysis, {"a": "y"})
    assert scores.actors["p"].individual < 0 and scores.nash_ratio == 0.0
    assert 0.0 <= scores.fairness <= 1.0


def test_game_score_mixes_own_integration_and_process_with_the_weights() -> None:
    analysis = analyse_table(_table({"x": 10, "y": 0}, {"x": 8, "y": 10}, (0, 0)))
    process = ProcessFigures(
        actors={"p": ActorProcess(interests_revealed=1, interests_total=2, questions_asked=1)},
        rounds_used=3,
        deadline=8,
    )
    weights = Weights(own=0.5, integration=0.3, process=0.2)
    scores = score_outcome(analysis, {"a": "x"}, process, weights)
    p = scores.actors["p"]
    # openness 1/2, candour 1 (no questions), curiosity 1/2, pace 1 - 2/8
    assert p.process == pytest.approx((0.5 + 1 + 0.5 + 0.75) / 4)
    assert p.game == pytest.approx(
        0.5 * p.individual + 0.3 * scores.integration_index + 0.2 * p.process
    )
    assert 0.0 <= p.game <= 1.0


def test_an_actor_who_walked_away_keeps_its_batna() -> None:
    analysis = analyse_table(_table({"x": 10, "y": 0}, {"x": 8, "y": 10}, (1, 2)))
    scores = score_outcome(analysis, {"a": "x"}, absent=["q"])
    assert scores.actors["q"].points == 2 and scores.actors["p"].points == 10


def test_debrief_points_are_the_engines_final_points() -> None:
    paths = shipped_scenarios()
    if not paths:
        pytest.skip("no shipped scenarios")
    for seed, path in enumerate(paths * 2):
        game = Game(load_scenario(path).scenario, seed=seed)
        play_randomly(game, random.Random(seed))
        assert game.is_over()
        debrief = debrief_game(game)
        final = game.final_points()
        for actor, points in final.items():
            assert debrief.scores.actors[actor].points == pytest.approx(points)
        assert 0.0 <= debrief.scores.integration_index <= 1.0
