"""Scenario events: which are due at the start of a round, and what their effects do.

A fixed-round event fires at the start of that round if its condition holds then (and
never later). A chance event is tried at the start of every round from `from_round` to
`until_round` while its condition holds, with a seeded draw per round; each event fires at
most once. Events fire in the order the scenario lists them.
After every event, any support that now lies outside its actor's mandate (narrowed, or
points changed under a minimum score) lapses, and the log says so.
"""

from __future__ import annotations

from game.engine import chance, mandate
from game.engine.journal import note
from game.engine.log import JSONValue
from game.engine.setting import Setting
from game.engine.state import State
from game.scenario.model import (
    AddActor,
    AddOption,
    ChangeBatna,
    ChangePoints,
    Condition,
    Effect,
    Event,
    MoveDeadline,
    NarrowMandate,
    WidenMandate,
)
from game.scenario.points import add, shown


def holds(condition: Condition, state: State) -> bool:
    if any(state.status.get(a) != "walked_away" for a in condition.walked_away):
        return False
    if any(state.status.get(a) != "at_table" for a in condition.at_table):
        return False
    count = len(state.proposals)
    if condition.min_proposals is not None and count < condition.min_proposals:
        return False
    if condition.max_proposals is not None and count > condition.max_proposals:
        return False
    return condition.escalated is None or condition.escalated == state.escalated


def is_due(setting: Setting, state: State, event: Event) -> bool:
    if event.id in state.fired:
        return False
    trigger = event.trigger
    if trigger.round is not None:
        return trigger.round == state.round and holds(event.condition, state)
    if state.round < trigger.from_round:
        return False
    if trigger.until_round is not None and state.round > trigger.until_round:
        return False
    if not holds(event.condition, state):
        return False
    return chance.happens(trigger.chance or 0.0, setting.seed, state.round, f"event:{event.id}")


def fire_due_events(setting: Setting, state: State) -> None:
    for event in setting.scenario.events:
        if is_due(setting, state, event):
            fire(setting, state, event)


def fire(setting: Setting, state: State, event: Event) -> None:
    state.fired.append(event.id)
    note(
        state,
        "event",
        "engine.log.event",
        to=event.to,
        data={"event": event.id},
        message=event.message,
    )
    for effect in event.effects:
        apply_effect(setting, state, effect, event.id)
    lapse_supports(setting, state)


def apply_effect(setting: Setting, state: State, effect: Effect, event_id: str) -> None:
    labels = setting.labels
    data: dict[str, JSONValue] = {"event": event_id, "effect": effect.kind}
    if isinstance(effect, ChangePoints):
        table = state.points[effect.actor].setdefault(effect.issue, {})
        table[effect.option] = add(table.get(effect.option, 0.0), effect.delta)
        note(
            state,
            "effect",
            "engine.effect.change_points",
            to=[effect.actor],
            data=data,
            issue=labels.issue(effect.issue),
            option=labels.option(effect.issue, effect.option),
            delta=shown(effect.delta, sign=True),
        )
    elif isinstance(effect, ChangeBatna):
        state.batna[effect.actor] = add(state.batna[effect.actor], effect.delta)
        note(
            state,
            "effect",
            "engine.effect.change_batna",
            to=[effect.actor],
            data=data,
            delta=shown(effect.delta, sign=True),
            batna=shown(state.batna[effect.actor]),
        )
    elif isinstance(effect, WidenMandate):
        mandate.widen(state, effect.actor, effect.allow, effect.min_score)
        note(state, "effect", "engine.effect.widen_mandate", to=[effect.actor], data=data)
    elif isinstance(effect, NarrowMandate):
        mandate.narrow(state, effect.actor, effect.forbid, effect.min_score)
        note(state, "effect", "engine.effect.narrow_mandate", to=[effect.actor], data=data)
    elif isinstance(effect, MoveDeadline):
        state.deadline += effect.delta
        note(
            state,
            "effect",
            "engine.effect.move_deadline",
            data=data,
            delta=effect.delta,
            deadline=state.deadline,
        )
    elif isinstance(effect, AddActor):
        join(setting, state, effect.actor.id, event_id)
    elif isinstance(effect, AddOption):
        add_option(setting, state, effect, event_id)


def join(setting: Setting, state: State, actor: str, event_id: str) -> None:
    """A late actor takes a seat at the end of the turn order."""
    if state.status.get(actor) != "absent":
        return
    state.status[actor] = "at_table"
    if actor not in state.order:
        state.order.append(actor)
    note(
        state,
        "actor_joined",
        "engine.log.actor_joined",
        actor=actor,
        data={"event": event_id},
        actor_name=setting.labels.actor(actor),
    )


def add_option(setting: Setting, state: State, effect: AddOption, event_id: str) -> None:
    options = state.issues[effect.issue]
    if effect.option.id not in options:
        options.append(effect.option.id)
    for actor, table in state.points.items():
        issue_table = table.setdefault(effect.issue, {})
        pending = issue_table.get(effect.option.id, 0.0)
        issue_table[effect.option.id] = add(effect.points.get(actor, 0.0), pending)
    note(
        state,
        "option_added",
        "engine.log.option_added",
        data={"event": event_id, "issue": effect.issue, "option": effect.option.id},
        issue=setting.labels.issue(effect.issue),
        option=setting.labels.option(effect.issue, effect.option.id),
    )


def lapse_supports(setting: Setting, state: State) -> None:
    """Remove (and log) every support that lies outside its actor's mandate now."""
    for proposal in state.proposals:
        for actor in [*proposal.supporters]:
            if state.status.get(actor) == "absent":
                continue
            if mandate.breach(state, actor, proposal.package) is not None:
                proposal.supporters.remove(actor)
                note(
                    state,
                    "support_lapsed",
                    "engine.log.support_lapsed",
                    actor=actor,
                    data={"proposal": proposal.id},
                    actor_name=setting.labels.actor(actor),
                    proposal=proposal.id,
                )
