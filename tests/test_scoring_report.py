"""The debrief report: every section, the same numbers as the scoring API, self-contained."""

from __future__ import annotations

import json
import random
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import pytest
from engine_support import play_randomly

from game.cli import main
from game.debrief.report import SECTIONS, render_report
from game.engine import Game, Pass
from game.scenario.loader import load_scenario, shipped_scenarios
from game.scenario.model import Source
from game.scoring.debrief import debrief_game


class _Page(HTMLParser):
    """Section ids, figure values, actor rows and image sources of a report."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[str] = []
        self.images: list[str] = []
        self.links: list[str] = []
        self.actors: list[str] = []
        self.figures: dict[str, str] = {}
        self._figure: str | None = None
        self._in_value = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "section" and found.get("id"):
            self.sections.append(str(found["id"]))
        if tag == "img":
            self.images.append(str(found.get("src")))
        if tag in ("link", "script"):
            self.links.append(tag)
        if tag == "tr" and found.get("data-actor"):
            self.actors.append(str(found["data-actor"]))
        if tag == "div" and found.get("data-figure") is not None:
            self._figure = str(found["data-figure"])
        if tag == "div" and found.get("class") == "value" and self._figure is not None:
            self._in_value = True

    def handle_data(self, data: str) -> None:
        if self._in_value and self._figure is not None:
            self.figures[self._figure] = data
            self._in_value = False
            self._figure = None


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


@cache
def _agreed_game() -> Game:
    """A shipped scenario played at random until a game ends in an agreement."""
    for path in shipped_scenarios():
        scenario = load_scenario(path).scenario
        for seed in range(30):
            game = Game(scenario, seed=seed)
            play_randomly(game, random.Random(seed))
            if game.outcome is not None and game.outcome.kind == "agreement":
                return game
    pytest.skip("no random game reached an agreement")


def _deadline_game() -> Game:
    paths = shipped_scenarios()
    if not paths:
        pytest.skip("no shipped scenarios")
    game = Game(load_scenario(paths[0]).scenario, seed=1)
    while not game.is_over():
        actor = game.current_actor
        assert actor is not None
        legal = game.legal_actions(actor)
        action = next((a for a in legal if a.kind == "answer"), Pass(actor=actor))
        game.apply(action)
    return game


def test_report_has_every_section_and_the_scores_of_the_api() -> None:
    game = _agreed_game()
    debrief = debrief_game(game)
    page = _parse(render_report(game, "en"))
    assert page.sections == list(SECTIONS)
    assert page.figures["0"] == f"{debrief.scores.integration_index:.2f}"
    assert page.figures["nash"] == f"{debrief.scores.nash_ratio:.2f}"  # the trainer's part
    assert page.figures["fairness"] == f"{debrief.scores.fairness:.2f}"
    assert page.actors == list(debrief.analysis.actors)
    assert len(page.images) >= 2
    assert all(src.startswith("data:image/png;base64,") for src in page.images)
    assert page.links == []  # nothing loaded from elsewhere


def test_report_without_a_deal_scores_zero_and_names_the_deadline() -> None:
    game = _deadline_game()
    assert game.outcome is not None and game.outcome.kind == "deadline"
    html = render_report(game, "nl")
    page = _parse(html)
    assert page.sections == list(SECTIONS)
    assert page.figures["0"] == "0,00"  # Dutch decimal comma
    assert "termijn liep af" in html
    for goal in game.scenario.learning_goals:
        assert f'data-goal="{goal.id}"' in html


def test_report_command_writes_one_file_from_a_save(tmp_path: Path) -> None:
    game = _agreed_game()
    save = tmp_path / "game.json"
    save.write_text(json.dumps(game.to_save()), encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", str(save), "-o", str(out), "--lang", "en"]) == 0
    page = _parse(out.read_text(encoding="utf-8"))
    assert page.sections == list(SECTIONS)


@pytest.mark.parametrize("content", ["", "{not json", "[]", '{"format": "something else"}'])
def test_bad_saves_give_a_message_and_exit_1(
    content: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    save = tmp_path / "bad.json"
    save.write_text(content, encoding="utf-8")
    assert main(["report", str(save), "-o", str(tmp_path / "r.html")]) == 1
    err = capsys.readouterr().err
    assert "bad.json" in err and "Traceback" not in err
    assert not (tmp_path / "r.html").exists()


def test_a_tampered_save_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _agreed_game().to_save()
    data["seed"] = data["seed"] + 1
    save = tmp_path / "tampered.json"
    save.write_text(json.dumps(data), encoding="utf-8")
    assert main(["report", str(save), "-o", str(tmp_path / "r.html"), "--lang", "en"]) == 1
    assert "tampered.json" in capsys.readouterr().err


def test_several_saves_make_a_room_report_with_every_table(tmp_path: Path) -> None:
    games = [_agreed_game(), _deadline_game()]
    saves = []
    for n, game in enumerate(games):
        save = tmp_path / f"table{n}.json"
        save.write_text(json.dumps(game.to_save()), encoding="utf-8")
        saves.append(str(save))
    out = tmp_path / "room.html"
    assert main(["report", *saves, "-o", str(out), "--lang", "en"]) == 0
    html = out.read_text(encoding="utf-8")
    page = _parse(html)
    want = ["room"] + [f"{key}-{n}" for n in (1, 2) for key in SECTIONS]
    assert page.sections == want
    assert html.count('data-table="') == 2
    index = debrief_game(games[0]).scores.integration_index
    assert f"<td>{index:.2f}</td>" in html


def test_the_report_names_the_cases_sources_and_what_it_invents(tmp_path: Path) -> None:
    """A trainer checks a legal fact before relying on it: the report lists each source with
    its date and link, and says what the case made up."""
    scenario = load_scenario(shipped_scenarios()[0]).scenario
    source = {
        "title": {"nl": "Omgevingswet, art. 16.55", "en": "Environment Act, s. 16.55"},
        "date": "2024-01-01",
        "url": "https://wetten.overheid.nl/BWBR0037885",
        "supports": {"nl": "participatie is de taak van de initiatiefnemer", "en": "x"},
    }
    with_sources = scenario.model_copy(
        update={
            "sources": [Source.model_validate(source)],
            "fiction": "De Lindelaan bestaat niet.",
        }
    )
    game = Game(with_sources, seed=1)
    while not game.is_over():
        game.apply(Pass(actor=game.current_actor))
    html = render_report(game, "nl")
    section = html[html.index('<section id="sources">') :]
    assert "Omgevingswet, art. 16.55 (2024-01-01) — participatie is de taak" in section
    assert 'href="https://wetten.overheid.nl/BWBR0037885"' in section
    assert "De Lindelaan bestaat niet." in section
    bare = Game(scenario.model_copy(update={"sources": [], "fiction": None}), seed=1)
    while not bare.is_over():
        bare.apply(Pass(actor=bare.current_actor))
    assert "noemt geen bronnen" in render_report(bare, "nl")
