"""The menus of a turn: look, talk, build a package option by option, support, consult."""

from __future__ import annotations

import json
import re
from pathlib import Path

from scenario_support import LINDELAAN
from textmode_keyboard import SKIP_START, pick, run_play, steps

from game.engine import Game, Propose, Statement, Support
from game.scenario.loader import load_scenario

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
