"""The report's learning-moments section: feedback for every player, and from a text-mode save
the reflection answers beside their week and the guesses' accuracy at start and end."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from learning_support import FIXTURE, table
from test_learning_textmode import ANSWER, PLAY, Learner
from textmode_keyboard import run_play

from game.cli import main
from game.debrief.report import SECTIONS, render_report, render_room_report
from game.engine import Game
from game.learning import LearningJournal, accuracy, table_feedback


class _Moments(HTMLParser):
    """Per player in the moments section: observation keys, answer rounds and texts, the
    guess-score lines and the rows of guesses."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[str] = []
        self.inside = False
        self.no_journal = False
        self.player: str | None = None
        self.observations: dict[str, list[str]] = {}
        self.answers: dict[str, list[tuple[int, str]]] = {}
        self.scores: dict[str, dict[str, str]] = {}
        self.guessed: dict[str, list[str]] = {}
        self._capture: tuple[str, str] | None = None
        self._round = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "section":
            self.sections.append(str(found.get("id")))
            self.inside = str(found.get("id", "")).startswith("moments")
        if not self.inside:
            return
        if "no-journal" in str(found.get("class") or ""):
            self.no_journal = True
        if found.get("data-player"):
            self.player = str(found["data-player"])
            self.observations[self.player] = []
        player = self.player or ""
        if found.get("data-observation"):
            self.observations[player].append(str(found["data-observation"]))
        if found.get("data-answer-round"):
            self._round = int(str(found["data-answer-round"]))
        if tag == "td" and found.get("class") == "answer":
            self._capture = ("answer", player)
        if found.get("data-guess-score"):
            self._capture = (f"score:{found['data-guess-score']}", player)
        if found.get("data-guess-about"):
            self.guessed.setdefault(player, []).append(str(found["data-guess-about"]))

    def handle_data(self, data: str) -> None:
        if self._capture is None:
            return
        what, player = self._capture
        if what == "answer":
            self.answers.setdefault(player, []).append((self._round, data))
        else:
            self.scores.setdefault(player, {})[what.split(":")[1]] = data
        self._capture = None


def parse(html: str) -> _Moments:
    page = _Moments()
    page.feed(html)
    return page


@pytest.fixture(scope="module")
def text_save(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("learning-report")
    save = home / "spel.json"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OMGEVINGSTAFEL_HOME", str(home))
        code, _out, _typed = run_play([*PLAY, "--save", str(save)], Learner())
    assert code == 0
    return save


def test_a_text_mode_save_shows_answers_beside_their_week_and_the_guess_scores(
    text_save: Path, tmp_path: Path
) -> None:
    out = tmp_path / "verslag.html"
    assert main(["report", str(text_save), "-o", str(out)]) == 0
    page = parse(out.read_text(encoding="utf-8"))
    assert page.sections == list(SECTIONS)
    assert list(page.observations) == ["gemeente", "ggz", "wijkteam"]
    assert not page.no_journal
    assert page.answers == {"gemeente": [(2, ANSWER)]}
    assert page.scores["gemeente"] == {
        "start": "Bij de start: 1 van 2 goed (gemiddelde plaats 1,5)",
        "end": "Aan het eind: 1 van 1 goed (gemiddelde plaats 1,0)",
    }
    assert page.guessed["gemeente"] == ["ggz", "wijkteam"]
    data = json.loads(text_save.read_text(encoding="utf-8"))
    game = Game.from_save(data["game"], table())
    journal = LearningJournal.from_data(data["learning"])
    found = accuracy(journal, game.table_data())["gemeente"]
    assert (found.start.hits, found.end.hits) == (1, 1)  # type: ignore[union-attr]
    for actor, observations in table_feedback(game).items():
        assert page.observations[actor] == [o.key for o in observations]


def test_an_engine_save_gets_feedback_and_a_note_that_there_is_no_journal(
    text_save: Path, tmp_path: Path
) -> None:
    data = json.loads(text_save.read_text(encoding="utf-8"))
    bare = tmp_path / "kaal.json"
    bare.write_text(json.dumps(data["game"]), encoding="utf-8")
    out = tmp_path / "verslag.html"
    argv = ["report", str(bare), "-o", str(out), "--lang", "en", "--scenario", str(FIXTURE)]
    assert main(argv) == 0
    html = out.read_text(encoding="utf-8")
    page = parse(html)
    assert page.no_journal
    assert "only the text mode asks for them" in html
    assert page.answers == {} and page.scores == {}
    assert all(page.observations[a] for a in ("gemeente", "ggz", "wijkteam"))


def test_a_window_autosave_with_a_journal_shows_it(text_save: Path, tmp_path: Path) -> None:
    data = json.loads(text_save.read_text(encoding="utf-8"))
    window = {
        "format": "omgevingstafel-window-autosave",
        "scenario_path": str(FIXTURE),
        "learning": data["learning"],
        "game": data["game"],
    }
    save = tmp_path / "venster.json"
    save.write_text(json.dumps(window), encoding="utf-8")
    out = tmp_path / "verslag.html"
    assert main(["report", str(save), "-o", str(out)]) == 0
    assert parse(out.read_text(encoding="utf-8")).answers == {"gemeente": [(2, ANSWER)]}


def test_a_room_report_keeps_each_tables_journal_apart(text_save: Path) -> None:
    data = json.loads(text_save.read_text(encoding="utf-8"))
    game = Game.from_save(data["game"], table())
    journal = LearningJournal.from_data(data["learning"])
    html = render_room_report([game, game], "nl", [journal, None])
    assert 'id="moments-1"' in html and 'id="moments-2"' in html
    first, second = html.split('id="moments-2"')
    assert ANSWER in first and ANSWER not in second
    assert "no-journal" in second
    assert ANSWER not in render_report(game, "nl")
