"""What `python -m game lint` tells a trainer: a Dutch-only case, counted warnings, sources and
how often each event fired in the balance games."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from test_lint import base

from game.cli import main


def _write(folder: Path, data: dict[str, Any], name: str = "casus.yaml") -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _lint(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(["lint", *args])
    return code, capsys.readouterr().out.splitlines()


def _dutch_only_texts(data: dict[str, Any]) -> dict[str, Any]:
    """Four texts without English: title, summary and both issue names."""
    data["title"] = "Proef"
    data["summary"] = "Een proeftafel"
    for issue in data["issues"]:
        issue["name"] = issue["name"]["nl"]
    return data


def test_a_dutch_only_case_gets_no_translation_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _dutch_only_texts(base())
    code, lines = _lint(capsys, "--no-sim", "--lang", "nl", str(_write(tmp_path, data)))
    assert any("tekst zonder Engelse vertaling" in line for line in lines)
    data["languages"] = ["nl"]
    code, lines = _lint(capsys, "--no-sim", "--strict", "--lang", "nl", str(_write(tmp_path, data)))
    assert code == 0
    assert not any("Engelse vertaling" in line for line in lines)


def test_a_source_title_needs_no_english_but_what_it_supports_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = base()
    data["sources"] = [
        {"title": "Omgevingswet, artikel 16.64 lid 1", "date": "2016", "supports": "De termijn"}
    ]
    code, lines = _lint(capsys, "--no-sim", "--lang", "en", str(_write(tmp_path, data)))
    assert code == 0
    warnings = [line for line in lines if ": warning: " in line]
    assert len(warnings) == 1
    assert ": warning: sources[0].supports: text without its English" in warnings[0]


def test_many_warnings_of_one_kind_are_one_counted_line_and_others_stay_visible(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _dutch_only_texts(base())
    # 'laag' becomes dominated by 'midden': worse for a, the same for b
    data["actors"][0]["points"]["geld"]["laag"] = -10
    data["actors"][1]["points"]["geld"]["laag"] = 30
    path = _write(tmp_path, data)
    code, lines = _lint(capsys, "--no-sim", "--lang", "nl", str(path))
    assert code == 0
    counted = [line for line in lines if "4× tekst zonder Engelse vertaling" in line]
    assert counted == [
        f"{path}:2: waarschuwing: 4× tekst zonder Engelse vertaling — eerste: title "
        "(schrijf {nl: …, en: …})"
    ]
    assert not any(": title: tekst zonder" in line for line in lines)
    dominated = [line for line in lines if "optie 'laag'" in line]
    assert len(dominated) == 1 and ": waarschuwing: issues[0].options[0]: " in dominated[0]
    assert "--all toont elke melding" in "\n".join(lines)
    assert f"{path}: 0 fout(en), 5 waarschuwing(en), 0 todo('s)" in lines

    code, every = _lint(capsys, "--no-sim", "--lang", "nl", "--all", str(path))
    assert sum("tekst zonder Engelse vertaling" in line for line in every) == 4
    assert not any("4×" in line for line in every)


def test_a_case_without_sources_gets_a_note_that_strict_does_not_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = base()
    del data["sources"]
    path = _write(tmp_path, data)
    code, lines = _lint(capsys, "--no-sim", "--strict", "--lang", "en", str(path))
    assert code == 0
    notes = [line for line in lines if ": note: " in line]
    assert len(notes) == 1
    assert notes[0].startswith(f"{path}:1: note: the case names no sources (list under 'sources'")
    assert f"{path}: 0 error(s), 0 warning(s), 0 todo(s)" in lines
    code, lines = _lint(capsys, "--no-sim", "--lang", "en", str(_write(tmp_path, base())))
    assert not any(": note: " in line for line in lines)


def _event(event_id: str, trigger: dict[str, Any], condition: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": event_id,
        "trigger": trigger,
        "condition": condition,
        "message": {"nl": "Er gebeurt iets.", "en": "Something happens."},
    }


def test_the_balance_games_count_each_event_and_warn_when_one_hardly_fires(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = base()
    data["events"] = [
        _event("altijd", {"round": 1}, {}),
        # can hold in principle (no static contradiction), but never this early in a game
        _event("te_laat", {"round": 2}, {"min_proposals": 40}),
    ]
    path = _write(tmp_path, data)
    code, lines = _lint(capsys, "--lang", "en", str(path))
    assert code == 0
    text = "\n".join(lines)
    assert "Event 'altijd' fired" in text and "in 20 of 20 games (100%)" in text
    assert "Event 'te_laat' fired" in text and "in 0 of 20 games (0%)" in text
    warnings = [line for line in lines if ": warning: " in line]
    assert len(warnings) == 1
    rows = path.read_text(encoding="utf-8").splitlines()
    trigger_line = rows.index("- id: te_laat") + 2  # 1-based: the line after the id
    assert warnings[0].startswith(
        f"{path}:{trigger_line}: warning: events[1].trigger: event 'te_laat' fired in 0 of the "
        "20 balance games (0%)"
    )


def test_an_event_lint_already_says_never_fires_is_not_warned_about_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = base()
    data["events"] = [_event("nooit", {"round": 9}, {})]
    _code, lines = _lint(capsys, "--lang", "en", str(_write(tmp_path, data)))
    warnings = [line for line in lines if ": warning: " in line]
    assert len(warnings) == 1 and "never fires: round 9 is after the latest deadline" in warnings[0]
