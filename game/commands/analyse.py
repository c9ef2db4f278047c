"""`python -m game analyse SCENARIO [--json]`: what the table could reach, exactly."""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Mapping

from game.scenario.loader import ScenarioError, load_scenario, message_lang
from game.scenario.model import Scenario, text_in
from game.scenario.points import shown
from game.scenario.space import TableData
from game.scenario.start_mandates import OutsideMandate, outside_start_mandates
from game.scoring.analysis import Analysis, PackagePoint, analyse_table
from game.scoring.scores import score_outcome
from game.text import t

NAME = "analyse"
HELP = t("analyse.help")

#: Largest space analysed (8 issues of 6 options); more cannot come from a valid scenario.
MAX_PACKAGES = 6**8


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("scenario", metavar="SCENARIO", help=t("analyse.arg.scenario"))
    parser.add_argument("--json", action="store_true", help=t("analyse.arg.json"))
    parser.add_argument("--lang", choices=("nl", "en"), help=t("analyse.arg.lang"))


def _number(value: float, lang: str, spec: str) -> str:
    """A score or a time to `spec`; a decimal comma in Dutch."""
    text = format(value, spec)
    return text.replace(".", ",") if lang == "nl" else text


def _package_json(
    point: PackagePoint | None, scenario: Scenario | None
) -> dict[str, object] | None:
    if point is None:
        return None
    found: dict[str, object] = {"package": point.package, "points": point.points}
    if scenario is not None:
        found["outside_start_mandates"] = _outside_json(scenario, point.package)
    return found


def _outside_json(scenario: Scenario, package: Mapping[str, str]) -> list[dict[str, object]]:
    return [item.as_json() for item in outside_start_mandates(scenario, package)]


def as_json(analysis: Analysis, scenario: Scenario | None = None) -> dict[str, object]:
    """The analysis as one JSON-ready object (keys as `analyse --json` prints them); with the
    scenario, each package also says whose starting mandate it lies outside."""
    compromise = score_outcome(analysis, analysis.compromise.package)
    middle: dict[str, object] = {
        "package": analysis.compromise.package,
        "points": analysis.compromise.points,
        "integration_index": compromise.integration_index,
    }
    if scenario is not None:
        middle["outside_start_mandates"] = _outside_json(scenario, analysis.compromise.package)
    return {
        "packages": analysis.space.size,
        "actors": list(analysis.actors),
        "batna": analysis.batna,
        "zopa_size": analysis.zopa_size,
        "feasible_size": analysis.feasible_size,
        "pareto_size": analysis.pareto_size,
        "nash": _package_json(analysis.nash, scenario),
        "max_joint": _package_json(analysis.max_joint, scenario),
        "max_joint_surplus": analysis.max_joint_surplus,
        "best_in_zopa": analysis.best_in_zopa,
        "compromise": middle,
        "timing": {"analysis_s": analysis.seconds},
    }


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "0%"


def _package_lines(scenario: Scenario, point: PackagePoint, lang: str) -> list[str]:
    lines = []
    for issue in scenario.issues:
        option = next(o for o in issue.options if o.id == point.package[issue.id])
        lines.append(f"  {text_in(issue.name, lang)}: {text_in(option.label, lang)}")
    listed = ", ".join(
        f"{text_in(scenario.actor(a).name, lang)} {shown(v, lang=lang)}"
        for a, v in point.points.items()
    )
    lines.append(f"  {t('analyse.points', lang)}: {listed}")
    lines.append(f"  {_mandate_line(scenario, point, lang)}")
    return lines


def _why_outside(scenario: Scenario, item: OutsideMandate, lang: str) -> str:
    name = text_in(scenario.actor(item.actor).name, lang)
    if item.issue is not None:
        issue = scenario.issue(item.issue)
        option = next(o for o in issue.options if o.id == item.option)
        return t(
            "analyse.outside.forbidden",
            lang,
            actor=name,
            issue=text_in(issue.name, lang),
            option=text_in(option.label, lang),
        )
    return t(
        "analyse.outside.min_score",
        lang,
        actor=name,
        points=shown(item.points or 0.0, lang=lang),
        min_score=shown(item.min_score or 0.0, lang=lang),
    )


def _mandate_line(scenario: Scenario, point: PackagePoint, lang: str) -> str:
    """Whether every actor may propose and support the package from the start."""
    outside = outside_start_mandates(scenario, point.package)
    if not outside:
        return t("analyse.inside_mandates", lang)
    reasons = "; ".join(_why_outside(scenario, item, lang) for item in outside)
    return t("analyse.outside_mandates", lang, reasons=reasons)


def as_text(scenario: Scenario, analysis: Analysis, lang: str) -> str:
    """The analysis for people, with the scenario's own names and labels."""
    size = analysis.space.size
    rule = scenario.agreement
    lines = [
        t(
            "analyse.title",
            lang,
            title=text_in(scenario.title, lang),
            packages=size,
            actors=len(analysis.actors),
            issues=len(scenario.issues),
        )
    ]
    if rule.rule == "unanimity":
        lines.append(t("analyse.rule.unanimity", lang))
    else:
        names = ", ".join(text_in(scenario.actor(a).name, lang) for a in rule.required)
        required = t("analyse.rule.required", lang, names=names) if names else ""
        lines.append(t("analyse.rule.quorum", lang, quorum=rule.quorum, required=required))
    batna = ", ".join(
        f"{text_in(scenario.actor(a).name, lang)} {shown(v, lang=lang)}"
        for a, v in analysis.batna.items()
    )
    lines.append(f"{t('analyse.batna', lang)}: {batna}")
    lines.append(
        t("analyse.zopa", lang, size=analysis.zopa_size, share=_share(analysis.zopa_size, size))
    )
    if rule.rule == "quorum":
        share = _share(analysis.feasible_size, size)
        lines.append(t("analyse.feasible", lang, size=analysis.feasible_size, share=share))
    lines.append(t("analyse.pareto", lang, size=analysis.pareto_size))
    if analysis.nash is None or analysis.max_joint is None:
        lines.append(t("analyse.no_zopa", lang))
    else:
        lines.append(t("analyse.nash", lang))
        lines += _package_lines(scenario, analysis.nash, lang)
        if analysis.max_joint.index == analysis.nash.index:
            lines.append(t("analyse.same_as_nash", lang))
        else:
            lines.append(t("analyse.max_joint", lang))
            lines += _package_lines(scenario, analysis.max_joint, lang)
    index = score_outcome(analysis, analysis.compromise.package).integration_index
    lines.append(t("analyse.compromise", lang, index=_number(index, lang, ".2f")))
    lines += _package_lines(scenario, analysis.compromise, lang)
    lines.append(t("analyse.timing", lang, seconds=_number(analysis.seconds, lang, ".4f")))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    lang = args.lang or message_lang()
    try:
        loaded = load_scenario(args.scenario, lang)
    except ScenarioError as error:
        for problem in error.problems:
            print(problem.format(), file=sys.stderr)
        return 1
    scenario = loaded.scenario
    packages = math.prod(len(issue.options) for issue in scenario.issues)
    if packages > MAX_PACKAGES:
        message = t(
            "analyse.too_big", lang, file=args.scenario, packages=packages, limit=MAX_PACKAGES
        )
        print(message, file=sys.stderr)
        return 1
    analysis = analyse_table(TableData.from_scenario(scenario), scenario.agreement)
    if args.json:
        print(json.dumps(as_json(analysis, scenario), ensure_ascii=False))
    else:
        print(as_text(scenario, analysis, lang))
    return 0
