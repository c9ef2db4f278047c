"""What the kit says about a case is true: answers, questions, events and the form."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from game.facilitation.answers import answers
from game.facilitation.observation import observation_form
from game.facilitation.pdf import FONT, KitPDF
from game.facilitation.questions import debrief_questions
from game.facilitation.script import fixed_events, session_script
from game.facilitation.script_pdf import _head_fitting
from game.facilitation.sources_pdf import print_sources
from game.scenario.loader import load_scenario
from game.scenario.model import text_in
from game.scenario.sources import CaseSources, case_sources
from game.scenario.space import TableData
from game.scoring.analysis import analyse_table
from game.text import t

LINDELAAN = Path(__file__).resolve().parents[1] / "scenarios" / "crisisbedden-lindelaan.yaml"


def _case():
    return load_scenario(LINDELAAN, "nl").scenario


def test_the_answer_page_holds_the_analysis_figures() -> None:
    scenario = _case()
    found = answers(scenario, "nl")
    analysis = analyse_table(TableData.from_scenario(scenario), scenario.agreement)
    assert found.packages == 729
    assert found.zopa_size == analysis.zopa_size == 48
    assert found.feasible_size == analysis.feasible_size  # a quorum rule
    assert found.nash_is_max_joint
    assert found.max_joint is not None and found.max_joint.in_zopa
    assert found.max_joint.joint_surplus == analysis.max_joint_surplus == 160
    compromise = dict(found.compromise.options)
    for issue in scenario.issues:
        chosen = analysis.compromise.package[issue.id]
        label = next(o.label for o in issue.options if o.id == chosen)
        assert compromise[text_in(issue.name, "nl")] == text_in(label, "nl")


def test_the_hidden_shared_interest_is_the_management_agreement_beside_the_permit() -> None:
    (hidden,) = answers(_case(), "nl").hidden
    assert hidden.issue == "Beheer en vastlegging"
    assert hidden.option.startswith("Voorschriften in de vergunning alleen voor de leefomgeving")
    assert {name for name, _ in hidden.interests} >= {
        "GGZ Stroomland",
        "Bewonerscommissie Lindelaan",
    }


def test_goal_questions_go_describe_analyse_transfer_in_order() -> None:
    scenario = _case()
    questions = debrief_questions(scenario, "en")
    assert questions["feelings"][0].text == "How did it feel?"
    assert all(q.goal is None for q in questions["feelings"] + questions["apply"])
    for goal in scenario.learning_goals:
        name = text_in(goal.text, "en")
        for phase, question in zip(
            ("describe", "analyse", "transfer"), goal.questions, strict=False
        ):
            assert any(
                q.text == text_in(question, "en") and q.goal == name for q in questions[phase]
            )


def test_events_fixed_to_a_week_are_in_the_plan_with_their_condition() -> None:
    events = fixed_events(_case(), "nl")
    assert sorted(events) == [2, 4, 6]
    assert not events[2][0].conditional  # the headline always comes
    assert "Lindeveens Dagblad" in events[2][0].message
    assert all(event.conditional for event in events[6])  # term extended or not: one of two


def test_the_observation_form_ties_behaviours_to_the_case_goals() -> None:
    scenario = _case()
    form = observation_form(scenario, "nl")
    assert form.weeks == scenario.rounds
    assert form.actors == tuple(text_in(a.name, "nl") for a in scenario.actors)
    goals = {b.key: b.goal for b in form.behaviours}
    by_id = {g.id: text_in(g.text, "nl") for g in scenario.learning_goals}
    assert goals["asks"] == goals["reveals"] == by_id["belangen"]
    assert goals["package"] == by_id["ruilen"]
    assert goals["consults"] == by_id["mandaat"]


def test_the_script_gathers_plan_seating_and_cards_to_print() -> None:
    script = session_script(_case(), 180, 23, "nl")
    assert script.plan.blocks[-1].end == 180
    assert len(script.seating.tables) == 3  # six roles: three full tables, five duos
    assert sum(script.seating.cards_per_role()) == 23
    assert script.roles[0] == "Gemeente Lindeveen"


def test_the_script_and_the_answer_page_carry_the_cases_sources_and_fiction() -> None:
    scenario = _case()
    expected = case_sources(scenario, "en")
    assert session_script(scenario, 90, 12, "en").sources == expected
    assert answers(scenario, "en").sources == expected
    assert [url for _line, url in expected.lines] == [s.url for s in scenario.sources]
    assert expected.lines[0][0].startswith("Environment and Planning Act, section 5.34")
    assert expected.fiction is not None and expected.fiction.startswith("Invented:")


def test_a_case_without_sources_says_so_on_the_trainers_page() -> None:
    bare = _case().model_copy(update={"sources": [], "fiction": None})
    assert case_sources(bare, "nl") == CaseSources((), None)
    pdf = KitPDF("", "")
    pdf.add_page()
    print_sources(pdf, case_sources(bare, "nl"), "nl")
    text = " ".join(PdfReader(BytesIO(bytes(pdf.output()))).pages[0].extract_text().split())
    assert t("facilitation.sources.none", "nl") in text
    assert t("facilitation.sources.fiction", "nl") not in text


def test_no_role_name_in_the_seating_head_is_split_mid_word() -> None:
    """Seven roles leave narrow columns: the head's size shrinks until every word fits."""
    for path in sorted(LINDELAAN.parent.glob("*.yaml")):
        roles = tuple(text_in(a.name, "nl") for a in load_scenario(path, "nl").scenario.actors)
        pdf = KitPDF("", "")
        pdf.add_page()
        width = (pdf.epw - 16) / len(roles) - 2 * 1.1
        style = _head_fitting(pdf, roles, width)
        pdf.set_font(FONT, "B", style.size_pt)
        assert all(pdf.get_string_width(w) <= width for r in roles for w in r.split()), path.stem
