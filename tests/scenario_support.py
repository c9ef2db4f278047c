"""Measures the scenario balance tests share: best joint package, mandates, texts, sentences."""

from __future__ import annotations

import re
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from pydantic import BaseModel

from game.scenario.lint_space import AgreementRule, initial_mandate, mandate_masks, widest_mandate
from game.scenario.loader import load_scenario
from game.scenario.model import Actor, LocalText, OptionSet, Scenario
from game.scenario.space import OutcomeSpace

SCHEMA_LINE = "# yaml-language-server: $schema=../docs/scenario.schema.json"

Mandates = dict[str, tuple[OptionSet, float | None]]


@dataclass(frozen=True)
class Shipped:
    """One scenario file with its outcome space."""

    path: Path
    scenario: Scenario
    space: OutcomeSpace


@cache
def loaded(path: Path) -> Shipped:
    """The scenario at `path`, loaded once for the whole test run."""
    scenario = load_scenario(path).scenario
    return Shipped(path, scenario, OutcomeSpace.from_scenario(scenario))


def best_joint(space: OutcomeSpace) -> int:
    """Row of the ZOPA package with the largest sum of surpluses (the first one on a tie)."""
    joint = space.surplus.sum(axis=1)
    return int(np.where(space.zopa_mask, joint, -np.inf).argmax())


def middle_package(scenario: Scenario) -> dict[str, str]:
    """Splitting every difference: the middle option of every issue."""
    return {i.id: i.options[len(i.options) // 2].id for i in scenario.issues}


def favourite(actor: Actor, issue: str) -> str:
    """The option the actor scores highest on `issue`."""
    return max(actor.points[issue], key=actor.points[issue].__getitem__)


def unanimous_issues(scenario: Scenario) -> list[str]:
    """Issues on which every actor likes the same option best: the hidden compatible ones."""
    return [
        issue.id
        for issue in scenario.issues
        if len({favourite(actor, issue.id) for actor in scenario.actors}) == 1
    ]


def top_issues(scenario: Scenario) -> set[str]:
    """Each actor's weightiest issue (widest spread of points), as a set over the table."""
    tops = set()
    for actor in scenario.actors:
        spread = {i: max(t.values()) - min(t.values()) for i, t in actor.points.items()}
        tops.add(max(spread, key=spread.__getitem__))
    return tops


def best_scoring_issues(scenario: Scenario) -> set[str]:
    """Each actor's issue with the highest single score, as a set over the table."""
    return {
        max(actor.points, key=lambda i: max(actor.points[i].values())) for actor in scenario.actors
    }


def inside(forbidden: Mapping[str, list[str]], package: Mapping[str, str]) -> bool:
    """Whether a package avoids every forbidden option."""
    return all(package[issue] not in options for issue, options in forbidden.items())


def widened(forbidden: OptionSet, allow: OptionSet) -> OptionSet:
    """A forbidden list once a consultation allows some of it."""
    return {i: [o for o in opts if o not in allow.get(i, [])] for i, opts in forbidden.items()}


def narrowed(forbidden: OptionSet, forbid: OptionSet) -> OptionSet:
    """A forbidden list once an event forbids more."""
    merged = {i: list(opts) for i, opts in forbidden.items()}
    for issue, opts in forbid.items():
        merged.setdefault(issue, []).extend(opts)
    return merged


def allowed(
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


def starting_mandates(scenario: Scenario) -> Mandates:
    return {a.id: (a.mandate.forbidden, a.mandate.min_score) for a in scenario.actors}


def mandates_after_consulting(scenario: Scenario) -> Mandates:
    """Every actor's mandate once every consultation has said yes."""
    out = {}
    for actor in scenario.actors:
        forbidden, min_score = actor.mandate.forbidden, actor.mandate.min_score
        for consultation in actor.consultations:
            forbidden = widened(forbidden, consultation.effect.allow)
            if consultation.effect.min_score is not None:
                min_score = consultation.effect.min_score
        out[actor.id] = (forbidden, min_score)
    return out


def everyone_allows(space: OutcomeSpace, mandates: Mandates) -> np.ndarray:
    """Packages inside every actor's mandate."""
    mask = np.ones(space.size, dtype=bool)
    for actor, (forbidden, min_score) in mandates.items():
        mask &= allowed(space, forbidden, min_score, actor)
    return mask


def zopa_inside_mandates(space: OutcomeSpace, mandates: Mandates) -> int:
    """How many ZOPA packages lie inside every mandate."""
    return int((space.zopa_mask & everyone_allows(space, mandates)).sum())


def _accepts_local_text(annotation: object) -> bool:
    if annotation is LocalText:
        return True
    return any(_accepts_local_text(arg) for arg in typing.get_args(annotation))


def texts(node: BaseModel, where: str = "") -> Iterator[tuple[str, object]]:
    """Every value in a place that takes a text, with a readable place, over the whole model."""
    for name, field in type(node).model_fields.items():
        yield from _field_texts(getattr(node, name), field.annotation, f"{where}.{name}")


def _field_texts(value: object, annotation: object, place: str) -> Iterator[tuple[str, object]]:
    if isinstance(value, str | LocalText):
        if _accepts_local_text(annotation):
            yield place, value
    elif isinstance(value, BaseModel):
        yield from texts(value, place)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _field_texts(item, annotation, f"{place}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _field_texts(item, annotation, f"{place}.{key}")


def sentences(text: str) -> int:
    return len(re.findall(r"[.!?](?:\s|$)", text))


#: Crisisbedden Lindelaan, for tests about its seats, names and rules (the default scenario
#: is the starter case; a test that needs Lindelaan names it).
LINDELAAN = Path(__file__).resolve().parent.parent / "scenarios" / "crisisbedden-lindelaan.yaml"


def quorum_deals(scenario: Scenario, space: OutcomeSpace, *, widest: bool) -> int:
    """Packages a coalition the agreement rule accepts can carry, each member above its
    BATNA and inside its mandate: the starting mandates, or the widest after consulting."""
    rules = [
        widest_mandate(actor, scenario) if widest else initial_mandate(actor.mandate)
        for actor in scenario.actors
    ]
    willing = mandate_masks(space, rules) & (space.surplus >= 0)
    return int(AgreementRule.of(scenario, space.actor_ids).agreeable(willing).sum())


def text_data(nl: str) -> dict[str, str]:
    """A text as a scenario file gives it: Dutch, with its English in capitals."""
    return {"nl": nl, "en": nl.upper()}


def actor_data(actor_id: str, points: dict[str, dict[str, float]], batna: float) -> dict:
    """An actor as a scenario file gives it, with its points and BATNA (for tables built in
    a test)."""
    return {
        "id": actor_id,
        "name": text_data(actor_id),
        "kind": "overig",
        "role": text_data("rol"),
        "brief": {"public": text_data("openbaar"), "confidential": text_data("geheim")},
        "points": points,
        "batna": batna,
    }
