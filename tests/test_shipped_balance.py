"""Every shipped scenario is complete, bilingual and balanced for a real negotiation.

Balance means: a best joint package clearly better than splitting every difference and good
for everyone, and a hidden issue everyone agrees on that escalation reveals. A full case
(every shipped case but a starter, `starter-*.yaml`) also has a narrow ZOPA, mandates a
consultation widens, and events that press and change the table; a starter case is gentle on
purpose (see test_scenario_starter). What only one scenario promises (its sizes, its actors,
its best package) stays in its own test file.
"""

from __future__ import annotations

import pytest
from scenario_support import (
    SCHEMA_LINE,
    Shipped,
    best_joint,
    best_scoring_issues,
    loaded,
    mandates_after_consulting,
    middle_package,
    narrowed,
    sentences,
    texts,
    top_issues,
    unanimous_issues,
    zopa_inside_mandates,
)

from game.scenario.loader import shipped_scenarios
from game.scenario.model import (
    AddOption,
    ChangeBatna,
    ChangePoints,
    LocalText,
    MoveDeadline,
    NarrowMandate,
)
from game.scenario.references import check_references

ZOPA_SHARE = (0.01, 0.10)
COMPROMISE_MAX_RATIO = 0.7
CHANCE_NO = (0.1, 0.4)
BRIEF_SENTENCES = (4, 8)
MIN_TOP_ISSUES = 3
STRONG_EFFECTS = (ChangePoints, ChangeBatna, AddOption)


STARTER_PREFIX = "starter-"


@pytest.fixture(scope="module", params=shipped_scenarios(), ids=lambda path: path.stem)
def shipped(request: pytest.FixtureRequest) -> Shipped:
    return loaded(request.param)


@pytest.fixture(
    scope="module",
    params=[p for p in shipped_scenarios() if not p.stem.startswith(STARTER_PREFIX)],
    ids=lambda path: path.stem,
)
def full_case(request: pytest.FixtureRequest) -> Shipped:
    """A shipped case that is not a starter: the whole negotiation, mandates and events."""
    return loaded(request.param)


def test_the_file_has_clean_references_and_the_schema_line_for_editors(shipped: Shipped) -> None:
    assert check_references(shipped.scenario) == []
    assert shipped.path.read_text(encoding="utf-8").startswith(SCHEMA_LINE + "\n")


def test_the_table_has_four_to_seven_actors_and_four_to_six_issues_over_eight_rounds(
    full_case: Shipped,
) -> None:
    s = full_case.scenario
    assert 4 <= len(s.actors) <= 7
    assert 4 <= len(s.issues) <= 6
    assert all(2 <= len(issue.options) <= 6 for issue in s.issues)
    assert s.rounds == 8
    assert sorted(s.turn_order or []) == sorted(a.id for a in s.actors)
    assert s.agreement.rule == "quorum"


def test_every_text_has_dutch_and_english(shipped: Shipped) -> None:
    missing = [
        place
        for place, text in texts(shipped.scenario)
        if not isinstance(text, LocalText) or not (text.en or "").strip()
    ]
    assert missing == []


def test_the_scenario_carries_its_teaching_material(shipped: Shipped) -> None:
    s = shipped.scenario
    goals = (1, 1) if shipped.path.stem.startswith(STARTER_PREFIX) else (2, 3)  # one lesson
    assert goals[0] <= len(s.learning_goals) <= goals[1]
    assert all(len(goal.questions) == 3 for goal in s.learning_goals)
    assert 1 <= len(s.reflection) <= 2
    assert 4 <= len(s.phrases) <= 8
    assert abs(s.weights.own + s.weights.integration + s.weights.process - 1) < 1e-9


def test_every_actor_has_a_playable_brief_and_two_or_three_interests(shipped: Shipped) -> None:
    low, high = BRIEF_SENTENCES
    for actor in shipped.scenario.actors:
        brief = actor.brief.confidential
        assert isinstance(brief, LocalText)
        assert low <= sentences(brief.nl) <= high, actor.id
        assert low <= sentences(brief.en or "") <= high, actor.id
        assert 2 <= len(actor.interests) <= 3, actor.id
        assert all(interest.issues for interest in actor.interests), actor.id
        assert actor.strategy is not None, actor.id


