"""Scenario B, "E33 op vrijdagnacht": its own table, package and mandates.

What every shipped scenario must be (bilingual, taught, balanced) is in test_shipped_balance.
"""

from __future__ import annotations

from pathlib import Path

from scenario_support import (
    best_joint,
    favourite,
    inside,
    loaded,
    mandates_after_consulting,
    middle_package,
    starting_mandates,
    texts,
    top_issues,
    unanimous_issues,
    widened,
    zopa_inside_mandates,
)

from game.scenario.model import AddOption, ChangeBatna, ChangePoints, Scenario
from game.scenario.space import OutcomeSpace, TableData

PATH = Path(__file__).resolve().parent.parent / "scenarios" / "e33-vrijdagnacht.yaml"
ZOPA_SHARE = (0.01, 0.10)
COMPROMISE_SHARE = 0.70
BEST_JOINT = {
    "triage": "ggz_via_meldkamer",
    "vervoer": "passend_na_triage",
    "plaats": "ggz_crisisafdeling",
    "overdracht": "dertig_minuten",
    "kosten": "regionaal_fonds",
    "nazorg": "wijkteam_72_uur",
}


def scenario() -> Scenario:
    return loaded(PATH).scenario


def space() -> OutcomeSpace:
    return loaded(PATH).space


def middle_compromise() -> int:
    return space().index_of(middle_package(scenario()))


def table_after_every_event() -> OutcomeSpace:
    """The table once every event that changes points, BATNAs or options has fired."""
    s = scenario()
    issues = {i.id: [o.id for o in i.options] for i in s.issues}
    points = {a.id: {i: dict(t) for i, t in a.points.items()} for a in s.actors}
    batna = {a.id: a.batna for a in s.actors}
    for event in s.events:
        for effect in event.effects:
            if isinstance(effect, ChangePoints):
                points[effect.actor][effect.issue][effect.option] += effect.delta
            elif isinstance(effect, ChangeBatna):
                batna[effect.actor] += effect.delta
            elif isinstance(effect, AddOption):
                issues[effect.issue].append(effect.option.id)
                for who, value in effect.points.items():
                    points[who][effect.issue][effect.option.id] = value
    table = TableData(
        issues=tuple((i, tuple(o)) for i, o in issues.items()),
        actors=tuple(points),
        points=points,
        batna=batna,
    )
    return OutcomeSpace(table)


def test_the_table_has_five_chain_partners_and_six_issues() -> None:
    s = scenario()
    assert [a.kind for a in s.actors] == [
        "gemeente",
        "ggz",
        "politie",
        "ambulance",
        "zorgverzekeraar",
    ]
    assert len(s.issues) == 6


def test_a_deal_needs_four_signatures_including_municipality_and_insurer() -> None:
    rule = scenario().agreement
    assert rule.rule == "quorum" and rule.quorum == 4
    assert sorted(rule.required) == ["gemeente", "zorgverzekeraar"]


def test_the_scenario_has_over_a_hundred_texts() -> None:
    assert len(list(texts(scenario()))) >= 100


def test_at_least_four_different_issues_come_first_for_someone() -> None:
    assert len(top_issues(scenario())) >= 4


def test_the_zopa_is_35_of_729_packages() -> None:
    assert space().size == 729
    assert int(space().zopa_mask.sum()) == 35


def test_the_best_joint_package_triages_at_the_dispatch_and_pools_the_money() -> None:
    best = best_joint(space())
    assert space().package(best) == BEST_JOINT
    assert space().surplus[best].sum() == 119


def test_the_middle_compromise_falls_outside_the_zopa() -> None:
    best = space().surplus[best_joint(space())].sum()
    middle = middle_compromise()
    assert not space().zopa_mask[middle]
    assert space().surplus[middle].sum() <= COMPROMISE_SHARE * best


def test_aftercare_is_the_hidden_compatible_issue_that_escalation_reveals_twice() -> None:
    s = scenario()
    assert unanimous_issues(s) == ["nazorg"]
    assert len([ref for advice in s.escalation.advice for ref in advice.reveals]) >= 2


