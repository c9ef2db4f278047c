"""What bots keep between moves for speed is never stale: a kept row equals a fresh one."""

from __future__ import annotations

import numpy as np
import pytest
from agents_support import all_scenarios

from game.agents import make_bot
from game.agents.opponents import _flat_digits, model, others_utility
from game.agents.own_table import own_table
from game.engine import Game

SCENARIOS = all_scenarios()


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
@pytest.mark.parametrize("seed", [3, 8])
def test_kept_utility_equals_the_model_worked_out_again(scenario, seed) -> None:
    """Every view of a game, each actor: the row `others_utility` returns (often kept from
    an earlier move or game) is exactly the one the model gives from this view alone."""
    mixes = ("integrative", "reciprocal", "tough", "conceder")
    strategies = {a.id: mixes[k % 4] for k, a in enumerate(scenario.all_actors())}
    game = Game(scenario, seed=seed)
    bots = {a: make_bot(a, s, seed) for a, s in strategies.items()}
    checked = 0
    while not game.is_over():
        actor = game.current_actor
        assert actor is not None
        view = game.view(actor)
        table = own_table(view)
        fresh = model(view, table).shares()[_flat_digits(table)].sum(axis=1)
        kept = others_utility(view, table)
        assert np.array_equal(kept, fresh)
        assert not kept.flags.writeable
        checked += 1
        game.apply(bots[actor].act(view, game.legal_actions(actor)).action)
    assert checked >= 5


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_kept_answer_facts_equal_the_line_read_again(scenario) -> None:
    """`_answer_number` keeps what it read per (shared) log line object; on every view of a
    game with truthful and vague answers, the kept number is that of the line's data read
    anew (a number stands for one content only)."""
    from game.agents.opponents import _answer_number, _number

    strategies = {a.id: "integrative" for a in scenario.all_actors()}
    game = Game(scenario, seed=5)
    bots = {a: make_bot(a, s, 5) for a, s in strategies.items()}
    checked = 0
    while not game.is_over():
        actor = game.current_actor
        view = game.view(actor)
        for line in view.log:
            if line.kind != "answer":
                continue
            best = line.data.get("best")
            fresh = (
                line.data.get("mode"),
                line.data.get("question"),
                tuple(str(o) for o in best) if isinstance(best, tuple) else None,
                line.data.get("weight"),
                line.actor,
                line.data.get("issue"),
            )
            assert _answer_number(line) == _number(fresh)
            checked += 1
        game.apply(bots[actor].act(view, game.legal_actions(actor)).action)
    assert checked >= 1


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_kept_shortfalls_equal_the_rule_read_again(scenario) -> None:
    """`proposal_shortfall` keeps its count per shared proposal view; on every view of a
    game it equals `shortfall` counted afresh from the view."""
    from game.agents.table_rule import proposal_shortfall, seated, shortfall

    strategies = {a.id: "integrative" for a in scenario.all_actors()}
    game = Game(scenario, seed=4)
    bots = {a: make_bot(a, s, 4) for a, s in strategies.items()}
    checked = 0
    while not game.is_over():
        actor = game.current_actor
        view = game.view(actor)
        table = seated(view)
        for proposal in view.proposals:
            fresh = shortfall(view, proposal.supporters_at_table, table)
            assert proposal_shortfall(view, proposal, table) == fresh
            checked += 1
        game.apply(bots[actor].act(view, game.legal_actions(actor)).action)
    assert checked >= 1
