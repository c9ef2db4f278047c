"""What a bot believes the others care about: a frequency model learnt from the table.

Everything comes from the bot's own view: the proposals each actor made and supported, the
interests it revealed (an interest names the issues it is about), and truthful answers the bot
received (their `data` names the answerer's best options and how much the issue weighs, as
ids beside the words the asker reads). Options an actor keeps proposing are options it likes;
issues it never moves on, or speaks about, are issues that weigh for it.

The model is a few small arrays over one flat row of options (every issue's options side by
side), so a bot can weigh every package of the table on every move.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import count, islice

import numpy as np

from game.agents.own_table import OwnTable, own_table
from game.engine import PlayerView
from game.engine.kept import KEPT_OBJECTS, KeptByObject, RowBudget
from game.engine.log import LogLine
from game.engine.views import ActorView, ProposalView

PROPOSED = 2.0  # evidence an option gets from appearing in an actor's own proposal
SUPPORTED = 1.0  # … from a proposal the actor supports
ANSWERED_BEST = 4.0  # … from being named as its best option in a truthful answer
INTEREST_WEIGHT = 1.0  # extra weight per revealed interest about an issue
STEADY_WEIGHT = 0.5  # extra weight for an issue an actor never moved on (2+ proposals)
ANSWER_WEIGHTS = {"high": 2.0, "medium": 0.7, "low": -0.5}
MIN_WEIGHT = 0.2


@dataclass(frozen=True, eq=False)
class Layout:
    """Where each option of a table sits in one flat row: issue k's options from offset k."""

    issues: tuple[str, ...]
    options: tuple[tuple[str, ...], ...]

    @cached_property
    def offsets(self) -> np.ndarray:
        return np.cumsum([0, *(len(o) for o in self.options)])

    @cached_property
    def issue_number(self) -> dict[str, int]:
        return {issue: k for k, issue in enumerate(self.issues)}

    @cached_property
    def issue_of(self) -> np.ndarray:
        """For each place in the row: the number of its issue."""
        return np.repeat(np.arange(len(self.issues)), [len(o) for o in self.options])

    @cached_property
    def place(self) -> dict[tuple[str, str], int]:
        return {
            (issue, option): int(self.offsets[k]) + j
            for k, (issue, options) in enumerate(zip(self.issues, self.options, strict=True))
            for j, option in enumerate(options)
        }


@lru_cache(maxsize=64)
def _layout(issues: tuple[str, ...], options: tuple[tuple[str, ...], ...]) -> Layout:
    return Layout(issues, options)


@lru_cache(maxsize=64)
def _flat_digits(table: OwnTable) -> np.ndarray:
    """Per package of the table: the places of its options in the flat row."""
    flat = table.digits + _layout(table.issues, table.options).offsets[:-1]
    flat.setflags(write=False)
    return flat


@dataclass(frozen=True, eq=False)
class Belief:
    """One other actor as the bot sees it: issue weights and option liking in [0, 1]."""

    actor: str
    layout: Layout
    weight: np.ndarray  # (issues,): how much each issue weighs, at least MIN_WEIGHT
    like: np.ndarray  # (options in the flat row,): how much it likes each option
    evidence: float  # how much the bot has seen of this actor

    @cached_property
    def weights(self) -> dict[str, float]:
        return {issue: float(w) for issue, w in zip(self.layout.issues, self.weight, strict=True)}

    @cached_property
    def liking(self) -> dict[str, dict[str, float]]:
        return {
            issue: {o: float(self.like[self.layout.place[(issue, o)]]) for o in options}
            for issue, options in zip(self.layout.issues, self.layout.options, strict=True)
        }

    @cached_property
    def shares(self) -> np.ndarray:
        """Per option in the flat row: its share of this actor's best, weight included."""
        return self.weight[self.layout.issue_of] / self.weight.sum() * self.like

    def utility(self, table: OwnTable) -> np.ndarray:
        """The estimated share of its best this actor gets from every package, in [0, 1]."""
        return joint_utility([self], table)


