"""Lint's balance figures speak the reader's language, decimal comma included."""

from game.agents.balance import balance_section
from game.scenario.loader import load_scenario, shipped_scenarios


def test_dutch_balance_figures_use_a_decimal_comma_and_english_a_point() -> None:
    scenario = load_scenario(shipped_scenarios()[-1]).scenario
    dutch = [f.value for f in balance_section(scenario, "nl", games=4).figures]
    english = [f.value for f in balance_section(scenario, "en", games=4).figures]
    assert any("," in value for value in dutch) and not any("." in v for v in dutch[:5])
    assert any("." in value for value in english) and not any("," in v for v in english[:5])
