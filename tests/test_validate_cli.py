"""The commands `validate`, `schema` and `new`, as a trainer runs them."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from game.commands import new, schema, validate
from game.scenario.json_schema import SCHEMA_FILE, schema_text
from game.scenario.loader import load_scenario, shipped_scenarios

FIXTURE = Path(__file__).parent / "fixtures" / "full.yaml"
REPO = Path(__file__).resolve().parents[1]


def run_validate(*paths: str | Path, lang: str = "en") -> int:
    return validate.run(argparse.Namespace(paths=[str(p) for p in paths], lang=lang))


def bad_copy(folder: Path, name: str = "bad.yaml") -> Path:
    path = folder / name
    path.write_text(
        FIXTURE.read_text(encoding="utf-8").replace("batna: 10", "batna: veel"), encoding="utf-8"
    )
    return path


# --- validate ----------------------------------------------------------------------------------


def test_a_good_file_exits_zero_with_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_validate(FIXTURE) == 0
    out = capsys.readouterr().out
    assert out == f"{FIXTURE}: OK — proeftafel: 3 actors, 2 issues, 6 packages\n"


def test_a_bad_file_gives_a_located_line_and_exits_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = bad_copy(tmp_path)
    assert run_validate(path) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{path}:")
    assert lines[0].endswith(': actors[2].batna: expected a number, got "veel"')
    line, col = lines[0].removeprefix(f"{path}:").split(":")[:2]
    assert path.read_text(encoding="utf-8").splitlines()[int(line) - 1][int(col) - 1 :] == "veel"
    assert lines[-1] == "1 error(s) in 1 of 1 file(s)"


def test_every_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = bad_copy(tmp_path, "a.yaml"), bad_copy(tmp_path, "b.yaml")
    assert run_validate(first, FIXTURE, second) == 1
    out = capsys.readouterr().out
    assert f"{first}:" in out and f"{second}:" in out and "proeftafel" in out
    assert out.splitlines()[-1] == "2 error(s) in 2 of 3 file(s)"


def test_a_folder_means_every_yaml_in_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(FIXTURE, tmp_path / "good.yaml")
    bad_copy(tmp_path)
    (tmp_path / "notes.txt").write_text("not a scenario", encoding="utf-8")
    assert run_validate(tmp_path) == 1
    out = capsys.readouterr().out
    assert "good.yaml: OK" in out and "bad.yaml:" in out and "notes.txt" not in out


def test_an_empty_folder_and_a_missing_file_are_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_validate(tmp_path, tmp_path / "nope.yaml") == 1
    out = capsys.readouterr().out
    assert f"{tmp_path}:1:1: no *.yaml files in this folder" in out
    assert f"{tmp_path / 'nope.yaml'}:1:1: file not found" in out


def test_the_messages_follow_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_validate(bad_copy(tmp_path), lang="nl")
    out = capsys.readouterr().out
    assert 'verwacht een getal, maar kreeg "veel"' in out
    assert "1 fout(en) in 1 van 1 bestand(en)" in out


def test_without_paths_the_shipped_scenarios_are_checked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    if not shipped_scenarios():
        pytest.skip("no shipped scenarios yet")
    assert run_validate() == 0
    assert capsys.readouterr().out.count(": OK — ") == len(shipped_scenarios())


@pytest.mark.parametrize(
    "content",
    [b"\x00\xff\xfe garbage", b"\xef\xbb\xbf", b"- [\n", b"a: b: c: d\n", b"id: *x\n", b"\t\t\n:"],
    ids=["binary", "bom-only", "unclosed", "colons", "alias", "tabs"],
)
def test_no_input_gives_a_traceback(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "weird.yaml"
    path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "game", "validate", "--lang", "en", str(path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.startswith(f"{path}:1:") or result.stdout.startswith(f"{path}:")


# --- schema ------------------------------------------------------------------------------------


def test_the_committed_schema_is_current() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "docs/scenario.schema.json is out of date: "
        "run python -m game schema -o docs/scenario.schema.json"
    )


def test_schema_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert schema.run(argparse.Namespace(output=None)) == 0
    assert capsys.readouterr().out == schema_text()


def test_schema_can_write_a_file(tmp_path: Path) -> None:
    target = tmp_path / "s.json"
    assert schema.run(argparse.Namespace(output=str(target))) == 0
    assert target.read_text(encoding="utf-8") == schema_text()
    assert schema.run(argparse.Namespace(output=str(tmp_path / "no" / "s.json"))) == 1


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [v for k, v in node.items() if k == "$ref"] + [
            r for v in node.values() for r in _refs(v)
        ]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def test_the_schema_is_draft_07_with_resolvable_refs() -> None:
    document = json.loads(schema_text())
    assert document["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert "$defs" not in schema_text()
    refs = _refs(document)
    assert refs
    for ref in refs:
        assert (
            ref.startswith("#/definitions/")
            and ref.removeprefix("#/definitions/") in document["definitions"]
        )


def _python_with_jsonschema() -> str | None:
    for candidate in ("python3", "python"):
        found = shutil.which(candidate)
        if (
            found
            and subprocess.run(
                [found, "-c", "import jsonschema"], capture_output=True, check=False
            ).returncode
            == 0
        ):
            return found
    return None


def test_jsonschema_accepts_the_schema_and_checks_scenarios_with_it(tmp_path: Path) -> None:
    python = _python_with_jsonschema()
    if python is None:
        pytest.skip("no python with jsonschema on this machine")
    good = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    bad = json.loads(json.dumps(good))
    bad["actors"][0]["batan"] = 3
    (tmp_path / "good.json").write_text(json.dumps(good), encoding="utf-8")
    (tmp_path / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
    script = (
        "import json, sys, jsonschema\n"
        "schema = json.load(open(sys.argv[1]))\n"
        "jsonschema.Draft7Validator.check_schema(schema)\n"
        "v = jsonschema.Draft7Validator(schema)\n"
        "print(len(list(v.iter_errors(json.load(open(sys.argv[2]))))),"
        " len(list(v.iter_errors(json.load(open(sys.argv[3]))))))\n"
    )
    result = subprocess.run(
        [
            python,
            "-c",
            script,
            str(SCHEMA_FILE),
            str(tmp_path / "good.json"),
            str(tmp_path / "bad.json"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "1"]


# --- new ---------------------------------------------------------------------------------------


def run_new(name: str, folder: Path) -> int:
    return new.run(argparse.Namespace(name=name, output_dir=str(folder)))


def test_new_writes_a_template_that_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_new("mijn-tafel", tmp_path) == 0
    path = tmp_path / "mijn-tafel.yaml"
    loaded = load_scenario(path)
    assert loaded.scenario.id == "mijn-tafel"
    assert "python -m game validate" in capsys.readouterr().out


def test_new_points_editors_at_the_schema(tmp_path: Path) -> None:
    run_new("tafel", tmp_path)
    first = (tmp_path / "tafel.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    reference = first.split("$schema=", 1)[1]
    assert (tmp_path / reference).resolve() == SCHEMA_FILE


def test_new_shows_every_section(tmp_path: Path) -> None:
    run_new("tafel", tmp_path)
    scenario = load_scenario(tmp_path / "tafel.yaml").scenario
    data = yaml.safe_load((tmp_path / "tafel.yaml").read_text(encoding="utf-8"))
    for section in (
        "id",
        "title",
        "summary",
        "learning_goals",
        "issues",
        "actors",
        "agreement",
        "rounds",
        "events",
        "escalation",
        "weights",
    ):
        assert section in data, section
    assert len(scenario.actors) >= 2
    for actor in scenario.actors:
        assert {i: set(t) for i, t in actor.points.items()} == {
            i.id: {o.id for o in i.options} for i in scenario.issues
        }
        assert "batna" in next(a for a in data["actors"] if a["id"] == actor.id)
    assert any(a.mandate.forbidden and a.consultations for a in scenario.actors)
    assert scenario.events and scenario.events[0].effects
    assert scenario.escalation is not None


def test_new_comments_in_dutch_and_english(tmp_path: Path) -> None:
    run_new("tafel", tmp_path)
    text = (tmp_path / "tafel.yaml").read_text(encoding="utf-8")
    assert (
        "# --- Actoren / actors" in text
        and "punten zonder akkoord / points without agreement" in text
    )


def test_new_never_overwrites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMGEVINGSTAFEL_LANG", "en")
    path = tmp_path / "tafel.yaml"
    path.write_text("mine", encoding="utf-8")
    assert run_new("tafel", tmp_path) == 1
    assert path.read_text(encoding="utf-8") == "mine"
    assert "already exists" in capsys.readouterr().err


def test_new_with_a_name_that_has_no_letters_or_a_missing_folder_refuses(tmp_path: Path) -> None:
    assert run_new("123", tmp_path) == 2
    assert run_new("tafel", tmp_path / "nope") == 2
    assert list(tmp_path.iterdir()) == []


def test_new_makes_an_id_from_a_free_name(tmp_path: Path) -> None:
    assert run_new("Crisis Bedden: Noord", tmp_path) == 0
    loaded = load_scenario(tmp_path / "Crisis Bedden: Noord.yaml")
    assert loaded.scenario.id == "crisis-bedden-noord"
    assert loaded.scenario.title.nl == "Crisis Bedden: Noord"  # type: ignore[union-attr]


def test_the_commands_are_registered() -> None:
    from game.cli import COMMANDS

    assert {"validate", "schema", "new"} <= set(COMMANDS)


# --- a duplicated id is one error, with the name it was probably meant to have ---------------


def _copy_with(folder: Path, old: str, new: str) -> Path:
    text = FIXTURE.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = folder / "dubbel.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "{id: midden, label: Midden}",
            "{id: hoog, label: Midden}",
            "issues[1].options[2].id: duplicate option id 'hoog' "
            "(did you mean 'midden'? the file refers to it, but no option has that id)",
        ),
        (
            "  - id: geld\n",
            "  - id: plek\n",
            "issues[1].id: duplicate issue id 'plek' "
            "(did you mean 'geld'? the file refers to it, but no issue has that id)",
        ),
        (
            "  - id: politie\n",
            "  - id: ggz\n",
            "actors[2].id: duplicate actor id 'ggz' "
            "(did you mean 'politie'? the file refers to it, but no actor has that id)",
        ),
    ],
    ids=["option", "issue", "actor"],
)
def test_a_duplicated_id_is_one_error_at_the_duplicate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, expected: str
) -> None:
    path = _copy_with(tmp_path, old, new)
    assert run_validate(path) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "1 error(s) in 1 of 1 file(s)"
    assert len(lines) == 2 and lines[0].endswith(expected)
    line = int(lines[0].removeprefix(f"{path}:").split(":")[0])
    assert new.strip() in path.read_text(encoding="utf-8").splitlines()[line - 1]


def test_a_duplicate_nothing_else_refers_around_says_to_give_each_its_own_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    row = "      - {id: midden, label: Midden}\n"
    path = _copy_with(tmp_path, row, row + row.replace("label: Midden", "label: Ergens"))
    assert run_validate(path, lang="nl") == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].endswith(
        "issues[1].options[3].id: optie-id 'midden' komt twee keer voor "
        "(geef elke optie een eigen id)"
    )


def test_without_a_duplicate_an_unknown_option_is_still_its_own_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _copy_with(
        tmp_path, "geld: {laag: 40, hoog: 0, midden: 20}", "geld: {laag: 40, hoog: 0, mid: 20}"
    )
    assert run_validate(path) == 1
    out = capsys.readouterr().out
    assert "unknown option 'mid'" in out and "duplicate option id" not in out


# --- an empty value: what to write there, never "put it in quotes" --------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "batna: 20\n",
            "batna:\n",
            "actors[0].batna: expected a number, got nothing (an empty value) "
            "(write a number after it, for example batna: 0)",
        ),
        (
            "rounds: 6\n",
            "rounds:\n",
            "rounds: expected a whole number, got nothing (an empty value) "
            "(write a whole number after it, for example rounds: 1; "
            "or leave the line out for the default)",
        ),
        (
            "summary: Drie partijen, twee kwesties.\n",
            "summary:\n",
            "summary: expected text or {nl: …, en: …}, got nothing (an empty value) "
            "(write the text after it, for example summary: …, or {nl: …, en: …})",
        ),
        (
            "    kind: gemeente\n",
            "    kind:\n",
            "actors[0].kind: expected one of: gemeente, ggz, politie, ambulance, zorgverzekeraar, "
            "bewoners, woningcorporatie, jeugdhulp, schuldhulp, school, wijkteam, provincie, "
            "ondernemer, overig, got nothing (an empty value) "
            "(write one of the choices after it, for example kind: gemeente)",
        ),
        (
            "  - id: plek\n",
            "  - id:\n",
            "issues[0].id: expected text, got nothing (an empty value) (write an id after it "
            "(lowercase letters, digits, - and _), for example id: gemeente)",
        ),
        (
            "    mandate:\n      forbidden: {plek: [zuid]}\n      min_score: 20\n",
            "    mandate:\n",
            "actors[1].mandate: expected a mapping with fields forbidden, min_score, got nothing "
            "(an empty value) (put the fields below it, indented: forbidden, min_score; "
            "or leave the line out for the default)",
        ),
    ],
    ids=["number", "whole-number", "text", "choice", "id", "fields"],
)
def test_an_empty_value_gets_a_hint_that_says_what_to_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, expected: str
) -> None:
    path = _copy_with(tmp_path, old, new)
    assert run_validate(path) == 1
    out = capsys.readouterr().out
    assert expected in out
    assert "quotes" not in out


def test_the_empty_value_hint_is_dutch_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _copy_with(tmp_path, "batna: 20\n", "batna:\n")
    assert run_validate(path, lang="nl") == 1
    out = capsys.readouterr().out
    assert "(schrijf er een getal achter, bijvoorbeeld batna: 0)" in out
    assert "aanhalingstekens" not in out