def joint_utility(found: Iterable[Belief], table: OwnTable) -> np.ndarray:
    """Per package: the estimated shares of their best, summed over the believed actors."""
    layout = _layout(table.issues, table.options)
    summed = np.zeros(int(layout.offsets[-1]))
    for belief in found:
        if belief.layout.issues == layout.issues and belief.layout.options == layout.options:
            summed += belief.shares
        else:  # a belief about another table (options added since): match by id
            there = belief.layout
            total = float(belief.weight.sum())
            for (issue, option), k in layout.place.items():
                place = there.place.get((issue, option))
                if place is not None:
                    summed[k] += belief.shares[place]
                elif issue in there.issues:  # an option it never saw: liked, as far as known
                    summed[k] += belief.weight[there.issues.index(issue)] / total
                else:
                    summed[k] += 1.0 / total
    return summed[_flat_digits(table)].sum(axis=1)


@dataclass(frozen=True, eq=False)
class Model:
    """Every other actor's belief at once: one row per actor in each array, so the bot can
    sum the others' shares in one numpy step instead of one Belief at a time."""

    others: list[str]
    layout: Layout
    weight: np.ndarray  # (actors, issues)
    like: np.ndarray  # (actors, options in the flat row)
    evidence: list[float]

    def shares(self) -> np.ndarray:
        """Per option in the flat row: the others' shares of their best, summed over them
        (the same sums, in the same order, as adding each Belief's `shares`)."""
        summed = np.zeros(int(self.layout.offsets[-1]))
        if self.others:
            weight = self.weight
            summed += (
                weight[:, self.layout.issue_of] / weight.sum(axis=1)[:, None] * self.like
            ).sum(axis=0)
        return summed


def beliefs(
    view: PlayerView, table: OwnTable | None = None, rows: Mapping[int, int | None] | None = None
) -> dict[str, Belief]:
    """The bot's model of every other actor at the table, from its view alone.

    `table` (the bot's own table of this view) and `rows` (each proposal's row in it) only
    save work when the caller has them already."""
    found = model(view, table, rows)
    return {
        actor: Belief(actor, found.layout, found.weight[k], found.like[k], found.evidence[k])
        for k, actor in enumerate(found.others)
    }


def others_utility(
    view: PlayerView, table: OwnTable, rows: Mapping[int, int | None] | None = None
) -> np.ndarray:
    """Per package of `table`: the others' estimated shares of their best, summed
    (`joint_utility` of `beliefs`, without building a Belief per actor). Read-only.

    Kept per evidence: when nothing the model reads has changed since a bot's last turn
    (the others passed), the bot gets the same row back instead of working it out again."""
    key = _evidence(view, table, rows)
    found = _UTILITIES.get(key)
    if found is None:
        found = model(view, table, rows).shares()[_flat_digits(table)].sum(axis=1)
        found.setflags(write=False)
        if _UTILITIES_HELD.full(len(_UTILITIES), found):
            _UTILITIES.clear()
        _UTILITIES[key] = found
    return found


#: Evidence keys whose utility row a process keeps at most (within `ROW_BUDGET` bytes):
#: games of one scenario go through the same situations, so a batch of games meets many
#: rows again; starting again too soon loses them all.
UTILITIES_KEPT = 16384
_UTILITIES: dict[tuple, np.ndarray] = {}
_UTILITIES_HELD = RowBudget(UTILITIES_KEPT)


def _evidence(view: PlayerView, table: OwnTable, rows: Mapping[int, int | None] | None) -> tuple:
    """Everything `model` reads from a view, as plain values: who sits where, each
    proposal's row, proposer, round and backers, revealed interests' issues, this actor's
    questions and the answer and option-added lines. The table itself is part of the key
    (held by the cache, so its identity stays its own). `rows` are `table.row_of` already
    worked out; the key reads the same rows from the table's own store.

    The parts are kept per view object (`KeptByObject`): a game's views share one object per
    proposal, actor, question and log line while it stands unchanged."""
    kept = _proposal_evidence(table)  # per proposal view object, inline: a move reads all
    proposals_now = []
    for p in view.proposals:
        found = kept.get(id(p))
        if found is None or found[0] is not p:
            if len(kept) >= KEPT_OBJECTS:
                kept.clear()
            content = (table.row_of(p), p.proposer, p.round, tuple(p.supporters))
            found = kept[id(p)] = (p, _number(content))
        proposals_now.append(found[1])
    actors = tuple(map(_actor_number, view.actors))
    answers, added = _lines_learnt_from(view)
    learnt: tuple = ()
    if answers or added:
        # an answer line names who answered and the question's issue: with the question's
        # id that is all `_learn_from_answers` takes from this actor's questions (a line
        # this actor sees is its own answer, or an answer to its question)
        learnt = (tuple(map(_answer_number, answers)), tuple(map(_added_number, added)))
    return (table, view.actor, tuple(proposals_now), actors, learnt)


