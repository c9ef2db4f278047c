"""Lint says what a valid scenario means for the negotiation, at the line where it is written."""

from __future__ import annotations

import copy
from typing import Any

import numpy as np
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from scenario_support import actor_data as _actor
from scenario_support import text_data as _text

from game.scenario.compromise import compromise_package
from game.scenario.deal_rule import DealRule
from game.scenario.lint import LintReport, lint
from game.scenario.lint_checks import Table
from game.scenario.lint_space import AgreementRule, initial_mandate, inside_mandate
from game.scenario.lint_text import todo_comments
from game.scenario.loader import load_text
from game.scenario.model import Mandate, Scenario
from game.scenario.space import OutcomeSpace


def base() -> dict[str, Any]:
    """Two actors, two issues of three options; every option matters to someone."""
    return {
        "id": "proef",
        "title": _text("Proef"),
        "summary": _text("Een proeftafel"),
        "sources": [{"title": _text("Omgevingswet, artikel 16.64 lid 1"), "date": "2016"}],
        "rounds": 4,
        "issues": [
            {
                "id": "geld",
                "name": _text("Geld"),
                "options": [{"id": o, "label": _text(o)} for o in ("laag", "midden", "hoog")],
            },
            {
                "id": "tijd",
                "name": _text("Tijd"),
                "options": [{"id": o, "label": _text(o)} for o in ("kort", "gemiddeld", "lang")],
            },
        ],
        "actors": [
            _actor(
                "a",
                {
                    "geld": {"laag": 0, "midden": 20, "hoog": 40},
                    "tijd": {"kort": 30, "gemiddeld": 20, "lang": 0},
                },
                30,
            ),
            _actor(
                "b",
                {
                    "geld": {"laag": 40, "midden": 30, "hoog": 0},
                    "tijd": {"kort": 0, "gemiddeld": 5, "lang": 10},
                },
                25,
            ),
        ],
    }


def report_of(data: dict[str, Any], lang: str = "en", text: str | None = None) -> LintReport:
    source = text if text is not None else yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return lint(load_text(source, "proef.yaml", "en"), lang)


def messages(report: LintReport, severity: str | None = None) -> list[str]:
    return [p.message for p in report.problems if severity in (None, p.severity)]


def test_a_sound_scenario_has_no_problems() -> None:
    report = report_of(base())
    assert report.problems == []


def test_no_package_above_every_batna_is_an_error() -> None:
    data = base()
    data["actors"][1]["batna"] = 45
    report = report_of(data)
    assert any("empty ZOPA" in m for m in messages(report, "error"))


def test_an_actor_whose_batna_beats_every_package_is_an_error_at_its_batna() -> None:
    data = base()
    data["actors"][0]["batna"] = 71
    report = report_of(data)
    found = [p for p in report.problems if "actors[0].batna" in p.message]
    assert found and found[0].severity == "error"
    assert "best possible 70" in found[0].message


def test_under_a_quorum_an_outsider_below_its_batna_only_warns() -> None:
    data = base()
    data["actors"].append(
        _actor(
            "c",
            {
                "geld": {"laag": 0, "midden": 0, "hoog": 1},
                "tijd": {"kort": 0, "gemiddeld": 0, "lang": 1},
            },
            5,
        )
    )
    data["agreement"] = {"rule": "quorum", "quorum": 2, "required": ["a"]}
    report = report_of(data)
    assert messages(report, "error") == []
    assert any("actors[2].batna" in m for m in messages(report, "warning"))
    assert any("every deal leaves someone below" in m for m in messages(report, "warning"))


def test_a_mandate_that_allows_nothing_even_after_consulting_is_an_error() -> None:
    data = base()
    data["actors"][0]["mandate"] = {"min_score": 71}
    report = report_of(data)
    errors = [p for p in report.problems if p.severity == "error"]
    assert any(
        "actors[0].mandate" in p.message and "allows no package" in p.message for p in errors
    )


