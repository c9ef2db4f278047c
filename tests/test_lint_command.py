"""`python -m game lint` prints located problems and figures, and exits non-zero on errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from test_lint import base

from game.cli import main
from game.scenario.loader import shipped_scenarios


def _write(folder: Path, name: str, data: dict[str, Any]) -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _with_warning() -> dict[str, Any]:
    data = base()
    data["title"] = "Alleen Nederlands"
    return data


def _with_error() -> dict[str, Any]:
    data = base()
    data["actors"][1]["batna"] = 45
    return data


def test_a_clean_file_exits_zero_with_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "goed.yaml", base())
    assert main(["lint", "--lang", "en", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"{path}: Figures:" in out
    assert "best joint surplus" in out
    assert f"{path}: 0 error(s), 0 warning(s), 0 todo(s)" in out


def test_warnings_exit_zero_unless_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OMGEVINGSTAFEL_LANG", raising=False)
    path = _write(tmp_path, "waarschuwing.yaml", _with_warning())
    assert main(["lint", str(path)]) == 0
    assert main(["lint", "--strict", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:2: waarschuwing: title: tekst zonder Engelse vertaling" in out


def test_an_error_exits_one_and_names_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "fout.yaml", _with_error())
    assert main(["lint", "--lang", "en", str(path)]) == 1
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if ": error: " in line]
    assert any("empty ZOPA" in line for line in lines)
    assert all(line.startswith(f"{path}:") for line in lines)


def test_a_file_that_does_not_load_shows_the_loader_problems_and_the_rest_still_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "kapot.yaml"
    broken.write_bytes(b"id: [\n\xff\xfe")
    good = _write(tmp_path, "goed.yaml", base())
    assert main(["lint", "--lang", "en", str(broken), str(good)]) == 1
    out = capsys.readouterr().out
    assert f"{broken}: does not load" in out
    assert f"{good}: 0 error(s)" in out
    assert "2 file(s): 1 error(s)" in out


def test_a_folder_lints_every_yaml_in_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, "een.yaml", base())
    _write(tmp_path, "twee.yaml", _with_warning())
    assert main(["lint", "--lang", "en", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "2 file(s): 0 error(s), 1 warning(s), 0 todo(s)" in out


def test_a_missing_path_is_an_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lint", "--lang", "en", str(tmp_path / "nergens.yaml")]) == 1
    assert "no such file or folder" in capsys.readouterr().out


def test_every_shipped_scenario_lints_without_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert shipped_scenarios()
    assert main(["lint", "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    for path in shipped_scenarios():
        assert f"{path}: 0 fout(en)" in out
