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


def test_the_zopa_is_16_of_243_packages() -> None:
    assert space().size == 243
    assert int(space().zopa_mask.sum()) == 16


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
