"""Loading a scenario: every kind of mistake gives one clear line at the right line:col."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.scenario.loader import (
    MAX_FILE_BYTES,
    LoadedScenario,
    Located,
    ScenarioError,
    default_scenario_path,
    load_scenario,
    load_text,
    shipped_scenarios,
)
from game.scenario.problems import Problem
from game.scenario.yaml_nodes import MAX_DEPTH, compose
from game.text import t

FULL = Path(__file__).parent / "fixtures" / "full.yaml"


def full_text() -> str:
    return FULL.read_text(encoding="utf-8")


def changed(old: str, new: str, text: str | None = None) -> str:
    text = full_text() if text is None else text
    assert text.count(old) == 1, f"{old!r} must occur once in the fixture"
    return text.replace(old, new)


def where(text: str, needle: str, offset: int = 0) -> tuple[int, int]:
    """1-based (line, col) of the first `needle` in `text`, plus `offset` columns."""
    index = text.index(needle) + offset
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def problems(text: str) -> list[Located]:
    with pytest.raises(ScenarioError) as caught:
        load_text(text, "t.yaml", lang="en")
    return caught.value.problems


def only(text: str) -> Located:
    found = problems(text)
    assert len(found) == 1, "\n".join(p.format() for p in found)
    return found[0]


def at(problem: Located) -> tuple[int, int]:
    return problem.line, problem.col


# --- a good file -------------------------------------------------------------------------------


def test_the_full_fixture_loads_with_every_kind_of_effect() -> None:
    loaded = load_text(full_text(), "full.yaml")
    kinds = {effect.kind for event in loaded.scenario.events for effect in event.effects}
    assert kinds == {
        "change_points",
        "change_batna",
        "move_deadline",
        "widen_mandate",
        "narrow_mandate",
        "add_actor",
        "add_option",
    }
    assert [a.id for a in loaded.scenario.all_actors()] == [
        "gemeente",
        "ggz",
        "politie",
        "bewoners",
    ]


def test_locate_gives_the_line_and_column_of_a_value() -> None:
    text = full_text()
    loaded = load_text(text)
    assert loaded.locate(("actors", 1, "batna")) == where(text, "25.5")
    assert loaded.locate(("events", 2, "effects", 1, "option", "id")) == where(text, "oost")


def test_locate_falls_back_to_the_deepest_existing_node() -> None:
    text = full_text()
    loaded = load_text(text)
    assert loaded.locate(("actors", 1, "batna", "nothing", 3)) == where(text, "25.5")
    assert loaded.locate(("actors", 1, "no-such-field")) == where(text, "id: ggz", 0)


def test_place_puts_the_path_in_front_and_points_a_mapping_at_its_key() -> None:
    text = full_text()
    loaded = load_text(text, "full.yaml")
    placed = loaded.place(Problem(("actors", 1, "points", "plek"), "no points for x", "a hint"))
    assert at(placed) == where(text, "plek: {noord: 30")
    assert (
        placed.format()
        == f"full.yaml:{placed.line}:{placed.col}: actors[1].points.plek: no points for x (a hint)"
    )


def test_a_loaded_scenario_made_by_hand_still_locates() -> None:
    text = full_text()
    loaded = load_text(text)
    again = LoadedScenario(loaded.scenario, "x.yaml", text)
    assert again.locate(("actors", 1, "batna")) == where(text, "25.5")


def test_merge_keys_and_anchors_are_followed() -> None:
    text = changed(
        "brief: {public: Wil bouwen., confidential: Noord is beter.}",
        "brief:\n      <<: {public: Wil bouwen.}\n      confidential: Noord is beter.",
    )
    assert load_text(text).scenario.actors[1].brief.public == "Wil bouwen."


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + full_text().encode("utf-8"))
    assert load_scenario(path).scenario.id == "proeftafel"


# --- field errors ------------------------------------------------------------------------------


def test_a_word_where_a_number_belongs_names_both() -> None:
    text = changed("batna: 25.5", "batna: veel")
    problem = only(text)
    assert at(problem) == where(text, "veel")
    assert problem.message == 'actors[1].batna: expected a number, got "veel"'


def test_a_decimal_comma_gets_a_hint() -> None:
    problem = only(changed("batna: 25.5", "batna: 25,5"))
    assert problem.hint == "use a point for decimals: 25.5"


def test_an_unknown_field_is_shown_at_its_key_with_did_you_mean() -> None:
    text = changed("batna: 25.5", "batan: 25.5")
    found = problems(text)
    unknown = next(p for p in found if "unknown field" in p.message)
    assert at(unknown) == where(text, "batan")
    assert unknown.message == "actors[1]: unknown field 'batan'"
    assert unknown.hint == "did you mean 'batna'?"
    missing = next(p for p in found if "missing" in p.message)
    assert missing.message == "actors[1]: missing required field 'batna'"
    assert at(missing) == where(text, "id: ggz")


def test_an_unknown_field_far_from_any_lists_the_allowed_ones() -> None:
    problem = only(changed("rounds: 6", "rounds: 6\nzzzzzz: 1"))
    assert problem.message == "unknown field 'zzzzzz'"
    assert problem.hint is not None and problem.hint.startswith("allowed: id, title, summary")


def test_a_missing_field_points_at_its_parent_mapping() -> None:
    text = changed("    role: Teamchef\n", "")
    problem = only(text)
    assert problem.message == "actors[2]: missing required field 'role'"
    assert at(problem) == where(text, "id: politie")


def test_an_unknown_effect_kind_names_the_valid_kinds() -> None:
    text = changed("kind: change_batna", "kind: change_batan")
    problem = only(text)
    assert at(problem) == where(text, "change_batan")
    assert problem.message.startswith(
        "events[0].effects[1].kind: unknown effect kind 'change_batan'"
    )
    assert "valid kinds: change_points, change_batna, widen_mandate" in problem.message
    assert problem.hint == "did you mean 'change_batna'?"


def test_an_effect_without_kind_names_the_valid_kinds() -> None:
    text = changed("{kind: move_deadline, delta: -1}", "{delta: -1}")
    problem = only(text)
    assert at(problem) == where(text, "{delta: -1}")
    assert problem.message.startswith("events[0].effects[2]: effect has no 'kind'; valid kinds:")


def test_a_field_error_inside_an_effect_is_located_in_it() -> None:
    text = changed(
        "{kind: change_batna, actor: ggz, delta: -5}", "{kind: change_batna, actor: ggz, delta: x}"
    )
    problem = only(text)
    assert problem.message == 'events[0].effects[1].delta: expected a number, got "x"'
    assert at(problem) == where(text, "delta: x", len("delta: "))


def test_a_choice_outside_a_list_gets_did_you_mean() -> None:
    text = changed("kind: politie", "kind: polite")
    problem = only(text)
    assert at(problem) == where(text, "polite")
    assert problem.message.startswith("actors[2].kind: 'polite' is not one of: gemeente, ggz")
    assert problem.hint == "did you mean 'politie'?"


def test_a_bad_id_suggests_a_good_one() -> None:
    text = changed("id: politie", "id: Politie Oost")
    problem = only(text)
    assert problem.message.startswith("actors[2].id: 'Politie Oost' is not a valid id")
    assert problem.hint == "for example 'politie-oost'"


def test_a_bad_key_in_a_table_is_shown_at_the_key() -> None:
    text = changed("plek: {noord: 15, zuid: 15}", "plek: {noord: 15, zuid: 15, Oost: 1}")
    found = problems(text)
    bad = next(p for p in found if "'Oost' is not a valid id" in p.message)
    assert at(bad) == where(text, "Oost")


def test_no_read_as_false_where_text_is_expected_says_to_quote_it() -> None:
    text = changed("{id: zuid, label: Zuid}", "{id: zuid, label: no}")
    problem = only(text)
    assert at(problem) == where(text, "label: no", len("label: "))
    assert (
        problem.message
        == "issues[0].options[1].label: expected text or {nl: …, en: …}, got the value false"
    )
    assert problem.hint == 'YAML reads no as false; put it in quotes: "no"'


def test_a_key_that_is_not_text_is_refused_with_a_quote_hint() -> None:
    text = changed("plek: {noord: 15, zuid: 15}", "plek: {noord: 15, zuid: 15, yes: 1}")
    problem = only(text)
    assert at(problem) == where(text, "yes")
    assert problem.message == "a key must be text, not the value true"
    assert problem.hint == 'YAML reads yes as true; put it in quotes: "yes"'


def test_a_list_as_key_is_refused() -> None:
    found = problems(changed("rounds: 6", "? [a, b]\n: 1\nrounds: 6"))
    assert any(p.message == "a key must be text, not a list" for p in found)


def test_a_text_with_a_wrong_language_key_is_an_unknown_field() -> None:
    text = changed("title: {nl: Proeftafel, en: Test table}", "title: {nl: Proeftafel, fr: Table}")
    problem = only(text)
    assert problem.message == "title: unknown field 'fr'"
    assert at(problem) == where(text, "fr:")


def test_a_number_where_text_belongs_names_both_forms_of_text() -> None:
    problem = only(changed("title: {nl: Proeftafel, en: Test table}", "title: 5"))
    assert problem.message == "title: expected text or {nl: …, en: …}, got the number 5"
    assert problem.hint == 'YAML reads 5 as 5; put it in quotes: "5"'


def test_a_rule_of_the_model_is_shown_at_its_mapping() -> None:
    text = changed("weights: {own: 0.5,", "weights: {own: 0.6,")
    problem = only(text)
    assert problem.message == "weights: weights must add up to 1, they add up to 1.1"
    assert at(problem) == where(text, "weights:")


def test_a_number_out_of_range_says_the_limit() -> None:
    problem = only(changed("chance_no: 0.25", "chance_no: 1.5"))
    assert problem.message == "actors[1].consultations[0].chance_no: must be at most 1, is 1.5"


def test_too_few_options_says_how_many_are_needed() -> None:
    text = changed("      - {id: zuid, label: Zuid}\n", "")
    found = problems(text)
    assert any(p.message == "issues[0].options: needs at least 2 items, has 1" for p in found)


def test_a_date_where_text_belongs_is_named() -> None:
    problem = only(changed("summary: Drie partijen, twee kwesties.", "summary: 2024-01-01"))
    assert "got a date (2024-01-01)" in problem.message


# --- cross-references --------------------------------------------------------------------------


def test_a_dangling_reference_is_shown_at_the_reference() -> None:
    text = changed("required: [gemeente]", "required: [gemeent]")
    problem = only(text)
    assert at(problem) == where(text, "gemeent]")
    assert problem.message.startswith("agreement.required[0]: unknown actor 'gemeent'")
    assert problem.hint == "did you mean 'gemeente'?"


def test_a_missing_point_is_shown_at_the_table() -> None:
    text = changed("geld: {laag: 10, hoog: 20, midden: 15}", "geld: {laag: 10, hoog: 20}")
    problem = only(text)
    assert problem.message == "actors[2].points.geld: no points for option(s) midden"
    assert at(problem) == where(text, "geld: {laag: 10, hoog: 20}")


def test_problems_come_sorted_by_line() -> None:
    text = changed("batna: 10", "batna: tien")
    text = changed("rounds: 6", "rounds: zes", text)
    found = problems(text)
    assert [p.line for p in found] == sorted(p.line for p in found)
    assert len(found) == 2


# --- YAML and file errors ----------------------------------------------------------------------


def test_a_duplicate_key_is_an_error_at_the_second_key() -> None:
    text = changed("    batna: 10\n", "    batna: 10\n    batna: 11\n")
    problem = only(text)
    assert at(problem) == where(text, "batna: 11")
    assert problem.message == f"duplicate key 'batna' (first on line {where(text, 'batna: 10')[0]})"


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n"])
def test_an_empty_file_says_so(text: str) -> None:
    problem = only(text)
    assert (problem.line, problem.col, problem.message) == (1, 1, "the file is empty")


@pytest.mark.parametrize(
    ("text", "got"), [("- a\n- b\n", "a list"), ("hallo\n", '"hallo"'), ("42\n", "the number 42")]
)
def test_a_file_that_is_not_a_mapping_says_what_it_is(text: str, got: str) -> None:
    problem = only(text)
    assert problem.message.endswith(f"this file is {got}")
    assert at(problem) == (1, 1)


def test_a_tab_in_the_indentation_is_named() -> None:
    text = changed("    batna: 10\n", "\tbatna: 10\n")
    problem = only(text)
    assert at(problem) == where(text, "\tbatna")
    assert problem.message == "tab used for indentation; YAML allows only spaces"


def test_a_colon_inside_a_value_gets_a_quote_hint() -> None:
    text = changed("role: Teamchef", "role: Teamchef: wijk")
    problem = only(text)
    assert problem.line == where(text, "Teamchef: wijk")[0]
    assert problem.message.startswith(t("scenario.plain.colon_in_value", "en"))
    assert problem.hint is not None and "quotes" in problem.hint


def test_a_line_without_a_colon_is_shown_at_that_line() -> None:
    text = changed("    role: Teamchef\n", "    role: Teamchef\n    zomaar tekst\n")
    problem = only(text)
    assert problem.line == where(text, "zomaar tekst")[0]
    assert problem.hint == "a line without 'key: value', or wrong indentation"


def test_an_unclosed_quote_is_shown_where_it_opens() -> None:
    text = changed("summary: Drie partijen, twee kwesties.", "summary: 'Drie partijen")
    problem = only(text)
    assert at(problem) == where(text, "'Drie")
    assert problem.hint == "a quote or bracket is never closed"


def test_an_undefined_alias_is_named() -> None:
    text = changed("rounds: 6", "rounds: *zes")
    problem = only(text)
    assert at(problem) == where(text, "*zes")
    assert "undefined alias" in problem.message


def test_two_documents_in_one_file_are_refused() -> None:
    text = full_text() + "---\nid: tweede\n"
    problem = only(text)
    assert problem.message == "more than one document in the file (a second '---')"
    assert problem.line == where(text, "---\nid: tweede")[0]


def test_a_control_character_is_named_with_its_place() -> None:
    text = changed("batna: 10", "batna: 1\x070")
    problem = only(text)
    assert at(problem) == where(text, "\x07")
    assert problem.message == "character U+0007 is not allowed in YAML"


def test_an_unsupported_tag_is_refused() -> None:
    text = changed("rounds: 6", "rounds: !!python/object:os.system 6")
    problem = only(text)
    assert at(problem) == where(text, "!!python")
    assert problem.message.startswith("YAML tag tag:yaml.org,2002:python/object:os.system")


def test_an_alias_bomb_is_refused() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for name, prev in zip("bcdefghij", "abcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 10) + "]")
    problem = only("\n".join(lines) + "\n")
    assert problem.message == "too many values (more than 50000, counting every use of an alias)"


def test_an_alias_to_itself_is_refused() -> None:
    problem = only("id: &a [x, *a]\n")
    assert problem.message == "an alias refers to itself"


@pytest.mark.parametrize("depth", [60, 5000])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_deep_nesting_is_refused_in_our_words_where_it_goes_too_deep(depth: int, lang: str) -> None:
    """Our builder, Python's recursion limit or the YAML library's own limit may stop it:
    the trainer reads the same sentence at the same place whichever did."""
    text = "id: " + "[" * depth + "]" * depth + "\n"
    problems = compose(text, "f.yaml", lang).problems
    assert len(problems) == 1
    assert problems[0].message == t("scenario.too_deep", lang, limit=MAX_DEPTH)
    assert (problems[0].line, problems[0].col) == (1, 4 + MAX_DEPTH + 1)


def test_deep_block_nesting_is_placed_at_the_first_key_too_deep() -> None:
    text = "a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 80)) + "  " * 80 + "x: 1\n"
    problem = only(text)
    assert problem.message == t("scenario.too_deep", "en", limit=MAX_DEPTH)
    assert problem.line == MAX_DEPTH + 2


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("a:\n  b: 1\n c: 2\n", "scenario.plain.indentation"),
        ('id: "abc\ntitle: y\n', "scenario.plain.unclosed_quote"),
        ("id: [a, b\ntitle: y\n", "scenario.plain.unclosed_bracket"),
        ("id: *foo\n", "scenario.plain.undefined_alias"),
        ("id: @x\n", "scenario.plain.bad_start"),
        ('id: "a\\qb"\n', "scenario.plain.bad_escape"),
        ("a:\n  - x\n  y\n", "scenario.plain.missing_colon"),
    ],
)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_parser_jargon_becomes_a_plain_sentence_with_the_technical_text_after_it(
    text: str, plain: str, lang: str
) -> None:
    problems = compose(text, "f.yaml", lang).problems
    assert len(problems) == 1
    message = problems[0].message
    assert message.startswith(t(plain, lang) + " (YAML: ")
    assert message.endswith(")")


def test_text_over_the_size_limit_is_refused() -> None:
    problem = only("# " + "x" * MAX_FILE_BYTES + "\n")
    assert problem.message.startswith("file is too large")


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path, lang="en")
    assert caught.value.problems[0].message.startswith("file is too large")


def test_bytes_that_are_not_utf8_are_shown_at_the_first_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    text = changed("role: Teamchef", "role: Teamchéf")
    path.write_bytes(text.encode("latin-1"))
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path, lang="en")
    (problem,) = caught.value.problems
    assert at(problem) == where(text, "éf")
    assert problem.message == "not valid UTF-8 (byte 0xe9)"
    assert problem.format().startswith(f"{path}:{problem.line}:{problem.col}: not valid UTF-8")


def test_a_missing_file_and_a_folder_are_problems_not_crashes(tmp_path: Path) -> None:
    for path, message in (
        (tmp_path / "nope.yaml", "file not found"),
        (tmp_path, "this is a directory, not a file"),
    ):
        with pytest.raises(ScenarioError) as caught:
            load_scenario(path, lang="en")
        assert [p.message for p in caught.value.problems] == [message]


def test_messages_can_be_dutch() -> None:
    with pytest.raises(ScenarioError) as caught:
        load_text(changed("batna: 25.5", "batna: veel"), lang="nl")
    assert (
        caught.value.problems[0].message == 'actors[1].batna: verwacht een getal, maar kreeg "veel"'
    )


def test_the_error_text_is_every_problem_formatted() -> None:
    with pytest.raises(ScenarioError) as caught:
        load_text(changed("batna: 25.5", "batna: veel"), "a.yaml", lang="en")
    assert str(caught.value) == caught.value.problems[0].format()
    assert str(caught.value).startswith("a.yaml:")


# --- shipped scenarios -------------------------------------------------------------------------


@pytest.mark.parametrize("path", shipped_scenarios(), ids=lambda p: p.name)
def test_every_shipped_scenario_loads(path: Path) -> None:
    loaded = load_scenario(path)
    assert loaded.scenario.id == path.stem


def test_the_default_scenario_is_one_of_the_shipped_ones() -> None:
    if not default_scenario_path().exists():
        pytest.skip("the default scenario is not written yet")
    assert default_scenario_path() in shipped_scenarios()


def test_the_scenarios_folder_can_be_overridden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "b.yaml").write_text("x", encoding="utf-8")
    (tmp_path / "a.yaml").write_text("x", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    monkeypatch.setenv("OMGEVINGSTAFEL_SCENARIOS", str(tmp_path))
    assert shipped_scenarios() == [tmp_path / "a.yaml", tmp_path / "b.yaml"]
    assert default_scenario_path().parent == tmp_path


def test_a_large_file_with_too_many_values_is_refused_before_building_it() -> None:
    text = "".join(f"k{i}: [a, b, {{c: d}}]\n" for i in range(12_000))
    problem = only(text)
    assert problem.message.startswith("too many values")
    assert problem.line > 1


def test_a_large_file_with_a_syntax_error_is_reported_without_the_slow_reparse() -> None:
    text = "".join(f"k{i}: abcdefghij\n" for i in range(12_000)) + "x: [\n"
    problem = only(text)
    assert problem.message.startswith(t("scenario.plain.unclosed_bracket", "en"))
    assert problem.line >= 12_000


def test_a_choice_in_capitals_gets_the_right_spelling() -> None:
    problem = only(changed("language: nl", "language: NL"))
    assert problem.message == "language: 'NL' is not one of: nl, en"
    assert problem.hint == "did you mean 'nl'?"


def test_a_list_where_one_choice_belongs_says_so() -> None:
    problem = only(changed("strategy: tough", "strategy: [tough]"))
    assert problem.message.startswith("actors[0].strategy: expected one of: tough, conceder")
    assert problem.message.endswith("got a list")


def test_an_effect_written_as_a_word_asks_for_a_mapping() -> None:
    problem = only(changed("{kind: move_deadline, delta: -1}", "move_deadline"))
    assert problem.message == (
        "events[0].effects[2]: expected a mapping (lines of 'key: value'), got \"move_deadline\""
    )


def test_a_value_yaml_reads_as_something_else_is_explained() -> None:
    problem = only(changed("rounds: 6", "rounds: 1:30"))
    assert problem.message == "rounds: must be at most 52, is 90"
    assert problem.hint == 'YAML reads 1:30 as 90; put it in quotes: "1:30"'


def test_yes_where_a_number_belongs_is_explained() -> None:
    problem = only(changed("batna: 10", "batna: yes"))
    assert problem.message == "actors[2].batna: expected a number, got the value true"
    assert problem.hint == 'YAML reads yes as true; put it in quotes: "yes"'


def test_a_huge_number_is_shown_short() -> None:
    problem = only(changed("rounds: 6", "rounds: " + "9" * 3000))
    assert problem.message == "rounds: must be at most 52, is 99999999999999999…"


def test_a_batna_of_nan_is_refused_as_not_a_finite_number() -> None:
    from game.scenario.loader import ScenarioError, default_scenario_path, load_text

    text = default_scenario_path().read_text(encoding="utf-8")
    broken = text.replace("batna: ", "batna: .nan  # ", 1)
    with pytest.raises(ScenarioError) as caught:
        load_text(broken, "nan.yaml", lang="en")
    first = caught.value.problems[0]
    assert "batna" in first.message and "finite" in first.message
    assert first.hint is None
