"""Two people at one keyboard play a shipped scenario to the end in the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from scenario_support import LINDELAAN
from textmode_keyboard import SKIP_START, passing_player, pick, run_play, steps

from game.engine import Game
from game.scenario.loader import load_scenario
from game.scenario.model import text_in

ROOT = Path(__file__).resolve().parents[1]
HANDOVER = "Geef het toetsenbord aan"
RULE = "=" * 72


@pytest.fixture(scope="module")
def scenario():
    return load_scenario(LINDELAAN).scenario


def confidential(scenario, actor: str) -> str:
    return text_in(scenario.actor(actor).brief.confidential, "nl")


def handover_segments(transcript: str, name: str) -> list[str]:
    """The text from each hand-over to `name` up to the next hand-over (or the end)."""
    parts = transcript.split(HANDOVER)
    return [part for part in parts[1:] if part.startswith(f" {name},")]


@pytest.fixture(scope="module")
def finished(tmp_path_factory: pytest.TempPathFactory):
    """A whole game, gemeente and ggz at the keyboard, bots in the other seats."""
    home = tmp_path_factory.mktemp("hotseat")
    save = home / "partij.json"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OMGEVINGSTAFEL_HOME", str(home))
        code, transcript, typed = run_play(
            ["--text", "--role", "gemeente,ggz", "--seed", "11", "--save", str(save)],
            passing_player,
        )
    return code, transcript, typed, save


def test_the_game_runs_to_its_end_and_exits_0(finished) -> None:
    code, transcript, _typed, save = finished
    assert code == 0
    assert "Punten per partij (tafel aan het eind):" in transcript
    assert "Integratie-index:" in transcript
    # the ending reads the one debrief: what another way of playing would have earned
    assert "Wat een andere speelwijze had opgeleverd:" in transcript
    assert " 0 punten meer" not in transcript and "spelscore" not in transcript
    data = json.loads(save.read_text(encoding="utf-8"))
    assert data["game"]["log"][-1]["kind"] == "game_over"


def test_the_screen_clears_and_asks_for_the_next_player_before_a_confidential_view(
    scenario, finished
) -> None:
    _code, transcript, _typed, _save = finished
    lines = transcript.splitlines()
    handovers = [k for k, line in enumerate(lines) if line.startswith(HANDOVER)]
    assert len(handovers) >= 2
    for k in handovers[1:]:
        assert lines[k - 1] == RULE  # the screen was cleared before the hand-over
    ggz_brief = confidential(scenario, "ggz")
    first_ggz = transcript.index(f"{HANDOVER} GGZ Stroomland")
    assert ggz_brief not in transcript[:first_ggz]
    assert ggz_brief in transcript[first_ggz:]


def test_the_opening_stays_on_screen_until_the_first_hand_over(scenario, finished) -> None:
    """Title, summary and who plays are public: the first hand-over does not wipe them."""
    _code, transcript, _typed, _save = finished
    first = transcript.index(HANDOVER)
    opening = transcript[:first]
    assert text_in(scenario.title, "nl") in opening
    assert "Gemeente Lindeveen: speler" in opening
    assert RULE not in opening  # nothing cleared it before anyone could read it
    assert confidential(scenario, "gemeente") not in opening


def test_player_one_secrets_never_show_during_player_two_turns(scenario, finished) -> None:
    _code, transcript, _typed, _save = finished
    segments = handover_segments(transcript, "GGZ Stroomland")
    assert segments, "player two never got the keyboard"
    gemeente_brief = confidential(scenario, "gemeente")
    for segment in segments:
        assert gemeente_brief not in segment
        assert "Jouw briefing — Gemeente" not in segment
        assert "GGZ Stroomland is aan zet." in segment
    for segment in handover_segments(transcript, "Gemeente Lindeveen"):
        assert confidential(scenario, "ggz") not in segment


def test_bots_move_with_their_reasons(finished) -> None:
    _code, transcript, _typed, _save = finished
    assert "(bot) is aan zet:" in transcript
    assert "waarom:" in transcript


def test_the_finished_save_replays_to_the_same_state(scenario, finished) -> None:
    _code, _transcript, _typed, save = finished
    data = json.loads(save.read_text(encoding="utf-8"))
    game = Game.from_save(data["game"], scenario)
    assert game.is_over()
    assert game.state_hash() == data["game"]["state_hash"]


def test_the_same_keys_through_a_pipe_play_the_same_game(finished, tmp_path: Path) -> None:
    _code, _transcript, typed, save = finished
    piped_save = tmp_path / "pijp.json"
    command = ["play", "--text", "--scenario", str(LINDELAAN), "--role", "gemeente,ggz"]
    command += ["--seed", "11"]
    result = subprocess.run(
        [sys.executable, "-m", "game", *command, "--save", str(piped_save)],
        input="".join(line + "\n" for line in typed),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "OMGEVINGSTAFEL_HOME": str(tmp_path)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    original = json.loads(save.read_text(encoding="utf-8"))["game"]["state_hash"]
    piped = json.loads(piped_save.read_text(encoding="utf-8"))["game"]["state_hash"]
    assert piped == original


def test_an_answer_is_shown_to_the_asker_and_the_answerer_only(tmp_path: Path) -> None:
    """Everyone at one keyboard: the gemeente asks the GGZ about the beds; the GGZ's truthful
    answer shows on the GGZ's screen and on the gemeente's next screen, nowhere else."""
    save = tmp_path / "vraag.json"
    code, transcript, _typed = run_play(
        ["--text", "--role", "all", "--seed", "2", "--save", str(save)],
        steps(
            "",
            SKIP_START,  # each person's first turn opens with the priority guesses
            *(pick("Een partij iets vragen"), pick("GGZ Stroomland"), pick("Aantal bedden")),
            "14",
            *("", SKIP_START, pick("eerlijk"), "14"),  # ggz answers, then passes
            *("", SKIP_START, "14") * 4,  # zorgverzekeraar, bewoners, politie, ambulance
            *("", "14"),  # gemeente again
        ),
    )
    assert code == 0
    log = json.loads(save.read_text(encoding="utf-8"))["game"]["log"]
    (answer,) = [e for e in log if e["kind"] == "answer"]
    assert sorted(answer["to"]) == ["gemeente", "ggz"]
    for name in (
        "Zorgverzekeraar Rivierzorg",
        "Bewonerscommissie Lindelaan",
        "Politie basisteam Lindeveen",
    ):
        for segment in handover_segments(transcript, name):
            assert answer["nl"] not in segment
    assert any(answer["nl"] in s for s in handover_segments(transcript, "GGZ Stroomland"))
    gemeente = handover_segments(transcript, "Gemeente Lindeveen")
    assert answer["nl"] not in gemeente[0]
    assert answer["nl"] in gemeente[1]
