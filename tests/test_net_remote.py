"""A seat's legal actions rebuilt on the laptop agree with the engine's own."""

from __future__ import annotations

import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st
from net_support import make_room

from game.engine import Propose, view_data
from game.engine.random_play import random_legal_action
from game.net.protocol import PlayerUpdate
from game.net.remote import RemoteLegal
from game.net.server import RoomServer


def _update(server: RoomServer, actor: str) -> PlayerUpdate:
    table = server.room.tables[0]
    view, update = server._player_update(table, actor, None, 0)
    return update.model_copy(update={"view": view_data(view)})


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(0, 80))
def test_remote_legal_actions_match_the_engine(seed: int, moves: int) -> None:
    room = make_room(seed=seed % 50)
    server = RoomServer(room)
    game = room.tables[0].game
    rng = random.Random(seed)
    for _ in range(moves):
        if game.is_over():
            break
        game.apply(random_legal_action(game, game.current_actor, rng))
    for actor in game.seats:
        engine = game.legal_actions(actor)
        remote = RemoteLegal(_update(server, actor))
        assert (remote.my_turn, remote.must_answer, remote.can_talk, remote.can_move) == (
            engine.my_turn,
            engine.must_answer,
            engine.can_talk,
            engine.can_move,
        )
        assert list(remote) == list(engine)
        assert remote.answerable() == engine.answerable()
        issues = [(i.id, [o.id for o in i.options]) for i in game.public_view().issues]
        combos = list(itertools.product(*(options for _, options in issues)))
        for combo in rng.sample(combos, 30):
            package = dict(zip((i for i, _ in issues), combo, strict=True))
            assert remote.allows_package(package) == engine.allows_package(package)
            assert (Propose(actor=actor, package=package) in remote) == engine.allows_package(
                package
            )
