"""Random scenarios round-trip through YAML; random damage always gives located problems."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.scenario.loader import ScenarioError, load_scenario, load_text, shipped_scenarios
from game.scenario.model import STRATEGIES, Scenario
from game.scenario.template import render
from game.text import t

FIXTURE = Path(__file__).parent / "fixtures" / "full.yaml"

ids = st.from_regex(r"[a-z][a-z0-9_-]{0,8}", fullmatch=True)
plain_text = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")), max_size=24
)
texts: st.SearchStrategy[Any] = st.one_of(
    plain_text,
    st.fixed_dictionaries({"nl": plain_text.filter(bool)}, optional={"en": plain_text}),
)
numbers = st.one_of(
    st.integers(-50, 100), st.floats(-100, 100, allow_nan=False, allow_infinity=False)
)
WEIGHTS = (
    {},
    {"own": 0.5, "integration": 0.3, "process": 0.2},
    {"own": 1, "integration": 0, "process": 0},
)


def _subset(draw: st.DrawFn, items: list[str], max_size: int | None = None) -> list[str]:
    return draw(st.lists(st.sampled_from(items), unique=True, max_size=max_size)) if items else []


def _option_set(draw: st.DrawFn, options: dict[str, list[str]]) -> dict[str, list[str]]:
    chosen = _subset(draw, list(options))
    return {issue: _subset(draw, options[issue]) for issue in chosen}


def _actor(draw: st.DrawFn, actor_id: str, options: dict[str, list[str]]) -> dict[str, Any]:
    interests = draw(st.lists(ids, unique=True, max_size=2))
    actor: dict[str, Any] = {
        "id": actor_id,
        "name": draw(texts),
        "kind": draw(st.sampled_from(["gemeente", "ggz", "politie", "bewoners", "overig"])),
        "role": draw(texts),
        "brief": {"public": draw(texts), "confidential": draw(texts)},
        "interests": [
            {"id": i, "text": draw(texts), "issues": _subset(draw, list(options))}
            for i in interests
        ],
        "points": {issue: {o: draw(numbers) for o in opts} for issue, opts in options.items()},
        "batna": draw(numbers),
        "mandate": {
            "forbidden": _option_set(draw, options),
            "min_score": draw(st.none() | numbers),
        },
        "consultations": [
            {
                "id": c,
                "label": draw(texts),
                "chance_no": draw(st.floats(0, 1)),
                "effect": {"allow": _option_set(draw, options)},
            }
            for c in draw(st.lists(ids, unique=True, max_size=2))
        ],
        "strategy": draw(st.none() | st.sampled_from(STRATEGIES)),
    }
    return actor


def _effect(draw: st.DrawFn, actors: list[str], options: dict[str, list[str]]) -> dict[str, Any]:
    kind = draw(st.sampled_from(["change_points", "change_batna", "widen", "narrow", "deadline"]))
    actor = draw(st.sampled_from(actors))
    if kind == "change_points":
        issue = draw(st.sampled_from(list(options)))
        option = draw(st.sampled_from(options[issue]))
        return {
            "kind": "change_points",
            "actor": actor,
            "issue": issue,
            "option": option,
            "delta": draw(numbers),
        }
    if kind == "change_batna":
        return {"kind": "change_batna", "actor": actor, "delta": draw(numbers)}
    if kind == "widen":
        return {"kind": "widen_mandate", "actor": actor, "allow": _option_set(draw, options)}
    if kind == "narrow":
        return {"kind": "narrow_mandate", "actor": actor, "forbid": _option_set(draw, options)}
    return {"kind": "move_deadline", "delta": draw(st.integers(-2, 2))}


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    """A valid scenario: every reference resolves and every table is full."""
    issue_ids = draw(st.lists(ids, min_size=1, max_size=3, unique=True))
    options = {i: draw(st.lists(ids, min_size=2, max_size=4, unique=True)) for i in issue_ids}
    names = draw(st.lists(ids, min_size=3, max_size=5, unique=True))
    base_ids, late_id = names[:-1], names[-1]
    actors = [_actor(draw, a, options) for a in base_ids]
    with_late = draw(st.booleans())
    everyone = [*base_ids, late_id] if with_late else base_ids
    rounds = draw(st.integers(1, 12))
    events: list[dict[str, Any]] = []
    for index, event_id in enumerate(draw(st.lists(ids, unique=True, max_size=3))):
        trigger = draw(
            st.one_of(
                st.builds(lambda r: {"round": r}, st.integers(1, 12)),
                st.builds(
                    lambda c, f: {"chance": c, "from_round": f, "until_round": f + 2},
                    st.floats(0, 1),
                    st.integers(1, 5),
                ),
            )
        )
        effects = draw(st.lists(st.builds(lambda: None), max_size=2))
        event = {
            "id": event_id,
            "trigger": trigger,
            "condition": {
                "at_table": _subset(draw, base_ids),
                "escalated": draw(st.none() | st.booleans()),
            },
            "message": draw(texts),
            "to": draw(st.none() | st.just(_subset(draw, base_ids))),
            "effects": [_effect(draw, base_ids, options) for _ in effects],
        }
        if index == 0 and with_late:
            issue = issue_ids[0]
            new_option = "nieuw-" + str(len(options[issue]))
            event["effects"] += [
                {"kind": "add_actor", "actor": _actor(draw, late_id, options)},
                {
                    "kind": "add_option",
                    "issue": issue,
                    "option": {"id": new_option, "label": draw(texts)},
                    "points": {a: draw(numbers) for a in everyone},
                },
            ]
        events.append(event)
    if with_late and not events:
        everyone = base_ids
    required = _subset(draw, base_ids, max_size=2)
    if draw(st.booleans()):
        agreement: dict[str, Any] = {"rule": "unanimity", "required": required}
    else:
        quorum = draw(st.integers(max(1, len(required)), len(everyone)))
        agreement = {"rule": "quorum", "quorum": quorum, "required": required}
    data: dict[str, Any] = {
        "id": draw(ids),
        "title": draw(texts),
        "summary": draw(texts),
        "language": draw(st.sampled_from(["nl", "en"])),
        "learning_goals": [
            {"id": g, "text": draw(texts), "questions": draw(st.lists(texts, max_size=2))}
            for g in draw(st.lists(ids, unique=True, max_size=2))
        ],
        "rounds": rounds,
        "turn_order": draw(st.none() | st.permutations(base_ids).map(list)),
        "agreement": agreement,
        "issues": [
            {
                "id": i,
                "name": draw(texts),
                "description": draw(st.none() | texts),
                "options": [{"id": o, "label": draw(texts)} for o in options[i]],
            }
            for i in issue_ids
        ],
        "actors": actors,
        "events": events,
        "weights": draw(st.sampled_from(WEIGHTS)),
        "reflection": [{"round": draw(st.integers(1, rounds)), "question": draw(texts)}],
        "phrases": [
            {"id": p, "text": draw(texts)} for p in draw(st.lists(ids, unique=True, max_size=2))
        ],
    }
    if draw(st.booleans()):
        refs = [{"actor": a["id"], "interest": i["id"]} for a in actors for i in a["interests"]]
        data["escalation"] = {
            "advice": [{"text": draw(texts), "to": _subset(draw, base_ids), "reveals": refs[:2]}]
        }
    return Scenario.model_validate(data)


def dump(scenario: Scenario) -> str:
    data = scenario.model_dump(mode="json", exclude_none=True)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_a_valid_scenario_round_trips_through_yaml(scenario: Scenario) -> None:
    loaded = load_text(dump(scenario), "random.yaml")
    assert loaded.scenario == scenario


# --- damage ------------------------------------------------------------------------------------


def _sources() -> list[bytes]:
    texts_ = [FIXTURE.read_text(encoding="utf-8"), render("tafel", "schema.json", "tafel.yaml")]
    texts_ += [p.read_text(encoding="utf-8") for p in shipped_scenarios()]
    return [text.encode("utf-8") for text in texts_]


SOURCES = _sources()
WRONG_VALUES = [
    "veel",
    "[1, 2]",
    "{a: 1}",
    "no",
    "",
    "-5",
    "1e999",
    "~",
    "'",
    "*nope",
    "!!binary x",
    "2024-02-30",
]
_VALUE_LINE = re.compile(rb"^(\s*-?\s*[A-Za-z_][\w-]*:)\s*(\S.*)$")


def _lines(raw: bytes) -> list[bytes]:
    return raw.split(b"\n")


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """A shipped or fixture file with one to three kinds of damage."""
    raw = draw(st.sampled_from(SOURCES))
    for _ in range(draw(st.integers(1, 3))):
        lines = _lines(raw)
        index = draw(st.integers(0, len(lines) - 1))
        how = draw(
            st.sampled_from(
                [
                    "delete",
                    "wrong",
                    "unknown",
                    "dangling",
                    "truncate",
                    "garbage",
                    "duplicate",
                    "indent",
                    "tab",
                ]
            )
        )
        if how == "delete":
            del lines[index]
        elif how == "wrong":
            candidates = [i for i, line in enumerate(lines) if _VALUE_LINE.match(line)]
            if candidates:
                i = draw(st.sampled_from(candidates))
                match = _VALUE_LINE.match(lines[i])
                assert match is not None
                lines[i] = match.group(1) + b" " + draw(st.sampled_from(WRONG_VALUES)).encode()
        elif how == "unknown":
            indent = re.match(rb"\s*", lines[index]).group()  # type: ignore[union-attr]
            lines.insert(index + 1, indent + b"onbekend_veld: 1")
        elif how == "dangling":
            words = sorted({w for w in re.findall(rb"\b[a-z][a-z0-9_-]{2,}\b", raw)})
            if not words:
                continue
            word = draw(st.sampled_from(words))
            raw = re.sub(
                rb"\b" + re.escape(word) + rb"\b", word + b"x", raw, count=draw(st.integers(1, 3))
            )
            continue
        elif how == "truncate":
            raw = raw[: draw(st.integers(0, len(raw)))]
            continue
        elif how == "garbage":
            at = draw(st.integers(0, len(raw)))
            raw = raw[:at] + draw(st.binary(min_size=1, max_size=8)) + raw[at:]
            continue
        elif how == "duplicate":
            lines.insert(index, lines[index])
        elif how == "indent":
            lines[index] = draw(st.sampled_from([b" ", b"   ", b""])) + lines[index].lstrip(b" ")
        else:
            lines[index] = b"\t" + lines[index]
        raw = b"\n".join(lines)
    return raw


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("damaged")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=damaged())
def test_damage_gives_located_problems_and_never_a_crash(folder: Path, raw: bytes) -> None:
    path = folder / "damaged.yaml"
    path.write_bytes(raw)
    try:
        load_scenario(path, lang="en")
    except ScenarioError as error:
        assert error.problems
        breaks = (b"\n", b"\r", "\x85".encode(), "\u2028".encode(), "\u2029".encode())
        line_count = sum(raw.count(b) for b in breaks) + 1
        internal = t("scenario.internal", "en", error="").split(":")[0]
        for problem in error.problems:
            assert 1 <= problem.line <= line_count + 1, problem.format()
            assert problem.col >= 1, problem.format()
            assert problem.message and not problem.message.startswith(internal), problem.format()