def _number(content: tuple) -> int:
    """A number for this content, never given to other content (numbers are not reused
    when the table starts again), so keys of numbers hash and compare at once."""
    found = _NUMBERS.get(content)
    if found is None:
        if len(_NUMBERS) >= NUMBERS_KEPT:
            _NUMBERS.clear()
        found = _NUMBERS[content] = next(_NEXT_NUMBER)
    return found


#: Contents a process keeps numbered before it starts again.
NUMBERS_KEPT = 65536
_NUMBERS: dict[tuple, int] = {}
_NEXT_NUMBER = count()


@lru_cache(maxsize=256)
def _proposal_evidence(table: OwnTable) -> dict[int, tuple[ProposalView, int]]:
    """Per proposal view object (held, so its id stays its own): the number of its row in
    `table`, proposer, round and backers."""
    return {}


def _actor_of(a: ActorView) -> tuple:
    return (a.id, a.status, tuple([tuple(i.issues) for i in a.revealed_interests]))


def _answer_of(line: LogLine) -> tuple:
    """What `_learn_from_answers` reads from one answer line and its question."""
    data = line.data
    best = data.get("best")
    return (
        data.get("mode"),
        data.get("question"),
        tuple([str(o) for o in best]) if isinstance(best, tuple) else None,
        data.get("weight"),
        line.actor,
        data.get("issue"),
    )


def _added_of(line: LogLine) -> tuple:
    return (line.data.get("issue"), line.data.get("option"), line.round)


_actor_number: KeptByObject[ActorView, int] = KeptByObject(lambda a: _number(_actor_of(a)))
_answer_number: KeptByObject[LogLine, int] = KeptByObject(lambda line: _number(_answer_of(line)))
_added_number: KeptByObject[LogLine, int] = KeptByObject(lambda line: _number(_added_of(line)))


def _lines_learnt_from(view: PlayerView) -> tuple[list[LogLine], list[LogLine]]:
    """The view's answer lines and option-added lines, in log order: the only lines the model
    reads. A log only grows, and a game's views share one object per line, so when this
    actor's last log ends in the same line object at the same place, only the lines after
    it are read."""
    log = view.log
    start = 0
    answers: list[LogLine] = []
    added: list[LogLine] = []
    kept = _READ.get(view.actor)
    if kept is not None:
        last, count, answers_then, added_then = kept
        if count <= len(log) and log[count - 1] is last:
            start, answers, added = count, [*answers_then], [*added_then]
    for line in islice(log, start, None):
        kind = line.kind
        if kind == "answer":
            answers.append(line)
        elif kind == "option_added":
            added.append(line)
    if log:
        if len(_READ) >= READ_KEPT:
            _READ.clear()
        _READ[view.actor] = (log[-1], len(log), tuple(answers), tuple(added))
    return answers, added


#: Actors whose last log reading a process keeps.
READ_KEPT = 256
_READ: dict[str, tuple[LogLine, int, tuple[LogLine, ...], tuple[LogLine, ...]]] = {}


def _added_rounds(added_options: list[LogLine], layout: Layout) -> np.ndarray:
    """Per option in the flat row: the round an event added it to the table (0: from the start)."""
    out = np.zeros(int(layout.offsets[-1]), dtype=int)
    for line in added_options:
        place = layout.place.get((str(line.data.get("issue")), str(line.data.get("option"))))
        if place is not None:
            out[place] = line.round
    return out


