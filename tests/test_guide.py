"""The trainers' guide tells the truth: its example works, its errors and tables are current."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from game.cli import main
from game.commands.lint import format_report
from game.scenario.fieldtables import BEGIN, END, GUIDE, field_tables, splice
from game.scenario.lint import lint
from game.scenario.loader import ScenarioError, load_text

GUIDE_TEXT = GUIDE.read_text(encoding="utf-8")
EXAMPLE_FILE = "voorbeeld.yaml"
SCHEMA_LINE = "# yaml-language-server: $schema=../docs/scenario.schema.json"


def _between(text: str, begin: str, end: str) -> str:
    start = text.index(begin) + len(begin)
    return text[start : text.index(end, start)]


def _example() -> str:
    block = _between(GUIDE_TEXT, "<!-- example:begin -->", "<!-- example:end -->")
    match = re.fullmatch(r"\s*```yaml\n(.*?)```\s*", block, flags=re.DOTALL)
    assert match, "the worked example is one ```yaml block between the markers"
    return match.group(1)


@dataclass(frozen=True)
class ErrorExample:
    title: str
    old: str
    new: str
    messages: list[str]


ERROR_PATTERN = re.compile(
    r"### (?P<title>[^\n]+)\n.*?"
    r'<!-- replaces: "(?P<old>[^\n]*)" -->\n'
    r"```yaml\n(?P<new>.*?)\n```\s*"
    r"```text\n(?P<messages>.*?)\n```",
    flags=re.DOTALL,
)


def _error_examples() -> list[ErrorExample]:
    block = _between(GUIDE_TEXT, "<!-- errors:begin -->", "<!-- errors:end -->")
    return [
        ErrorExample(m["title"], m["old"], m["new"], m["messages"].splitlines())
        for m in ERROR_PATTERN.finditer(block)
    ]


def _output(text: str) -> list[str]:
    """What validate (if the text does not load) or lint prints, in Dutch and in English."""
    lines: list[str] = []
    for lang in ("nl", "en"):
        try:
            loaded = load_text(text, EXAMPLE_FILE, lang)
        except ScenarioError as failure:
            lines += [problem.format() for problem in failure.problems]
            continue
        lines += format_report(lint(loaded, lang), lang)
    return lines


#: A located problem line, as validate and lint print them (figures and summaries are not).
PROBLEM_LINE = re.compile(rf"^{re.escape(EXAMPLE_FILE)}:\d+[:\s]")


def problem_lines(lines: list[str]) -> list[str]:
    return [line for line in lines if PROBLEM_LINE.match(line)]


def caused(broken: str) -> list[str]:
    """The problem lines a change to the example causes: in the output of the changed
    example and not in that of the example itself, each once, Dutch first."""
    before = set(_output(_example()))
    return [line for line in dict.fromkeys(problem_lines(_output(broken))) if line not in before]


def quoted_block(marker: str) -> list[str]:
    """The lines of the ```text block right after `marker` in the guide."""
    block = GUIDE_TEXT[GUIDE_TEXT.index(marker) + len(marker) :]
    found = re.match(r"\s*```text\n(.*?)\n```", block, flags=re.DOTALL)
    assert found, f"a ```text block follows {marker}"
    return found.group(1).splitlines()


