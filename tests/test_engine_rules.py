"""Scripted games, one per rule of docs/rules.md, on the small fixture tables."""

from __future__ import annotations

import pytest
from engine_support import fixture

from game.engine import (
    Answer,
    Ask,
    Consult,
    Escalate,
    ExtendDeadline,
    FireEvent,
    Game,
    IllegalAction,
    Pass,
    Propose,
    RevealInterest,
    SetupError,
    Statement,
    Support,
    WalkAway,
    WithdrawSupport,
)
from game.engine.view_json import view_to_json

GOOD = {"vervoer": "taxi", "bedden": "twee"}


def quorum_game(seed: int = 0) -> Game:
    """The quorum table with the chance event (deadline +1) known not to fire for seed 0."""
    return Game(fixture("quorum"), seed=seed)


def pass_turn(game: Game) -> None:
    actor = game.current_actor
    assert actor is not None
    game.apply(Pass(actor=actor))


def pass_until(game: Game, actor: str) -> None:
    while game.current_actor != actor:
        pass_turn(game)


def refusal(game: Game, action: object) -> IllegalAction:
    with pytest.raises(IllegalAction) as caught:
        game.apply(action)  # type: ignore[arg-type]
    return caught.value


def test_turns_follow_the_scenarios_turn_order() -> None:
    game = quorum_game()
    seen = []
    for _ in range(3):
        seen.append(game.current_actor)
        pass_turn(game)
    assert seen == ["politie", "gemeente", "ggz"]
    assert game.round == 2


def test_only_the_actor_whose_turn_it_is_may_act() -> None:
    game = quorum_game()
    error = refusal(game, Pass(actor="ggz"))
    assert error.key == "engine.illegal.not_your_turn"
    assert "Politie" in error.message("nl")


def test_one_talk_action_then_one_move_ends_the_turn() -> None:
    game = quorum_game()
    game.apply(Statement(actor="politie", phrase="hallo"))
    error = refusal(game, Statement(actor="politie", text="nog iets"))
    assert error.key == "engine.illegal.talk_used"
    assert game.current_actor == "politie"
    game.apply(Pass(actor="politie"))
    assert game.current_actor == "gemeente"
    assert not game.talked


def test_a_proposal_outside_the_mandate_is_refused_with_the_option_named() -> None:
    game = quorum_game()
    error = refusal(
        game, Propose(actor="politie", package={"vervoer": "elke-melding", "bedden": "twee"})
    )
    assert error.key == "engine.illegal.propose_forbidden"
    assert "politie bij elke melding" in error.message("nl")
    assert "police at every call" in error.message("en")


def test_support_outside_the_mandate_is_refused() -> None:
    game = quorum_game()
    pass_turn(game)  # politie
    game.apply(Propose(actor="gemeente", package={"vervoer": "elke-melding", "bedden": "twee"}))
    pass_turn(game)  # ggz
    error = refusal(game, Support(actor="politie", proposal=1))
    assert error.message("nl") == (
        "Politie mag dit pakket niet steunen: 'politie bij elke melding' valt buiten het "
        "mandaat — overleg eerst met de achterban."
    )


def test_a_minimum_score_in_the_mandate_counts_the_current_points() -> None:
    game = Game(fixture("unanimity"))
    error = refusal(game, Propose(actor="gemeente", package={"geld": "veel"}))
    assert error.key == "engine.illegal.propose_min_score"
    assert game.legal_actions("gemeente").allows_package({"geld": "weinig"})


def test_the_proposer_supports_its_own_proposal() -> None:
    game = quorum_game()
    game.apply(Propose(actor="politie", package=GOOD))
    assert game.public_view().proposals[0].supporters == ("politie",)


def test_quorum_with_a_required_actor_needs_that_actor() -> None:
    game = quorum_game()
    game.apply(Propose(actor="politie", package=GOOD))
    pass_turn(game)  # gemeente does not support
    game.apply(Support(actor="ggz", proposal=1))
    assert not game.is_over()  # two supporters, but not the municipality
    assert game.round == 2


def test_quorum_with_the_required_actor_is_an_agreement_at_round_end() -> None:
    game = quorum_game()
    game.apply(Propose(actor="politie", package=GOOD))
    game.apply(Support(actor="gemeente", proposal=1))
    assert not game.is_over()  # checked only at the end of the round
    pass_turn(game)
    assert game.outcome is not None
    assert game.outcome.kind == "agreement"
    assert game.outcome.package == GOOD
    assert game.outcome.supporters == ("politie", "gemeente")
    assert game.final_points()["ggz"] == 20 + 5


def test_the_proposal_with_most_supporters_wins_then_the_earliest() -> None:
    game = quorum_game()
    game.apply(Propose(actor="politie", package=GOOD))
    game.apply(Propose(actor="gemeente", package={"vervoer": "taxi", "bedden": "vier"}))
    game.apply(Support(actor="ggz", proposal=2))
    assert game.outcome is not None and game.outcome.proposal == 2


