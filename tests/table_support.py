"""Table tests' shared setups: a table crowded with proposals, opened in a headless window."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from ui_support import new_session

from game.engine import Game, Pass, Propose
from game.ui.app import App
from game.ui.driver import run_until, steps
from game.ui.scenes.table import TableScene
from game.ui.session import Session


def packages(game: Game, actor: str) -> Iterator[dict[str, str]]:
    issues = game.view(actor).issues
    for combo in itertools.product(*[[o.id for o in i.options] for i in issues]):
        yield dict(zip([i.id for i in issues], combo, strict=True))


def crowded_session(count: int = 14) -> Session:
    """Crisisbedden Lindelaan (one person, integrative bots) where every seat proposes a new
    package on its turn (those it may) until `count` proposals lie on the table."""
    session = new_session("integrative")
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
    assert not game.is_over()
    session.briefed.add(person)
    return session


def crowded_table(app: App, count: int = 14) -> TableScene:
    """`crowded_session` at the table, on the person's turn, its pop-ups read."""
    session = crowded_session(count)
    table = TableScene(app, session)
    app.push(table)
    person = session.game.seats[0]

    calm = 0  # frames in a row with the table on top and the person to move

    def ready() -> bool:
        nonlocal calm
        if app.scene is not table:  # a pop-up (an event, a guess sheet): read and closed
            app.scene.escape()
            calm = 0
            return False
        calm = calm + 1 if session.game.current_actor == person and table.legal.my_turn else 0
        return calm > 3

    assert run_until(app, ready, 600)
    steps(app, 2)
    return table
