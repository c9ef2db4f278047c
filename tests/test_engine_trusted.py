"""`trusted` builds the same models as pydantic's `model_construct`, only quicker."""

from __future__ import annotations

from game.engine.log import LogEntry, LogLine
from game.engine.trusted import trusted, trusted_from
from game.engine.views import ProposalView
from game.scenario.model import LocalText


def _same(a: object, b: object) -> None:
    assert type(a) is type(b)
    assert a == b
    assert repr(a) == repr(b)
    assert a.model_dump(mode="json") == b.model_dump(mode="json")  # type: ignore[attr-defined]
    assert a.model_fields_set == b.model_fields_set  # type: ignore[attr-defined]


def test_trusted_with_every_field_equals_model_construct() -> None:
    values = dict(
        en="b", nl="a", index=1, round=2, turn=3, kind="answer", actor=None, data={"x": [1]}
    )  # out of field order on purpose
    _same(trusted(LogLine, **values), LogLine.model_construct(**values))


def test_trusted_with_a_field_left_out_falls_back_to_model_construct() -> None:
    values = dict(index=0, round=1, turn=0, kind="answer", actor="a", to=None, data={})
    values |= {"nl": "x", "en": "y"}  # no `action`: its default comes from model_construct
    _same(trusted(LogEntry, **values), LogEntry.model_construct(**values))


def test_trusted_views_and_texts_equal_model_construct() -> None:
    proposal = dict(
        id=1, proposer="a", round=1, package={"i": "o"}, supporters=["a"], supporters_at_table=[]
    )
    _same(trusted(ProposalView, **proposal), ProposalView.model_construct(**proposal))
    _same(trusted(LocalText, nl="ja", en="yes"), LocalText.model_construct(nl="ja", en="yes"))


def test_trusted_in_field_order_equals_model_construct_and_keeps_no_tie_to_the_caller() -> None:
    """Given in field order, `trusted` takes the call's own keyword dict as the fields: the
    same model as `model_construct`, and the caller's dict stays its own."""
    values = dict(
        index=1, round=2, turn=3, kind="answer", actor=None, data={"x": [1]}, nl="a", en="b"
    )
    built = trusted(LogLine, **values)
    _same(built, LogLine.model_construct(**values))
    values["nl"] = "changed"
    assert built.nl == "a"
    assert list(built.__dict__) == list(LogLine.model_fields)


def test_frozen_models_may_share_their_fields_set_and_a_copy_with_changes_leaves_it_alone() -> None:
    """Frozen models built by `trusted` share one fields-set per class; copying one with an
    update (pydantic adds the updated names to the copy's set) changes nothing for the rest."""
    proposal = dict(
        id=1, proposer="a", round=1, package={"i": "o"}, supporters=["a"], supporters_at_table=[]
    )
    first, second = trusted(ProposalView, **proposal), trusted(ProposalView, **proposal)
    changed = first.model_copy(update={"supporters": ["a", "b"]})
    assert changed.supporters == ["a", "b"] and first.supporters == ["a"]
    for model in (first, second, changed):
        assert model.model_fields_set == set(ProposalView.model_fields)
    _same(second, ProposalView.model_construct(**proposal))


def test_trusted_from_a_handed_over_dict_equals_model_construct() -> None:
    values = dict(index=4, round=1, turn=2, kind="action", actor="a", data={}, nl="x", en="y")
    _same(trusted_from(LogLine, dict(values)), LogLine.model_construct(**values))
    reordered = dict(reversed(list(values.items())))
    built = trusted_from(LogLine, reordered)
    _same(built, LogLine.model_construct(**values))
    assert list(built.__dict__) == list(LogLine.model_fields)