def test_withdrawn_support_no_longer_counts() -> None:
    game = Game(fixture("unanimity"))
    game.apply(Propose(actor="gemeente", package={"geld": "weinig"}))
    game.apply(Support(actor="ggz", proposal=1))
    pass_turn(game)
    game.apply(Pass(actor="gemeente"))
    game.apply(WithdrawSupport(actor="ggz", proposal=1))
    game.apply(Support(actor="wijkteam", proposal=1))
    assert not game.is_over()
    assert game.public_view().proposals[0].supporters == ("gemeente", "wijkteam")


def test_a_required_actor_walking_away_ends_the_game() -> None:
    game = quorum_game()
    pass_turn(game)
    game.apply(WalkAway(actor="gemeente"))
    assert game.outcome is not None
    assert game.outcome.kind == "walkout"
    assert game.outcome.actor == "gemeente"
    assert game.final_points() == {"politie": 15, "gemeente": 25, "ggz": 20}
    assert refusal(game, Pass(actor="ggz")).key == "engine.illegal.game_over"


def test_an_actor_who_walks_away_is_skipped_and_its_support_stops_counting() -> None:
    game = quorum_game()
    game.apply(Propose(actor="politie", package=GOOD))
    pass_turn(game)
    pass_turn(game)
    # round 2: the residents joined; politie walks away
    assert game.at_table() == ["politie", "gemeente", "ggz", "bewoners"]
    game.apply(WalkAway(actor="politie"))
    assert not game.is_over()
    game.apply(Support(actor="gemeente", proposal=1))
    pass_turn(game)
    pass_turn(game)
    assert not game.is_over()  # politie's support no longer counts: only 1 of the quorum of 2
    assert game.current_actor == "gemeente"


def test_fewer_actors_than_the_quorum_ends_the_game() -> None:
    game = Game(fixture("quorum"), seats=["gemeente", "politie"])
    game.apply(WalkAway(actor="politie"))
    assert game.outcome is not None and game.outcome.kind == "walkout"


def test_under_unanimity_the_actors_still_at_the_table_must_all_agree() -> None:
    game = Game(fixture("unanimity"))
    game.apply(Propose(actor="gemeente", package={"geld": "weinig"}))
    game.apply(Support(actor="ggz", proposal=1))
    game.apply(WalkAway(actor="wijkteam"))
    assert game.outcome is not None
    assert game.outcome.kind == "agreement"
    assert game.outcome.supporters == ("gemeente", "ggz")


def test_the_deadline_passing_ends_the_game_with_every_batna() -> None:
    game = Game(fixture("unanimity"))
    for _ in range(9):
        pass_turn(game)
    assert game.outcome is not None
    assert game.outcome.kind == "deadline"
    assert game.outcome.round == 3
    assert game.final_points() == {"gemeente": 2, "ggz": 1, "wijkteam": 4}
    assert game.log[-1].kind == "game_over"


def test_an_event_adds_an_actor_to_the_table_and_the_turn_order() -> None:
    game = quorum_game()
    assert game.status("bewoners") == "absent"
    for _ in range(3):
        pass_turn(game)
    assert game.status("bewoners") == "at_table"
    order = []
    for _ in range(4):
        order.append(game.current_actor)
        pass_turn(game)
    assert order == ["politie", "gemeente", "ggz", "bewoners"]
    assert any(e.kind == "actor_joined" and e.actor == "bewoners" for e in game.log)


def test_an_event_adds_an_option_that_every_actor_scores() -> None:
    game = quorum_game()
    for _ in range(3 + 4):
        pass_turn(game)
    assert game.round == 3
    assert [o.id for o in game.public_view().issues[1].options] == ["twee", "vier", "zes"]
    assert game.view("ggz").points["bedden"]["zes"] == 50
    assert game.points("bewoners", {"vervoer": "taxi", "bedden": "zes"}) == 35


def test_a_narrowed_mandate_makes_a_support_lapse() -> None:
    game = quorum_game()
    game.apply(Propose(actor="politie", package=GOOD))
    pass_turn(game)
    game.apply(Support(actor="ggz", proposal=1))
    while game.round < 4:
        pass_turn(game)
    lapsed = [e for e in game.log if e.kind == "support_lapsed"]
    assert [(e.actor, e.data["proposal"]) for e in lapsed] == [("ggz", 1)]
    assert game.public_view().proposals[0].supporters == ("politie",)
    assert game.view("ggz").batna == 25
    assert game.view("ggz").mandate.forbidden == {"bedden": ("twee",)}


def test_consultation_widens_the_mandate() -> None:
    game = quorum_game()
    game.apply(Consult(actor="politie", consultation="korpschef"))
    assert game.current_actor == "gemeente"  # the consultation cost the move
    result = game.log[-1]
    assert result.kind == "consultation" and result.to == ["politie"]
    assert result.data["granted"] is True
    assert game.legal_actions("politie").options("vervoer") == ["ambulance", "elke-melding", "taxi"]
    assert game.view("politie").mandate.forbidden == {}


