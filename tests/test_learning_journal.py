"""The learning journal: guesses held against each actor's most-weighted issue, and the
journal's JSON form (checked on the way back in)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from learning_support import table

from game.learning import (
    GuessSheet,
    JournalError,
    LearningJournal,
    accuracy,
    top_issues,
)
from game.scenario.space import TableData


def test_the_true_priority_is_the_issue_with_the_widest_spread_of_points() -> None:
    # ggz: money 0..6 (spread 6), time 4..0 (spread 4); wijkteam: money flat, time 3..0
    tops = top_issues(table())
    assert tops["ggz"] == ("geld",)
    assert tops["wijkteam"] == ("tijd",)
    assert tops["gemeente"] == ("geld",)
    assert top_issues(TableData.from_scenario(table())) == tops


def test_accuracy_counts_hits_ranks_and_how_guesses_moved() -> None:
    journal = LearningJournal()
    start = journal.open_sheet("gemeente", "start")
    start.picks.update({"ggz": "tijd", "wijkteam": "tijd"})
    end = journal.open_sheet("gemeente", "end")
    end.picks.update({"ggz": "geld", "wijkteam": None})
    found = accuracy(journal, table())["gemeente"]
    assert found.start is not None and found.end is not None
    assert (found.start.hits, found.start.total, found.start.mean_rank) == (1, 2, 1.5)
    assert (found.end.hits, found.end.total, found.end.share) == (1, 1, 1.0)
    assert found.changed == 1 and found.improved == 1 and found.worsened == 0
    assert found.start.result("ggz").rank == 2  # type: ignore[union-attr]


def test_ties_count_any_of_the_tied_issues_as_right() -> None:
    points = {"a": {"x": {"p": 0, "q": 5}, "y": {"p": 5, "q": 0}}}
    sheets = [GuessSheet(guesser="b", moment="start", picks={"a": "y"})]
    assert top_issues(points)["a"] == ("x", "y")
    assert accuracy(sheets, points)["b"].start.hits == 1  # type: ignore[union-attr]


def test_guesses_about_unknown_actors_or_issues_or_oneself_are_left_out() -> None:
    sheet = GuessSheet(
        guesser="ggz",
        moment="end",
        picks={"niemand": "geld", "wijkteam": "geen-kwestie", "ggz": "geld", "gemeente": "geld"},
    )
    found = accuracy([sheet], table())["ggz"].end
    assert found is not None and [r.about for r in found.results] == ["gemeente"]


@settings(max_examples=100, deadline=None)
@given(
    spreads=st.lists(st.integers(min_value=0, max_value=20), min_size=2, max_size=6),
    guess=st.integers(min_value=0, max_value=5),
)
def test_a_guess_is_right_exactly_when_it_names_a_widest_issue(
    spreads: list[int], guess: int
) -> None:
    issues = [f"k{n}" for n in range(len(spreads))]
    points = {"a": {i: {"lo": 0.0, "hi": float(s)} for i, s in zip(issues, spreads, strict=True)}}
    chosen = issues[guess % len(issues)]
    sheet = GuessSheet(guesser="b", moment="start", picks={"a": chosen})
    result = accuracy([sheet], points)["b"].start.results[0]  # type: ignore[union-attr]
    assert result.right == (spreads[issues.index(chosen)] == max(spreads))
    assert 1 <= result.rank <= len(spreads)


def test_the_journal_round_trips_through_json_and_refuses_a_bad_shape() -> None:
    journal = LearningJournal()
    journal.answer("ggz", 2, 0, "  Ze willen snelheid.  ")
    journal.answer("ggz", 2, 0, "tweede keer telt niet")
    journal.open_sheet("ggz", "start").skipped = True
    again = LearningJournal.from_data(journal.to_data())
    assert again == journal
    assert again.answers_of("ggz")[0].text == "Ze willen snelheid."
    assert again.sheet("ggz", "start").skipped  # type: ignore[union-attr]
    for bad in ([], {"answers": "veel"}, {"guesses": [{"guesser": "a", "moment": "later"}]}):
        with pytest.raises(JournalError):
            LearningJournal.from_data(bad)
