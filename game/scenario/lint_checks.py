"""The checks of lint: what a valid scenario means for the negotiation it sets up.

Each check takes a `Table` (the scenario with its outcome space and masks) and returns
`Problem`s with a path into the document and a severity. Messages come from the catalogue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from game.scenario.lint_space import (
    AgreementRule,
    initial_mandate,
    mandate_masks,
    widest_mandate,
)
from game.scenario.lint_text import texts_without_english
from game.scenario.model import Event, MoveDeadline, Scenario
from game.scenario.points import MAX_DECIMALS, rounded, shown, too_precise
from game.scenario.problems import Problem, Severity
from game.scenario.space import OutcomeSpace
from game.text import t


def _quoted(ids: list[str]) -> str:
    return ", ".join(f"'{i}'" for i in ids)


@dataclass
class Table:
    """A scenario with everything lint computes about it once."""

    scenario: Scenario
    lang: str

    @cached_property
    def space(self) -> OutcomeSpace:
        return OutcomeSpace.from_scenario(self.scenario)

    @cached_property
    def actor_ids(self) -> list[str]:
        return list(self.space.actor_ids)

    @cached_property
    def rule(self) -> AgreementRule:
        return AgreementRule.of(self.scenario, self.actor_ids)

    @property
    def unanimity(self) -> bool:
        return self.scenario.agreement.rule == "unanimity"

    def needed(self, actor_id: str) -> bool:
        """Can no deal be made without this actor?"""
        return self.unanimity or actor_id in self.scenario.agreement.required

    @cached_property
    def above_batna(self) -> np.ndarray:
        """(packages, actors): does the actor prefer the package to no deal?"""
        return self.space.surplus_units >= 0

    @cached_property
    def zopa(self) -> np.ndarray:
        return self.space.zopa_mask

    @cached_property
    def feasible(self) -> np.ndarray:
        """Packages a coalition satisfying the agreement rule prefers to no deal (F)."""
        return self.rule.agreeable(self.above_batna)

    @cached_property
    def initial_inside(self) -> np.ndarray:
        rules = [initial_mandate(a.mandate) for a in self.scenario.actors]
        return mandate_masks(self.space, rules)

    @cached_property
    def widest_inside(self) -> np.ndarray:
        rules = [widest_mandate(a, self.scenario) for a in self.scenario.actors]
        return mandate_masks(self.space, rules)

    @cached_property
    def latest_deadline(self) -> int:
        """The deadline after every event that moves it later has fired."""
        extension = sum(
            effect.delta
            for event in self.scenario.events
            for effect in event.effects
            if isinstance(effect, MoveDeadline) and effect.delta > 0
        )
        return self.scenario.rounds + extension

    def actor_path(self, actor_id: str) -> tuple[str | int, ...]:
        return ("actors", self.actor_ids.index(actor_id))


def _problem(
    path: tuple[str | int, ...],
    severity: Severity,
    message: str,
    hint: str | None = None,
    kind: str | None = None,
) -> Problem:
    return Problem(path, message, hint, severity, kind)


def check_zopa(table: Table) -> list[Problem]:
    """No deal possible: error; under a quorum, an empty ZOPA with feasible deals warns."""
    lang = table.lang
    if table.feasible.any() and table.zopa.any():
        return []
    counts = table.above_batna.sum(axis=0)
    tightest = int(np.argmin(counts))
    hint = t(
        "lint.zopa.empty_hint",
        lang,
        actor=f"'{table.actor_ids[tightest]}'",
        count=int(counts[tightest]),
        total=table.space.size,
    )
    if table.unanimity:
        return [_problem(("actors",), "error", t("lint.zopa.empty", lang), hint, "lint.zopa.empty")]
    if not table.feasible.any():
        message = t(
            "lint.feasible.empty",
            lang,
            quorum=table.rule.quorum,
            required=_quoted(list(table.scenario.agreement.required)) or "—",
        )
        return [_problem(("agreement",), "error", message, hint, "lint.feasible.empty")]
    message = t("lint.zopa.empty_quorum", lang, feasible=int(table.feasible.sum()))
    return [_problem(("actors",), "warning", message, hint, "lint.zopa.empty_quorum")]


def check_batna_reachable(table: Table) -> list[Problem]:
    """An actor whose BATNA beats every package: an error when the deal needs it."""
    space = table.space
    best = space.units.max(axis=0)
    out = []
    for k, actor_id in enumerate(table.actor_ids):
        if best[k] >= space.batna_units[k]:
            continue
        severity: Severity = "error" if table.needed(actor_id) else "warning"
        values = {
            "actor": f"'{actor_id}'",
            "batna": shown(float(space.batna[k]), lang=table.lang),
            "best": shown(int(best[k]) / space.scale, lang=table.lang),
        }
        out.append(
            _problem(
                (*table.actor_path(actor_id), "batna"),
                severity,
                t("lint.batna.unreachable", table.lang, **values),
                t("lint.batna.unreachable_hint", table.lang, **values),
                "lint.batna.unreachable",
            )
        )
    return out


def check_mandates(table: Table) -> list[Problem]:
    """No package inside every mandate (error), none in the ZOPA without consulting (warning)."""
    lang = table.lang
    hint = t("lint.mandate.empty_hint", lang)
    out = []
    for k, actor_id in enumerate(table.actor_ids):
        if not table.widest_inside[:, k].any():
            severity: Severity = "error" if table.needed(actor_id) else "warning"
            message = t("lint.mandate.actor_empty", lang, actor=f"'{actor_id}'")
            path = (*table.actor_path(actor_id), "mandate")
            out.append(_problem(path, severity, message, hint, "lint.mandate.actor_empty"))
    if out:
        return out
    if not table.rule.agreeable(table.widest_inside).any():
        message = t("lint.mandate.empty", lang)
        return [_problem(("actors",), "error", message, hint, "lint.mandate.empty")]
    if not table.feasible.any():
        return []
    if not table.rule.agreeable(table.widest_inside & table.above_batna).any():
        message = t("lint.mandate.after_outside_zopa", lang)
        return [_problem(("actors",), "warning", message, hint, "lint.mandate.after_outside_zopa")]
    if not table.rule.agreeable(table.initial_inside & table.above_batna).any():
        key = "lint.mandate.initial_outside_zopa"
        return [_problem(("actors",), "warning", t(key, lang), kind=key)]
    return []


def _all_points(scenario: Scenario, issue_id: str, option_ids: list[str]) -> np.ndarray:
    """(options, actors) points of every actor, late actors included, for one issue."""
    return np.array(
        [[rounded(a.points[issue_id][o]) for a in scenario.all_actors()] for o in option_ids],
        dtype=float,
    )


def compatible_issues(scenario: Scenario) -> dict[str, str]:
    """Issues with one option that is every actor's best, tied to an interest: {issue: option}.

    Such an issue is the scenario's hidden compatible interest (the Ugli orange): the other
    options are dominated on purpose, because the table only finds the shared best option
    when someone reveals the interest behind it.
    """
    linked = {i for a in scenario.all_actors() for interest in a.interests for i in interest.issues}
    found = {}
    for issue in scenario.issues:
        option_ids = [o.id for o in issue.options]
        points = _all_points(scenario, issue.id, option_ids)
        if issue.id not in linked or np.all(points == points[0]):
            continue
        shared = np.flatnonzero(np.all(points == points.max(axis=0), axis=1))
        if shared.size:
            found[issue.id] = option_ids[int(shared[0])]
    return found


def check_options(table: Table) -> list[Problem]:
    """Dominated options and issues no actor cares about, both warnings.

    Options dominated by a compatible issue's shared best option are by design and pass.
    """
    lang = table.lang
    actor_ids = [a.id for a in table.scenario.all_actors()]
    compatible = compatible_issues(table.scenario)
    out = []
    for i_index, issue in enumerate(table.scenario.issues):
        option_ids = [o.id for o in issue.options]
        points = _all_points(table.scenario, issue.id, option_ids)
        if np.all(points == points[0]):
            message = t("lint.issue.indifferent", lang, issue=issue.id)
            out.append(
                _problem(("issues", i_index), "warning", message, kind="lint.issue.indifferent")
            )
            continue
        if issue.id in compatible:
            continue
        # dominated[o, p]: option o is worse-or-equal for all and worse for one than p
        worse_or_equal = np.all(points[:, None, :] <= points[None, :, :], axis=2)
        worse_somewhere = np.any(points[:, None, :] < points[None, :, :], axis=2)
        dominated = worse_or_equal & worse_somewhere
        for o_index, option_id in enumerate(option_ids):
            better = np.flatnonzero(dominated[o_index])
            if better.size == 0:
                continue
            p_index = int(better[0])
            losers = np.flatnonzero(points[o_index] < points[p_index])
            message = t(
                "lint.option.dominated",
                lang,
                option=option_id,
                better=option_ids[p_index],
                actors=_quoted([actor_ids[k] for k in losers]),
            )
            out.append(
                _problem(
                    ("issues", i_index, "options", o_index),
                    "warning",
                    message,
                    t("lint.option.dominated_hint", lang),
                    "lint.option.dominated",
                )
            )
    return out


#: Fields whose numbers are points (a points table, a BATNA, a minimum score, an event delta).
POINT_FIELDS = frozenset({"batna", "min_score", "delta"})


def _point_values(
    node: object, path: tuple[str | int, ...] = (), in_points: bool = False
) -> Iterator[tuple[tuple[str | int, ...], float]]:
    """(path, value) for every number of points in a dumped scenario."""
    if isinstance(node, dict):
        for key, value in node.items():
            inside = in_points or key == "points"
            if isinstance(value, float) and (inside or key in POINT_FIELDS):
                yield (*path, key), value
            else:
                yield from _point_values(value, (*path, key), inside)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _point_values(value, (*path, index), in_points)


def check_precision(table: Table) -> list[Problem]:
    """Points with more decimals than the game keeps: it rounds them, and says so."""
    lang = table.lang
    values = {"decimals": MAX_DECIMALS}
    hint = t("lint.points.too_precise_hint", lang, **values)
    return [
        _problem(
            path,
            "warning",
            t(
                "lint.points.too_precise",
                lang,
                value=repr(value),
                rounded=shown(value, lang=lang),
                **values,
            ),
            hint,
        )
        for path, value in _point_values(table.scenario.model_dump())
        if too_precise(value)
    ]


def _event_problems(table: Table, event: Event) -> list[tuple[tuple[str | int, ...], str]]:
    """(path inside the event, message) for every reason the event can never fire."""
    lang = table.lang
    trigger, condition = event.trigger, event.condition
    deadline = table.latest_deadline
    found: list[tuple[tuple[str | int, ...], str]] = []
    values: dict[str, object] = {"event": event.id, "deadline": deadline}
    if trigger.round is not None:
        if trigger.round > deadline:
            found.append(
                (
                    ("trigger", "round"),
                    t("lint.event.round_after_deadline", lang, round=trigger.round, **values),
                )
            )
        elif trigger.round < trigger.from_round or (
            trigger.until_round is not None and trigger.round > trigger.until_round
        ):
            found.append(
                (
                    ("trigger", "round"),
                    t("lint.event.round_outside_window", lang, round=trigger.round, **values),
                )
            )
    if trigger.chance is not None and trigger.chance == 0:
        found.append((("trigger", "chance"), t("lint.event.chance_zero", lang, **values)))
    if trigger.until_round is not None and trigger.until_round < trigger.from_round:
        found.append((("trigger", "until_round"), t("lint.event.window_empty", lang, **values)))
    elif trigger.round is None and trigger.from_round > deadline:
        found.append(
            (
                ("trigger", "from_round"),
                t("lint.event.window_after_deadline", lang, round=trigger.from_round, **values),
            )
        )
    for k, actor_id in enumerate(condition.walked_away):
        if actor_id in condition.at_table:
            message = t("lint.event.away_and_present", lang, actor=f"'{actor_id}'", **values)
            found.append((("condition", "walked_away", k), message))
        elif actor_id in table.scenario.agreement.required:
            message = t("lint.event.required_away", lang, actor=f"'{actor_id}'", **values)
            found.append((("condition", "walked_away", k), message))
    low, high = condition.min_proposals, condition.max_proposals
    if low is not None and high is not None and low > high:
        message = t("lint.event.proposals_contradict", lang, low=low, high=high, **values)
        found.append((("condition", "min_proposals"), message))
    if condition.escalated and table.scenario.escalation is None:
        found.append((("condition", "escalated"), t("lint.event.no_escalation", lang, **values)))
    return found


def check_events(table: Table) -> list[Problem]:
    """Events that can never fire, each a warning at the field that rules it out."""
    return [
        _problem(("events", index, *where), "warning", message, kind="lint.group.event_never")
        for index, event in enumerate(table.scenario.events)
        for where, message in _event_problems(table, event)
    ]


def _source_title(path: tuple[str | int, ...]) -> bool:
    """A source's title names a Dutch law or letter as it is published: no translation."""
    return len(path) == 3 and path[0] == "sources" and path[2] == "title"


def check_english(table: Table) -> list[Problem]:
    """One warning per text that has no English beside it, unless the case is Dutch only
    (`languages: [nl]`); the titles of sources are names and need none."""
    if "en" not in table.scenario.languages:
        return []
    message = t("lint.text.no_english", table.lang)
    hint = t("lint.text.no_english_hint", table.lang)
    return [
        _problem(path, "warning", message, hint, "lint.text.no_english")
        for path in texts_without_english(table.scenario)
        if not _source_title(path)
    ]


def check_sources(table: Table) -> list[Problem]:
    """A note when the case names no source: its legal and policy facts should say where they
    come from (a law article, ruling or policy letter, with its date)."""
    if table.scenario.sources:
        return []
    key = "lint.sources.none"
    return [_problem((), "info", t(key, table.lang), t("lint.sources.none_hint", table.lang), key)]


CHECKS: tuple[Callable[[Table], list[Problem]], ...] = (
    check_zopa,
    check_batna_reachable,
    check_mandates,
    check_options,
    check_precision,
    check_events,
    check_english,
    check_sources,
)
