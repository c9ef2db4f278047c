"""Which actors' starting mandates a package lies outside, and why.

The starting mandate is the one the scenario writes under `mandate`: before any consultation
or event widens or narrows it. An actor cannot propose or support a package outside it (the
engine's rule, `game.engine.mandate.breach`), so a best package outside a starting mandate
needs a consultation, or an event that widens the mandate, before the table can reach it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from game.scenario.model import Actor, Scenario
from game.scenario.points import rounded, total


@dataclass(frozen=True)
class OutsideMandate:
    """One actor whose starting mandate excludes a package: a forbidden option, or too few
    own points (`points` below `min_score`)."""

    actor: str
    issue: str | None = None
    option: str | None = None
    points: float | None = None
    min_score: float | None = None

    def as_json(self) -> dict[str, object]:
        if self.issue is not None:
            return {
                "actor": self.actor,
                "reason": "forbidden",
                "issue": self.issue,
                "option": self.option,
            }
        return {
            "actor": self.actor,
            "reason": "min_score",
            "points": self.points,
            "min_score": self.min_score,
        }


def _outside(actor: Actor, package: Mapping[str, str]) -> OutsideMandate | None:
    for issue, option in package.items():
        if option in actor.mandate.forbidden.get(issue, []):
            return OutsideMandate(actor.id, issue=issue, option=option)
    floor = actor.mandate.min_score
    if floor is not None:
        points = total(actor.points[issue][option] for issue, option in package.items())
        if points < rounded(floor):
            return OutsideMandate(actor.id, points=points, min_score=floor)
    return None


def outside_start_mandates(scenario: Scenario, package: Mapping[str, str]) -> list[OutsideMandate]:
    """The actors at the table from the start whose starting mandate excludes `package`."""
    found = (_outside(actor, package) for actor in scenario.actors)
    return [item for item in found if item is not None]
