"""Each strategy shows its character at the same table."""

from __future__ import annotations

import statistics

from agents_support import all_scenarios, play_strictly

from game.agents.balance import suggested_strategies
from game.agents.opponents import beliefs
from game.agents.own_table import own_table
from game.agents.strategies import PROFILES, aspiration, time_gone
from game.engine import Answer, Ask, Game, Pass, Propose

SCENARIOS = {s.id: s for s in all_scenarios()}
LINDELAAN = SCENARIOS["crisisbedden-lindelaan"]
GEZIN = SCENARIOS["een-gezin-een-plan"]


def own_values_of_proposals(scenario, actor: str, strategy: str, seeds: range) -> dict[int, float]:
    """Mean own points (for `actor`) of the proposals it made, per round, over games in which
    it plays `strategy` and everyone else the scenario's suggestion."""
    per_round: dict[int, list[float]] = {}
    for seed in seeds:
        strategies = {**suggested_strategies(scenario), actor: strategy}
        game = Game(scenario, seed=seed)
        play_strictly(game, strategies, seed)
        points = game.table_data().points[actor]
        for entry in game.log:
            action = entry.action
            if action is not None and action.kind == "propose" and action.actor == actor:
                value = sum(points[i][o] for i, o in action.package.items())
                per_round.setdefault(entry.round, []).append(value)
    return {r: statistics.mean(v) for r, v in sorted(per_round.items())}


def test_tough_asks_more_than_a_conceder_for_longer() -> None:
    # Lindelaan's residents propose in several rounds under either strategy (in Gezin the
    # municipality, playing tough, proposes only in the first round).
    tough = own_values_of_proposals(LINDELAAN, "bewoners", "tough", range(6))
    conceder = own_values_of_proposals(LINDELAAN, "bewoners", "conceder", range(6))
    shared = [r for r in tough if r in conceder and r >= 2]
    assert shared
    assert all(tough[r] > conceder[r] for r in shared)


def test_aspiration_falls_later_for_tough_than_for_conceder() -> None:
    game = Game(LINDELAAN, seed=0)
    me = game.current_actor
    demands = {name: [] for name in PROFILES}
    while not game.is_over():
        if game.current_actor == me:
            view = game.view(me)
            table = own_table(view)
            for name, profile in PROFILES.items():
                demands[name].append((time_gone(view), aspiration(profile, table, view)))
        game.apply(Pass(actor=game.current_actor))
    for (t, tough), (_, conceder) in zip(demands["tough"], demands["conceder"], strict=True):
        assert tough >= conceder
        if 0.1 < t < 0.9:
            assert tough > conceder


def test_reciprocal_concedes_as_far_as_the_table_concedes_to_it() -> None:
    scenario = GEZIN
    game = Game(scenario, seed=3)
    me = game.current_actor
    view = game.view(me)
    table = own_table(view)
    before = aspiration(PROFILES["reciprocal"], table, view)
    game.apply(Pass(actor=me))
    other = game.current_actor
    mine = scenario.actor(me).points
    # the other proposes my worst package, then one much better for me: a concession
    worst = {i: min(opts, key=opts.get) for i, opts in mine.items()}
    better = {i: max(opts, key=opts.get) for i, opts in mine.items()}
    legal = game.legal_actions(other)
    for package in (worst, better):
        while game.current_actor != other:
            game.apply(Pass(actor=game.current_actor))
        if legal.allows_package(package):
            game.apply(Propose(actor=other, package=package))
        else:
            game.apply(Pass(actor=other))
    while game.current_actor != me:
        game.apply(Pass(actor=game.current_actor))
    view = game.view(me)
    after = aspiration(PROFILES["reciprocal"], own_table(view), view)
    assert after < before


def test_integrative_bots_reveal_interests_and_ask_questions() -> None:
    strategies = {a.id: "integrative" for a in GEZIN.all_actors()}
    game = Game(GEZIN, seed=4)
    moves = play_strictly(game, strategies, 4)
    kinds = [m.action.kind for m in moves]
    assert "reveal_interest" in kinds
    assert "ask" in kinds
    truthful = [m for m in moves if m.action.kind == "answer"]
    assert truthful and all(m.action.mode == "truthful" for m in truthful)


def test_tough_bots_keep_their_cards_closed() -> None:
    strategies = {a.id: "tough" for a in GEZIN.all_actors()}
    moves = play_strictly(Game(GEZIN, seed=4), strategies, 4)
    assert not [m for m in moves if m.action.kind == "reveal_interest"]


def test_a_truthful_answer_teaches_the_asker_the_best_option_and_the_weight() -> None:
    scenario = LINDELAAN
    game = Game(scenario, seed=1)
    asker = game.current_actor
    other = next(a for a in game.at_table() if a != asker)
    points = scenario.actor(other).points
    issue = max(points, key=lambda i: max(points[i].values()) - min(points[i].values()))
    game.apply(Ask(actor=asker, to=other, issue=issue))
    game.apply(Pass(actor=asker))
    while game.current_actor != other:
        game.apply(Pass(actor=game.current_actor))
    question = game.view(other).questions_waiting[0].id
    game.apply(Answer(actor=other, question=question, mode="truthful"))
    belief = beliefs(game.view(asker))[other]
    best = max(points[issue], key=points[issue].get)
    assert belief.liking[issue][best] == 1.0
    assert min(belief.liking[issue].values()) < 1.0
    assert belief.weights[issue] > 1.0
    assert max(belief.weights, key=belief.weights.get) == issue


def test_proposals_teach_the_others_what_the_proposer_likes() -> None:
    scenario = GEZIN
    game = Game(scenario, seed=1)
    proposer = game.current_actor
    points = scenario.actor(proposer).points
    favourite = {i: max(opts, key=opts.get) for i, opts in points.items()}
    legal = game.legal_actions(proposer)
    package = favourite if legal.allows_package(favourite) else None
    if package is None:
        package = {i: legal.options(i)[0] for i in points}
    game.apply(Propose(actor=proposer, package=package))
    listener = game.current_actor
    belief = beliefs(game.view(listener))[proposer]
    for issue, option in package.items():
        assert belief.liking[issue][option] == 1.0