def test_the_college_and_the_board_must_open_the_best_joint_package() -> None:
    best = space().package(best_joint(space()))
    for actor_id, consultation_id in (("gemeente", "college"), ("ggz", "raad_van_bestuur")):
        actor = scenario().actor(actor_id)
        assert not inside(actor.mandate.forbidden, best), actor_id
        consultation = next(c for c in actor.consultations if c.id == consultation_id)
        assert inside(widened(actor.mandate.forbidden, consultation.effect.allow), best)
    for actor in scenario().actors:
        if actor.id not in ("gemeente", "ggz"):
            assert inside(actor.mandate.forbidden, best), actor.id


def test_the_a1_norm_is_a_mandate_no_consultation_opens() -> None:
    ambulance = scenario().actor("ambulance")
    assert ambulance.mandate.forbidden == {"vervoer": ["ambulance"]}
    assert ambulance.consultations == []


def test_at_least_two_consultations_can_be_asked() -> None:
    assert len([c for a in scenario().actors for c in a.consultations]) >= 2


def test_some_zopa_package_lies_inside_every_mandate_and_consulting_adds_more() -> None:
    before = zopa_inside_mandates(space(), starting_mandates(scenario()))
    after = zopa_inside_mandates(space(), mandates_after_consulting(scenario()))
    assert before >= 1
    assert after > before


def test_transport_before_assessment_is_the_ambulance_services_not_the_ggzs() -> None:
    """Since the 2019 policy letter appropriate transport lies with the ambulance service
    (Zvw): no option has the GGZ drive, none takes the person to a police cell."""
    s = scenario()
    transport = [o.id for o in s.issue("vervoer").options]
    assert transport == ["ambulance", "passend_op_afroep", "passend_na_triage"]
    assert "politiecel" not in [o.id for o in s.issue("plaats").options]
    assert any(src.date == "2019-06-25" for src in s.sources)


def test_the_insurer_wants_fewer_emergency_visits_and_cosigns_appropriate_transport() -> None:
    insurer = scenario().actor("zorgverzekeraar")
    assert favourite(insurer, "vervoer") == "passend_na_triage"
    assert favourite(insurer, "plaats") == "ggz_crisisafdeling"
    assert insurer.points["plaats"]["seh"] == min(insurer.points["plaats"].values())


def test_the_police_score_aftercare_as_their_story_says() -> None:
    """The police say repeat callers cost them many hours: aftercare weighs for them only
    after the handover time, not at the bottom."""
    politie = scenario().actor("politie")
    spread = {i: max(t.values()) - min(t.values()) for i, t in politie.points.items()}
    ranked = sorted(spread, key=spread.__getitem__, reverse=True)
    assert ranked[0] == "overdracht"
    assert spread["nazorg"] >= 20


def test_the_crisis_service_scores_aftercare_as_its_story_says() -> None:
    """Repeat crises 'wear out our night team; quick aftercare saves us a lot': aftercare
    weighs for the crisis service as much as where someone waits, second only to triage."""
    ggz = scenario().actor("ggz")
    spread = {i: max(t.values()) - min(t.values()) for i, t in ggz.points.items()}
    assert favourite(ggz, "nazorg") == "wijkteam_72_uur"
    assert spread["nazorg"] >= spread["plaats"] >= 10
    assert max(spread, key=spread.__getitem__) == "triage"


def test_the_privacy_covenant_adds_value_and_the_zopa_stays_narrow() -> None:
    after = table_after_every_event()
    assert "meldkamer_convenant" in after.option_ids[after.issue_ids.index("triage")]
    best = best_joint(after)
    assert after.package(best)["triage"] == "meldkamer_convenant"
    assert after.surplus[best].sum() > space().surplus[best_joint(space())].sum()
    assert ZOPA_SHARE[0] <= float(after.zopa_mask.mean()) <= ZOPA_SHARE[1]
