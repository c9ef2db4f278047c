"""A table crowded with proposals: every seat proposes a new package on its turn until a
given number lie on the table. For tests and screenshots of the proposal overview."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from game.engine import Game, Pass, Propose
from game.ui.session import Session


def packages(game: Game, actor: str) -> Iterator[dict[str, str]]:
    """Every package of `actor`'s issues, in a fixed order."""
    issues = game.view(actor).issues
    for combo in itertools.product(*[[o.id for o in i.options] for i in issues]):
        yield dict(zip([i.id for i in issues], combo, strict=True))


def crowd(session: Session, count: int) -> None:
    """Play `session` on through the engine, each seat proposing the first package it may
    (else passing; a question put to it answered), until `count` proposals lie on the table
    or the game ends."""
    game = session.game
    person = game.seats[0]
    while not game.is_over() and len(game.view(person).proposals) < count:
        actor = game.current_actor
        legal = game.legal_actions(actor)
        if legal.must_answer:
            session.apply(next(iter(legal)))
            continue
        move = next(
            (
                Propose(actor=actor, package=package)
                for package in packages(game, actor)
                if legal.why_not(Propose(actor=actor, package=package)) is None
            ),
            Pass(actor=actor),
        )
        session.apply(move)