def test_mandates_that_never_overlap_are_an_error() -> None:
    data = base()
    data["actors"][0]["mandate"] = {"forbidden": {"geld": ["laag", "midden"]}}
    data["actors"][1]["mandate"] = {"forbidden": {"geld": ["hoog"]}}
    report = report_of(data)
    assert any("no package is inside every actor's mandate" in m for m in messages(report, "error"))


def test_a_consultation_that_opens_the_only_deals_gives_a_warning_not_an_error() -> None:
    data = base()
    # No ZOPA package has geld: hoog; a may agree to nothing else until the back office says so.
    data["actors"][0]["mandate"] = {"forbidden": {"geld": ["laag", "midden"]}}
    data["actors"][0]["consultations"] = [
        {"id": "baas", "label": _text("baas"), "effect": {"allow": {"geld": ["laag", "midden"]}}}
    ]
    report = report_of(data)
    assert messages(report, "error") == []
    assert any("without a consultation" in m for m in messages(report, "warning"))


def test_the_widest_mandate_counts_widening_events_and_lower_minimum_scores() -> None:
    data = base()
    data["actors"][0]["mandate"] = {"min_score": 71}
    data["actors"][0]["consultations"] = [
        {"id": "baas", "label": _text("baas"), "effect": {"min_score": 50}}
    ]
    report = report_of(data)
    assert messages(report, "error") == []


def test_a_dominated_option_is_a_warning_at_that_option() -> None:
    data = base()
    # 'midden' of geld: 20 for a and 30 for b. Make 'hoog' better-or-equal for both.
    data["actors"][1]["points"]["geld"]["hoog"] = 30
    report = report_of(data)
    found = [p for p in report.problems if "issues[0].options[1]" in p.message]
    assert len(found) == 1
    assert found[0].severity == "warning"
    assert "worse for 'a' than 'hoog'" in found[0].message


def test_equal_options_are_not_dominated() -> None:
    data = base()
    for actor in data["actors"]:
        actor["points"]["geld"]["hoog"] = actor["points"]["geld"]["midden"]
    report = report_of(data)
    assert not any("options[" in m for m in messages(report))


def test_an_issue_nobody_cares_about_is_one_warning() -> None:
    data = base()
    for actor in data["actors"]:
        actor["points"]["tijd"] = {"kort": 3, "gemiddeld": 3, "lang": 3}
    data["actors"][0]["batna"] = 10
    data["actors"][1]["batna"] = 10
    report = report_of(data)
    found = [m for m in messages(report) if "issues[1]" in m]
    assert found == [
        "issues[1]: no actor cares about issue 'tijd': every option gives everyone the same points"
    ]


def _event(**trigger: Any) -> dict[str, Any]:
    return {"id": "nieuws", "trigger": trigger, "message": _text("nieuws")}


@pytest.mark.parametrize(
    ("event", "needle"),
    [
        (_event(round=5), "round 5 is after the latest deadline (4 rounds)"),
        (_event(chance=0.0), "its chance is 0"),
        (_event(chance=0.5, from_round=9), "from_round 9 is after the latest deadline"),
        (_event(round=2, from_round=3), "round 2 is outside from_round–until_round"),
        (
            {**_event(round=2), "condition": {"walked_away": ["a"], "at_table": ["a"]}},
            "'a' cannot have walked away and be at the table",
        ),
        (
            {**_event(round=2), "condition": {"min_proposals": 3, "max_proposals": 1}},
            "min_proposals 3 is more than max_proposals 1",
        ),
        ({**_event(round=2), "condition": {"escalated": True}}, "the scenario has none"),
    ],
)
def test_an_event_that_can_never_fire_is_a_warning(event: dict[str, Any], needle: str) -> None:
    data = base()
    data["events"] = [event]
    report = report_of(data)
    found = [p for p in report.problems if needle in p.message]
    assert len(found) == 1 and found[0].severity == "warning"


