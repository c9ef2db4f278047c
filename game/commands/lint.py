"""`python -m game lint PATH…`: what each scenario means for the negotiation, with figures."""

from __future__ import annotations

import argparse
from pathlib import Path

from game.agents.balance import balance_report
from game.scenario.lint import LintReport, lint
from game.scenario.loader import Located, ScenarioError, load_scenario, shipped_scenarios
from game.text import preferred_lang, t

NAME = "lint"
HELP = t("lint.help")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help=t("lint.arg.paths"))
    parser.add_argument("--strict", action="store_true", help=t("lint.arg.strict"))
    parser.add_argument("--all", action="store_true", help=t("lint.arg.all"))
    parser.add_argument("--no-sim", action="store_true", help=t("agents.balance.no_sim_help"))
    parser.add_argument(
        "--lang", choices=("nl", "en"), default=preferred_lang(), help=t("lint.arg.lang")
    )


def format_problem(problem: Located, lang: str) -> str:
    """`file:line: severity: path: message (hint)` — a line a trainer can jump to."""
    severity = t(f"lint.severity.{problem.severity}", lang)
    text = f"{problem.file}:{problem.line}: {severity}: {problem.message}"
    return f"{text} ({problem.hint})" if problem.hint else text


#: Kinds of problem that can come many times in one file, with the label of their count line.
GROUP_LABELS: dict[str, str] = {
    "lint.text.no_english": "lint.text.no_english",
    "lint.option.dominated": "lint.group.dominated",
    "lint.issue.indifferent": "lint.group.indifferent",
    "lint.group.event_never": "lint.group.event_never",
    "lint.group.event_rare": "lint.group.event_rare",
}
#: From this many problems of one kind on, they are one count line (unless --all).
GROUP_FROM = 3


def _group_line(group: list[Located], label: str, lang: str) -> str:
    """`file:line: warning: 87× text without its English — first: title (hint)`."""
    first = group[0]
    severity = t(f"lint.severity.{first.severity}", lang)
    shown = t("lint.group", lang, count=len(group), label=t(label, lang), first=first.where)
    text = f"{first.file}:{first.line}: {severity}: {shown}"
    return f"{text} ({first.hint})" if first.hint else text


def problem_lines(problems: list[Located], lang: str, every: bool = False) -> list[str]:
    """One line per problem; many warnings of one kind as one count line at the first one,
    so that a single real warning is not buried under a long run of one kind."""
    groups: dict[str, list[Located]] = {}
    for problem in problems:
        if problem.severity == "warning" and problem.kind in GROUP_LABELS:
            groups.setdefault(problem.kind, []).append(problem)
    counted = {k: g for k, g in groups.items() if len(g) >= GROUP_FROM and not every}
    lines = []
    for problem in problems:
        group = counted.get(problem.kind or "")
        if group is None:
            lines.append(format_problem(problem, lang))
        elif problem is group[0]:
            lines.append(_group_line(group, GROUP_LABELS[problem.kind or ""], lang))
    if counted:
        lines.append(t("lint.group.more", lang))
    return lines


def format_report(report: LintReport, lang: str, every: bool = False) -> list[str]:
    """The report as lines: problems in file order (many of one kind counted on one line,
    unless `every`), each section of figures, a summary."""
    lines = problem_lines(report.problems, lang, every)
    for section in report.sections:
        lines.append(f"{report.file}: {section.title}:")
        width = max((len(f.label) for f in section.figures), default=0)
        lines += [f"  {f.label.ljust(width)}  {f.value}" for f in section.figures]
    lines.append(
        t(
            "lint.summary",
            lang,
            path=report.file,
            errors=report.errors,
            warnings=report.warnings,
            todos=report.todos,
        )
    )
    return lines


def _files(paths: list[str], lang: str) -> tuple[list[Path], list[str]]:
    """The scenario files to lint (folders give their *.yaml), and lines for missing ones."""
    if not paths:
        return shipped_scenarios(), []
    files: list[Path] = []
    missing: list[str] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted([*path.glob("*.yaml"), *path.glob("*.yml")])
            if not found:
                missing.append(t("lint.no_files", lang, where=name))
            files += found
        elif path.exists():
            files.append(path)
        else:
            missing.append(t("lint.not_found", lang, path=name))
    return files, missing


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    files, missing = _files(list(args.paths), lang)
    for line in missing:
        print(line)
    errors, warnings, todos = len(missing), 0, 0
    if not files and not missing:
        print(t("lint.no_files", lang, where="scenarios/"))
        return 1
    for index, path in enumerate(files):
        if index:
            print()
        try:
            loaded = load_scenario(path, lang)
        except ScenarioError as failure:
            print(t("lint.not_loaded", lang, path=str(path)))
            for problem in failure.problems:
                print(f"  {problem.format()}")
            errors += max(1, sum(1 for p in failure.problems if p.severity == "error"))
            continue
        report = lint(loaded, lang)
        if not args.no_sim:  # balance figures from a short bot simulation (game/agents)
            section, problems = balance_report(loaded.scenario, lang)
            report.sections.append(section)
            report.add([loaded.place(problem) for problem in problems])
        print("\n".join(format_report(report, lang, args.all)))
        errors += report.errors
        warnings += report.warnings
        todos += report.todos
    if len(files) + len(missing) > 1:
        print()
        print(
            t(
                "lint.total",
                lang,
                files=len(files) + len(missing),
                errors=errors,
                warnings=warnings,
                todos=todos,
            )
        )
    return 1 if errors or (args.strict and warnings) else 0