def command_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> list[str]:
    """What `python -m game ARGS` prints, run next to the example saved as voorbeeld.yaml."""
    (tmp_path / EXAMPLE_FILE).write_text(_example(), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(list(args)) in (0, 1)
    return capsys.readouterr().out.splitlines()


def test_the_worked_example_validates_and_lints_without_errors_or_warnings() -> None:
    report = lint(load_text(_example(), EXAMPLE_FILE, "en"), "en")
    assert [p.severity for p in report.problems] == ["info"]  # it names no sources: invented


def test_the_worked_example_starts_with_the_schema_line_for_editors() -> None:
    assert _example().splitlines()[0] == SCHEMA_LINE
    assert GUIDE_TEXT.count(SCHEMA_LINE) >= 3


def test_the_lint_output_quoted_for_the_example_is_what_lint_prints() -> None:
    block = _between(GUIDE_TEXT, "<!-- example-lint -->", "## ")
    quoted = re.search(r"```text\n(.*?)\n```", block, flags=re.DOTALL)
    assert quoted
    assert quoted.group(1).splitlines() == _output(_example())


def test_the_guide_has_common_errors_from_both_validate_and_lint() -> None:
    examples = _error_examples()
    assert len(examples) >= 10
    assert any(": fout: " in m for e in examples for m in e.messages)
    assert any(": waarschuwing: " in m for e in examples for m in e.messages)


@pytest.mark.parametrize("example", _error_examples(), ids=lambda e: e.title)
def test_each_common_error_quotes_exactly_the_messages_the_tools_print(
    example: ErrorExample,
) -> None:
    original = _example()
    assert original.count(example.old + "\n") == 1, "the line to replace is in the example once"
    broken = original.replace(example.old + "\n", example.new + "\n")
    assert example.messages == caused(broken)


def test_every_quoted_message_comes_in_dutch_and_english() -> None:
    """Every problem line quoted in part 4 has its other language beside it (lines that read
    the same in both, such as a TODO, stand once)."""
    for example in _error_examples():
        severities = {m.split(": ")[1] for m in example.messages if ": " in m}
        dutch = {"fout", "waarschuwing"} & severities
        english = {"error", "warning"} & severities
        assert bool(dutch) == bool(english), example.title
        if not severities & {"fout", "waarschuwing", "error", "warning", "todo"}:
            assert len(example.messages) % 2 == 0, example.title


def test_the_balance_figures_quoted_for_the_example_are_what_lint_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    quoted = quoted_block("<!-- example-balance -->")
    printed = []
    for lang in ("nl", "en"):
        printed += command_output(
            tmp_path, monkeypatch, capsys, "lint", "--lang", lang, EXAMPLE_FILE
        )
    assert "voorbeeld.yaml: Balans (10 spellen per strategie, computerspelers):" in quoted
    assert "voorbeeld.yaml: Balance (10 games per strategy, computer players):" in quoted
    assert [line for line in printed if line in quoted] == quoted


def test_the_analysis_quoted_for_the_example_is_what_analyse_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    printed = []
    for lang in ("nl", "en"):
        lines = command_output(
            tmp_path, monkeypatch, capsys, "analyse", "--lang", lang, EXAMPLE_FILE
        )
        printed += lines[:-1]  # the last line is the time it took
    assert quoted_block("<!-- example-analyse -->") == printed


def test_the_comparison_quoted_for_the_example_is_what_simulate_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    printed = []
    for lang in ("nl", "en"):
        printed += command_output(
            tmp_path,
            monkeypatch,
            capsys,
            *("simulate", "--scenario", EXAMPLE_FILE, "--compare", "--games", "20"),
            *("--workers", "1", "--lang", lang),
        )
    assert quoted_block("<!-- example-compare -->") == printed


def test_the_field_tables_in_the_guide_are_up_to_date() -> None:
    assert BEGIN in GUIDE_TEXT and END in GUIDE_TEXT
    assert splice(GUIDE_TEXT, field_tables()) == GUIDE_TEXT, (
        "run: python -m game.scenario.fieldtables --write"
    )


def test_the_field_tables_cover_every_field_of_every_model() -> None:
    from game.scenario.fieldtables import models_in_order

    tables = field_tables()
    for model in models_in_order():
        assert f"### {model.__name__}\n" in tables
        for name in model.model_fields:
            assert f"| `{name}` |" in tables


def test_splice_replaces_only_what_is_between_the_markers(tmp_path: Path) -> None:
    text = f"voor\n{BEGIN}\noud\n{END}\nna\n"
    assert splice(text, "nieuw") == f"voor\n{BEGIN}\nnieuw\n{END}\nna\n"
