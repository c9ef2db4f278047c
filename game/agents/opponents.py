"""What a bot believes the others care about: a frequency model learnt from the table.

Everything comes from the bot's own view: the proposals each actor made and supported, the
interests it revealed (an interest names the issues it is about), and truthful answers the bot
received (their `data` names the answerer's best options and how much the issue weighs, as
ids beside the words the asker reads). Options an actor keeps proposing are options it likes;
issues it never moves on, or speaks about, are issues that weigh for it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from game.agents.own_table import OwnTable
from game.engine import PlayerView

PROPOSED = 2.0  # evidence an option gets from appearing in an actor's own proposal
SUPPORTED = 1.0  # … from a proposal the actor supports
ANSWERED_BEST = 4.0  # … from being named as its best option in a truthful answer
INTEREST_WEIGHT = 1.0  # extra weight per revealed interest about an issue
STEADY_WEIGHT = 0.5  # extra weight for an issue an actor never moved on (2+ proposals)
ANSWER_WEIGHTS = {"high": 2.0, "medium": 0.7, "low": -0.5}
MIN_WEIGHT = 0.2


@dataclass(frozen=True)
class Belief:
    """One other actor as the bot sees it: issue weights and option liking in [0, 1]."""

    actor: str
    weights: dict[str, float]
    liking: dict[str, dict[str, float]]
    evidence: float  # how much the bot has seen of this actor

    def per_option(self, table: OwnTable) -> list[np.ndarray]:
        """Per issue of `table`: each option's share of this actor's best, weight included."""
        total = sum(self.weights.values()) or 1.0
        out = []
        for k, issue in enumerate(table.issues):
            liking = self.liking.get(issue, {})
            share = self.weights.get(issue, 1.0) / total
            out.append(np.array([share * liking.get(o, 1.0) for o in table.options[k]]))
        return out

    def utility(self, table: OwnTable) -> np.ndarray:
        """The estimated share of its best this actor gets from every package, in [0, 1]."""
        return _spread(table, self.per_option(table))


def joint_utility(found: Iterable[Belief], table: OwnTable) -> np.ndarray:
    """Per package: the estimated shares of their best, summed over the believed actors."""
    summed = [np.zeros(len(options)) for options in table.options]
    for belief in found:
        for k, shares in enumerate(belief.per_option(table)):
            summed[k] += shares
    return _spread(table, summed)


def _spread(table: OwnTable, per_issue: list[np.ndarray]) -> np.ndarray:
    """Per package: the sum over issues of the value of its option there."""
    out = np.zeros(table.size)
    for k, values in enumerate(per_issue):
        out += values[table.digits[:, k]]
    return out


def beliefs(view: PlayerView) -> dict[str, Belief]:
    """The bot's model of every other actor at the table, from its view alone."""
    me = view.actor
    others = [a.id for a in view.actors if a.id != me and a.status == "at_table"]
    issues = {issue.id: issue for issue in view.issues}
    counts: dict[str, dict[str, dict[str, float]]] = {
        a: {i: defaultdict(float) for i in issues} for a in others
    }
    weights: dict[str, dict[str, float]] = {a: dict.fromkeys(issues, 1.0) for a in others}
    evidence: dict[str, float] = dict.fromkeys(others, 0.0)
    proposed: dict[str, list[dict[str, str]]] = {a: [] for a in others}
    for proposal in view.proposals:
        for actor in proposal.supporters:
            if actor not in counts:
                continue
            own = actor == proposal.proposer
            for issue, option in proposal.package.items():
                if issue in issues:
                    counts[actor][issue][option] += PROPOSED if own else SUPPORTED
            evidence[actor] += 1.0
            if own:
                proposed[actor].append(proposal.package)
    for actor, packages in proposed.items():
        if len(packages) >= 2:
            for issue in issues:
                if len({p.get(issue) for p in packages}) == 1:
                    weights[actor][issue] += STEADY_WEIGHT
    for actor_view in view.actors:
        if actor_view.id not in weights:
            continue
        for interest in actor_view.revealed_interests:
            evidence[actor_view.id] += 1.0
            for issue in interest.issues:
                if issue in issues:
                    weights[actor_view.id][issue] += INTEREST_WEIGHT
    _learn_from_answers(view, issues, counts, weights, evidence)
    added = _added_options(view)
    out = {}
    for actor in others:
        last = max((p.round for p in view.proposals if p.proposer == actor), default=0)
        liking = {}
        for issue, by_option in counts[actor].items():
            top = max(by_option.values(), default=0.0)
            liking[issue] = {
                o.id: 1.0
                if added.get((issue, o.id), 0) > last  # not proposed since: no sign either way
                else (by_option.get(o.id, 0.0) + 1.0) / (top + 1.0)
                for o in issues[issue].options
            }
        out[actor] = Belief(
            actor,
            {i: max(MIN_WEIGHT, w) for i, w in weights[actor].items()},
            liking,
            evidence[actor],
        )
    return out


def _added_options(view: PlayerView) -> dict[tuple[str, str], int]:
    """(issue, option) → the round an event added it to the table."""
    return {
        (str(line.data.get("issue")), str(line.data.get("option"))): line.round
        for line in view.log
        if line.kind == "option_added"
    }


def _learn_from_answers(
    view: PlayerView,
    issues: dict,
    counts: dict[str, dict[str, dict[str, float]]],
    weights: dict[str, dict[str, float]],
    evidence: dict[str, float],
) -> None:
    """Truthful answers to this bot's questions: the answer line in its view carries the
    answerer's best options (`best`, option ids) and the issue's weight (`weight`)."""
    questions = {q.id: q for q in view.questions if q.asker == view.actor}
    for line in view.log:
        if line.kind != "answer" or line.data.get("mode") != "truthful":
            continue
        question = questions.get(line.data.get("question"))  # type: ignore[arg-type]
        if question is None or question.to not in counts or question.issue not in issues:
            continue
        evidence[question.to] += 1.0
        best = line.data.get("best")
        for option in best if isinstance(best, list) else ():
            counts[question.to][question.issue][str(option)] += ANSWERED_BEST
        weight = line.data.get("weight")
        if isinstance(weight, str) and weight in ANSWER_WEIGHTS:
            weights[question.to][question.issue] += ANSWER_WEIGHTS[weight]
