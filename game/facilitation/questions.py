"""Debrief questions per phase: general ones from the catalogue, the case's own in between.

A scenario's learning goals list their questions in the order describe → analyse →
transfer (see the model); question k of a goal goes to that k-th phase, and any beyond the
third to transfer. Feelings and apply have the catalogue's general questions only.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.facilitation.plan import PHASES, Phase
from game.scenario.model import Scenario, text_in
from game.text import t

#: The phases a learning goal's questions go to, in order.
GOAL_PHASES: tuple[Phase, ...] = ("describe", "analyse", "transfer")


@dataclass(frozen=True)
class Question:
    text: str
    goal: str | None = None  # the learning goal it serves, in words; None for a general one


def _general(phase: Phase, lang: str) -> list[str]:
    texts = {
        "feelings": [
            t("facilitation.q.feelings.1", lang),
            t("facilitation.q.feelings.2", lang),
        ],
        "describe": [t("facilitation.q.describe.1", lang)],
        "analyse": [t("facilitation.q.analyse.1", lang)],
        "transfer": [t("facilitation.q.transfer.1", lang)],
        "apply": [
            t("facilitation.q.apply.1", lang),
            t("facilitation.q.apply.2", lang),
        ],
    }
    return texts[phase]


def debrief_questions(scenario: Scenario, lang: str) -> dict[Phase, list[Question]]:
    """Per phase, in PHASES order: the general questions, then the case's goal questions."""
    found: dict[Phase, list[Question]] = {
        phase: [Question(text) for text in _general(phase, lang)] for phase in PHASES
    }
    for goal in scenario.learning_goals:
        for k, question in enumerate(goal.questions):
            phase = GOAL_PHASES[min(k, len(GOAL_PHASES) - 1)]
            found[phase].append(Question(text_in(question, lang), text_in(goal.text, lang)))
    return found
