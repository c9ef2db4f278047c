"""The trainer's answer page: what the table could reach, worked out exactly.

The figures come from the same analysis as `python -m game analyse` (game/scoring/analysis.py)
and the hidden compatible issues from lint (game/scenario/lint_checks.py), so the printed
sheet and the commands never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.scenario.lint_checks import compatible_issues
from game.scenario.model import Scenario, text_in
from game.scenario.sources import CaseSources, case_sources
from game.scenario.space import TableData
from game.scoring.analysis import Analysis, PackagePoint, analyse_table


@dataclass(frozen=True)
class PackageAnswer:
    """A package in words: per issue its option, per actor its points."""

    options: tuple[tuple[str, str], ...]  # (issue name, option label)
    points: tuple[tuple[str, float], ...]  # (actor name, points)
    joint_surplus: float
    in_zopa: bool


@dataclass(frozen=True)
class HiddenInterest:
    """An issue whose one option is every actor's best, and the interests behind it."""

    issue: str
    option: str
    interests: tuple[tuple[str, str], ...]  # (actor name, interest text)


@dataclass(frozen=True)
class Answers:
    packages: int
    zopa_size: int
    feasible_size: int | None  # under a quorum rule only
    batna: tuple[tuple[str, float], ...]
    max_joint: PackageAnswer | None
    nash: PackageAnswer | None
    nash_is_max_joint: bool
    compromise: PackageAnswer
    hidden: tuple[HiddenInterest, ...]
    sources: CaseSources


def _package(
    scenario: Scenario, analysis: Analysis, point: PackagePoint, lang: str
) -> PackageAnswer:
    options = []
    for issue in scenario.issues:
        chosen = point.package[issue.id]
        option = next(o for o in issue.options if o.id == chosen)
        options.append((text_in(issue.name, lang), text_in(option.label, lang)))
    batna = analysis.batna
    points = tuple((text_in(scenario.actor(a).name, lang), v) for a, v in point.points.items())
    surplus = sum(v - batna[a] for a, v in point.points.items())
    in_zopa = all(v >= batna[a] for a, v in point.points.items())
    return PackageAnswer(tuple(options), points, surplus, in_zopa)


def hidden_interests(scenario: Scenario, lang: str) -> tuple[HiddenInterest, ...]:
    found = []
    for issue_id, option_id in compatible_issues(scenario).items():
        issue = scenario.issue(issue_id)
        option = next(o for o in issue.options if o.id == option_id)
        behind = tuple(
            (text_in(actor.name, lang), text_in(interest.text, lang))
            for actor in scenario.all_actors()
            for interest in actor.interests
            if issue_id in interest.issues
        )
        found.append(HiddenInterest(text_in(issue.name, lang), text_in(option.label, lang), behind))
    return tuple(found)


def answers(scenario: Scenario, lang: str) -> Answers:
    """The answer page of `scenario` as the table opens (before any event)."""
    analysis = analyse_table(TableData.from_scenario(scenario), scenario.agreement)
    nash = analysis.nash
    joint = analysis.max_joint
    quorum = scenario.agreement.rule == "quorum"
    return Answers(
        packages=analysis.space.size,
        zopa_size=analysis.zopa_size,
        feasible_size=analysis.feasible_size if quorum else None,
        batna=tuple((text_in(scenario.actor(a).name, lang), v) for a, v in analysis.batna.items()),
        max_joint=None if joint is None else _package(scenario, analysis, joint, lang),
        nash=None if nash is None else _package(scenario, analysis, nash, lang),
        nash_is_max_joint=nash is not None and joint is not None and nash.index == joint.index,
        compromise=_package(scenario, analysis, analysis.compromise, lang),
        hidden=hidden_interests(scenario, lang),
        sources=case_sources(scenario, lang),
    )
