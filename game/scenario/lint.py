"""Lint: does a valid scenario make a good negotiation? Problems with a place, then figures.

`lint(loaded, lang)` runs every check of `lint_checks.CHECKS` and every figure builder of
`SECTIONS` over a loaded scenario. A report is a list of located problems (error, warning,
todo, info) and a list of sections of figures; a new section is one more builder in
`SECTIONS`. The balance figures from bot games come from `game.agents.balance`, which the
`lint` command adds with their problems (`LintReport.add`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from game.scenario.compromise import compromise_package
from game.scenario.lint_checks import CHECKS, Table, compatible_issues
from game.scenario.lint_space import count_share
from game.scenario.lint_text import todo_comments
from game.scenario.loader import LoadedScenario, Located
from game.scenario.points import shown
from game.scenario.problems import Severity
from game.text import t

SEVERITY_ORDER: dict[Severity, int] = {"error": 0, "warning": 1, "todo": 2, "info": 3}


@dataclass(frozen=True)
class Figure:
    """One number of a report, with its label in the report's language."""

    label: str
    value: str


@dataclass(frozen=True)
class Section:
    """A titled group of figures."""

    title: str
    figures: list[Figure]


@dataclass
class LintReport:
    """What lint found in one file: located problems in file order, then figures."""

    file: str
    problems: list[Located] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    def count(self, severity: Severity) -> int:
        return sum(1 for p in self.problems if p.severity == severity)

    @property
    def errors(self) -> int:
        return self.count("error")

    @property
    def warnings(self) -> int:
        return self.count("warning")

    @property
    def todos(self) -> int:
        return self.count("todo")

    def add(self, problems: list[Located]) -> None:
        """More problems (say, from the balance games), kept in file order."""
        self.problems = sort_problems([*self.problems, *problems])


def sort_problems(problems: list[Located]) -> list[Located]:
    """Problems in file order, the most severe first on one spot."""
    return sorted(problems, key=lambda p: (p.line, p.col, SEVERITY_ORDER[p.severity]))


def local_number(text: str, lang: str) -> str:
    """A formatted number with a decimal comma in Dutch (5,9%), a point in English."""
    return text.replace(".", ",") if lang == "nl" else text


def _count(mask: np.ndarray, lang: str) -> str:
    count, share = count_share(mask)
    return t("lint.figure.count", lang, count=count, share=local_number(f"{share:.1%}", lang))


def _joint(units: int, scale: int, lang: str) -> str:
    return shown(units / scale, lang=lang)


def outcome_figures(table: Table) -> Section:
    """Packages, ZOPA, mandates, best joint surplus and the split-the-difference compromise."""
    lang = table.lang
    space = table.space
    joint = space.surplus_units.sum(axis=1)
    figures = [Figure(t("lint.figure.packages", lang), str(space.size))]
    figures.append(Figure(t("lint.figure.zopa", lang), _count(table.zopa, lang)))
    if not table.unanimity:
        figures.append(Figure(t("lint.figure.feasible", lang), _count(table.feasible, lang)))
    initial = table.rule.agreeable(table.initial_inside & table.above_batna) & table.feasible
    widest = table.rule.agreeable(table.widest_inside & table.above_batna) & table.feasible
    figures.append(Figure(t("lint.figure.mandates_initial", lang), _count(initial, lang)))
    figures.append(Figure(t("lint.figure.mandates_widest", lang), _count(widest, lang)))
    best = _joint(int(joint[table.zopa].max()), space.scale, lang) if table.zopa.any() else None
    figures.append(Figure(t("lint.figure.best_joint", lang), best or t("lint.figure.none", lang)))
    middle = compromise_package(space)
    key = "lint.figure.middle_in" if table.zopa[middle] else "lint.figure.middle_out"
    middle_joint = _joint(int(joint[middle]), space.scale, lang)
    figures.append(Figure(t("lint.figure.middle", lang), t(key, lang, value=middle_joint)))
    compatible = compatible_issues(table.scenario)
    shown = ", ".join(f"{issue} → {option}" for issue, option in compatible.items())
    figures.append(Figure(t("lint.figure.compatible", lang), shown or t("lint.figure.none", lang)))
    return Section(t("lint.section.figures", lang), figures)


SectionBuilder = Callable[[Table], Section]
SECTIONS: list[SectionBuilder] = [outcome_figures]


def _todos(loaded: LoadedScenario, lang: str) -> list[Located]:
    return [
        Located(
            file=loaded.file,
            line=comment.line,
            col=comment.col,
            message=t("lint.todo", lang, note=comment.note or "…"),
            hint=None,
            severity="todo",
            kind="lint.todo",
        )
        for comment in todo_comments(loaded.text)
    ]


def lint(loaded: LoadedScenario, lang: str = "nl") -> LintReport:
    """Every meaning problem of a loaded scenario, placed in its file, and its figures."""
    table = Table(loaded.scenario, lang)
    problems = [loaded.place(problem) for check in CHECKS for problem in check(table)]
    problems += _todos(loaded, lang)
    sections = [build(table) for build in SECTIONS]
    return LintReport(loaded.file, sort_problems(problems), sections)
