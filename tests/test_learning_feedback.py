"""Personal feedback: concrete observations from the record, and never another's secrets."""

from __future__ import annotations

import random

import pytest
from engine_support import all_scenarios, play_randomly
from learning_support import play, table

from game.engine import (
    Ask,
    Consult,
    Game,
    Pass,
    Propose,
    RevealInterest,
    Support,
    WithdrawSupport,
)
from game.learning import Observation, personal_feedback, table_feedback
from game.scenario.model import Scenario, text_in

GOOD = {"geld": "midden", "tijd": "kort"}  # the best joint gain: 1 + 4 + 3 = 8
SELFISH = {"geld": "weinig", "tijd": "lang"}  # the gemeente +5, ggz -3, wijkteam 0
NEEDS_COLLEGE = {"geld": "veel", "tijd": "kort"}  # outside the gemeente's opening mandate
BEST_FOR_GEMEENTE = {"geld": "weinig", "tijd": "kort"}  # joint 8 too: gemeente +4 of its 4


def college_worth(points: float) -> Scenario:
    """The learning table with the gemeente's points for 'veel' money set: NEEDS_COLLEGE is
    then worth `points` + 1 to it (its BATNA is 3)."""
    scenario = table()
    actors = []
    for actor in scenario.actors:
        if actor.id == "gemeente":
            geld = {**actor.points["geld"], "veel": points}
            actor = actor.model_copy(update={"points": {**actor.points, "geld": geld}})
        actors.append(actor)
    return scenario.model_copy(update={"actors": actors})


def keys(observations: list[Observation]) -> dict[str, Observation]:
    return {o.key: o for o in observations}


def test_a_player_who_reveals_nothing_while_others_do_is_told_so() -> None:
    game = play(
        None,
        [RevealInterest(actor="ggz", interest="snel"), Pass(actor="ggz")],
        [RevealInterest(actor="wijkteam", interest="samen"), Pass(actor="wijkteam")],
    )
    mine = keys(personal_feedback(game, "gemeente"))
    found = mine["interests.none_while_others"]
    assert found.kind == "work" and found.goal == "belangen"
    assert "de anderen samen 2 belangen" in found.text("nl")
    assert "the others put 2 interests" in found.text("en")
    ggz = keys(personal_feedback(game, "ggz"))
    assert ggz["interests.revealed_first"].kind == "strength"
    assert "interests.revealed" in keys(personal_feedback(game, "wijkteam"))


def test_nobody_revealing_anything_is_named_for_the_whole_table() -> None:
    feedback = table_feedback(play(None, None, None))
    assert all("interests.none_at_table" in keys(obs) for obs in feedback.values())


def test_a_player_who_only_proposes_self_serving_packages_gets_that_observation() -> None:
    game = play(
        [Propose(actor="gemeente", package=SELFISH)],
        [Propose(actor="ggz", package=GOOD)],
    )
    found = keys(personal_feedback(game, "gemeente"))["proposals.self_serving"]
    assert found.kind == "work" and found.goal == "ruilen"
    assert found.values["share"] == "100%" and found.values["fair"] == "33%"
    assert "jij nam 100% van de gezamenlijke winst" in found.text("nl")
    ggz = keys(personal_feedback(game, "ggz"))
    assert "proposals.self_serving" not in ggz


def test_a_balanced_package_with_the_whole_joint_gain_is_praised_with_its_evidence() -> None:
    game = play([Propose(actor="gemeente", package=GOOD)])
    found = keys(personal_feedback(game, "gemeente"))["proposals.integrative"]
    assert found.kind == "strength"
    assert (found.values["share"], found.values["mine"], found.values["others"]) == (
        "100%",
        "25%",
        "100%",
    )
    assert "jij 25% van wat je kon winnen, de anderen gemiddeld 100%" in found.text("nl")


