"""Crisisbedden Lindelaan (the first full case): its own table, hidden interest and mandates.

What every shipped scenario must be (bilingual, taught, balanced: a narrow ZOPA, a best joint
package clearly better than splitting every difference) is in test_shipped_balance.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from scenario_support import (
    best_joint,
    everyone_allows,
    favourite,
    loaded,
    middle_package,
    starting_mandates,
    texts,
    widened,
)

from game.scenario.model import NarrowMandate, OptionSet, Scenario
from game.scenario.space import OutcomeSpace

SCENARIO_FILE = Path(__file__).resolve().parent.parent / "scenarios" / "crisisbedden-lindelaan.yaml"


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return loaded(SCENARIO_FILE).scenario


@pytest.fixture(scope="module")
def space() -> OutcomeSpace:
    return loaded(SCENARIO_FILE).space


def test_the_municipality_the_applicant_and_the_insurer_must_agree(scenario: Scenario) -> None:
    """The competent authority, the applicant and the buyer of the beds sign every deal."""
    rule = scenario.agreement
    assert rule.rule == "quorum"
    assert rule.quorum == len(scenario.actors) - 1
    assert set(rule.required) == {"gemeente", "ggz", "zorgverzekeraar"}


def test_the_insurer_who_buys_the_beds_sits_at_the_table(scenario: Scenario) -> None:
    insurer = scenario.actor("zorgverzekeraar")
    assert insurer.kind == "zorgverzekeraar"
    assert favourite(insurer, "bedden") == "zestien"
    assert "vierentwintig" in insurer.mandate.forbidden["bedden"]


def test_only_the_living_environment_goes_in_the_permit(
    scenario: Scenario, space: OutcomeSpace
) -> None:
    """Every party is best served by permit conditions for the living environment and an
    agreement beside the permit, not by writing every arrangement into the permit."""
    best = space.package(best_joint(space))
    assert best["beheer"] == "overeenkomst"
    for actor in scenario.actors:
        points = actor.points["beheer"]
        assert points["overeenkomst"] > points["alles_in_vergunning"], actor.id


def test_participation_is_the_applicants_round_and_no_council_advice_track(
    scenario: Scenario, space: OutcomeSpace
) -> None:
    options = [o.id for o in scenario.issue("procedure").options]
    assert "raadsadvies" not in options
    assert space.package(best_joint(space))["procedure"] == "participatie"
    ggz = scenario.actor("ggz")
    assert favourite(ggz, "procedure") == "direct"


def test_everyone_secretly_prefers_the_management_agreement_beside_the_permit(
    scenario: Scenario, space: OutcomeSpace
) -> None:
    tops = {actor.id: favourite(actor, "beheer") for actor in scenario.actors}
    assert set(tops.values()) == {"overeenkomst"}
    assert space.package(best_joint(space))["beheer"] == "overeenkomst"
    assert middle_package(scenario)["beheer"] != "overeenkomst"


def test_the_escalation_table_reveals_the_hidden_shared_interest(scenario: Scenario) -> None:
    assert scenario.escalation is not None
    revealed = {(r.actor, r.interest) for a in scenario.escalation.advice for r in a.reveals}
    assert {("bewoners", "nachtrust"), ("ggz", "wijkfunctie")} <= revealed


def test_a_mandate_blocks_the_best_joint_package_until_a_consultation(
    scenario: Scenario, space: OutcomeSpace
) -> None:
    best = best_joint(space)
    start = starting_mandates(scenario)
    assert not everyone_allows(space, start)[best]
    politie = scenario.actor("politie")
    assert space.package(best)["protocol"] in politie.mandate.forbidden["protocol"]
    opened = start | {
        "politie": (
            widened(politie.mandate.forbidden, politie.consultations[0].effect.allow),
            None,
        )
    }
    assert everyone_allows(space, opened)[best]


def test_the_council_motion_comes_in_week_four_and_takes_24_beds_off_the_table(
    scenario: Scenario,
) -> None:
    motion = next(e for e in scenario.events if e.id == "raadsmotie")
    assert motion.trigger.round == 4
    effect = motion.effects[0]
    assert isinstance(effect, NarrowMandate)
    assert effect.forbid == {"bedden": ["vierentwintig"]}


def test_the_english_check_sees_every_kind_of_text(scenario: Scenario) -> None:
    places = [place for place, _ in texts(scenario)]
    for kind in (
        ".title",
        ".sources[0].title",
        ".fiction",
        ".brief.confidential",
        ".interests[0].text",
        ".options[0].label",
        ".questions[2]",
        ".refusal",
        ".message",
        ".advice[0].text",
        ".phrases[0].text",
    ):
        assert any(kind in place for place in places), kind


def test_police_and_ambulance_share_no_protocol_until_the_driehoek_agrees(
    scenario: Scenario,
) -> None:
    options = [o.id for o in scenario.issue("protocol").options]

    def allowed(forbidden: OptionSet) -> set[str]:
        return {o for o in options if o not in forbidden.get("protocol", [])}

    politie, ambulance = scenario.actor("politie"), scenario.actor("ambulance")
    rav = allowed(ambulance.mandate.forbidden)
    assert allowed(politie.mandate.forbidden) & rav == set()
    driehoek = next(c for c in politie.consultations if c.id == "driehoek")
    opened = widened(politie.mandate.forbidden, driehoek.effect.allow)
    assert allowed(opened) & rav == {"gezamenlijk"}
