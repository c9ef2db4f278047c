"""Mandates are rules: which packages an actor may propose or support, and how they change."""

from __future__ import annotations

from collections.abc import Mapping

from game.engine.state import MandateState, State
from game.scenario.model import Mandate, OptionSet
from game.scenario.points import rounded, shown

Breach = tuple[str, dict[str, object]]  # (reason kind, values) — "forbidden" or "min_score"


def initial(mandate: Mandate) -> MandateState:
    return MandateState(
        {i: set(o) for i, o in mandate.forbidden.items()}, _floor(mandate.min_score)
    )


def _floor(min_score: float | None) -> float | None:
    """A minimum score as the game holds it: rounded like every number of points, so that
    comparing it with an (exactly summed) score is exact."""
    return None if min_score is None else rounded(min_score)


def allowed_options(state: State, actor: str, issue: str) -> list[str]:
    """The options of `issue` the actor's mandate allows (not counting the minimum score)."""
    forbidden = state.mandates[actor].forbidden.get(issue, set())
    return [o for o in state.issues[issue] if o not in forbidden]


def breach(state: State, actor: str, package: Mapping[str, str]) -> Breach | None:
    """Why `package` lies outside the actor's mandate now, or None when it lies inside.

    The package must be complete and valid (checked before this).
    """
    mandate = state.mandates[actor]
    for issue, option in package.items():
        if option in mandate.forbidden.get(issue, set()):
            return "forbidden", {"issue": issue, "option": option}
    if mandate.min_score is not None:
        score = state.score(actor, dict(package))
        if score < mandate.min_score:
            # both shown as people read them: 0.8, never 0.7999999999999999
            return "min_score", {"score": shown(score), "min_score": shown(mandate.min_score)}
    return None


def widen(state: State, actor: str, allow: OptionSet, min_score: float | None) -> None:
    mandate = state.mandates[actor]
    for issue, options in allow.items():
        mandate.forbidden.setdefault(issue, set()).difference_update(options)
    if min_score is not None:
        mandate.min_score = _floor(min_score)


def narrow(state: State, actor: str, forbid: OptionSet, min_score: float | None) -> None:
    mandate = state.mandates[actor]
    for issue, options in forbid.items():
        mandate.forbidden.setdefault(issue, set()).update(options)
    if min_score is not None:
        mandate.min_score = _floor(min_score)