def _learn_from_answers(
    view: PlayerView,
    answers: list[LogLine],
    layout: Layout,
    who: Mapping[str, int],
    counts: list[list[float]],
    weights: list[list[float]],
    evidence: list[float],
) -> None:
    """Truthful answers to this bot's questions: the answer line in its view carries the
    answerer's best options (`best`, option ids) and the issue's weight (`weight`), with the
    question's issue. An answer line is shown only to the asker and the one who answered, so
    a line this bot did not answer itself answers its own question."""
    if not answers:
        return
    me = view.actor
    issue_number = layout.issue_number
    for line in answers:
        data = line.data
        answerer = line.actor
        if data.get("mode") != "truthful" or answerer == me or answerer not in who:
            continue
        issue = data.get("issue")
        if not isinstance(issue, str) or issue not in issue_number:
            continue
        actor = who[answerer]
        evidence[actor] += 1.0
        best = data.get("best")
        for option in best if isinstance(best, tuple) else ():
            place = layout.place.get((issue, str(option)))
            if place is not None:
                counts[actor][place] += ANSWERED_BEST
        weight = data.get("weight")
        if isinstance(weight, str) and weight in ANSWER_WEIGHTS:
            weights[actor][issue_number[issue]] += ANSWER_WEIGHTS[weight]


def model(
    view: PlayerView, table: OwnTable | None = None, rows: Mapping[int, int | None] | None = None
) -> Model:
    """The arrays behind `beliefs`: issue weights and option liking of every other actor.

    Counted in plain Python lists, which for a table's handful of actors, issues and
    proposals is quicker than a numpy step per count; the liking is one numpy step. Every
    count is a whole or half number, so the order of adding cannot change a figure."""
    table = table if table is not None else own_table(view)
    layout = _layout(table.issues, table.options)
    me = view.actor
    others = [a.id for a in view.actors if a.id != me and a.status == "at_table"]
    who = {a: k for k, a in enumerate(others)}
    n_issues = len(layout.issues)
    n_places = int(layout.offsets[-1])
    counts = [[0.0] * n_places for _ in others]
    weights = [[1.0] * n_issues for _ in others]
    evidence = [0.0] * len(others)
    last = [0] * len(others)  # the round of each actor's latest proposal
    own_picks: list[list[list[int]]] = [[] for _ in others]  # places of its own proposals
    flat = _flat_digits(table)
    for proposal in view.proposals:
        row = table.row_of(proposal) if rows is None else rows.get(proposal.id)
        proposer = who.get(proposal.proposer)
        if proposer is not None and proposal.round > last[proposer]:
            last[proposer] = proposal.round
        if row is None:
            continue
        picks: list[int] | None = None
        for supporter in proposal.supporters:
            actor = who.get(supporter)
            if actor is None:
                continue
            if picks is None:
                picks = flat[row].tolist()
            evidence[actor] += 1.0
            backed = counts[actor]
            if supporter == proposal.proposer:
                own_picks[actor].append(picks)
                for place in picks:
                    backed[place] += PROPOSED
            else:
                for place in picks:
                    backed[place] += SUPPORTED
    for actor, made in enumerate(own_picks):
        if len(made) >= 2:  # issues an actor never moved on in its own proposals
            row_weights = weights[actor]
            for k, chosen in enumerate(zip(*made, strict=True)):
                if chosen.count(chosen[0]) == len(chosen):
                    row_weights[k] += STEADY_WEIGHT
    issue_number = layout.issue_number
    for actor_view in view.actors:
        actor = who.get(actor_view.id)
        if actor is None:
            continue
        for interest in actor_view.revealed_interests:
            evidence[actor] += 1.0
            for issue in interest.issues:
                k = issue_number.get(issue)
                if k is not None:
                    weights[actor][k] += INTEREST_WEIGHT
    answers, added_options = _lines_learnt_from(view)
    _learn_from_answers(view, answers, layout, who, counts, weights, evidence)
    backed = np.array(counts, dtype=float).reshape(len(others), n_places)
    top = np.maximum.reduceat(backed, layout.offsets[:-1], axis=1) if others else backed
    like = (backed + 1.0) / (top[:, layout.issue_of] + 1.0)
    if added_options:
        added = _added_rounds(added_options, layout)
        if added.any():  # options added after an actor's last proposal: no sign either way
            like[added[None, :] > np.asarray(last)[:, None]] = 1.0
    weight = np.array([[max(w, MIN_WEIGHT) for w in row] for row in weights], dtype=float).reshape(
        len(others), n_issues
    )
    return Model(others, layout, weight, like, evidence)
