"""The one deal rule: the engine, the bots, the analysis and lint agree on every table."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from game.scenario.deal_rule import deal_rule
from game.scenario.model import Agreement

ACTORS = ["a", "b", "c", "d", "e"]


@st.composite
def rules(draw) -> Agreement:
    required = draw(st.lists(st.sampled_from(ACTORS), unique=True, max_size=2))
    if draw(st.booleans()):
        return Agreement(rule="unanimity", required=required)
    return Agreement(rule="quorum", quorum=draw(st.integers(1, 5)), required=required)


def by_definition(rule: Agreement, supporters: set[str], table: list[str]) -> bool:
    """The rules as docs/rules.md words them."""
    support = supporters & set(table)
    if not set(rule.required) <= support:
        return False
    if rule.rule == "unanimity":
        return len(table) >= 2 and support == set(table)
    return len(support) >= (rule.quorum or 0)


@settings(max_examples=300, deadline=None)
@given(
    rules(),
    st.sets(st.sampled_from(ACTORS)),
    st.lists(st.sampled_from(ACTORS), unique=True, min_size=1),
)
def test_passes_is_the_rule_and_shortfall_counts_to_it(rule, supporters, table) -> None:
    made = deal_rule(rule)
    assert made.passes(supporters, table) == by_definition(rule, supporters, table)
    # adding the missing actors one by one makes it pass exactly when shortfall reaches 0
    missing = made.shortfall(supporters, table)
    if missing and set(rule.required) <= set(table) and made.needed(table) <= len(table):
        extra = [a for a in table if a in rule.required and a not in supporters]
        extra += [a for a in table if a not in supporters and a not in extra]
        assert made.passes(supporters | set(extra[:missing]), table)
        assert not made.passes(supporters | set(extra[: missing - 1]), table)


@settings(max_examples=200, deadline=None)
@given(rules(), st.lists(st.lists(st.booleans(), min_size=5, max_size=5), min_size=1, max_size=8))
def test_carried_is_passes_for_every_package_of_a_full_table(rule, rows) -> None:
    made = deal_rule(rule)
    willing = np.array(rows, dtype=bool)
    if made.needed(ACTORS) > len(ACTORS):
        return  # a quorum above the table: the space asks for everyone instead
    expected = [
        made.passes({a for a, w in zip(ACTORS, row, strict=True) if w}, ACTORS) for row in rows
    ]
    assert made.carried(willing, ACTORS).tolist() == expected
