"""The default scenario "Crisisbedden Lindelaan" is complete, bilingual and balanced.

Balance means: a narrow ZOPA, a best joint package clearly better than splitting every
difference, a hidden interest everyone shares, and a mandate that only a consultation opens.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import yaml
from pydantic import BaseModel

from game.scenario.model import (
    AddActor,
    AddOption,
    ChangeBatna,
    ChangePoints,
    LocalText,
    MoveDeadline,
    NarrowMandate,
    OptionSet,
    Scenario,
    WidenMandate,
)
from game.scenario.references import check_references
from game.scoring.space import OutcomeSpace

SCENARIO_FILE = Path(__file__).resolve().parent.parent / "scenarios" / "crisisbedden-lindelaan.yaml"
ZOPA_SHARE = (0.01, 0.10)
COMPROMISE_MAX_RATIO = 0.7
CHANCE_NO = (0.1, 0.4)
BRIEF_SENTENCES = (4, 8)
STRONG_EFFECTS = (ChangePoints, ChangeBatna, AddActor, AddOption, WidenMandate)


def _load() -> Scenario:
    try:
        from game.scenario.loader import load_scenario
    except ImportError:
        with SCENARIO_FILE.open(encoding="utf-8") as handle:
            return Scenario.model_validate(yaml.safe_load(handle))
    return load_scenario(SCENARIO_FILE).scenario


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return _load()


@pytest.fixture(scope="module")
def space(scenario: Scenario) -> OutcomeSpace:
    return OutcomeSpace.from_scenario(scenario)


def _best_joint(space: OutcomeSpace) -> int:
    joint = space.surplus.sum(axis=1)
    return int(np.where(space.zopa_mask, joint, -np.inf).argmax())


def _middle_package(scenario: Scenario) -> dict[str, str]:
    return {i.id: i.options[len(i.options) // 2].id for i in scenario.issues}


def _allowed(
    space: OutcomeSpace, forbidden: OptionSet, min_score: float | None, actor: str
) -> np.ndarray:
    """Packages inside one actor's mandate."""
    digits = np.unravel_index(np.arange(space.size), space.shape)
    mask = np.ones(space.size, dtype=bool)
    for axis, issue in enumerate(space.issue_ids):
        for option in forbidden.get(issue, []):
            mask &= digits[axis] != space.option_ids[axis].index(option)
    if min_score is not None:
        mask &= space.points[:, space.actor_ids.index(actor)] >= min_score
    return mask


def _without(forbidden: OptionSet, allow: OptionSet) -> OptionSet:
    return {i: [o for o in opts if o not in allow.get(i, [])] for i, opts in forbidden.items()}


def _with(forbidden: OptionSet, forbid: OptionSet) -> OptionSet:
    merged = {i: list(opts) for i, opts in forbidden.items()}
    for issue, opts in forbid.items():
        merged.setdefault(issue, []).extend(opts)
    return merged


def _mandates_after_consulting(scenario: Scenario) -> dict[str, tuple[OptionSet, float | None]]:
    """Every actor's mandate once every consultation has said yes."""
    out = {}
    for actor in scenario.actors:
        forbidden, min_score = actor.mandate.forbidden, actor.mandate.min_score
        for consultation in actor.consultations:
            forbidden = _without(forbidden, consultation.effect.allow)
            if consultation.effect.min_score is not None:
                min_score = consultation.effect.min_score
        out[actor.id] = (forbidden, min_score)
    return out


def _everyone_allows(space: OutcomeSpace, mandates: dict[str, tuple[OptionSet, float | None]]):
    mask = np.ones(space.size, dtype=bool)
    for actor, (forbidden, min_score) in mandates.items():
        mask &= _allowed(space, forbidden, min_score, actor)
    return mask


def _accepts_local_text(annotation: object) -> bool:
    if annotation is LocalText:
        return True
    return any(_accepts_local_text(arg) for arg in typing.get_args(annotation))


def _texts(node: BaseModel, where: str = "") -> Iterator[tuple[str, object]]:
    """Every value in a place that takes a text, with a readable place, over the whole model."""
    for name, field in type(node).model_fields.items():
        yield from _field_texts(getattr(node, name), field.annotation, f"{where}.{name}")


