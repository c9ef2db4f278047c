"""What an asked actor says, by answer mode, generated from its own current points.

A truthful answer names its best option(s) on the issue and how much the issue matters to
it (the issue's spread of points against its spread over all issues) — in words, never
numbers. A vague answer commits to nothing; a declined one says so. The log entry's `data`
carries the same facts as ids (`best`: option ids, `weight`: "high" | "medium" | "low").
"""

from __future__ import annotations

from game.engine.kept import KeptFor
from game.engine.labels import bilingual, labels_for
from game.engine.log import JSONValue
from game.engine.setting import Setting
from game.engine.state import Question, State
from game.scenario.model import LocalText, Scenario

HIGH_SHARE = 1.5  # times the average issue's share of the spread: "matters a lot"
MEDIUM_SHARE = 0.75


def weight_key(state: State, actor: str, issue: str) -> str:
    """'high', 'medium' or 'low': how much `issue` matters to `actor` now."""
    issues = state.issues
    spreads = {}
    for i, table in state.points[actor].items():
        if i in issues:
            values = [table[o] for o in issues[i]]
            spreads[i] = max(values) - min(values)
    total = sum(spreads.values())
    if total <= 0:
        return "low"
    share = spreads[issue] / total * len(spreads)
    if share >= HIGH_SHARE:
        return "high"
    if share >= MEDIUM_SHARE:
        return "medium"
    return "low"


def best_options(state: State, actor: str, issue: str) -> list[str]:
    table = state.points[actor][issue]
    top = max(table[o] for o in state.issues[issue])
    return [o for o in state.issues[issue] if table[o] == top]


def answer_facts(state: State, question: Question, mode: str) -> tuple[list[str], str] | None:
    """A truthful answer's facts, worked out once for its line and its data: the answerer's
    best options on the issue and how much the issue weighs for it (None: not truthful)."""
    if mode != "truthful":
        return None
    return best_options(state, question.to, question.issue), weight_key(
        state, question.to, question.issue
    )


def answer_data(
    question: Question, mode: str, facts: tuple[list[str], str] | None
) -> dict[str, JSONValue]:
    """What the answer says, for programs (bots): the same facts as the text, as ids."""
    data: dict[str, JSONValue] = {"question": question.id, "issue": question.issue, "mode": mode}
    if facts is not None:
        best, weight = facts
        data["best"] = list(best)
        data["weight"] = weight
    return data


def answer_text(
    setting: Setting, question: Question, mode: str, facts: tuple[list[str], str] | None
) -> tuple[str, str]:
    """The answer as the asker hears it, in Dutch and English.

    Worded once per scenario, people, issue, mode and facts: the words come from the
    scenario and the catalogue only, and a game asks the same things again and again."""
    said = None if facts is None else (tuple(facts[0]), facts[1])
    return _WORDED((setting.scenario,), question.to, question.asker, question.issue, mode, said)


def _worded(
    scenario: Scenario,
    answerer: str,
    asker: str,
    issue: str,
    mode: str,
    said: tuple[tuple[str, ...], str] | None,
) -> tuple[str, str]:
    labels = labels_for(scenario)
    values: dict[str, object] = {
        "actor": labels.actor(answerer),
        "asker": labels.actor(asker),
        "issue": labels.issue(issue),
    }
    if said is not None:
        best_options_now, weight = said
        best = [labels.option(issue, o) for o in best_options_now]
        values["options"] = LocalText(
            nl=" / ".join(b.nl for b in best), en=" / ".join(b.en or b.nl for b in best)
        )
        weight_nl, weight_en = bilingual(f"engine.weight.{weight}")
        values["weight"] = LocalText(nl=weight_nl, en=weight_en)
        return bilingual("engine.answer.truthful", **values)
    if mode == "vague":
        return bilingual("engine.answer.vague", **values)
    return bilingual("engine.answer.decline", **values)


#: Answers a process keeps worded.
_WORDED: KeptFor[tuple[str, str]] = KeptFor(_worded)
