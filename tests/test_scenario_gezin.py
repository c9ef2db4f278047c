"""Scenario C, "Eén gezin, één plan": complete, bilingual and balanced for a real negotiation."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path

import numpy as np
import pytest
import yaml
from pydantic import BaseModel

from game.scenario.model import (
    Actor,
    AddOption,
    ChangeBatna,
    ChangePoints,
    LocalText,
    MoveDeadline,
    NarrowMandate,
    Scenario,
)
from game.scenario.references import check_references
from game.scoring.space import OutcomeSpace

PATH = Path(__file__).resolve().parent.parent / "scenarios" / "een-gezin-een-plan.yaml"
ZOPA_SHARE = (0.01, 0.10)
COMPROMISE_SHARE = 0.70
STRONG_EFFECTS = (ChangePoints, ChangeBatna, AddOption)


@cache
def scenario() -> Scenario:
    try:
        from game.scenario.loader import load_scenario
    except ImportError:
        data = yaml.safe_load(PATH.read_text(encoding="utf-8"))
        return Scenario.model_validate(data)
    return load_scenario(PATH).scenario


@cache
def space() -> OutcomeSpace:
    return OutcomeSpace.from_scenario(scenario())


def best_joint() -> int:
    """Row of the ZOPA package with the largest sum of surpluses."""
    zopa = np.flatnonzero(space().zopa_mask)
    return int(zopa[np.argmax(space().surplus[zopa].sum(axis=1))])


def middle_compromise() -> int:
    return space().index_of({i.id: i.options[len(i.options) // 2].id for i in scenario().issues})


def inside(forbidden: Mapping[str, list[str]], package: Mapping[str, str]) -> bool:
    return all(package[issue] not in options for issue, options in forbidden.items())


def widened(forbidden: Mapping[str, list[str]], allow: Mapping[str, list[str]]) -> dict:
    return {i: [o for o in opts if o not in allow.get(i, [])] for i, opts in forbidden.items()}


def favourite(actor: Actor, issue: str) -> str:
    """The option the actor scores highest on `issue`."""
    return max(actor.points[issue], key=actor.points[issue].__getitem__)


def texts(node: object, where: str = "scenario") -> Iterator[tuple[str, object]]:
    """Every text field value in the document: LocalText, or a plain str where text belongs."""
    if isinstance(node, LocalText):
        yield where, node
    elif isinstance(node, BaseModel):
        for name, field in type(node).model_fields.items():
            value = getattr(node, name)
            if isinstance(value, str) and "LocalText" in str(field.annotation):
                yield f"{where}.{name}", value
            else:
                yield from texts(value, f"{where}.{name}")
    elif isinstance(node, list):
        for k, item in enumerate(node):
            yield from texts(item, f"{where}[{k}]")
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from texts(item, f"{where}.{key}")


def test_the_file_validates_with_clean_references() -> None:
    assert check_references(scenario()) == []
    assert PATH.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=../docs/scenario.schema.json\n"
    )


def test_the_table_has_four_to_six_actors_and_issues() -> None:
    s = scenario()
    assert 4 <= len(s.actors) <= 6
    assert 4 <= len(s.issues) <= 6
    assert all(2 <= len(i.options) <= 6 for i in s.issues)
    assert s.rounds == 8
    assert sorted(s.turn_order or []) == sorted(a.id for a in s.actors)
    assert s.agreement.rule == "quorum" and "gemeente" in s.agreement.required


def test_every_text_has_dutch_and_english() -> None:
    found = list(texts(scenario()))
    assert len(found) >= 90
    missing = [where for where, text in found if not isinstance(text, LocalText) or not text.en]
    assert missing == []


def test_the_scenario_carries_its_teaching_material() -> None:
    s = scenario()
    assert 2 <= len(s.learning_goals) <= 3
    assert all(len(goal.questions) == 3 for goal in s.learning_goals)
    assert 1 <= len(s.reflection) <= 2
    assert 4 <= len(s.phrases) <= 8
    assert abs(s.weights.own + s.weights.integration + s.weights.process - 1) < 1e-9
    for actor in s.actors:
        assert 2 <= len(actor.interests) <= 3, actor.id
        assert all(interest.issues for interest in actor.interests), actor.id
        assert actor.strategy is not None
        sentences = actor.brief.confidential.nl.count(". ") + 1
        assert 4 <= sentences <= 8, actor.id


def test_every_actor_scores_on_a_scale_of_a_hundred_in_whole_numbers() -> None:
    for actor in scenario().actors:
        values = [p for table in actor.points.values() for p in table.values()]
        assert all(float(p).is_integer() for p in values), actor.id
        assert sum(max(t.values()) for t in actor.points.values()) == 100, actor.id


def test_actors_weigh_the_issues_differently() -> None:
    """Logrolling needs different priorities: no two actors share their top issue ranking."""
    rankings = set()
    for actor in scenario().actors:
        spread = {i: max(t.values()) - min(t.values()) for i, t in actor.points.items()}
        rankings.add(max(spread, key=spread.__getitem__))
    assert len(rankings) >= 3


def test_the_zopa_exists_but_is_narrow() -> None:
    share = float(space().zopa_mask.mean())
    assert space().size == 243
    assert int(space().zopa_mask.sum()) == 16
    assert ZOPA_SHARE[0] <= share <= ZOPA_SHARE[1]


def test_the_best_joint_package_is_one_plan_one_director_one_budget() -> None:
    assert space().package(best_joint()) == {
        "regie": "regisseur",
        "volgorde": "tegelijk",
        "huur": "opschorten",
        "avg": "need_to_know",
        "geld": "ontschot",
    }


def test_the_middle_compromise_is_clearly_worse_than_the_best_joint_package() -> None:
    best = space().surplus[best_joint()].sum()
    middle = middle_compromise()
    in_zopa = bool(space().zopa_mask[middle])
    assert not in_zopa or space().surplus[middle].sum() <= COMPROMISE_SHARE * best


def test_one_issue_has_a_hidden_compatible_option_that_escalation_reveals() -> None:
    s = scenario()
    shared = [
        issue.id for issue in s.issues if len({favourite(a, issue.id) for a in s.actors}) == 1
    ]
    assert shared == ["avg"]
    revealed = [ref for advice in s.escalation.advice for ref in advice.reveals]
    assert revealed
    for ref in revealed:
        interest = next(i for i in s.actor(ref.actor).interests if i.id == ref.interest)
        assert "avg" in interest.issues


def test_a_mandate_blocks_the_best_joint_package_until_a_consultation() -> None:
    best = space().package(best_joint())
    gemeente = scenario().actor("gemeente")
    assert not inside(gemeente.mandate.forbidden, best)
    college = next(c for c in gemeente.consultations if c.id == "college")
    assert inside(widened(gemeente.mandate.forbidden, college.effect.allow), best)


def test_consultations_can_be_refused_and_say_why() -> None:
    consultations = [c for a in scenario().actors for c in a.consultations]
    assert consultations
    for c in consultations:
        assert 0.1 <= c.chance_no <= 0.4, c.id
        assert c.refusal is not None


def _zopa_inside_mandates(after_consultations: bool) -> int:
    s, sp = scenario(), space()
    rules = []
    for actor in s.actors:
        forbidden = dict(actor.mandate.forbidden)
        if after_consultations:
            for c in actor.consultations:
                forbidden = widened(forbidden, c.effect.allow)
        rules.append(forbidden)
    rows = np.flatnonzero(sp.zopa_mask)
    return sum(all(inside(rule, sp.package(int(r))) for rule in rules) for r in rows)


def test_some_zopa_package_lies_inside_every_mandate() -> None:
    assert _zopa_inside_mandates(after_consultations=False) >= 1
    assert _zopa_inside_mandates(after_consultations=True) > _zopa_inside_mandates(False)


def test_events_press_the_deadline_strike_by_chance_and_change_the_table() -> None:
    events = scenario().events
    assert len(events) >= 3
    assert any(
        e.trigger.round is not None
        and any(isinstance(x, MoveDeadline) and x.delta < 0 for x in e.effects)
        for e in events
    )
    assert any(e.trigger.chance is not None and e.condition.model_fields_set for e in events)
    assert any(isinstance(x, STRONG_EFFECTS) for e in events for x in e.effects)
    assert any(isinstance(x, NarrowMandate) for e in events for x in e.effects)


def test_escalation_advises_every_actor() -> None:
    advised = {who for advice in scenario().escalation.advice for who in (advice.to or [])}
    assert advised == {a.id for a in scenario().actors}


@pytest.mark.parametrize("actor", ["gemeente", "corporatie", "schuldhulp", "jeugdhulp", "ggz"])
def test_every_actor_gains_from_the_best_joint_package(actor: str) -> None:
    column = space().actor_ids.index(actor)
    assert space().surplus[best_joint(), column] > 0
