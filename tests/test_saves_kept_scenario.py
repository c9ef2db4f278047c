"""Saves that outlive an edit: a save keeps the scenario text it was played with, so replay,
report, resume and the room's stored results still work after the trainer edits, renames or
deletes the scenario file — and say so in one line. Old saves without the copy behave as
before, with a clear refusal when their scenario is gone or changed."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scenario_support import LINDELAAN
from textmode_keyboard import SKIP_START, lines_in, passing_player, run_play

from game.cli import main
from game.commands.simulate import run_games
from game.engine import Game, SaveError, view_to_json
from game.engine.record import kept_entry, kept_text, parse_save
from game.net.room import Room
from game.net.store import Store
from game.saves import scenario_of_save
from game.scenario.loader import MAX_FILE_BYTES, load_scenario
from game.ui.session import Session

#: An edit of a point: the first actor values everything in the permit 18 instead of 8.
POINT_BEFORE = "beheer: {licht: 0, alles_in_vergunning: 8, overeenkomst: 30}"
POINT_AFTER = "beheer: {licht: 0, alles_in_vergunning: 18, overeenkomst: 30}"


def own_case(folder: Path) -> Path:
    """The trainer's own case: the default one under its own id, so that no shipped
    scenario can stand in for it."""
    case = folder / "casus.yaml"
    text = LINDELAAN.read_text(encoding="utf-8")
    case.write_text(text.replace("id: crisisbedden-lindelaan", "id: eigen-casus", 1), "utf-8")
    return case


def command(*argv: str) -> subprocess.CompletedProcess[str]:
    """`python -m game ARGV` in this process, its output captured."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())


def edit_a_point(case: Path) -> None:
    text = case.read_text(encoding="utf-8")
    assert POINT_BEFORE in text
    case.write_text(text.replace(POINT_BEFORE, POINT_AFTER, 1), encoding="utf-8")
    load_scenario(case)  # the edited case is itself a valid scenario


def engine_save(save: Path) -> dict:
    return json.loads(save.read_text(encoding="utf-8"))["game"]


def without_copy(save: Path, target: Path) -> Path:
    """The same save as an older version wrote it: format 1, no scenario text."""
    data = json.loads(save.read_text(encoding="utf-8"))
    del data["game"]["scenario_text"]
    data["game"]["version"] = 1
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


@pytest.fixture
def played(tmp_path: Path) -> tuple[Path, Path]:
    """A finished terminal game on a trainer's own copy of the default case: (case, save)."""
    case = own_case(tmp_path)
    save = tmp_path / "spel.json"
    argv = ["--text", "--role", "politie", "--seed", "3", "--scenario", str(case)]
    code, _out, _typed = run_play([*argv, "--save", str(save)], passing_player)
    assert code == 0
    return case, save


def test_a_save_keeps_the_scenario_text_it_was_played_with(played: tuple[Path, Path]) -> None:
    case, save = played
    data = engine_save(save)
    assert data["version"] == 2
    assert data["scenario_text"]["encoding"] == "zlib+base64"
    packed = base64.b64decode(data["scenario_text"]["data"])
    assert zlib.decompress(packed).decode("utf-8") == case.read_text(encoding="utf-8")
    assert len(data["scenario_text"]["data"]) < len(case.read_text(encoding="utf-8"))


def test_replay_verifies_after_a_point_is_edited_and_names_the_file(
    played: tuple[Path, Path],
) -> None:
    case, save = played
    edit_a_point(case)
    result = command("replay", str(save), "--verify", "--lang", "nl")
    assert result.returncode == 0, result.stderr
    assert f"Eindtoestand-hash: {engine_save(save)['state_hash']}" in result.stdout
    notice = result.stderr.strip().splitlines()
    assert len(notice) == 1 and str(case) in notice[0] and "verschilt" in notice[0]
    english = command("replay", str(save), "--lang", "en")
    assert english.returncode == 0
    assert f"Note: {case} differs" in english.stderr
    assert "(kept scenario text)" in english.stdout  # "Scenario: …" names the copy used


def test_the_debrief_after_an_edit_shows_the_figures_of_the_kept_copy(
    played: tuple[Path, Path], tmp_path: Path
) -> None:
    case, save = played
    before = tmp_path / "voor.html"
    assert command("report", str(save), "-o", str(before)).returncode == 0
    original = load_scenario(case).scenario
    edit_a_point(case)
    after = tmp_path / "na.html"
    result = command("report", str(save), "-o", str(after))
    assert result.returncode == 0, result.stderr
    assert str(case) in result.stderr and "verschilt" in result.stderr
    assert after.read_text(encoding="utf-8") == before.read_text(encoding="utf-8")
    found = scenario_of_save(engine_save(save), str(save), case)
    assert found.kept and found.scenario == original
    assert found.scenario != load_scenario(case).scenario


