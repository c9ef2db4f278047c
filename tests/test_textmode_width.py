"""The terminal at 80 columns: lines wrap with their words whole, the agreement rule shows at
every turn, and a mandate marker stays whole and in place, even while a question waits."""

from __future__ import annotations

from pathlib import Path

import pytest
from scenario_support import LINDELAAN
from textmode_keyboard import passing_player, run_play

from game.engine import Ask, Game, Pass, Propose, Support
from game.scenario.loader import load_scenario
from game.textmode.ending import outcome_lines
from game.textmode.wrap import marker, wrap

RULE = "Akkoord — nodig: "  # the agreement rule's line (Lindelaan: a quorum, named parties)


def test_a_whole_game_reads_at_80_columns(tmp_path: Path) -> None:
    code, out, _typed = run_play(
        ["--text", "--role", "gemeente", "--seed", "2", "--save", str(tmp_path / "s.json")],
        passing_player,
        width=80,
    )
    assert code == 0
    lines = out.splitlines()
    assert max(len(line) for line in lines if line != str(tmp_path / "s.json")) <= 80
    turns = sum(1 for line in lines if line.endswith(" is aan zet."))
    assert turns >= 3
    rules = [k for k, line in enumerate(lines) if line.startswith(RULE)]
    assert len(rules) >= turns  # at every turn (and in the brief)
    assert "Gemeente Lindeveen" in lines[rules[0]] + lines[rules[0] + 1]
    assert "[buiten mandaat]" in out
    assert not any(line.rstrip().endswith("[buiten") for line in lines)
    assert "Voorstellen op tafel:" in out and "Wat nog ontbreekt" in out


def test_wrapping_keeps_words_and_markers_whole() -> None:
    text = "De gemeente betaalt alles " * 6 + marker("buiten mandaat") + " en nog wat woorden"
    for width in (20, 33, 47, 80):
        lines = wrap(text, width)
        assert all(len(line) <= width for line in lines)
        assert " ".join(" ".join(lines).split()) == " ".join(text.replace("\u00a0", " ").split())
        assert any("[buiten mandaat]" in line for line in lines)


def test_a_mandate_verdict_holds_while_a_question_waits() -> None:
    """The terminal marks proposals outside the mandate from the mandate itself: the marks
    stay when the turn is spent answering a question first."""
    game = Game(load_scenario(LINDELAAN).scenario, seed=2)
    view = game.view("gemeente")
    package = {i.id: i.options[-1].id for i in view.issues}  # 'De gemeente betaalt alles'
    assert game.legal_actions("gemeente").mandate_problem(package, "support") is not None
    asked = False
    while game.current_actor != "gemeente" or not game.legal_actions("gemeente").must_answer:
        actor = game.current_actor
        asks = [a for a in game.legal_actions(actor) if isinstance(a, Ask) and a.to == "gemeente"]
        if asks and not asked:
            game.apply(asks[0])
            asked = True
        game.apply(Pass(actor=actor))
    legal = game.legal_actions("gemeente")
    problem = legal.mandate_problem(package, "support")
    assert problem is not None and problem.key == "engine.illegal.support_forbidden"


STARTER = Path(__file__).resolve().parents[1] / "scenarios" / "starter-inloop-de-wingerd.yaml"


def test_an_amount_stays_with_its_currency_sign_at_80_columns() -> None:
    """'€ 9.000' never ends a line with '€' (the starter's rent options, in a whole game)."""
    code, out, _typed = run_play(
        ["--text", "--scenario", str(STARTER), "--role", "gemeente", "--seed", "149391"],
        passing_player,
        width=80,
    )
    assert code == 0
    lines = out.splitlines()
    assert "€ 9.000" in out
    assert not any(line.rstrip().endswith("€") for line in lines)
    assert max(len(line) for line in lines if not line.endswith(".json")) <= 80  # a save path
    for width in range(20, 81):
        text = "Huur: De volle huur van het buurthuis (€ 9.000 per jaar); Inloop en buurthuis"
        assert not any(line.endswith("€") for line in wrap(text, width))


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "werd aangenomen met de steun van 3 partijen (3 waren nodig)."),
        ("en", "was agreed with the support of 3 parties (3 were needed)."),
    ],
)
def test_the_ending_says_how_many_backed_the_agreement_and_how_many_were_needed(
    lang: str, said: str
) -> None:
    """'met 3 van de 3 steunbetuigingen' read as '6 of the 5' under a quorum: now the number
    of supporters and the number needed are said apart."""
    game = Game(load_scenario(STARTER).scenario, seed=2)
    package = {i.id: i.options[0].id for i in game.view("gemeente").issues}
    game.apply(Propose(actor="gemeente", package=package))
    game.apply(Support(actor="herstelhuis", proposal=1))
    game.apply(Support(actor="buurthuis", proposal=1))
    assert game.outcome is not None and game.outcome.kind == "agreement"
    lines = outcome_lines(game, lang)
    assert any(said in line for line in lines)
    heading = {"nl": "Steun voor het akkoord, of wat ontbrak:", "en": "Support for the deal, or"}
    assert any(line.startswith(heading[lang]) for line in lines)  # not "why no deal"
    assert not any(" van de 3 " in line or " of the 3 " in line for line in lines)
