"""Regressions found by QA with hostile input: each once gave a traceback or a wrong line."""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

import pytest

from game import cli
from game.commands import new, validate
from game.engine import Game, SaveError
from game.engine.record import parse_save_text
from game.scenario.lint import lint
from game.scenario.loader import ScenarioError, load_scenario, load_text
from game.scenario.template import render

SHIPPED = Path(__file__).resolve().parents[1] / "scenarios" / "e33-vrijdagnacht.yaml"


def test_validate_counts_an_empty_folder_among_the_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "leeg"
    empty.mkdir()
    broken = tmp_path / "kapot.yaml"
    broken.write_text("", encoding="utf-8")
    args = argparse.Namespace(paths=[str(empty), str(broken)], lang="en")
    assert validate.run(args) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "2 error(s) in 2 of 2 file(s)"


def test_new_with_undecodable_bytes_in_the_name_writes_a_valid_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = os.fsdecode(b"spel\xff")  # a name typed in Latin-1 on a UTF-8 system
    args = argparse.Namespace(name=name, output_dir=str(tmp_path))
    assert new.run(args) == 0
    written = tmp_path / f"{name}.yaml"
    assert written.stat().st_size > 0
    assert "\ufffd" in written.read_text(encoding="utf-8")
    assert load_scenario(written, "en").scenario.id == "spel"


def test_new_into_a_file_instead_of_a_folder_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "bestand.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    assert new.run(argparse.Namespace(name="spel", output_dir=str(not_a_folder))) == 2
    err = capsys.readouterr().err
    assert "is geen map" in err or "is not a folder" in err


def test_a_strict_stdout_does_not_turn_a_stray_byte_in_a_file_name_into_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / os.fsdecode(b"n\xffam.yaml")
    path.write_text("- a list\n", encoding="utf-8")
    raw = io.BytesIO()
    strict = io.TextIOWrapper(raw, encoding="utf-8", errors="strict", write_through=True)
    monkeypatch.setattr(sys, "stdout", strict)
    assert cli.main(["validate", "--lang", "en", str(path)]) == 1
    strict.flush()
    shown = raw.getvalue().decode("utf-8")
    assert "\\udcff" in shown
    assert "1 error(s) in 1 of 1 file(s)" in shown


def test_a_save_nested_thousands_deep_is_refused_with_a_message() -> None:
    with pytest.raises(SaveError) as refused:
        parse_save_text("[" * 100_000)
    assert refused.value.key == "engine.save.too_deep"
    assert "nested too deeply" in refused.value.message("en")


@pytest.mark.parametrize(
    ("text", "kind"),
    [("null", "null"), ("[1]", "array"), ('"x"', "string"), ("3", "number"), ("true", "boolean")],
)
def test_a_save_that_is_no_object_names_the_json_kind(text: str, kind: str) -> None:
    with pytest.raises(SaveError) as refused:
        parse_save_text(text)
    assert refused.value.message("en") == f"A saved game is a JSON object, this is a {kind}."


def test_lint_figures_use_a_decimal_comma_in_dutch_and_a_point_in_english() -> None:
    def zopa_line(lang: str) -> str:
        report = lint(load_scenario(SHIPPED, lang), lang)
        return next(f.value for s in report.sections for f in s.figures if "ZOPA" in f.label)

    assert zopa_line("nl").endswith("(4,8%)")
    assert zopa_line("en").endswith("(4.8%)")


def _batna_problem(value: str) -> str:
    """The one line validate gives when the first actor's BATNA in the template is `value`."""
    text = render("proef", "schema.json", "proef.yaml").replace("batna: 40", f"batna: {value}", 1)
    with pytest.raises(ScenarioError) as refused:
        load_text(text, "proef.yaml", "en")
    [problem] = refused.value.problems
    return problem.format()


def test_a_whole_number_too_large_for_a_float_is_called_too_large() -> None:
    line = _batna_problem("1" + "0" * 400)
    assert line.endswith("batna: number too large (a number in a scenario stays below 1.7e+308)")


@pytest.mark.parametrize(
    ("written", "suggested"), [("1e3", "1.0e+3"), ("-2E8", "-2.0E+8"), ("5e-3", "5.0e-3")]
)
def test_an_exponent_read_as_text_gets_a_hint_that_loads(written: str, suggested: str) -> None:
    line = _batna_problem(written)
    assert line.endswith(f"write a number with a point and a sign: {suggested})")
    text = render("proef", "schema.json", "proef.yaml").replace("batna: 40", f"batna: {suggested}")
    assert load_text(text, "proef.yaml", "en").scenario.actors[0].batna == float(suggested)


@pytest.mark.parametrize("part", ["actions", "seats"])
def test_a_save_with_a_lone_surrogate_in_an_id_is_refused_with_a_message(part: str) -> None:
    scenario = load_scenario(SHIPPED, "en").scenario
    save = Game(scenario, seed=1, seats=[a.id for a in scenario.actors]).to_save()
    if part == "actions":
        save["actions"] = [{"actor": "\udcff", "kind": "pass"}]
    else:
        save["seats"] = ["\udcff", *save["seats"][1:]]
    with pytest.raises(SaveError) as refused:
        Game.from_save(save, scenario)
    assert "There is no party '?'" in refused.value.message("en")
