"""The session script's content, apart from any page: plan, seating, questions, form.

`session_script` gathers the pure parts for one case, length and group, so a printed
script, the room dashboard or the window can show the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.facilitation.observation import ObservationForm, observation_form
from game.facilitation.plan import Phase, Plan, session_plan
from game.facilitation.questions import Question, debrief_questions
from game.facilitation.seating import Remainder, Seating, seat
from game.scenario.model import Condition, Scenario, text_in
from game.scenario.sources import CaseSources, case_sources


@dataclass(frozen=True)
class SessionScript:
    title: str
    roles: tuple[str, ...]  # role names (actors at the table from the start), in case order
    goals: tuple[str, ...]
    plan: Plan
    seating: Seating
    questions: dict[Phase, list[Question]]
    form: ObservationForm
    events: dict[int, tuple[WeekEvent, ...]]  # week → the events fixed to that week
    sources: CaseSources


@dataclass(frozen=True)
class WeekEvent:
    """An event fixed to a week (chance events are left out: they may never come)."""

    message: str
    to: tuple[str, ...]  # the actors it is for; empty = everyone
    conditional: bool  # it comes only when the case's condition holds then


def fixed_events(scenario: Scenario, lang: str) -> dict[int, tuple[WeekEvent, ...]]:
    """Per week, the events whose trigger is that week."""
    found: dict[int, list[WeekEvent]] = {}
    for event in scenario.events:
        week = event.trigger.round
        if week is None or week > scenario.rounds:
            continue
        to = tuple(text_in(scenario.actor(a).name, lang) for a in event.to or [])
        shown = WeekEvent(text_in(event.message, lang), to, event.condition != Condition())
        found.setdefault(week, []).append(shown)
    return {week: tuple(events) for week, events in found.items()}


def session_script(
    scenario: Scenario, minutes: int, people: int, lang: str, remainder: Remainder = "duos"
) -> SessionScript:
    """Everything the trainer's script holds; PlanError when the weeks do not fit."""
    roles = tuple(text_in(actor.name, lang) for actor in scenario.actors)
    return SessionScript(
        title=text_in(scenario.title, lang),
        roles=roles,
        goals=tuple(text_in(goal.text, lang) for goal in scenario.learning_goals),
        plan=session_plan(minutes, scenario.rounds),
        seating=seat(people, len(roles), remainder),
        questions=debrief_questions(scenario, lang),
        form=observation_form(scenario, lang),
        events=fixed_events(scenario, lang),
        sources=case_sources(scenario, lang),
    )
