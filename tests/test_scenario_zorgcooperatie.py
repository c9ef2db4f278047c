"""Scenario D, "De zorgcoöperatie": four municipal actors, each with its own mandate, around
one residents' initiative; the table's sizes, its best package and the mandates that block it.

What every shipped scenario must be (bilingual, taught, balanced) is in test_shipped_balance.
"""

from __future__ import annotations

from pathlib import Path

from scenario_support import (
    best_joint,
    inside,
    loaded,
    mandates_after_consulting,
    quorum_deals,
    starting_mandates,
    unanimous_issues,
    widened,
    zopa_inside_mandates,
)

from game.scenario.model import Scenario
from game.scenario.space import OutcomeSpace

PATH = Path(__file__).resolve().parent.parent / "scenarios" / "de-zorgcooperatie.yaml"
MUNICIPAL = ["wijkmanager", "wmo", "inkoop", "vergunning"]


def scenario() -> Scenario:
    return loaded(PATH).scenario


def space() -> OutcomeSpace:
    return loaded(PATH).space


def best() -> dict[str, str]:
    return space().package(best_joint(space()))


def test_seven_seats_four_of_them_for_the_municipality_itself() -> None:
    s = scenario()
    assert [a.id for a in s.actors] == [
        "initiatief",
        "wijkmanager",
        "wmo",
        "inkoop",
        "aanbieder",
        "corporatie",
        "vergunning",
    ]
    assert [a.id for a in s.actors if a.kind == "gemeente"] == MUNICIPAL


def test_the_initiative_and_the_permit_officer_must_sign_five_of_seven() -> None:
    agreement = scenario().agreement
    assert agreement.rule == "quorum"
    assert agreement.quorum == 5
    assert sorted(agreement.required) == ["initiatief", "vergunning"]


def test_the_neighbourhood_manager_has_no_money_mandate_of_her_own() -> None:
    """She may promise no subsidy, contract or guarantee before consulting twice."""
    wijkmanager = scenario().actor("wijkmanager")
    assert wijkmanager.mandate.forbidden == {
        "bekostiging": ["subsidie", "uitdaagrecht"],
        "risico": ["garantie"],
    }
    assert [c.id for c in wijkmanager.consultations] == ["directeur", "wethouder"]


def test_procurement_may_not_award_a_contract_of_its_own_without_the_lawyer() -> None:
    inkoop = scenario().actor("inkoop")
    assert inkoop.mandate.forbidden == {"bekostiging": ["uitdaagrecht"]}
    [jurist] = inkoop.consultations
    assert jurist.effect.allow == {"bekostiging": ["uitdaagrecht"]}


def test_the_zopa_is_4_of_243_packages() -> None:
    assert space().size == 243
    assert int(space().zopa_mask.sum()) == 4


def test_the_best_joint_package_is_a_permanent_bopa_with_a_framework_and_a_guarantee() -> None:
    assert best() == {
        "route": "bopa",
        "participatie": "meedoen",
        "bekostiging": "subsidie",
        "precedent": "kader",
        "risico": "garantie",
    }


def test_participation_is_the_hidden_compatible_issue() -> None:
    assert unanimous_issues(scenario()) == ["participatie"]


def test_the_permit_officer_needs_the_council_and_the_manager_the_alderman() -> None:
    package = best()
    for actor_id, consultation_id in (("vergunning", "raadsadvies"), ("wijkmanager", "wethouder")):
        actor = scenario().actor(actor_id)
        assert not inside(actor.mandate.forbidden, package), actor_id
        consultation = next(c for c in actor.consultations if c.id == consultation_id)
        assert consultation.effect.allow, consultation_id
    vergunning = scenario().actor("vergunning")
    [raad] = vergunning.consultations
    assert inside(widened(vergunning.mandate.forbidden, raad.effect.allow), package)


def test_points_follow_each_story() -> None:
    """The issue a brief calls weightiest carries the widest spread of points."""

    def spread(actor_id: str, issue: str) -> float:
        table = scenario().actor(actor_id).points[issue]
        return max(table.values()) - min(table.values())

    def weightiest(actor_id: str) -> set[str]:
        issues = scenario().actor(actor_id).points
        top = max(spread(actor_id, i) for i in issues)
        return {i for i in issues if spread(actor_id, i) == top}

    assert weightiest("wmo") == {"precedent"}
    assert weightiest("inkoop") == {"bekostiging"}
    assert weightiest("wijkmanager") == {"participatie"}
    assert weightiest("vergunning") == {"participatie"}
    assert "risico" in weightiest("initiatief")
    assert "risico" in weightiest("aanbieder")
    assert "risico" in weightiest("corporatie")


def test_a_coalition_can_agree_at_once_and_consulting_opens_more_deals() -> None:
    """Under the quorum rule some deal lies inside the starting mandates; with every
    consultation granted there are more, and the full table can then agree too."""
    before = quorum_deals(scenario(), space(), widest=False)
    after = quorum_deals(scenario(), space(), widest=True)
    assert before >= 1
    assert after > before
    assert zopa_inside_mandates(space(), starting_mandates(scenario())) == 0
    assert zopa_inside_mandates(space(), mandates_after_consulting(scenario())) >= 1


def test_sources_date_each_legal_fact_and_fiction_names_the_simplifications() -> None:
    s = scenario()
    titles = " ".join(source.title.nl for source in s.sources)  # type: ignore[union-attr]
    for law in (
        "Omgevingswet",
        "Aanbestedingswet",
        "Algemene wet bestuursrecht",
        "Wet maatschappelijke",
    ):
        assert law in titles, law
    assert s.fiction is not None
    assert "uitdaagrecht" in s.fiction.nl  # type: ignore[union-attr]