def test_a_required_actor_walking_away_ends_the_game_so_the_event_never_fires() -> None:
    data = base()
    data["agreement"] = {"rule": "quorum", "quorum": 2, "required": ["a"]}
    data["events"] = [{**_event(round=2), "condition": {"walked_away": ["a"]}}]
    report = report_of(data)
    assert any("when 'a' walks away the game is over" in m for m in messages(report, "warning"))


def test_a_later_deadline_lets_a_late_event_fire() -> None:
    data = base()
    data["events"] = [
        {**_event(round=1), "id": "uitstel", "effects": [{"kind": "move_deadline", "delta": 2}]},
        _event(round=6),
    ]
    report = report_of(data)
    assert report.problems == []


def test_every_text_without_english_is_one_warning_at_its_line() -> None:
    data = base()
    data["title"] = "Alleen Nederlands"
    data["issues"][0]["options"][2]["label"] = {"nl": "hoog"}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    report = report_of(data, text=text)
    found = [p for p in report.problems if "text without its English" in p.message]
    assert [p.message.split(":")[0] for p in found] == ["title", "issues[0].options[2].label"]
    lines = text.splitlines()
    assert "Alleen Nederlands" in lines[found[0].line - 1]
    assert "label" in lines[found[1].line - 1] or "nl: hoog" in lines[found[1].line - 1]


def test_plain_strings_are_english_in_an_english_scenario() -> None:
    data = base()
    data["language"] = "en"
    data["title"] = "English only"
    assert report_of(data).problems == []


def test_todo_comments_are_listed_with_their_exact_line() -> None:
    text = yaml.safe_dump(base(), allow_unicode=True, sort_keys=False).splitlines()
    text.insert(3, "# TODO: punten van b nalopen")
    text[7] += "  # todo ronde kiezen"
    source = "\n".join(text) + "\n"
    report = report_of(base(), text=source)
    todos = [p for p in report.problems if p.severity == "todo"]
    assert [(p.line, p.message) for p in todos] == [
        (4, "TODO: punten van b nalopen"),
        (8, "TODO: ronde kiezen"),
    ]


def test_a_todo_inside_a_text_is_not_a_comment() -> None:
    source = 'a: "zie # TODO hier"\nb: |\n  # TODO ook tekst\nc: 1 # TODO echt\n'
    assert [(c.line, c.note) for c in todo_comments(source)] == [(4, "echt")]


def test_problems_come_in_file_order_and_are_in_dutch_by_default() -> None:
    data = base()
    data["title"] = "Alleen Nederlands"
    data["actors"][1]["batna"] = 45
    report = lint(load_text(yaml.safe_dump(data, sort_keys=False), "proef.yaml", "en"))
    lines = [p.line for p in report.problems]
    assert lines == sorted(lines)
    assert any("tekst zonder Engelse vertaling" in p.message for p in report.problems)


def test_figures_give_packages_zopa_best_joint_and_the_compromise() -> None:
    report = report_of(base())
    figures = {f.label: f.value for section in report.sections for f in section.figures}
    space = OutcomeSpace.from_scenario(Scenario.model_validate(base()))
    joint = space.surplus.sum(axis=1)
    zopa = space.zopa_mask
    assert figures["packages"] == "9"
    assert figures["ZOPA (everyone above BATNA)"].startswith(f"{int(zopa.sum())} (")
    assert figures["best joint surplus"] == f"{joint[zopa].max():g}"
    middle = compromise_package(space)
    label = "surplus of the split-the-difference compromise"
    assert figures[label].startswith(f"{joint[middle]:g} (")


_points = st.integers(min_value=-5, max_value=20)


@st.composite
def tables(draw: st.DrawFn) -> dict[str, Any]:
    data = copy.deepcopy(base())
    for actor in data["actors"]:
        for issue in actor["points"].values():
            for option in issue:
                issue[option] = draw(_points)
        actor["batna"] = draw(st.integers(min_value=-5, max_value=40))
        banned = draw(
            st.lists(st.sampled_from(["laag", "midden", "hoog"]), max_size=2, unique=True)
        )
        actor["mandate"] = {"forbidden": {"geld": banned}, "min_score": draw(st.none() | _points)}
    return data