def test_consultation_can_say_no_and_logs_its_refusal() -> None:
    game = quorum_game()
    game.apply(Consult(actor="politie", consultation="burgemeester"))
    result = game.log[-1]
    assert result.data["granted"] is False
    assert "De burgemeester wil geen toezeggingen doen." in result.nl
    assert "The mayor makes no promises." in result.en
    pass_until(game, "politie")
    error = refusal(game, Consult(actor="politie", consultation="burgemeester"))
    assert error.key == "engine.illegal.consultation_used"


def test_escalation_gives_advice_reveals_interests_and_costs_the_round() -> None:
    game = quorum_game()
    game.apply(Escalate(actor="politie"))
    assert game.round == 2  # gemeente and ggz lost their turns in round 1
    assert game.current_actor == "politie"
    advice = [e for e in game.log if e.kind == "advice"]
    assert [e.to for e in advice] == [["gemeente"], None]
    assert "GEHEIM-GGZ-BELANG-PERSONEEL" in view_to_json(game.public_view())
    assert not game.public_view().escalation_available
    pass_until(game, "gemeente")
    assert refusal(game, Escalate(actor="gemeente")).key == "engine.illegal.escalation_used"


def test_an_asked_actor_answers_on_its_next_turn_before_anything_else() -> None:
    game = quorum_game()
    game.apply(Ask(actor="politie", to="ggz", issue="bedden"))
    game.apply(Pass(actor="politie"))
    pass_turn(game)  # gemeente
    assert game.view("ggz").questions_waiting[0].id == 1
    assert refusal(game, Pass(actor="ggz")).key == "engine.illegal.answer_first"
    game.apply(Answer(actor="ggz", question=1, mode="truthful"))
    answer = game.log[-1]
    assert answer.to == ["politie", "ggz"]
    assert "'vier bedden'" in answer.nl and "voor ons belangrijk" in answer.nl
    assert answer.data == {
        "question": 1,
        "issue": "bedden",
        "mode": "truthful",
        "best": ["vier"],
        "weight": "medium",
    }
    # answering did not use the talk slot
    game.apply(RevealInterest(actor="ggz", interest="personeel"))
    game.apply(Pass(actor="ggz"))


def test_a_vague_or_declined_answer_gives_nothing_away() -> None:
    game = quorum_game()
    game.apply(Ask(actor="politie", to="gemeente", issue="bedden"))
    game.apply(Pass(actor="politie"))
    game.apply(Answer(actor="gemeente", question=1, mode="decline"))
    assert "twee" not in game.log[-1].nl


def test_seats_must_include_the_required_actors() -> None:
    with pytest.raises(SetupError) as caught:
        Game(fixture("quorum"), seats=["ggz", "politie"])
    assert "gemeente" in caught.value.message("nl")
    with pytest.raises(SetupError):
        Game(fixture("quorum"), seats=["gemeente", "nobody"])


def test_the_facilitator_can_fire_an_event_now_but_only_once() -> None:
    game = quorum_game()
    game.apply(FireEvent(event="bewoners-schuiven-aan"))
    assert game.status("bewoners") == "at_table"
    assert game.current_actor == "politie"  # the turn goes on
    pass_turn(game)
    pass_turn(game)
    pass_turn(game)
    assert game.current_actor == "bewoners"  # joined this round, at the end of the order
    error = refusal(game, FireEvent(event="bewoners-schuiven-aan"))
    assert error.key == "engine.illegal.event_fired"
    assert refusal(game, FireEvent(event="geen")).key == "engine.illegal.unknown_event"


def test_the_facilitator_can_extend_the_deadline() -> None:
    game = Game(fixture("unanimity"))
    game.apply(ExtendDeadline(rounds=2))
    assert game.deadline == 5
    for _ in range(3 * 5):
        pass_turn(game)
    assert game.outcome is not None and game.outcome.round == 5


def test_a_reflection_moment_is_put_to_the_table_at_its_round() -> None:
    game = quorum_game()
    for _ in range(3):
        pass_turn(game)
    moments = [e for e in game.log if e.kind == "reflection"]
    assert [(e.round, e.to) for e in moments] == [(2, None)]
    assert "Wat weet je nu van de belangen van de GGZ?" in moments[0].nl


def test_a_table_too_small_for_the_quorum_cannot_be_set_up() -> None:
    scenario = fixture("quorum").model_copy(
        update={"agreement": fixture("quorum").agreement.model_copy(update={"quorum": 4})}
    )
    with pytest.raises(SetupError) as caught:
        Game(scenario, seats=["gemeente", "politie"])
    assert caught.value.key == "engine.setup.below_quorum"
    Game(scenario, seats=["gemeente", "politie", "ggz"])  # the residents may still join
