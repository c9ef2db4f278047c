"""Bots use what their view says outright: the agreement rule, what each of their own
consultations would allow, and the facts (ids) of the truthful answers they received."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from types import MappingProxyType

from engine_support import fixture

from game.agents import BotMove, make_bot
from game.agents.opponents import beliefs
from game.agents.table_rule import passes_with, shortfall
from game.engine import MOVE_KINDS, Answer, Ask, Consult, Game, Pass, PlayerView
from game.engine.views import AgreementView, ProposalView

QUORUM = fixture("quorum")  # quorum 2 with the municipality required; turn order politie first


def with_rule(view: PlayerView, rule: str, quorum: int | None, required: list[str]) -> PlayerView:
    return replace(
        view, agreement=AgreementView(rule=rule, quorum=quorum, required=tuple(required))
    )


def test_the_rule_in_the_view_says_how_far_a_proposal_is_from_passing() -> None:
    view = Game(QUORUM).view("politie")
    assert passes_with(view, ["gemeente"], "politie")
    assert not passes_with(view, ["ggz"], "politie")  # the municipality must be among them
    assert shortfall(view, ["ggz"]) == 1
    assert shortfall(view, []) == 2
    unanimity = with_rule(view, "unanimity", None, [])
    assert not passes_with(unanimity, ["gemeente"], "politie")
    assert passes_with(unanimity, ["gemeente", "ggz"], "politie")
    assert shortfall(unanimity, ["ggz"]) == 2
    bigger = with_rule(view, "quorum", 3, [])
    assert shortfall(bigger, ["ggz", "gemeente"]) == 1


def blocked_offer(view: PlayerView) -> PlayerView:
    """Politie's view with a proposal on the table that it likes but its mandate forbids
    ('elke-melding' made worth much to it), and the consultation that cannot open it listed
    first."""
    vervoer = MappingProxyType({**view.points["vervoer"], "elke-melding": 50.0})
    points = MappingProxyType({**view.points, "vervoer": vervoer})
    offer = ProposalView(
        id=1,
        proposer="gemeente",
        round=1,
        package=MappingProxyType({"vervoer": "elke-melding", "bedden": "twee"}),
        supporters=("gemeente",),
        supporters_at_table=("gemeente",),
    )
    return replace(
        view,
        points=points,
        proposals=(offer,),
        consultations=tuple(reversed(view.consultations)),
    )


def move_of(strategy: str, game: Game, craft: Callable[[PlayerView], PlayerView]) -> BotMove:
    """Politie's move (after any talk, which is applied) on a view passed through `craft`."""
    bot = make_bot("politie", strategy, 0)
    while True:
        move = bot.act(craft(game.view("politie")), game.legal_actions("politie"))
        if move.action.kind in MOVE_KINDS:
            return move
        game.apply(move.action)


def test_a_bot_consults_the_back_office_that_opens_the_package_it_wants() -> None:
    assert [c.id for c in blocked_offer(Game(QUORUM).view("politie")).consultations] == [
        "burgemeester",
        "korpschef",
    ]
    for strategy in ("conceder", "integrative"):
        move = move_of(strategy, Game(QUORUM), blocked_offer)
        assert move.action == Consult(actor="politie", consultation="korpschef"), strategy


def test_a_bot_does_not_consult_when_no_consultation_opens_what_it_wants() -> None:
    def useless_only(view: PlayerView) -> PlayerView:
        view = blocked_offer(view)
        useless = tuple(c for c in view.consultations if c.id == "burgemeester")
        return replace(view, consultations=useless)

    for strategy in ("conceder", "integrative"):
        assert move_of(strategy, Game(QUORUM), useless_only).action.kind != "consult"


def test_a_bot_learns_from_the_answers_facts_not_from_its_words() -> None:
    game = Game(QUORUM)
    game.apply(Ask(actor="politie", to="gemeente", issue="bedden"))
    game.apply(Pass(actor="politie"))
    game.apply(Answer(actor="gemeente", question=1, mode="truthful"))
    view = game.view("politie")
    silent = replace(
        view,
        log=tuple(
            replace(line, nl="…", en="…") if line.kind == "answer" else line for line in view.log
        ),
    )
    learnt, from_facts = beliefs(view)["gemeente"], beliefs(silent)["gemeente"]
    assert (learnt.liking, learnt.weights) == (from_facts.liking, from_facts.weights)
    assert from_facts.liking["bedden"]["twee"] == 1.0 > from_facts.liking["bedden"]["vier"]
    assert from_facts.weights["bedden"] > 1.0
