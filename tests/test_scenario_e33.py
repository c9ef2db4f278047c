"""Scenario B, "E33 op vrijdagnacht": complete, bilingual and balanced for a real negotiation."""

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
    Scenario,
)
from game.scenario.references import check_references
from game.scoring.space import OutcomeSpace, TableData

PATH = Path(__file__).resolve().parent.parent / "scenarios" / "e33-vrijdagnacht.yaml"
ZOPA_SHARE = (0.01, 0.10)
COMPROMISE_SHARE = 0.70
STRONG_EFFECTS = (ChangePoints, ChangeBatna, AddOption)
BEST_JOINT = {
    "triage": "ggz_via_meldkamer",
    "vervoer": "ggz_vervoer",
    "plaats": "ggz_crisisafdeling",
    "overdracht": "dertig_minuten",
    "kosten": "regionaal_fonds",
    "nazorg": "wijkteam_72_uur",
}


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


def best_joint(sp: OutcomeSpace) -> int:
    """Row of the ZOPA package with the largest sum of surpluses."""
    zopa = np.flatnonzero(sp.zopa_mask)
    return int(zopa[np.argmax(sp.surplus[zopa].sum(axis=1))])


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


def zopa_inside_mandates(after_consultations: bool) -> int:
    """How many ZOPA packages lie inside every actor's mandate, before or after consulting."""
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


def test_the_file_validates_with_clean_references() -> None:
    assert check_references(scenario()) == []
    assert PATH.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=../docs/scenario.schema.json\n"
    )


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
    assert all(2 <= len(i.options) <= 6 for i in s.issues)
    assert s.rounds == 8
    assert sorted(s.turn_order or []) == sorted(a.id for a in s.actors)


def test_a_deal_needs_four_signatures_including_municipality_and_insurer() -> None:
    rule = scenario().agreement
    assert rule.rule == "quorum" and rule.quorum == 4
    assert sorted(rule.required) == ["gemeente", "zorgverzekeraar"]


def test_every_text_has_dutch_and_english() -> None:
    found = list(texts(scenario()))
    assert len(found) >= 100
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
    """Logrolling needs different priorities: the actors do not share one top issue."""
    tops = set()
    for actor in scenario().actors:
        spread = {i: max(t.values()) - min(t.values()) for i, t in actor.points.items()}
        tops.add(max(spread, key=spread.__getitem__))
    assert len(tops) >= 4


def test_the_zopa_exists_but_is_narrow() -> None:
    share = float(space().zopa_mask.mean())
    assert space().size == 972
    assert int(space().zopa_mask.sum()) == 24
    assert ZOPA_SHARE[0] <= share <= ZOPA_SHARE[1]


def test_the_best_joint_package_triages_at_the_dispatch_and_pools_the_money() -> None:
    best = best_joint(space())
    assert space().package(best) == BEST_JOINT
    assert space().surplus[best].sum() == 120


def test_the_middle_compromise_falls_outside_the_zopa() -> None:
    best = space().surplus[best_joint(space())].sum()
    middle = middle_compromise()
    assert not space().zopa_mask[middle]
    assert space().surplus[middle].sum() <= COMPROMISE_SHARE * best


def test_aftercare_is_the_hidden_compatible_issue_that_escalation_reveals() -> None:
    s = scenario()
    shared = [
        issue.id for issue in s.issues if len({favourite(a, issue.id) for a in s.actors}) == 1
    ]
    assert shared == ["nazorg"]
    revealed = [ref for advice in s.escalation.advice for ref in advice.reveals]
    assert len(revealed) >= 2
    for ref in revealed:
        interest = next(i for i in s.actor(ref.actor).interests if i.id == ref.interest)
        assert "nazorg" in interest.issues


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


def test_consultations_can_be_refused_and_say_why() -> None:
    consultations = [c for a in scenario().actors for c in a.consultations]
    assert len(consultations) >= 2
    for c in consultations:
        assert 0.1 <= c.chance_no <= 0.4, c.id
        assert c.refusal is not None


def test_some_zopa_package_lies_inside_every_mandate() -> None:
    before = zopa_inside_mandates(after_consultations=False)
    after = zopa_inside_mandates(after_consultations=True)
    assert before >= 1
    assert after > before


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


def test_the_psycholance_pilot_adds_value_and_the_zopa_stays_narrow() -> None:
    after = table_after_every_event()
    assert "psycholance_pilot" in after.option_ids[after.issue_ids.index("vervoer")]
    best = best_joint(after)
    assert after.package(best)["vervoer"] == "psycholance_pilot"
    assert after.surplus[best].sum() > space().surplus[best_joint(space())].sum()
    assert ZOPA_SHARE[0] <= float(after.zopa_mask.mean()) <= ZOPA_SHARE[1]


def test_escalation_advises_every_actor() -> None:
    advised = {who for advice in scenario().escalation.advice for who in (advice.to or [])}
    assert advised == {a.id for a in scenario().actors}


@pytest.mark.parametrize("actor", ["gemeente", "ggz", "politie", "ambulance", "zorgverzekeraar"])
def test_every_actor_gains_from_the_best_joint_package(actor: str) -> None:
    column = space().actor_ids.index(actor)
    assert space().surplus[best_joint(space()), column] > 0