def test_a_self_serving_opening_is_not_praised_as_a_package_for_the_whole_table() -> None:
    """Regression: an opening that gives the proposer all it could get (and the whole joint
    gain, so not 'self-serving' by share of the joint gain) was praised."""
    game = play([Propose(actor="gemeente", package=BEST_FOR_GEMEENTE)])
    mine = keys(personal_feedback(game, "gemeente"))
    assert "proposals.integrative" not in mine


def test_never_asking_and_asking_are_both_noticed() -> None:
    game = play(None, [Ask(actor="ggz", to="gemeente", issue="geld"), Pass(actor="ggz")])
    assert keys(personal_feedback(game, "gemeente"))["questions.none"].kind == "work"
    asked = keys(personal_feedback(game, "ggz"))["questions.asked"]
    assert asked.kind == "strength"
    assert asked.text("en") == "You asked a question, of Gemeente."


def test_a_late_consultation_names_the_week_and_the_proposal_that_needed_it() -> None:
    game = play(
        None,  # week 1: the gemeente passes, the ggz proposes what needs the college
        [Propose(actor="ggz", package=NEEDS_COLLEGE)],
        None,
        *(None, None, None),  # week 2
        [Consult(actor="gemeente", consultation="college")],  # week 3
        scenario=college_worth(6),
    )
    found = keys(personal_feedback(game, "gemeente"))["mandate.late"]
    assert found.kind == "work" and found.goal == "mandaat"
    assert (found.values["week"], found.values["proposal"], found.values["since"]) == (3, 1, 1)
    assert "in week 3, terwijl voorstel 1 dat dit nodig had al sinds week 1" in found.text("nl")
    assert "het was je 7 punten waard, meer dan de 3 die je nu kreeg" in found.text("nl")


def test_a_timely_consultation_is_a_strength() -> None:
    game = play(
        None,
        [Propose(actor="ggz", package=NEEDS_COLLEGE)],
        None,
        [Consult(actor="gemeente", consultation="college")],  # week 2
        scenario=college_worth(6),
    )
    mine = keys(personal_feedback(game, "gemeente"))
    assert mine["mandate.timely"].kind == "strength"
    assert "mandate.late" not in mine


def test_never_consulting_while_a_proposal_needed_it_is_a_point_to_work_on() -> None:
    game = play(
        None, [Propose(actor="ggz", package=NEEDS_COLLEGE)], None, None, scenario=college_worth(6)
    )
    found = keys(personal_feedback(game, "gemeente"))["mandate.never_consulted"]
    assert (found.values["proposal"], found.values["worth"], found.values["got"]) == (1, 7, 3)


def test_no_advice_to_consult_for_a_proposal_below_ones_batna() -> None:
    """Regression: consulting was advised for a proposal 17 points below the player's BATNA
    (here: worth 1 against a BATNA of 3)."""
    game = play(None, [Propose(actor="ggz", package=NEEDS_COLLEGE)], None, None)
    mine = keys(personal_feedback(game, "gemeente"))
    assert "mandate.never_consulted" not in mine


def test_no_advice_to_consult_for_a_proposal_worth_less_than_the_deal_reached() -> None:
    """Regression: consulting was advised for proposals worth 52 and 43 points to a player
    whose deal was worth 68. Here the proposal is worth 4, the deal 4 as well."""
    scenario = college_worth(3)
    deal = play(
        [Propose(actor="gemeente", package=GOOD)],
        [Propose(actor="ggz", package=NEEDS_COLLEGE)],
        [Support(actor="wijkteam", proposal=1)],
        None,  # week 2
        [Support(actor="ggz", proposal=1)],
        None,
        scenario=scenario,
    )
    assert deal.outcome is not None and deal.outcome.kind == "agreement"
    assert "mandate.never_consulted" not in keys(personal_feedback(deal, "gemeente"))
    no_deal = play(
        None, [Propose(actor="ggz", package=NEEDS_COLLEGE)], None, None, scenario=scenario
    )
    found = keys(personal_feedback(no_deal, "gemeente"))["mandate.never_consulted"]
    assert (found.values["worth"], found.values["got"]) == (4, 3)