def _field_texts(value: object, annotation: object, place: str) -> Iterator[tuple[str, object]]:
    if isinstance(value, str | LocalText):
        if _accepts_local_text(annotation):
            yield place, value
    elif isinstance(value, BaseModel):
        yield from _texts(value, place)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _field_texts(item, annotation, f"{place}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _field_texts(item, annotation, f"{place}.{key}")


def _sentences(text: str) -> int:
    return len(re.findall(r"[.!?](?:\s|$)", text))


def test_the_file_has_no_reference_problems(scenario: Scenario) -> None:
    assert check_references(scenario) == []


def test_the_file_starts_with_the_schema_line_for_editors() -> None:
    first = SCENARIO_FILE.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../docs/scenario.schema.json"


def test_the_table_has_five_actors_six_issues_and_eight_weeks(scenario: Scenario) -> None:
    assert 4 <= len(scenario.actors) <= 6
    assert 4 <= len(scenario.issues) <= 6
    assert all(2 <= len(issue.options) <= 6 for issue in scenario.issues)
    assert scenario.rounds == 8
    assert sorted(scenario.turn_order or []) == sorted(a.id for a in scenario.actors)


def test_the_municipality_and_the_applicant_must_agree(scenario: Scenario) -> None:
    rule = scenario.agreement
    assert rule.rule == "quorum"
    assert rule.quorum == len(scenario.actors) - 1
    assert set(rule.required) == {"gemeente", "ggz"}


def test_every_text_has_english(scenario: Scenario) -> None:
    missing = [
        place
        for place, text in _texts(scenario)
        if not isinstance(text, LocalText) or not (text.en or "").strip()
    ]
    assert missing == []


def test_every_actor_has_a_playable_brief_and_two_or_three_interests(scenario: Scenario) -> None:
    low, high = BRIEF_SENTENCES
    for actor in scenario.actors:
        brief = actor.brief.confidential
        assert isinstance(brief, LocalText)
        assert low <= _sentences(brief.nl) <= high, actor.id
        assert low <= _sentences(brief.en or "") <= high, actor.id
        assert 2 <= len(actor.interests) <= 3, actor.id
        assert all(interest.issues for interest in actor.interests), actor.id
        assert actor.strategy is not None


def test_learning_goals_reflection_and_phrases_are_there(scenario: Scenario) -> None:
    assert 2 <= len(scenario.learning_goals) <= 3
    assert all(len(goal.questions) == 3 for goal in scenario.learning_goals)
    assert 1 <= len(scenario.reflection) <= 2
    assert 4 <= len(scenario.phrases) <= 8
    weights = scenario.weights
    assert weights.own + weights.integration + weights.process == pytest.approx(1.0)


def test_each_point_table_adds_up_to_a_hundred_in_whole_numbers(scenario: Scenario) -> None:
    for actor in scenario.actors:
        values = [v for table in actor.points.values() for v in table.values()]
        assert all(float(v).is_integer() for v in values), actor.id
        assert sum(max(table.values()) for table in actor.points.values()) == 100, actor.id


def test_actors_weigh_the_issues_differently(scenario: Scenario) -> None:
    top_issues = {
        actor.id: max(actor.points, key=lambda i: max(actor.points[i].values()))
        for actor in scenario.actors
    }
    assert len(set(top_issues.values())) >= 3


def test_the_zopa_exists_but_is_narrow(space: OutcomeSpace) -> None:
    share = space.zopa_mask.mean()
    assert space.zopa_mask.any()
    assert ZOPA_SHARE[0] <= share <= ZOPA_SHARE[1]


def test_splitting_every_difference_is_clearly_worse_than_the_best_joint_package(
    scenario: Scenario, space: OutcomeSpace
) -> None:
    joint = space.surplus.sum(axis=1)
    best = _best_joint(space)
    middle = space.index_of(_middle_package(scenario))
    assert joint[best] > 0
    assert not space.zopa_mask[middle] or joint[middle] <= COMPROMISE_MAX_RATIO * joint[best]


def test_everyone_secretly_prefers_the_permit_fixed_management_plan(
    scenario: Scenario, space: OutcomeSpace
) -> None:
    tops = {
        actor.id: max(actor.points["beheer"], key=actor.points["beheer"].get)
        for actor in scenario.actors
    }
    assert set(tops.values()) == {"vergunning"}
    assert space.package(_best_joint(space))["beheer"] == "vergunning"
    assert _middle_package(scenario)["beheer"] != "vergunning"


def test_the_escalation_table_reveals_the_hidden_shared_interest(scenario: Scenario) -> None:
    assert scenario.escalation is not None
    revealed = {(r.actor, r.interest) for a in scenario.escalation.advice for r in a.reveals}
    assert {("bewoners", "nachtrust"), ("ggz", "wijkfunctie")} <= revealed
    for actor_id, interest_id in revealed:
        interest = next(i for i in scenario.actor(actor_id).interests if i.id == interest_id)
        assert "beheer" in interest.issues
    advised = {who for a in scenario.escalation.advice for who in (a.to or [])}
    assert advised == {actor.id for actor in scenario.actors}


def test_a_mandate_blocks_the_best_joint_package_until_a_consultation(
    scenario: Scenario, space: OutcomeSpace
) -> None:
    best = _best_joint(space)
    start = {a.id: (a.mandate.forbidden, a.mandate.min_score) for a in scenario.actors}
    assert not _everyone_allows(space, start)[best]
    politie = scenario.actor("politie")
    assert space.package(best)["protocol"] in politie.mandate.forbidden["protocol"]
    opened = start | {
        "politie": (
            _without(politie.mandate.forbidden, politie.consultations[0].effect.allow),
            None,
        )
    }
    assert _everyone_allows(space, opened)[best]


def test_after_every_consultation_some_zopa_package_is_within_every_mandate(
    scenario: Scenario, space: OutcomeSpace
) -> None:
    mandates = _mandates_after_consulting(scenario)
    assert (space.zopa_mask & _everyone_allows(space, mandates)).any()
    for event in scenario.events:
        for effect in event.effects:
            if isinstance(effect, NarrowMandate):
                forbidden, min_score = mandates[effect.actor]
                mandates[effect.actor] = (_with(forbidden, effect.forbid), min_score)
    assert (space.zopa_mask & _everyone_allows(space, mandates)).any()


def test_consultations_can_say_no_and_explain_why(scenario: Scenario) -> None:
    consultations = [c for a in scenario.actors for c in a.consultations]
    assert consultations
    for consultation in consultations:
        assert CHANCE_NO[0] <= consultation.chance_no <= CHANCE_NO[1]
        assert consultation.refusal is not None


def test_events_add_deadline_pressure_chance_and_a_real_change(scenario: Scenario) -> None:
    events = scenario.events
    assert len(events) >= 3
    assert any(
        e.trigger.round is not None
        and any(
            isinstance(x, NarrowMandate) or (isinstance(x, MoveDeadline) and x.delta < 0)
            for x in e.effects
        )
        for e in events
    )
    chance = [e for e in events if e.trigger.chance is not None]
    assert any(e.condition != type(e.condition)() for e in chance)
    assert any(isinstance(x, STRONG_EFFECTS) for e in events for x in e.effects)


def test_the_council_motion_comes_in_week_four_and_takes_24_beds_off_the_table(
    scenario: Scenario,
) -> None:
    motion = next(e for e in scenario.events if e.id == "raadsmotie")
    assert motion.trigger.round == 4
    effect = motion.effects[0]
    assert isinstance(effect, NarrowMandate)
    assert effect.forbid == {"bedden": ["vierentwintig"]}


def test_the_english_check_sees_every_kind_of_text(scenario: Scenario) -> None:
    places = [place for place, _ in _texts(scenario)]
    for kind in (
        ".title",
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
    opened = _without(politie.mandate.forbidden, driehoek.effect.allow)
    assert allowed(opened) & rav == {"gezamenlijk"}
