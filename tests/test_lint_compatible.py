"""A compatible issue (one option everyone likes best, tied to an interest) is design, no flaw."""

from scenario_support import LINDELAAN

from game.scenario.lint import lint
from game.scenario.lint_checks import compatible_issues
from game.scenario.loader import load_scenario


def test_lindelaan_has_its_hidden_compatible_issue() -> None:
    scenario = load_scenario(LINDELAAN).scenario
    assert compatible_issues(scenario) == {"beheer": "overeenkomst"}


def test_options_beaten_by_the_shared_best_option_are_not_warned_about() -> None:
    report = lint(load_scenario(LINDELAAN))
    assert not [p for p in report.problems if "beheer" in p.message and p.severity == "warning"]
