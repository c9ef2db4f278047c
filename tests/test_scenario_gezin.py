"""Scenario C, "Eén gezin, één plan": its own table, package and mandates.

What every shipped scenario must be (bilingual, taught, balanced) is in test_shipped_balance.
"""

from __future__ import annotations

from pathlib import Path

from scenario_support import (
    best_joint,
    inside,
    loaded,
    mandates_after_consulting,
    starting_mandates,
    texts,
    unanimous_issues,
    widened,
    zopa_inside_mandates,
)

from game.scenario.model import Scenario
from game.scenario.space import OutcomeSpace

PATH = Path(__file__).resolve().parent.parent / "scenarios" / "een-gezin-een-plan.yaml"


def scenario() -> Scenario:
    return loaded(PATH).scenario


def space() -> OutcomeSpace:
    return loaded(PATH).space


def test_the_table_seats_five_partners_around_one_family() -> None:
    assert [a.id for a in scenario().actors] == [
        "gemeente",
        "corporatie",
        "schuldhulp",
        "jeugdhulp",
        "ggz",
    ]


def test_the_municipality_must_sign() -> None:
    assert "gemeente" in scenario().agreement.required


def test_the_scenario_has_at_least_ninety_texts() -> None:
    assert len(list(texts(scenario()))) >= 90


def test_the_zopa_is_15_of_243_packages() -> None:
    assert space().size == 243
    assert int(space().zopa_mask.sum()) == 15


def test_the_best_joint_package_is_one_plan_one_director_one_budget() -> None:
    assert space().package(best_joint(space())) == {
        "regie": "regisseur",
        "volgorde": "tegelijk",
        "huur": "opschorten",
        "avg": "need_to_know",
        "geld": "ontschot",
    }


def test_privacy_is_the_hidden_compatible_issue() -> None:
    assert unanimous_issues(scenario()) == ["avg"]


def test_a_file_everyone_reads_pays_no_one() -> None:
    """No legal basis for a read-everything file: it is every party's worst option, and
    sharing need-to-know under the covenant its best."""
    for actor in scenario().actors:
        points = actor.points["avg"]
        assert points["dossier"] == min(points.values()), actor.id
        assert points["need_to_know"] == max(points.values()), actor.id


def test_decision_power_reaches_municipal_services_only() -> None:
    director = next(o for o in scenario().issue("regie").options if o.id == "regisseur")
    assert "gemeentelijke voorzieningen" in director.label.nl
    assert "Zvw" in director.label.nl


def test_no_basic_mental_health_care_product() -> None:
    """Basis-GGZ ended as a product in 2022: the practice is called what it is."""
    ggz = scenario().actor("ggz")
    assert "basis" not in ggz.name.nl.lower()
    assert "basis-ggz" not in scenario().summary.nl.lower()


def test_a_mandate_blocks_the_best_joint_package_until_a_consultation() -> None:
    best = space().package(best_joint(space()))
    gemeente = scenario().actor("gemeente")
    assert not inside(gemeente.mandate.forbidden, best)
    college = next(c for c in gemeente.consultations if c.id == "college")
    assert inside(widened(gemeente.mandate.forbidden, college.effect.allow), best)


def test_some_zopa_package_lies_inside_every_mandate_and_consulting_adds_more() -> None:
    before = zopa_inside_mandates(space(), starting_mandates(scenario()))
    after = zopa_inside_mandates(space(), mandates_after_consulting(scenario()))
    assert before >= 1
    assert after > before