def test_withdrawing_support_twice_and_supporting_the_agreement_from_a_week() -> None:
    game = play(
        [Propose(actor="gemeente", package=GOOD)],
        [Support(actor="ggz", proposal=1)],
        None,  # week 1 ends without the wijkteam
        None,
        [WithdrawSupport(actor="ggz", proposal=1)],
        None,  # week 2
        None,
        [Support(actor="ggz", proposal=1)],
        None,  # week 3
        None,
        [WithdrawSupport(actor="ggz", proposal=1)],
        None,  # week 4
    )
    ggz = keys(personal_feedback(game, "ggz"))
    assert ggz["support.withdrew"].values["count"] == 2
    assert ggz["support.withdrew"].kind == "work"

    agreed = play(
        [Propose(actor="gemeente", package=GOOD)],
        None,
        None,
        None,
        [Support(actor="ggz", proposal=1)],  # week 2
        [Support(actor="wijkteam", proposal=1)],
    )
    assert agreed.outcome is not None and agreed.outcome.kind == "agreement"
    assert keys(personal_feedback(agreed, "ggz"))["agreement.supported_from"].values["week"] == 2
    assert (
        keys(personal_feedback(agreed, "wijkteam"))["agreement.supported_from"].values["week"] == 2
    )
    assert keys(personal_feedback(agreed, "gemeente"))["agreement.proposed"].values["week"] == 1


def _secrets_of_others(game: Game, actor: str) -> list[str]:
    """Texts another actor keeps to itself: unrevealed interests, consultation labels,
    the confidential brief — in both languages."""
    revealed = {
        (e.actor, e.action.interest)
        for e in game.log
        if e.action and e.action.kind == "reveal_interest"
    }
    revealed |= {(e.actor, e.data.get("interest")) for e in game.log if e.kind == "revealed"}
    out = []
    for other in game.scenario.all_actors():
        if other.id == actor:
            continue
        texts = [c.label for c in other.consultations] + [other.brief.confidential]
        texts += [i.text for i in other.interests if (other.id, i.id) not in revealed]
        out += [text_in(x, lang) for x in texts for lang in ("nl", "en")]
    return out


def _feedback_texts(game: Game) -> dict[str, str]:
    return {
        actor: "\n".join(o.text(lang) for o in obs for lang in ("nl", "en"))
        for actor, obs in table_feedback(game).items()
    }


@pytest.mark.parametrize("seed", range(4))
def test_feedback_never_quotes_another_actors_secrets(seed: int) -> None:
    for scenario in (*all_scenarios(), table()):
        game = Game(scenario, seed=seed)
        play_randomly(game, random.Random(seed))
        for actor, text in _feedback_texts(game).items():
            for secret in _secrets_of_others(game, actor):
                assert secret not in text, (scenario.id, actor, secret)


def test_feedback_does_not_change_when_another_actors_secret_texts_do() -> None:
    """The ggz's brief, hidden interest and consultation label rewritten: the gemeente's and
    the wijkteam's feedback stay word for word the same."""
    base = table()
    ggz = base.actor("ggz")
    changed_ggz = ggz.model_copy(
        update={
            "brief": ggz.brief.model_copy(update={"confidential": "ANDERS"}),
            "interests": [i.model_copy(update={"text": "ANDERS-BELANG"}) for i in ggz.interests],
            "consultations": [
                c.model_copy(update={"label": "ANDERS-LABEL"}) for c in ggz.consultations
            ],
        }
    )
    other = base.model_copy(
        update={"actors": [changed_ggz if a.id == "ggz" else a for a in base.actors]}
    )
    script = (
        [Propose(actor="gemeente", package=SELFISH)],
        [Consult(actor="ggz", consultation="bestuur")],
        [Ask(actor="wijkteam", to="ggz", issue="tijd"), Propose(actor="wijkteam", package=GOOD)],
    )
    one, two = play(*script), play(*script, scenario=other)
    for actor in ("gemeente", "wijkteam"):
        assert [o.text("nl") for o in personal_feedback(one, actor)] == [
            o.text("nl") for o in personal_feedback(two, actor)
        ]
