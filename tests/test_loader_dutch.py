"""In Dutch, every message of the cross-checks and the model's rules reads Dutch too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.scenario.loader import ScenarioError, load_text
from game.scenario.translations import translate
from game.text.catalogue import catalogue

FULL = Path(__file__).parent / "fixtures" / "full.yaml"

# A broken copy of the fixture for every template of references.py and the model's rules.
CASES: dict[str, tuple[str, str]] = {
    "scenario.ref.unknown": ("required: [gemeente]", "required: [gemeent]"),
    "scenario.ref.duplicate": ("  - id: geld\n", "  - id: plek\n"),
    "scenario.ref.hint.renamed": ("  - id: geld\n", "  - id: plek\n"),
    "scenario.ref.hint.own_id": (
        "      - {id: midden, label: Midden}\n",
        "      - {id: midden, label: Midden}\n      - {id: midden, label: Midden}\n",
    ),
    "scenario.ref.after_deadline": ("{round: 3, question:", "{round: 30, question:"),
    "scenario.ref.no_points_issue": ("      geld: {laag: 10, hoog: 20, midden: 15}\n", ""),
    "scenario.ref.hint.add_issue": ("      geld: {laag: 10, hoog: 20, midden: 15}\n", ""),
    "scenario.ref.no_points_options": ("{laag: 10, hoog: 20, midden: 15}", "{laag: 10, hoog: 20}"),
    "scenario.ref.hint.every_option": ("{laag: 10, hoog: 20, midden: 15}", "{laag: 10, hoog: 20}"),
    "scenario.ref.quorum_too_big": ("quorum: 2", "quorum: 9"),
    "scenario.ref.hint.at_most": ("quorum: 2", "quorum: 9"),
    "scenario.ref.required_too_many": (
        "required: [gemeente]",
        "required: [gemeente, ggz, politie]",
    ),
    "scenario.ref.turn_twice": ("[gemeente, ggz, politie]", "[gemeente, ggz, politie, ggz]"),
    "scenario.ref.turn_missing": ("[gemeente, ggz, politie]", "[gemeente, ggz]"),
    "scenario.ref.hint.turn_all": ("[gemeente, ggz, politie]", "[gemeente, ggz]"),
    "scenario.ref.until_before_from": ("until_round: 5", "until_round: 1"),
    "scenario.ref.option_exists": ("{id: oost, label: Oost}", "{id: noord, label: Oost}"),
    "scenario.ref.no_points_actors": ("politie: 12, bewoners: 12}", "politie: 12}"),
    "scenario.ref.hint.added_option": ("politie: 12, bewoners: 12}", "politie: 12}"),
    "scenario.rule.quorum_needs_k": ("  quorum: 2\n", ""),
    "scenario.rule.quorum_only": ("rule: quorum", "rule: unanimity"),
    "scenario.rule.one_trigger": ("trigger: {round: 2}", "trigger: {round: 2, chance: 0.5}"),
    "scenario.rule.weights_sum": ("own: 0.5,", "own: 0.6,"),
}


def texts(text: str, lang: str) -> list[str]:
    with pytest.raises(ScenarioError) as caught:
        load_text(text, "t.yaml", lang=lang)
    return [part for p in caught.value.problems for part in (p.message, p.hint) if part]


def english_pattern(key: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", catalogue()[key][1])
    regex = "".join(re.escape(p) if i % 2 == 0 else ".+?" for i, p in enumerate(parts))
    return re.compile(f"(?:^|: )({regex})$")


def test_every_template_has_a_case() -> None:
    keys = {k for k in catalogue() if k.startswith(("scenario.ref.", "scenario.rule."))}
    assert keys == set(CASES)


@pytest.mark.parametrize("key", sorted(CASES))
def test_the_check_still_writes_this_english_and_dutch_replaces_it(key: str) -> None:
    old, new = CASES[key]
    source = FULL.read_text(encoding="utf-8")
    assert source.count(old) == 1
    broken = source.replace(old, new)
    pattern = english_pattern(key)
    english = [m.group(1) for text in texts(broken, "en") if (m := pattern.search(text))]
    assert english, f"references.py or model.py no longer writes {catalogue()[key][1]!r}"
    dutch = "\n".join(texts(broken, "nl"))
    for text in english:
        assert translate(text, "nl") != text
        assert translate(text, "nl") in dutch


def test_a_kind_inside_a_message_is_translated() -> None:
    text = "unknown interest of 'gemeente' 'budgt' (known: budget)"
    assert translate(text, "nl") == "belang van 'gemeente' 'budgt' bestaat niet (bekend: budget)"


def test_english_and_unknown_messages_stay_as_written() -> None:
    assert translate("unknown actor 'x' (known: y)", "en") == "unknown actor 'x' (known: y)"
    assert translate("something new", "nl") == "something new"