def test_an_unchanged_file_is_used_without_a_notice(played: tuple[Path, Path]) -> None:
    case, save = played
    found = scenario_of_save(engine_save(save), str(save), case)
    assert found.file == case and found.notice("nl") is None
    result = command("replay", str(save), "--verify")
    assert result.returncode == 0 and result.stderr == ""


@pytest.mark.parametrize("gone", ["renamed", "deleted"])
def test_replay_and_report_work_when_the_file_is_renamed_or_deleted(
    played: tuple[Path, Path], tmp_path: Path, gone: str
) -> None:
    case, save = played
    if gone == "renamed":
        case.rename(tmp_path / "casus-v2.yaml")
    else:
        case.unlink()
    result = command("replay", str(save), "--verify", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert f"Note: {case} was not found" in result.stderr
    report = command("report", str(save), "-o", str(tmp_path / "r.html"))
    assert report.returncode == 0, report.stderr
    assert str(case) in report.stderr


def test_resume_in_the_terminal_goes_on_with_the_kept_copy(tmp_path: Path) -> None:
    case = tmp_path / "casus.yaml"
    shutil.copyfile(LINDELAAN, case)
    save = tmp_path / "spel.json"
    argv = ["--text", "--role", "gemeente", "--seed", "5", "--scenario", str(case)]
    code, _out, _typed = run_play([*argv, "--save", str(save)], lines_in(f"{SKIP_START}\n14"))
    assert code == 0
    before = engine_save(save)
    edit_a_point(case)
    code, out, _typed = run_play(["--resume", str(save)], lines_in("14"))
    assert code == 0
    assert f"Let op: {case} verschilt" in out
    after = engine_save(save)
    assert after["scenario_hash"] == before["scenario_hash"]
    assert after["scenario_text"] == before["scenario_text"]  # the copy travels on
    assert len(after["actions"]) > len(before["actions"])


def test_the_window_continues_its_autosave_after_the_file_is_deleted(tmp_path: Path) -> None:
    case = tmp_path / "casus.yaml"
    shutil.copyfile(LINDELAAN, case)
    scenario = load_scenario(case).scenario
    seating = {a.id: ("person" if a.id == "gemeente" else "integrative") for a in scenario.actors}
    session = Session.start(case, scenario, seating, "solo")
    first = session.game.current_actor
    session.apply(next(a for a in session.game.legal_actions(first) if a.kind == "pass"))
    case.unlink()
    again = Session.resume(lang="en")
    assert again.game.state_hash() == session.game.state_hash()
    assert again.notice is not None and str(case) in again.notice
    edited = tmp_path / "casus.yaml"
    shutil.copyfile(LINDELAAN, edited)
    assert Session.resume().notice is None  # the same text back: nothing to say


def test_an_old_save_without_the_copy_still_replays_on_its_file(
    played: tuple[Path, Path], tmp_path: Path
) -> None:
    _case, save = played
    old = without_copy(save, tmp_path / "oud.json")
    result = command("replay", str(old), "--verify")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_an_old_save_whose_file_changed_is_refused_naming_the_file(
    played: tuple[Path, Path], tmp_path: Path
) -> None:
    case, save = played
    old = without_copy(save, tmp_path / "oud.json")
    edit_a_point(case)
    for argv in (["replay", str(old), "--verify"], ["report", str(old), "-o", "x.html"]):
        result = command(*argv)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr + result.stdout
        assert f"Het scenario in {case} is veranderd" in result.stderr
        assert "geen kopie" in result.stderr


def test_an_old_save_whose_file_is_gone_is_refused_clearly(
    played: tuple[Path, Path], tmp_path: Path
) -> None:
    case, save = played
    old = without_copy(save, tmp_path / "oud.json")
    case.unlink()
    result = command("replay", str(old), "--verify", "--lang", "en")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert "The scenario 'eigen-casus' of this game was not found" in result.stderr


def test_a_damaged_copy_is_refused_clearly(played: tuple[Path, Path], tmp_path: Path) -> None:
    _case, save = played
    data = json.loads(save.read_text(encoding="utf-8"))
    data["game"]["scenario_text"]["data"] = data["game"]["scenario_text"]["data"][:-40]
    damaged = tmp_path / "kapot.json"
    damaged.write_text(json.dumps(data), encoding="utf-8")
    result = command("replay", str(damaged), "--verify")
    assert result.returncode == 1
    assert "kopie van het scenario in dit opgeslagen spel (scenario_text) is beschadigd" in (
        result.stderr
    )


def test_a_copy_that_is_no_valid_scenario_is_placed_in_the_save(
    played: tuple[Path, Path], tmp_path: Path
) -> None:
    _case, save = played
    data = json.loads(save.read_text(encoding="utf-8"))
    data["game"]["scenario_text"] = kept_entry("id: kapot\nrounds: veel\n")
    bad = tmp_path / "fout.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    result = command("replay", str(bad), "--verify")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{bad} (bewaarde scenariotekst):2:" in result.stderr


def test_a_copy_of_another_scenario_is_refused(played: tuple[Path, Path], tmp_path: Path) -> None:
    case, save = played
    data = json.loads(save.read_text(encoding="utf-8"))
    edited = case.read_text(encoding="utf-8").replace(POINT_BEFORE, POINT_AFTER, 1)
    data["game"]["scenario_text"] = kept_entry(edited)
    swapped = tmp_path / "anders.json"
    swapped.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SaveError) as caught:
        scenario_of_save(data["game"], str(swapped), case)
    assert caught.value.key == "saves.kept_mismatch"


