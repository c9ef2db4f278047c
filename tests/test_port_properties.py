"""Whatever state a table reaches, a seat in a room decides as the engine does: the legal
actions rebuilt from a `view` message (`RemoteLegal`) answer `in`, `allows_package` and the
mandate's verdict exactly as the engine's `LegalActions` for the same seat."""

from __future__ import annotations

import itertools
import random
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st
from net_support import SEATS, lindelaan

from game.engine import Game, Propose, action_data, view_data
from game.engine.random_play import random_legal_action
from game.net.protocol import PlayerUpdate
from game.net.remote import RemoteLegal


@cache
def _packages() -> tuple[dict[str, str], ...]:
    issues = [(i.id, [o.id for o in i.options]) for i in lindelaan().issues]
    names = [i for i, _ in issues]
    return tuple(
        dict(zip(names, combo, strict=True))
        for combo in itertools.product(*(options for _, options in issues))
    )


def _as_the_room_sends_it(game: Game, actor: str) -> PlayerUpdate:
    """The seat's `view` message, listed as the room lists it (game/net/updates.py)."""
    legal, view = game.legal_actions(actor), game.view(actor)
    listed = [action_data(a) for a in legal] if legal.my_turn else []
    options = {i.id: legal.options(i.id) for i in view.issues} if legal.can_move else {}
    return PlayerUpdate(
        table=1,
        my_turn=legal.my_turn,
        must_answer=legal.must_answer,
        can_talk=legal.can_talk,
        can_move=legal.can_move,
        legal=listed,
        options=options,
        view=view_data(view),
    )


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), steps=st.integers(0, 40), pick=st.randoms())
def test_a_room_seat_decides_as_the_engine_in_any_state(
    seed: int, steps: int, pick: random.Random
) -> None:
    game = Game(lindelaan(), seed=seed, seats=SEATS)
    rng = random.Random(seed)
    for _ in range(steps):
        actor = game.current_actor
        if actor is None or game.is_over():
            break
        action = random_legal_action(game, actor, rng)
        if action is None:
            break
        game.apply(action)
    for actor in game.at_table():
        engine = game.legal_actions(actor)
        remote = RemoteLegal(_as_the_room_sends_it(game, actor))
        assert list(remote) == list(engine)
        assert all(a in remote for a in engine)
        assert (remote.my_turn, remote.must_answer, remote.can_talk, remote.can_move) == (
            engine.my_turn,
            engine.must_answer,
            engine.can_talk,
            engine.can_move,
        )
        for package in pick.sample(_packages(), 40):
            assert remote.allows_package(package) == engine.allows_package(package)
            assert (Propose(actor=actor, package=package) in remote) == (
                Propose(actor=actor, package=package) in engine
            )
            for verb in ("propose", "support"):
                mine, truth = (
                    remote.mandate_problem(package, verb),
                    engine.mandate_problem(package, verb),
                )
                assert (mine and (mine.key, mine.message("en"))) == (
                    truth and (truth.key, truth.message("en"))
                )
