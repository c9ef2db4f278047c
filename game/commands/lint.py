"""`python -m game lint PATH…`: what each scenario means for the negotiation, with figures."""

from __future__ import annotations

import argparse
from pathlib import Path

from game.agents.balance import balance_section
from game.scenario.lint import LintReport, lint
from game.scenario.loader import Located, ScenarioError, load_scenario, shipped_scenarios
from game.text import preferred_lang, t

NAME = "lint"
HELP = t("lint.help")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help=t("lint.arg.paths"))
    parser.add_argument("--strict", action="store_true", help=t("lint.arg.strict"))
    parser.add_argument("--no-sim", action="store_true", help=t("agents.balance.no_sim_help"))
    parser.add_argument(
        "--lang", choices=("nl", "en"), default=preferred_lang(), help=t("lint.arg.lang")
    )


def format_problem(problem: Located, lang: str) -> str:
    """`file:line: severity: path: message (hint)` — a line a trainer can jump to."""
    severity = t(f"lint.severity.{problem.severity}", lang)
    text = f"{problem.file}:{problem.line}: {severity}: {problem.message}"
    return f"{text} ({problem.hint})" if problem.hint else text


def format_report(report: LintReport, lang: str) -> list[str]:
    """The report as lines: problems in file order, each section of figures, a summary."""
    lines = [format_problem(p, lang) for p in report.problems]
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
            report.sections.append(balance_section(loaded.scenario, lang))
        print("\n".join(format_report(report, lang)))
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
