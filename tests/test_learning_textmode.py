"""The learning moments in the terminal: guesses before the first move and after the game,
the reflection question in its week, the end screen, and all of it kept across a resume."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from learning_support import FIXTURE
from textmode_keyboard import (
    GUESS_END,
    GUESS_START,
    RATE_END,
    RATE_START,
    REFLECTION,
    SKIP_GUESSES,
    SKIP_RATING,
    Answer,
    number_of,
    run_play,
)

from game.debrief.report import render_report
from game.engine import Game
from game.learning.journal import LearningJournal
from game.scenario.loader import load_scenario

ANSWER = "De GGZ wil vooral snelheid."
PLAY = ["--text", "--scenario", str(FIXTURE), "--role", "gemeente", "--seed", "1"]


class Learner:
    """Guesses 'Tijd' for everyone at the start; at the end 'Geld' for the GGZ and 'don't
    know' for the wijkteam; answers the reflection; passes; answers questions truthfully.
    Stops typing after `limit` answers (None: never)."""

    def __init__(self, guess: bool = True, limit: int | None = None) -> None:
        self.guess = guess
        self.limit = limit
        self.typed = 0
        self.ended = False

    def __call__(self, shown: str) -> str | None:
        if self.limit is not None and self.typed >= self.limit:
            return None
        self.typed += 1
        last = shown.rstrip().splitlines()[-1] if shown.strip() else ""
        if GUESS_END in shown:
            self.ended = True
        if RATE_START in shown or RATE_END in shown:
            return SKIP_RATING
        if GUESS_START in shown or GUESS_END in shown:
            return "1" if self.guess else SKIP_GUESSES
        if "Wat vindt GGZ het belangrijkst?" in shown:
            return number_of(shown, "Geld" if self.ended else "Tijd")
        if "Wat vindt Wijkteam het belangrijkst?" in shown:
            return "0" if self.ended else number_of(shown, "Tijd")
        if REFLECTION in last:
            return ANSWER
        if "Hoe antwoord je?" in shown:
            return "1"
        if "Wat doe je," in shown:
            return "14"
        raise AssertionError(f"unexpected question:\n{shown[-600:]}")


def play(save: Path, answer: Answer, *extra: str) -> tuple[int, str]:
    code, out, _typed = run_play([*PLAY, "--save", str(save), *extra], answer)
    return code, out


def learning_of(save: Path) -> dict:
    return json.loads(save.read_text(encoding="utf-8"))["learning"]


def test_guesses_at_start_and_end_and_the_reflection_in_its_week(tmp_path: Path) -> None:
    save = tmp_path / "spel.json"
    code, out = play(save, Learner())
    assert code == 0
    assert out.index(GUESS_START) < out.index("Wat doe je,")
    assert "   1  Nu gokken" in out and "Ja, ik gok" not in out  # no "yes" to a what-question
    assert out.count("Reflectiemoment (week 2): Wat weet je nu van de GGZ?") == 1
    assert out.index("Week 2 van 4 begint") < out.index("Reflectiemoment (week 2)")
    assert out.index("Reflectiemoment (week 2)") < out.index("Week 3 van 4 begint")
    assert out.index("Punten per partij (tafel aan het eind):") < out.index(GUESS_END)
    learning = learning_of(save)
    assert learning["answers"] == [{"actor": "gemeente", "round": 2, "moment": 0, "text": ANSWER}]
    sheets = {s["moment"]: s for s in learning["guesses"]}
    assert sheets["start"]["picks"] == {"ggz": "tijd", "wijkteam": "tijd"}
    assert sheets["end"]["picks"] == {"ggz": "geld", "wijkteam": None}
    assert sheets["start"]["complete"] and sheets["end"]["complete"]
    end = out[out.index(GUESS_END) :]
    assert "Wat opviel bij Gemeente:" in end
    assert "Bij de start: 1 van 2 goed (gemiddelde plaats 1,5)" in end
    assert "Aan het eind: 1 van 1 goed (gemiddelde plaats 1,0)" in end
    assert "1 dichter bij de waarheid" in end
    game = Game.from_save(
        json.loads(save.read_text(encoding="utf-8"))["game"], load_scenario(FIXTURE).scenario
    )
    assert game.is_over()


def test_skipping_the_guesses_asks_nothing_more_and_is_remembered(tmp_path: Path) -> None:
    save = tmp_path / "spel.json"
    code, out = play(save, Learner(guess=False))
    assert code == 0
    assert "het belangrijkst?" not in out.replace("elke andere partij het belangrijkst", "")
    assert "Hoe goed raadde" not in out
    assert "Wat opviel bij Gemeente:" in out
    sheets = learning_of(save)["guesses"]
    assert [(s["moment"], s["skipped"], s["picks"]) for s in sheets] == [
        ("start", True, {}),
        ("end", True, {}),
    ]


def test_a_sheet_stopped_halfway_resumes_at_the_next_guess(tmp_path: Path) -> None:
    save = tmp_path / "spel.json"
    code, out = play(save, Learner(limit=3))  # no rating, yes, then the GGZ; the input ends
    assert code == 0
    (sheet,) = learning_of(save)["guesses"]
    assert sheet["picks"] == {"ggz": "tijd"} and not sheet["complete"]

    code, out = run_play(["--resume", str(save)], Learner(limit=3))[:2]
    assert code == 0
    assert GUESS_START not in out
    assert "Wat vindt GGZ het belangrijkst?" not in out
    assert "Wat vindt Wijkteam het belangrijkst?" in out
    (sheet,) = learning_of(save)["guesses"]
    assert sheet["picks"] == {"ggz": "tijd", "wijkteam": "tijd"} and sheet["complete"]


def test_the_reflection_answer_survives_a_resume_and_is_not_asked_again(tmp_path: Path) -> None:
    save = tmp_path / "spel.json"
    learner = Learner()
    code, out = play(save, lambda shown: None if "Week 3 van 4 begint" in shown else learner(shown))
    assert code == 0 and "Reflectiemoment (week 2)" in out
    answers = learning_of(save)["answers"]
    assert [a["text"] for a in answers] == [ANSWER]
    code, out = run_play(["--resume", str(save)], Learner())[:2]
    assert code == 0
    assert "Reflectiemoment (week 2)" not in out
    assert learning_of(save)["answers"] == answers


def test_a_save_without_a_journal_resumes_with_an_empty_one(tmp_path: Path) -> None:
    save = tmp_path / "spel.json"
    play(save, Learner(guess=False, limit=3))  # skip the rating and the guesses, pass once
    data = json.loads(save.read_text(encoding="utf-8"))
    del data["learning"]
    save.write_text(json.dumps(data), encoding="utf-8")
    code, out = run_play(["--resume", str(save)], Learner(limit=0))[:2]
    assert code == 0
    assert GUESS_START not in out  # the gemeente has moved already
    assert "Reflectiemoment (week 2)" in out  # its first turn of week 2 opens with it
    assert learning_of(save) == {"answers": [], "guesses": [], "ratings": []}


def test_a_damaged_journal_is_refused_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    save = tmp_path / "spel.json"
    play(save, Learner(guess=False, limit=2))
    data = json.loads(save.read_text(encoding="utf-8"))
    data["learning"] = {"answers": "veel"}
    save.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    code = run_play(["--resume", str(save)], Learner(limit=1))[0]
    assert code == 1
    err = capsys.readouterr().err
    assert "beschadigd" in err and "answers" in err


def test_the_self_assessment_is_kept_and_the_end_screen_and_report_show_the_shift(
    tmp_path: Path,
) -> None:
    save = tmp_path / "spel.json"
    learner = Learner(guess=False)
    given = {"start": "2", "end": "4"}
    moment = ["start"]

    def rater(shown: str) -> str | None:
        if RATE_START in shown or RATE_END in shown:
            moment[0] = "start" if RATE_START in shown else "end"
            return "1"
        if "Leerdoel: Ruilen tussen kwesties." in shown:
            return "0"  # don't know
        if "Leerdoel:" in shown:
            return given[moment[0]]
        return learner(shown)

    code, out = play(save, rater)
    assert code == 0
    assert out.index(RATE_START) < out.index(GUESS_START) < out.index("Wat doe je,")
    assert out.index(RATE_END) > out.index("Punten per partij (tafel aan het eind):")
    ratings = learning_of(save)["ratings"]
    assert [(r["actor"], r["moment"], r["ratings"], r["skipped"]) for r in ratings] == [
        ("gemeente", "start", {"belangen": 2, "mandaat": 2}, False),
        ("gemeente", "end", {"belangen": 4, "mandaat": 4}, False),
    ]
    assert "Jouw zelfbeoordeling: Belangen achter standpunten zien.: van 2 naar 4" in out
    assert "Jouw zelfbeoordeling: Ruilen tussen kwesties.: van — naar —" in out
    # asked once: a resume of the finished game asks nothing again
    code, out = run_play(["--resume", str(save)], Learner(limit=0))[:2]
    assert RATE_START not in out and RATE_END not in out
    data = json.loads(save.read_text(encoding="utf-8"))
    game = Game.from_save(data["game"], load_scenario(FIXTURE).scenario)
    page = render_report(game, "nl", LearningJournal.from_data(data["learning"]))
    assert (
        '<tr data-rating-goal="belangen"><td>Belangen achter standpunten zien.</td>'
        '<td class="num">2</td><td class="num">4</td></tr>'
    ) in page
    assert "Zelfbeoordeling per leerdoel (1–5)" in page
