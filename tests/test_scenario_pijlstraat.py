""" "Housing First in de Pijlstraat": its table, the late community officer, mandates and law.

Moving on from sheltered housing: a central and a regional municipality, a housing
association, a FACT team and the street's residents start at the table; the community police
officer joins after an incident. What every shipped case must be (bilingual, taught,
balanced) is in test_shipped_balance.
"""

from __future__ import annotations

from pathlib import Path

from scenario_support import (
    best_joint,
    inside,
    loaded,
    mandates_after_consulting,
    starting_mandates,
    unanimous_issues,
    widened,
    zopa_inside_mandates,
)

from game.agents.balance import (
    GOAL_AGREEMENT,
    GOAL_INDEX_GAP,
    simulate,
    strategies_all,
    suggested_strategies,
)
from game.scenario.model import AddActor, Scenario, text_in
from game.scenario.space import OutcomeSpace

PATH = Path(__file__).resolve().parent.parent / "scenarios" / "housing-first-pijlstraat.yaml"
GAMES = 30
BEST = {
    "woningen": "twaalf_verspreid",
    "begeleiding": "zolang_nodig",
    "buren": "buurtafspraak",
    "participatie": "gesprekken",
    "kosten": "regiofonds",
}


def scenario() -> Scenario:
    return loaded(PATH).scenario


def space() -> OutcomeSpace:
    return loaded(PATH).space


def test_five_parties_start_and_the_community_officer_joins_after_the_incident() -> None:
    s = scenario()
    assert [a.id for a in s.actors] == ["havenmond", "thuisbasis", "eikenrode", "fact", "bewoners"]
    [incident] = [e for e in s.events if any(isinstance(x, AddActor) for x in e.effects)]
    assert incident.id == "incident" and incident.trigger.round is not None
    [officer] = s.late_actors()
    assert officer.id == "wijkagent" and officer.kind == "politie"


def test_the_central_municipality_and_the_association_must_sign() -> None:
    rule = scenario().agreement
    assert rule.rule == "quorum" and rule.quorum == 4
    assert set(rule.required) == {"havenmond", "thuisbasis"}


def test_the_zopa_is_22_of_243_packages_and_the_best_is_housing_first_spread_out() -> None:
    assert space().size == 243
    assert int(space().zopa_mask.sum()) == 22
    assert space().package(best_joint(space())) == BEST


def test_what_the_neighbours_hear_is_the_hidden_compatible_issue_for_the_officer_too() -> None:
    s = scenario()
    assert unanimous_issues(s) == ["buren"]
    for actor in s.all_actors():
        assert max(actor.points["buren"], key=actor.points["buren"].get) == "buurtafspraak"
    bewoners = s.actor("bewoners")
    assert "wie er komt" in text_in(bewoners.brief.public, "nl")  # the position
    assert "wie_bellen" in {i.id for i in bewoners.interests}  # the interest behind it


def test_nobody_but_the_residents_may_tell_the_neighbours_who_comes() -> None:
    """Health data (GDPR art. 9): every professional party has the letter outside its mandate,
    and no consultation can open it."""
    s = scenario()
    for actor in s.all_actors():
        if actor.id == "bewoners":
            continue
        assert "per_huurder" in actor.mandate.forbidden.get("buren", []), actor.id
        assert all("buren" not in c.effect.allow for c in actor.consultations), actor.id


def test_the_association_board_sets_the_quota_and_blocks_the_best_package_until_asked() -> None:
    thuisbasis = scenario().actor("thuisbasis")
    assert not inside(thuisbasis.mandate.forbidden, BEST)
    board = next(c for c in thuisbasis.consultations if c.id == "raad_van_bestuur")
    assert inside(widened(thuisbasis.mandate.forbidden, board.effect.allow), BEST)


def test_the_fact_team_cannot_carry_support_alone_and_the_alderman_not_pay_for_everything() -> None:
    s = scenario()
    fact, havenmond = s.actor("fact"), s.actor("havenmond")
    assert fact.mandate.forbidden["begeleiding"] == ["alleen_fact"] and not fact.consultations
    assert havenmond.mandate.forbidden["kosten"] == ["centrum_betaalt"]
    assert [c.id for c in havenmond.consultations] == ["college"]


def test_consulting_opens_more_deals_than_the_starting_mandates() -> None:
    before = zopa_inside_mandates(space(), starting_mandates(scenario()))
    after = zopa_inside_mandates(space(), mandates_after_consulting(scenario()))
    assert 1 <= before < after


def test_participation_is_the_applicants_job_in_the_municipalitys_own_points() -> None:
    participatie = scenario().actor("havenmond").points["participatie"]
    assert min(participatie, key=participatie.get) == "gemeente_doet_het"
    assert max(participatie, key=participatie.get) == "gesprekken"


def test_each_party_cares_most_about_what_its_brief_says() -> None:
    s = scenario()
    most = {
        a.id: max(a.points, key=lambda i: max(a.points[i].values()) - min(a.points[i].values()))
        for a in s.all_actors()
    }
    assert most == {
        "havenmond": "woningen",
        "thuisbasis": "begeleiding",
        "eikenrode": "kosten",
        "fact": "begeleiding",
        "bewoners": "woningen",
        "wijkagent": "buren",
    }


def test_it_names_its_legal_sources_and_its_simplifications() -> None:
    s = scenario()
    titles = " ".join(text_in(src.title, "nl") for src in s.sources)
    for needed in ("Omgevingswet, art. 16.55", "art. 6 en 9", "Wet maatschappelijke", "36 288"):
        assert needed in titles, needed
    assert s.fiction is not None and "woonplaatsbeginsel" in text_in(s.fiction, "nl")


def test_integrative_tables_agree_and_beat_tough_ones_and_the_suggested_mix_agrees() -> None:
    s = scenario()
    integrative = simulate(s, GAMES, 0, strategies_all(s, "integrative"))
    tough = simulate(s, GAMES, 0, strategies_all(s, "tough"))
    suggested = simulate(s, GAMES, 0, suggested_strategies(s))
    assert integrative.agreement_rate >= GOAL_AGREEMENT
    assert integrative.index_mean - tough.index_mean >= GOAL_INDEX_GAP
    assert suggested.agreement_rate >= GOAL_AGREEMENT
