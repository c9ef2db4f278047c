"""The learning goal, measured: in every shipped scenario integrative tables agree and gain."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.agents.balance import (
    GOAL_AGREEMENT,
    GOAL_INDEX_GAP,
    balance_figures,
    balance_section,
)
from game.cli import main
from game.scenario.loader import load_scenario, shipped_scenarios

SHIPPED = [load_scenario(p).scenario for p in shipped_scenarios()]
GAMES = 16


@pytest.mark.parametrize("scenario", SHIPPED, ids=lambda s: s.id)
def test_integrative_tables_agree_and_beat_tough_tables(scenario) -> None:
    found = balance_figures(scenario, games=GAMES, seed=1)
    assert found.integrative.agreement_rate >= GOAL_AGREEMENT
    assert found.index_gap >= GOAL_INDEX_GAP
    assert found.meets_goal


def test_the_balance_section_names_both_strategies_in_the_report_language() -> None:
    section = balance_section(SHIPPED[2], "en", games=2)
    labels = [f.label for f in section.figures]
    assert any("integrative" in label for label in labels)
    assert any("tough" in label for label in labels)
    dutch = balance_section(SHIPPED[2], "nl", games=2)
    assert any("integratief" in f.label for f in dutch.figures)


def test_lint_shows_balance_figures_unless_told_not_to(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = str(Path(shipped_scenarios()[2]))
    main(["lint", "--lang", "en", path])
    assert "Balance (" in capsys.readouterr().out
    main(["lint", "--lang", "en", "--no-sim", path])
    assert "Balance (" not in capsys.readouterr().out
