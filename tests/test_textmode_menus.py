"""The menus of a turn: look, talk, build a package option by option, support, consult."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from scenario_support import LINDELAAN
from textmode_keyboard import SKIP_START, pick, run_play, steps

from game.engine import Game, Pass, Propose, Statement, Support
from game.play.local import LocalTable
from game.scenario.loader import load_scenario
from game.textmode.console import Console
from game.textmode.table import StopRequested, TableFront

OWN_WORDS = "Laten we eerst horen wat de buurt nodig heeft."


def game_in(path: Path) -> Game:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Game.from_save(data["game"], load_scenario(LINDELAAN).scenario)


def test_a_turn_with_talk_and_a_package_built_option_by_option(tmp_path: Path) -> None:
    save = tmp_path / "spel.json"
    code, out, _typed = run_play(
        ["--text", "--role", "gemeente", "--seed", "2", "--save", str(save)],
        steps(
            SKIP_START,
            pick("Iets zeggen"),
            pick("Eigen tekst typen"),
            OWN_WORDS,
            pick("Iets zeggen"),  # the talk slot is used: refused with the engine's reason
            pick("Een pakket voorstellen"),
            pick("16 bedden"),
            pick("geen forensische zorg"),
            pick("Voorschriften in de vergunning alleen"),
            pick("De gemeente betaalt alles"),  # outside the mandate: refused, asked again
            pick("Half-half"),
            pick("Een convenant van GGZ"),
            pick("De GGZ houdt alsnog"),
        ),
    )
    assert code == 0
    assert "heeft deze beurt al gesproken" in out
    assert "De gemeente betaalt alles (0 p.)  [buiten mandaat]" in out
    assert (
        "Dat kan niet: Gemeente Lindeveen mag dit pakket niet voorstellen: 'De gemeente betaalt "
        "alles' valt buiten het mandaat" in out
    )
    game = game_in(save)
    mine = [a for a in game.actions if a.actor == "gemeente"]
    assert mine[0] == Statement(actor="gemeente", text=OWN_WORDS)
    assert isinstance(mine[1], Propose)
    points = game.view("gemeente").points
    own = sum(points[issue][option] for issue, option in mine[1].package.items())
    assert f"Dit pakket levert jou {own:g} punten op (BATNA " in out


PACKAGE_WITH = (
    pick("16 bedden"),
    pick("geen forensische zorg"),
    pick("Voorschriften in de vergunning alleen"),
)
PACKAGE_END = (pick("Een convenant van GGZ"), pick("De GGZ houdt alsnog"))


def test_support_lists_your_points_and_refuses_what_is_outside_the_mandate(
    tmp_path: Path,
) -> None:
    """Everyone at one keyboard (no bots): the GGZ may not support a package in which it
    pays everything, and may support one with the costs shared."""
    save = tmp_path / "spel.json"
    propose = pick("Een pakket voorstellen")
    code, out, _typed = run_play(
        ["--text", "--role", "all", "--seed", "2", "--save", str(save)],
        steps(
            *("", SKIP_START, propose, *PACKAGE_WITH, pick("De GGZ betaalt alles")),
            *PACKAGE_END,
            *("", SKIP_START, "14"),  # ggz
            *("", SKIP_START, "14"),  # zorgverzekeraar
            *("", SKIP_START, propose, *PACKAGE_WITH, pick("Half-half"), *PACKAGE_END),
            *("", SKIP_START, "14", "", SKIP_START, "14", "", "14"),  # politie, ambulance
            *("", pick("Een voorstel steunen"), pick("voorstel 1 van"), pick("voorstel 2 van")),
        ),
    )
    assert code == 0
    refused = (
        r"   1  Steun voorstel 1 van Gemeente Lindeveen: \d+ punten voor jou \(BATNA \d+\)  "
        r"\[buiten "
    )
    assert re.search(refused + "mandaat]", out)
    assert re.search(
        r"   2  Steun voorstel 2 van Bewonerscommissie Lindelaan: \d+ punten voor jou", out
    )
    assert (
        "Dat kan niet: GGZ Stroomland mag dit pakket niet steunen: 'De GGZ betaalt alles' valt "
        "buiten het mandaat" in out
    )
    game = game_in(save)
    assert game.actions[-1] == Support(actor="ggz", proposal=2)
    assert "(bot)" not in out


def test_consulting_the_back_office_costs_the_move(tmp_path: Path) -> None:
    save = tmp_path / "spel.json"
    code, out, _typed = run_play(
        ["--text", "--role", "gemeente", "--seed", "2", "--save", str(save)],
        steps(SKIP_START, pick("De achterban raadplegen"), pick("college")),
    )
    assert code == 0
    game = game_in(save)
    consults = [a for a in game.actions if a.actor == "gemeente"]
    assert [a.kind for a in consults] == ["consult"]
    assert "Raadpleging" in out or "Consultation" in out or "achterban" in out


STARTER = Path(__file__).resolve().parents[1] / "scenarios" / "starter-inloop-de-wingerd.yaml"


def test_a_case_without_a_back_office_says_so_instead_of_any_more() -> None:
    """The starter gives no seat a consultation: the menu says why, not '(meer)'."""
    code, out, _typed = run_play(
        ["--text", "--scenario", str(STARTER), "--role", "gemeente", "--seed", "2"],
        steps(SKIP_START, pick("De achterban raadplegen")),
    )
    assert code == 0
    assert "De achterban raadplegen  [kan nu niet]" in out
    assert "Dat kan niet: in deze casus heb je geen achterban om te raadplegen" in out
    assert "(meer)" not in out


def test_a_proposal_with_enough_support_is_said_to_become_the_agreement_at_the_weeks_end() -> None:
    """Support is counted at the end of the week: the table says so beside 'genoeg'."""
    game = Game(load_scenario(STARTER).scenario, seed=2)
    package = {i.id: i.options[0].id for i in game.view("gemeente").issues}
    game.apply(Pass(actor="gemeente"))
    game.apply(Propose(actor="herstelhuis", package=package))
    game.apply(Support(actor="buurthuis", proposal=1))
    game.apply(Support(actor="gemeente", proposal=1))  # week 2: all three support it
    assert game.current_actor == "herstelhuis" and not game.is_over()
    out = io.StringIO()
    console = Console(stdin=io.StringIO(), stdout=out, interactive=False, width=80)
    TableFront(console, LocalTable(game, ["herstelhuis"]), "nl").overview("herstelhuis")
    shown = out.getvalue()
    assert "genoeg" in shown
    assert "Voorstel 1 heeft genoeg steun: blijft die zo tot het eind van de week, dan" in shown
    assert all(len(line) <= 80 for line in shown.splitlines())


def test_support_and_withdrawal_word_a_proposal_alike() -> None:
    """Both menus say the proposal, its proposer, your points and your BATNA the same way."""
    game = Game(load_scenario(STARTER).scenario, seed=2)
    package = {i.id: i.options[0].id for i in game.view("gemeente").issues}
    game.apply(Propose(actor="gemeente", package=package))
    game.apply(Propose(actor="herstelhuis", package=package | {"huur": "halve_huur"}))
    game.apply(Pass(actor="buurthuis"))
    out = io.StringIO()
    keys = io.StringIO("10\n0\n11\n0\n0\n")  # support, back, withdraw, back, stop
    console = Console(stdin=keys, stdout=out, interactive=False, width=200)
    front = TableFront(console, LocalTable(game, ["gemeente"]), "nl")
    with pytest.raises(StopRequested):  # "0" at the menu: stop
        front.play("gemeente")
    shown = out.getvalue()
    points = re.search(r"Steun voorstel 2 van Herstelhuis Rijnwaarde: (\d+) punten voor jou", shown)
    assert points is not None
    assert "Trek je steun in voor voorstel 1 van Gemeente Rijnwaarde: " in shown
    assert re.search(r"voorstel 1 van Gemeente Rijnwaarde: \d+ punten voor jou \(BATNA 45\)", shown)


@pytest.mark.parametrize(
    ("lang", "rule"),
    [("nl", "Akkoord — nodig: beide partijen aan tafel"), ("en", "needed: both parties at")],
)
def test_a_table_of_two_needs_both_not_all_two(lang: str, rule: str) -> None:
    """A room may seat two roles of a case: the rule then reads 'beide', not 'alle 2'."""
    game = Game(load_scenario(STARTER).scenario, seed=2, seats=["gemeente", "herstelhuis"])
    out = io.StringIO()
    console = Console(stdin=io.StringIO(), stdout=out, interactive=False, width=80)
    TableFront(console, LocalTable(game, ["gemeente"]), lang).heading("gemeente")
    assert rule in out.getvalue()
    assert "alle 2" not in out.getvalue() and "all 2" not in out.getvalue()