def test_a_room_table_reports_after_the_scenario_file_changed_or_went(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = tmp_path / "casus.yaml"
    shutil.copyfile(LINDELAAN, case)
    db = tmp_path / "kamer.sqlite3"
    store = Store(db)
    room = Room(load_scenario(case).scenario, str(case), 2, None, seed=5)
    store.start_session(room)
    room.fill_bots(1)
    while room.play_bot(room.tables[0]):
        pass
    assert room.tables[0].game.is_over()
    store.close()
    edit_a_point(case)
    reports = tmp_path / "rapporten"
    assert main(["results", "--db", str(db), "--reports", str(reports), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.count(f"Note: {case} differs") == 1
    assert (reports / f"kamer-{room.code}-tafel-1.html").is_file()
    case.unlink()
    assert main(["results", "--db", str(db), "--reports", str(reports)]) == 0
    assert f"Let op: {case} is niet gevonden" in capsys.readouterr().out


def test_the_copy_is_kept_out_of_what_players_see_each_turn() -> None:
    scenario = load_scenario(LINDELAAN).scenario
    game = Game(scenario, seed=1)
    assert "scenario_text" in game.to_save()
    view = view_to_json(game.view(game.current_actor or "gemeente"))
    assert "zlib" not in view and "scenario_text" not in view


def test_a_scenario_built_in_code_saves_as_before() -> None:
    scenario = load_scenario(LINDELAAN).scenario
    built = type(scenario).model_validate(scenario.model_dump())
    assert built == scenario  # the kept text is no part of what a scenario is
    assert "scenario_text" not in Game(built).to_save()


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_the_kept_text_comes_back_exactly(text: str) -> None:
    save = Game(load_scenario(LINDELAAN).scenario).to_save()
    save["scenario_text"] = kept_entry(text)
    assert kept_text(parse_save(save)) == text


def test_simulated_saves_keep_the_text_in_one_process_and_in_workers() -> None:
    scenario = load_scenario(LINDELAAN).scenario
    strategies = {a.id: "integrative" for a in scenario.actors}
    for workers in (1, 2):
        results = list(run_games(scenario, 2, 7, strategies, workers, keep_saves=True))
        assert all(r.save is not None for r in results)
        kept = {kept_text(parse_save(r.save)) for r in results if r.save is not None}
        assert kept == {LINDELAAN.read_text(encoding="utf-8")}


BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=BASE64, min_size=1, max_size=200), st.sampled_from(["", "=", "=="]))
def test_any_garbled_copy_is_a_save_error_never_a_crash(data: str, padding: str) -> None:
    save = Game(load_scenario(LINDELAAN).scenario).to_save()
    save["scenario_text"] = {"encoding": "zlib+base64", "data": data + padding}
    try:
        text = kept_text(parse_save(save))
    except SaveError as error:
        assert error.key in {"engine.save.kept_text_damaged", "engine.save.malformed"}
    else:
        assert isinstance(text, str)


def test_a_copy_that_unpacks_beyond_a_scenario_files_size_is_refused() -> None:
    save = Game(load_scenario(LINDELAAN).scenario).to_save()
    bomb = base64.b64encode(zlib.compress(b" " * (MAX_FILE_BYTES + 10), 9)).decode("ascii")
    save["scenario_text"] = {"encoding": "zlib+base64", "data": bomb}
    with pytest.raises(SaveError) as caught:
        kept_text(parse_save(save))
    assert caught.value.key == "engine.save.kept_text_damaged"
