"""Shared helpers for the engine tests: scenarios to play, and playing them at random."""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import cache
from pathlib import Path

from game.engine import (
    Action,
    Answer,
    Ask,
    Consult,
    Escalate,
    ExtendDeadline,
    FireEvent,
    Game,
    Pass,
    Propose,
    RevealInterest,
    Statement,
    Support,
    WalkAway,
    WithdrawSupport,
)
from game.engine.random_play import random_legal_action
from game.scenario.loader import load_scenario, shipped_scenarios
from game.scenario.model import Scenario

FIXTURES = Path(__file__).parent / "fixtures"


@cache
def fixture(name: str) -> Scenario:
    return load_scenario(FIXTURES / f"engine_{name}.yaml").scenario


@cache
def all_scenarios() -> tuple[Scenario, ...]:
    """Every shipped scenario plus the engine's own fixture tables."""
    shipped = [load_scenario(p).scenario for p in shipped_scenarios()]
    return (*shipped, fixture("quorum"), fixture("unanimity"))


def random_step(game: Game, rng: random.Random) -> None:
    """The actor on turn takes one random legal action."""
    actor = game.current_actor
    assert actor is not None
    action = random_legal_action(game, actor, rng)
    assert action is not None
    game.apply(action)


def play_randomly(
    game: Game,
    rng: random.Random,
    max_actions: int = 5000,
    *,
    before_each: Callable[[Game], None] | None = None,
    check: Callable[[Game], None] | None = None,
    check_every: int = 1,
) -> int:
    """Random legal actions until the game ends; returns how many were applied.

    `before_each` runs before every random action and may apply actions of its own (the game
    may end there); `check` runs after every `check_every`-th random action and once more
    when the play stops."""
    count = 0
    while not game.is_over() and count < max_actions:
        if before_each is not None:
            before_each(game)
            if game.is_over():
                break
        random_step(game, rng)
        count += 1
        if check is not None and count % check_every == 0:
            check(game)
    if check is not None:
        check(game)
    return count


def random_seats(scenario: Scenario, rng: random.Random) -> list[str]:
    """A random table: every required actor plus a random choice of the others — two or
    more, and enough (with the late actors) to reach the quorum."""
    base = [a.id for a in scenario.actors]
    required = [a for a in scenario.agreement.required if a in base]
    others = [a for a in base if a not in required]
    rng.shuffle(others)
    least = max(2, (scenario.agreement.quorum or 0) - len(scenario.late_actors()))
    keep = rng.randint(min(max(0, least - len(required)), len(others)), len(others))
    chosen = set(required) | set(others[:keep])
    return [a for a in base if a in chosen]


def random_table(scenario: Scenario, seed: int) -> tuple[Game, random.Random]:
    """A game of the scenario at a random table (`random_seats`), and the generator that chose
    the seats, to play on with."""
    rng = random.Random(seed)
    return Game(scenario, seed=seed, seats=random_seats(scenario, rng)), rng


def random_any_action(game: Game, rng: random.Random) -> Action:
    """An action that may or may not be legal: real and made-up ids, any actor, any kind."""
    scenario = game.scenario
    actors = [a.id for a in scenario.all_actors()] + ["niemand"]
    actor = rng.choice([game.current_actor or "niemand", *actors])
    issues = [i.id for i in scenario.issues] + ["geen-kwestie"]
    options = {i.id: [o.id for o in i.options] + ["x"] for i in scenario.issues}
    number = rng.randint(0, 6)
    kind = rng.randrange(11)
    if kind == 0:
        return Statement(actor=actor, text=rng.choice(["", "  ", "Hallo", "x" * 700]))
    if kind == 1:
        interests = [i.id for a in scenario.all_actors() for i in a.interests] + ["geen"]
        return RevealInterest(actor=actor, interest=rng.choice(interests))
    if kind == 2:
        return Ask(actor=actor, to=rng.choice(actors), issue=rng.choice(issues))
    if kind == 3:
        mode = rng.choice(["truthful", "vague", "decline"])
        return Answer(actor=actor, question=number, mode=mode)
    if kind == 4:
        package = {i: rng.choice(o) for i, o in options.items() if rng.random() < 0.95}
        return Propose(actor=actor, package=package)
    if kind == 5:
        return Support(actor=actor, proposal=number)
    if kind == 6:
        return WithdrawSupport(actor=actor, proposal=number)
    if kind == 7:
        ids = [c.id for a in scenario.all_actors() for c in a.consultations] + ["geen"]
        return Consult(actor=actor, consultation=rng.choice(ids))
    if kind == 8:
        return Escalate(actor=actor)
    if kind == 9:
        return WalkAway(actor=actor)
    if rng.random() < 0.05:
        return FireEvent(event=rng.choice([e.id for e in scenario.events] + ["geen"]))
    if rng.random() < 0.02:
        return ExtendDeadline(rounds=1)
    return Pass(actor=actor)


def assert_supports_inside_mandates(game: Game) -> None:
    """Every support on the table lies inside its actor's mandate as that actor sees it."""
    for proposal in game.public_view().proposals:
        for supporter in proposal.supporters:
            own = game.view(supporter)
            for issue, option in proposal.package.items():
                assert option not in own.mandate.forbidden.get(issue, [])
            if own.mandate.min_score is not None:
                score = sum(own.points[i][o] for i, o in proposal.package.items())
                assert score >= own.mandate.min_score