def test_every_actor_scores_on_a_scale_of_a_hundred_in_whole_numbers(shipped: Shipped) -> None:
    for actor in shipped.scenario.actors:
        values = [v for table in actor.points.values() for v in table.values()]
        assert all(float(v).is_integer() for v in values), actor.id
        assert sum(max(table.values()) for table in actor.points.values()) == 100, actor.id


def test_actors_weigh_the_issues_differently(shipped: Shipped) -> None:
    """Logrolling needs different priorities: the actors do not share one top issue,
    whether the top is the widest spread of points or the highest single score."""
    assert len(top_issues(shipped.scenario)) >= MIN_TOP_ISSUES
    assert len(best_scoring_issues(shipped.scenario)) >= MIN_TOP_ISSUES


def test_the_zopa_exists_but_is_narrow(full_case: Shipped) -> None:
    share = float(full_case.space.zopa_mask.mean())
    assert full_case.space.zopa_mask.any()
    assert ZOPA_SHARE[0] <= share <= ZOPA_SHARE[1]


def test_splitting_every_difference_is_clearly_worse_than_the_best_joint_package(
    shipped: Shipped,
) -> None:
    space = shipped.space
    joint = space.surplus.sum(axis=1)
    best = best_joint(space)
    middle = space.index_of(middle_package(shipped.scenario))
    assert joint[best] > 0
    assert not space.zopa_mask[middle] or joint[middle] <= COMPROMISE_MAX_RATIO * joint[best]


def test_every_actor_gains_from_the_best_joint_package(shipped: Shipped) -> None:
    surplus = shipped.space.surplus[best_joint(shipped.space)]
    for actor, gain in zip(shipped.space.actor_ids, surplus, strict=True):
        assert gain > 0, actor


def test_one_issue_is_hidden_compatible_and_escalation_reveals_it(shipped: Shipped) -> None:
    s = shipped.scenario
    [shared] = unanimous_issues(s)
    revealed = [ref for advice in s.escalation.advice for ref in advice.reveals]
    assert revealed
    for ref in revealed:
        interest = next(i for i in s.actor(ref.actor).interests if i.id == ref.interest)
        assert shared in interest.issues, ref


def test_escalation_advises_every_actor(shipped: Shipped) -> None:
    """Every actor at the start gets advice; a late actor may too."""
    s = shipped.scenario
    advised = {who for advice in s.escalation.advice for who in (advice.to or [])}
    assert {a.id for a in s.actors} <= advised <= {a.id for a in s.all_actors()}


def test_consultations_can_be_refused_and_say_why(full_case: Shipped) -> None:
    consultations = [c for a in full_case.scenario.actors for c in a.consultations]
    assert consultations
    for c in consultations:
        assert CHANCE_NO[0] <= c.chance_no <= CHANCE_NO[1], c.id
        assert c.refusal is not None, c.id


def test_after_every_consultation_some_zopa_package_is_within_every_mandate(
    shipped: Shipped,
) -> None:
    """Even once every event has narrowed a mandate, the consulted table can still agree."""
    s, space = shipped.scenario, shipped.space
    mandates = mandates_after_consulting(s)
    assert zopa_inside_mandates(space, mandates) >= 1
    for event in s.events:
        for effect in event.effects:
            if isinstance(effect, NarrowMandate):
                forbidden, min_score = mandates[effect.actor]
                mandates[effect.actor] = (narrowed(forbidden, effect.forbid), min_score)
    assert zopa_inside_mandates(space, mandates) >= 1


def test_events_press_the_deadline_strike_by_chance_and_change_the_table(
    full_case: Shipped,
) -> None:
    events = full_case.scenario.events
    assert len(events) >= 3
    assert any(
        e.trigger.round is not None
        and any(isinstance(x, MoveDeadline) and x.delta < 0 for x in e.effects)
        for e in events
    )
    chance = [e for e in events if e.trigger.chance is not None]
    assert any(e.condition.model_fields_set for e in chance)
    assert any(e.condition != type(e.condition)() for e in chance)
    assert any(isinstance(x, STRONG_EFFECTS) for e in events for x in e.effects)
    assert any(isinstance(x, NarrowMandate) for e in events for x in e.effects)
