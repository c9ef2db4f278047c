"""Table tests' shared setups: a table crowded with proposals, opened in a headless window."""

from __future__ import annotations

from ui_support import new_session

from game.ui.app import App
from game.ui.crowd import crowd
from game.ui.driver import run_until, steps
from game.ui.scenes.table import TableScene
from game.ui.session import Session


def crowded_session(count: int = 14) -> Session:
    """Crisisbedden Lindelaan (one person, integrative bots) with `count` proposals on the
    table, the person briefed."""
    session = new_session("integrative")
    crowd(session, count)
    assert not session.game.is_over()
    session.briefed.add(session.game.seats[0])
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
