"""Scenario E, "Van melding tot maatregel": the compulsory mental health care chain after an
E33 report; the table's sizes, its best package, the mandates that block it and the law.

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

PATH = Path(__file__).resolve().parent.parent / "scenarios" / "van-melding-tot-maatregel.yaml"


def scenario() -> Scenario:
    return loaded(PATH).scenario


def space() -> OutcomeSpace:
    return loaded(PATH).space


def best() -> dict[str, str]:
    return space().package(best_joint(space()))


def test_the_chain_has_seven_links_the_family_among_them() -> None:
    assert sorted(a.id for a in scenario().actors) == [
        "ambulance",
        "burgemeester",
        "meldpunt",
        "naasten",
        "officier",
        "politie",
        "psychiater",
    ]


def test_the_mayor_and_the_prosecutor_must_sign_five_of_seven() -> None:
    agreement = scenario().agreement
    assert (agreement.rule, agreement.quorum) == ("quorum", 5)
    assert sorted(agreement.required) == ["burgemeester", "officier"]


def test_the_zopa_is_6_of_243_packages() -> None:
    assert space().size == 243
    assert int(space().zopa_mask.sum()) == 6


def test_the_best_joint_package_keeps_the_person_out_of_the_cell_and_hears_the_family() -> None:
    assert best() == {
        "informatie": "in_zorg_vraag",
        "wachten": "beoordelingsplek",
        "vervoer": "passend",
        "horen": "met_naaste",
        "nazorg": "eigen_plan",
    }


def test_is_this_person_in_care_is_the_hidden_compatible_issue() -> None:
    assert unanimous_issues(scenario()) == ["informatie"]


def test_nobody_may_sign_for_a_shared_file_that_everyone_reads() -> None:
    """No legal basis (GDPR art. 9, professional secrecy): no consultation opens it."""
    for actor_id in ("psychiater", "meldpunt"):
        actor = scenario().actor(actor_id)
        assert "gedeeld_dossier" in actor.mandate.forbidden["informatie"]
        assert all("informatie" not in c.effect.allow for c in actor.consultations)


def test_the_mayor_must_hear_the_person_and_will_not_sign_for_a_phone_call() -> None:
    burgemeester = scenario().actor("burgemeester")
    assert burgemeester.mandate.forbidden == {"horen": ["telefonisch"]}


def test_the_psychiatrist_and_the_prosecutor_must_consult_for_the_best_package() -> None:
    package = best()
    for actor_id, consultation_id in (
        ("psychiater", "raad_van_bestuur"),
        ("officier", "hoofdofficier"),
    ):
        actor = scenario().actor(actor_id)
        assert not inside(actor.mandate.forbidden, package), actor_id
        consultation = next(c for c in actor.consultations if c.id == consultation_id)
        assert inside(widened(actor.mandate.forbidden, consultation.effect.allow), package)


def test_points_follow_each_story() -> None:
    """The issue a brief calls weightiest carries the most points."""

    def heaviest(actor_id: str) -> str:
        points = scenario().actor(actor_id).points
        return max(points, key=lambda issue: max(points[issue].values()))

    assert heaviest("politie") == "wachten"
    assert heaviest("meldpunt") == "informatie"
    assert heaviest("psychiater") == "nazorg"
    assert heaviest("ambulance") == "vervoer"
    assert heaviest("naasten") == "horen"
    assert heaviest("officier") == "nazorg"
    assert heaviest("burgemeester") == "wachten"


def test_a_coalition_can_agree_at_once_and_consulting_opens_more_deals() -> None:
    """Under the quorum rule some deal lies inside the starting mandates; with every
    consultation granted there are more, and the full table can then agree too."""
    before = quorum_deals(scenario(), space(), widest=False)
    after = quorum_deals(scenario(), space(), widest=True)
    assert before >= 1
    assert after > before
    assert zopa_inside_mandates(space(), starting_mandates(scenario())) == 0
    assert zopa_inside_mandates(space(), mandates_after_consulting(scenario())) >= 1


def test_the_sources_cite_the_compulsory_care_act_and_the_transport_letter() -> None:
    s = scenario()
    titles = [source.title.nl for source in s.sources]  # type: ignore[union-attr]
    assert any("art. 7:1" in t for t in titles)
    assert any("art. 5:1" in t for t in titles)
    letter = next(source for source in s.sources if "passend vervoer" in source.title.nl)  # type: ignore[union-attr]
    assert letter.date == "2019-06"
    assert s.fiction is not None
    assert "7:3" in s.fiction.nl  # type: ignore[union-attr]
