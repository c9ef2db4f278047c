"""A random legal mover for tests and benchmarks (not a bot: it has no aims).

It picks among the enumerable legal actions, sometimes proposes a random package inside
its mandate, and rarely walks away or escalates, so random games run to a natural end.
"""

from __future__ import annotations

import random

from game.engine.actions import Action, Escalate, Pass, Propose, Statement, WalkAway
from game.engine.game import Game

WALK_AWAY_CHANCE = 0.01
ESCALATE_CHANCE = 0.05
PROPOSE_CHANCE = 0.3
TALK_CHANCE = 0.4
PACKAGE_TRIES = 8


def random_package(game: Game, actor: str, rng: random.Random) -> dict[str, str] | None:
    """A random package inside the actor's mandate, or None if a few tries find none."""
    legal = game.legal_actions(actor)
    issues = list(game.issue_options())
    for _ in range(PACKAGE_TRIES):
        package = {}
        for issue in issues:
            options = legal.options(issue)
            if not options:
                return None
            package[issue] = rng.choice(options)
        if legal.allows_package(package):
            return package
    return None


def random_legal_action(game: Game, actor: str, rng: random.Random) -> Action | None:
    """One legal action for `actor` chosen at random, or None when it is not its turn."""
    legal = game.legal_actions(actor)
    if not legal.my_turn:
        return None
    choices = list(legal)
    if legal.must_answer:
        return rng.choice(choices)
    if legal.can_talk and rng.random() < TALK_CHANCE:
        talk = [a for a in choices if a.kind in {"statement", "reveal_interest", "ask"}]
        if rng.random() < 0.2:
            talk.append(Statement(actor=actor, text=f"Voorstel {rng.randrange(100)}?"))
        if talk:
            return rng.choice(talk)
    if rng.random() < PROPOSE_CHANCE:
        package = random_package(game, actor, rng)
        if package is not None:
            return Propose(actor=actor, package=package)
    moves = [
        a
        for a in choices
        if a.kind not in {"statement", "reveal_interest", "ask", "walk_away", "escalate"}
    ]
    if any(a.kind == "walk_away" for a in choices) and rng.random() < WALK_AWAY_CHANCE:
        return WalkAway(actor=actor)
    if any(a.kind == "escalate" for a in choices) and rng.random() < ESCALATE_CHANCE:
        return Escalate(actor=actor)
    return rng.choice(moves) if moves else Pass(actor=actor)
