"""Every bot move says why in one sentence made of the scenario's own words — and never gives
away a hidden interest: finding those out is what the game teaches."""

from __future__ import annotations

from agents_support import all_scenarios, play_strictly
from hypothesis import given, settings
from hypothesis import strategies as st

from game.agents import STRATEGIES, make_bot, play_turn
from game.agents.balance import suggested_strategies
from game.agents.explain import reason
from game.engine import Action, Game, LogEntry, RevealInterest
from game.scenario.model import Scenario, text_in

SCENARIO_LIST = all_scenarios()
SCENARIOS = {s.id: s for s in SCENARIO_LIST}
E33 = SCENARIOS["e33-vrijdagnacht"]


def revealed_ids(game: Game) -> set[tuple[str, str]]:
    return {(a.id, i.id) for a in game.public_view().actors for i in a.revealed_interests}


def hidden_texts(scenario: Scenario, revealed: set[tuple[str, str]]) -> list[str]:
    """The Dutch and English texts of every interest not on the table."""
    return [
        text
        for actor in scenario.all_actors()
        for interest in actor.interests
        if (actor.id, interest.id) not in revealed
        for text in {text_in(interest.text, "nl"), text_in(interest.text, "en")}
        if text
    ]


class Watched:
    """A game as `play_turn` uses it, noting the revealed interests after every action."""

    def __init__(self, game: Game) -> None:
        self.game = game
        self.revealed_after: list[set[tuple[str, str]]] = []

    def apply(self, action: Action) -> list[LogEntry]:
        entries = self.game.apply(action)
        self.revealed_after.append(revealed_ids(self.game))
        return entries

    def __getattr__(self, name: str) -> object:
        return getattr(self.game, name)


@settings(max_examples=40, deadline=None)
@given(
    index=st.integers(0, len(SCENARIO_LIST) - 1),
    mix=st.sampled_from(("suggested", *STRATEGIES)),
    seed=st.integers(0, 2**16),
)
def test_no_explanation_quotes_an_interest_before_it_is_revealed(
    index: int, mix: str, seed: int
) -> None:
    scenario = SCENARIO_LIST[index]
    if mix == "suggested":
        strategies = suggested_strategies(scenario)
    else:
        strategies = {a.id: mix for a in scenario.all_actors()}
    watched = Watched(Game(scenario, seed=seed))
    bots = {a: make_bot(a, s, seed) for a, s in strategies.items()}
    moves = []
    while not watched.game.is_over():
        moves += play_turn(watched, bots[watched.game.current_actor])  # type: ignore[arg-type]
    assert len(moves) == len(watched.revealed_after)
    for move, revealed in zip(moves, watched.revealed_after, strict=True):
        for secret in hidden_texts(scenario, revealed):
            assert secret not in move.explanation.nl, (move.action, secret)
            assert secret not in (move.explanation.en or ""), (move.action, secret)


def test_a_reveal_quotes_the_interest_it_reveals() -> None:
    strategies = {a.id: "integrative" for a in E33.all_actors()}
    moves = play_strictly(Game(E33, seed=2), strategies, 2)
    reveals = [m for m in moves if isinstance(m.action, RevealInterest)]
    assert reveals
    for move in reveals:
        action = move.action
        interest = next(i for i in E33.actor(action.actor).interests if i.id == action.interest)
        assert text_in(interest.text, "nl") in move.explanation.nl
        assert text_in(interest.text, "en") in (move.explanation.en or "")


def test_support_and_refusal_name_an_issue_and_a_reason_the_table_may_hear() -> None:
    strategies = {a.id: "integrative" for a in E33.all_actors()}
    game = Game(E33, seed=2)
    moves = play_strictly(game, strategies, 2)
    issue_names = {text_in(i.name, "nl") for i in E33.issues}
    checked = 0
    for move in moves:
        if move.action.kind not in {"support", "propose", "pass", "withdraw_support"}:
            continue
        actor = E33.actor(move.action.actor)
        text = move.explanation.nl
        assert text.startswith(text_in(actor.name, "nl"))
        if move.action.kind == "support" or "'" in text:
            assert any(f"'{name}'" in text for name in issue_names), text
            interests = [text_in(i.text, "nl") for i in actor.interests]
            if "„" in text:  # a quotation is always its own interest, never its brief
                assert text.rsplit("„", 1)[-1].rstrip("”") in interests, text
            else:  # else the points at stake in words, or why it may not
                assert "op het spel" in text or "mandaat" in text or "niet meer" in text, text
            checked += 1
    assert checked >= 5


def test_explanations_come_in_both_languages() -> None:
    strategies = {a.id: "integrative" for a in E33.all_actors()}
    moves = play_strictly(Game(E33, seed=3), strategies, 3)
    for move in moves:
        assert move.explanation.en and move.explanation.en != move.explanation.nl
        assert move.why("en") == move.explanation.en
        assert move.why("nl") == move.explanation.nl


def test_the_reason_for_an_issue_is_its_interest_only_once_revealed() -> None:
    game = Game(E33, seed=0)
    interest = next(i for i in E33.actor("gemeente").interests if "nazorg" in i.issues)
    hidden = reason(game.view("gemeente"), "nazorg")
    assert text_in(interest.text, "nl") not in hidden.nl
    assert "„" not in hidden.nl and "op het spel" in hidden.nl  # the stake, never the brief
    assert hidden.en and "at stake" in hidden.en
    revealing = reason(game.view("gemeente"), "nazorg", revealing=interest.id)
    assert text_in(interest.text, "nl") in revealing.nl
    while game.current_actor != "gemeente":
        game.apply(next(a for a in game.legal_actions(game.current_actor) if a.kind == "pass"))
    game.apply(RevealInterest(actor="gemeente", interest=interest.id))
    said = reason(game.view("gemeente"), "nazorg")
    assert text_in(interest.text, "nl") in said.nl
    assert text_in(interest.text, "en") in (said.en or "")


def test_a_consultation_is_explained_without_its_confidential_label() -> None:
    for scenario in SCENARIO_LIST:
        for seed in range(4):
            strategies = {a.id: "integrative" for a in scenario.all_actors()}
            for move in play_strictly(Game(scenario, seed=seed), strategies, seed):
                if move.action.kind != "consult":
                    continue
                found = scenario.actor(move.action.actor).consultations
                label = next(c.label for c in found if c.id == move.action.consultation)
                assert text_in(label, "nl") not in move.explanation.nl