@settings(max_examples=60, deadline=None)
@given(tables())
def test_mandate_masks_match_a_package_by_package_reading(data: dict[str, Any]) -> None:
    scenario = Scenario.model_validate(data)
    space = OutcomeSpace.from_scenario(scenario)
    for k, actor in enumerate(scenario.actors):
        mask = inside_mandate(space, initial_mandate(actor.mandate), k)
        for row in range(space.size):
            package = space.package(row)
            allowed = all(
                package[i] not in actor.mandate.forbidden.get(i, []) for i in package
            ) and (
                actor.mandate.min_score is None or space.points[row, k] >= actor.mandate.min_score
            )
            assert mask[row] == allowed


@settings(max_examples=60, deadline=None)
@given(tables())
def test_lint_errors_on_no_deal_exactly_when_the_zopa_is_empty(data: dict[str, Any]) -> None:
    for actor in data["actors"]:
        actor.pop("mandate")
    report = report_of(data)
    space = OutcomeSpace.from_scenario(Scenario.model_validate(data))
    empty = not space.zopa_mask.any()
    assert any("empty ZOPA" in m for m in messages(report, "error")) == empty


def test_the_quorum_rule_needs_enough_supporters_and_every_required_one() -> None:
    rule = AgreementRule(DealRule(False, 2, ("a",)), ("a", "b", "c"))
    willing = np.array([[1, 1, 0], [0, 1, 1], [1, 0, 0]], dtype=bool)
    assert rule.agreeable(willing).tolist() == [True, False, False]


def test_table_knows_who_is_needed_for_a_deal() -> None:
    data = base()
    data["agreement"] = {"rule": "quorum", "quorum": 1, "required": ["b"]}
    table = Table(Scenario.model_validate(data), "en")
    assert table.needed("b") and not table.needed("a")
    assert Mandate().forbidden == {}


@st.composite
def tables_with_rules_and_events(draw: st.DrawFn) -> dict[str, Any]:
    data = draw(tables())
    if draw(st.booleans()):
        data["agreement"] = {
            "rule": "quorum",
            "quorum": draw(st.integers(min_value=1, max_value=2)),
            "required": draw(st.lists(st.sampled_from(["a", "b"]), max_size=1)),
        }
    events = []
    for index in range(draw(st.integers(min_value=0, max_value=3))):
        if draw(st.booleans()):
            trigger: dict[str, Any] = {"round": draw(st.integers(min_value=1, max_value=9))}
        else:
            trigger = {"chance": draw(st.sampled_from([0.0, 0.5, 1.0]))}
        trigger["from_round"] = draw(st.integers(min_value=1, max_value=6))
        condition = {
            "walked_away": draw(st.lists(st.sampled_from(["a", "b"]), max_size=2, unique=True)),
            "at_table": draw(st.lists(st.sampled_from(["a", "b"]), max_size=2, unique=True)),
        }
        events.append(
            {
                "id": f"e{index}",
                "trigger": trigger,
                "condition": condition,
                "message": draw(st.sampled_from(["nieuws", {"nl": "nieuws"}, _text("nieuws")])),
                "effects": [{"kind": "move_deadline", "delta": draw(st.integers(-2, 2))}],
            }
        )
    data["events"] = events
    return data


@settings(max_examples=80, deadline=None)
@given(tables_with_rules_and_events())
def test_lint_places_every_problem_on_a_line_of_the_file(data: dict[str, Any]) -> None:
    source = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    report = report_of(data, text=source)
    n_lines = len(source.splitlines())
    for problem in report.problems:
        assert 1 <= problem.line <= n_lines
        assert problem.severity in ("error", "warning", "todo")
    assert report.sections and report.sections[0].figures
