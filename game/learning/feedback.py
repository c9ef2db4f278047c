"""Personal feedback: a few concrete observations per player, read from the game's record.

What a player's feedback may draw on (so it never tells one player another's secrets): the
lines of the log that player may see (public lines and its own), its own confidential data
(interests, mandate, consultations, points), and the outcome analysis as aggregates (shares
of the joint gain, the player's own best in the ZOPA). It never names another actor's
unrevealed interest, points, mandate or consultation.

Choices written down here:

* Points are those of the table as it ended (the debrief's analysis), also for proposals
  made before an event changed them.
* A proposal is **self-serving** when the proposer takes at least SELF_SHARE_FLOOR of the
  table's joint gain, and at least twice its fair share 1/n (all of it when the others gain
  nothing). A player gets the observation when every proposal it made was self-serving.
* A proposal **captures** its joint surplus as a share of the best joint surplus in the
  ZOPA. Proposals capturing INTEGRATIVE_SHARE on average are praised as packages "for the
  whole table" only when they are **balanced** too: nobody below its BATNA, and the
  proposer's share of what it could gain (its surplus over its best in the ZOPA) no more than
  BALANCE_MARGIN above the others' mean share. A self-serving opening is never praised.
* A consultation was **needed** by a proposal on the table that lay outside the player's
  opening mandate, inside the mandate that consultation grants, and at or above the player's
  BATNA. Consulting LATE_WEEKS or more weeks after such a proposal appeared is late; sooner
  is timely. **Advice** to consult (late, or never) is given only for a proposal worth more
  to the player than what it got in the end, and it names both figures.
* Withdrawing support once can be wise; WITHDRAW_LIMIT times or more is worth a look.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from game.engine import Game
from game.engine.log import LogEntry
from game.learning.goals import Theme, goal_for
from game.scenario.model import Actor, Consultation, LocalText, Scenario, Text, text_in
from game.scenario.points import shown, total
from game.scoring.debrief import Debrief, debrief_game
from game.text import t
from game.text.catalogue import catalogue

Kind = Literal["strength", "work"]
Value = str | int | float | LocalText

SELF_SHARE_FLOOR = 0.5
INTEGRATIVE_SHARE = 0.8
BALANCE_MARGIN = 0.2
LATE_WEEKS = 2
WITHDRAW_LIMIT = 2


@dataclass(frozen=True)
class Observation:
    """One thing a player did (or left undone), worded from the catalogue."""

    key: str  # catalogue key under "learning.obs."
    kind: Kind  # "strength", or "work": a point to work on
    theme: Theme
    goal: str | None  # the scenario's learning goal it speaks to (id), if any
    values: Mapping[str, Value] = field(default_factory=dict)

    def text(self, lang: str = "nl") -> str:
        """The observation in `lang`; with a count of one, the singular wording if there is one."""
        key = f"learning.obs.{self.key}"
        if self.values.get("count") == 1 and f"{key}_one" in catalogue():
            key = f"{key}_one"
        return t(key, lang, **{k: _spell(v, lang) for k, v in self.values.items()})

    def kind_label(self, lang: str = "nl") -> str:
        return t(f"learning.kind.{self.kind}", lang)

    def evidence(self, lang: str = "nl") -> dict[str, str | int | float]:
        """The values the observation states: numbers as they are, texts in `lang`."""
        return {
            k: text_in(v, lang) if isinstance(v, LocalText) else v for k, v in self.values.items()
        }


def _spell(value: Value, lang: str) -> str:
    if isinstance(value, LocalText):
        return text_in(value, lang)
    if isinstance(value, float):
        return shown(value, lang=lang)
    return str(value)


def _local(text: Text) -> LocalText:
    if isinstance(text, LocalText):
        return text
    return LocalText(nl=text or "—", en=text or "—")


def _names(scenario: Scenario, actors: list[str]) -> LocalText:
    def spell(lang: str) -> str:
        return ", ".join(text_in(scenario.actor(a).name, lang) for a in actors)

    return LocalText(nl=spell("nl") or "—", en=spell("en") or "—")


def _percent(share: float) -> str:
    return f"{round(100 * share)}%"


@dataclass(frozen=True)
class _Proposal:
    id: int
    proposer: str
    round: int
    package: dict[str, str]


class _Record:
    """The part of the record one player may see, sorted into what the feedback asks about."""

    def __init__(self, game: Game, actor: str) -> None:
        self.actor = actor
        self.lines: list[LogEntry] = [e for e in game.log if e.visible_to(actor)]
        self.proposals: list[_Proposal] = []
        self.reveals: list[tuple[str, int]] = []  # (who, round), revealed by its own actor
        self.asked: list[tuple[str, int]] = []  # (to, round) questions this player asked
        self.answers: list[str] = []  # modes of this player's answers
        self.supports: list[tuple[int, int]] = []  # (proposal, round) this player supported
        self.withdrawn: list[tuple[int, int]] = []
        self.consults: list[tuple[str, int, bool | None]] = []  # (id, round, granted)
        self.walked: int | None = None
        for entry in self.lines:
            self._read(entry)

    def _read(self, entry: LogEntry) -> None:
        me = self.actor
        action = entry.action
        if entry.kind == "consultation" and entry.actor == me and self.consults:
            granted = entry.data.get("granted")
            cid, week, _ = self.consults[-1]
            self.consults[-1] = (cid, week, bool(granted))
        if entry.kind != "action" or action is None:
            return
        if action.kind == "propose":
            number = entry.data.get("proposal")
            if isinstance(number, int):
                self.proposals.append(
                    _Proposal(number, action.actor, entry.round, dict(action.package))
                )
        elif action.kind == "reveal_interest":
            self.reveals.append((action.actor, entry.round))
        if action.actor != me:
            return  # of other actors' actions only what the table saw is read above
        if action.kind == "ask":
            self.asked.append((action.to, entry.round))
        elif action.kind == "answer":
            self.answers.append(action.mode)
        elif action.kind == "support":
            self.supports.append((action.proposal, entry.round))
        elif action.kind == "withdraw_support":
            self.withdrawn.append((action.proposal, entry.round))
        elif action.kind == "consult":
            self.consults.append((action.consultation, entry.round, None))
        elif action.kind == "walk_away":
            self.walked = entry.round

    def own_proposals(self) -> list[_Proposal]:
        return [p for p in self.proposals if p.proposer == self.actor]


class _Feedback:
    """Collects the observations of one player, theme by theme."""

    def __init__(self, game: Game, actor: str, debrief: Debrief) -> None:
        self.game = game
        self.scenario = game.scenario
        self.actor = actor
        self.me: Actor = game.scenario.actor(actor)
        self.debrief = debrief
        self.record = _Record(game, actor)
        self.own_points = game.table_data().points.get(actor, {})
        self.out: list[Observation] = []

    def add(self, key: str, kind: Kind, theme: Theme, **values: Value) -> None:
        goal = goal_for(self.scenario, theme)
        self.out.append(Observation(key, kind, theme, goal.id if goal else None, values))

    # --- interests and questions ---------------------------------------------------------
    def interests(self) -> None:
        mine = [week for who, week in self.record.reveals if who == self.actor]
        others = [week for who, week in self.record.reveals if who != self.actor]
        total = len(self.me.interests)
        if total and not mine:
            if others:
                self.add("interests.none_while_others", "work", "interests", count=len(others))
            else:
                self.add("interests.none_at_table", "work", "interests")
        elif mine:
            first = min(mine)
            if self.record.reveals[0][0] == self.actor:
                self.add(
                    "interests.revealed_first",
                    "strength",
                    "interests",
                    count=len(mine),
                    total=total,
                    week=first,
                )
            else:
                self.add(
                    "interests.revealed",
                    "strength",
                    "interests",
                    count=len(mine),
                    total=total,
                    week=first,
                )
        own_hidden = [h for h in self.debrief.hidden if h.actor == self.actor]
        if own_hidden:  # another actor's hidden interest is that actor's secret
            hidden = max(own_hidden, key=lambda h: len(h.issues))
            issues = LocalText(
                nl=", ".join(text_in(self.scenario.issue(i).name, "nl") for i in hidden.issues),
                en=", ".join(text_in(self.scenario.issue(i).name, "en") for i in hidden.issues),
            )
            self.add(
                "interests.hidden_cost",
                "work",
                "interests",
                interest=_local(hidden.interest.text),
                issues=issues,
            )

    def questions(self) -> None:
        asked = self.record.asked
        if asked:
            to = sorted({who for who, _ in asked}, key=self._order)
            self.add(
                "questions.asked",
                "strength",
                "interests",
                count=len(asked),
                names=_names(self.scenario, to),
            )
        else:
            self.add("questions.none", "work", "interests")
        answers = self.record.answers
        declined = answers.count("decline")
        if answers and answers.count("truthful") == len(answers):
            self.add("questions.candid", "strength", "interests", count=len(answers))
        elif declined:
            self.add("questions.declined", "work", "interests", count=declined, total=len(answers))

    def _order(self, actor: str) -> int:
        ids = [a.id for a in self.scenario.all_actors()]
        return ids.index(actor) if actor in ids else len(ids)

    # --- packages --------------------------------------------------------------------------
    def proposals(self) -> None:
        own = self.record.own_proposals()
        if not own:
            made = len(self.record.proposals)
            if made:
                self.add("proposals.none_while_others", "work", "trading", count=made)
            else:
                self.add("proposals.none", "work", "trading")
            return
        analysis = self.debrief.analysis
        space = analysis.space
        actors = list(space.actor_ids)
        if self.actor not in actors:
            return
        batna = analysis.batna
        fair = 1 / len(actors)
        bar = max(SELF_SHARE_FLOOR, 2 * fair)
        shares, captured, balances = [], [], []
        for proposal in own:
            points = space.points_of(proposal.package)
            gains = {a: points[a] - batna[a] for a in actors}
            mine = gains[self.actor]
            joint = sum(gains.values())
            share = 0.0 if mine <= 0 else (1.0 if joint <= 0 else min(mine / joint, 1.0))
            shares.append(share)
            best = analysis.max_joint_surplus
            if best > 0:
                captured.append(max(0.0, min(joint / best, 1.0)))
            balances.append(self._balance(gains))
        mean_share = sum(shares) / len(shares)
        if all(s >= bar - 1e-9 for s in shares):
            self.add(
                "proposals.self_serving",
                "work",
                "trading",
                count=len(own),
                share=_percent(mean_share),
                fair=_percent(fair),
            )
        elif (
            captured
            and sum(captured) / len(captured) >= INTEGRATIVE_SHARE
            and all(b is not None for b in balances)
        ):
            mine = [b[0] for b in balances if b is not None]
            others = [b[1] for b in balances if b is not None]
            self.add(
                "proposals.integrative",
                "strength",
                "trading",
                count=len(own),
                share=_percent(sum(captured) / len(captured)),
                mine=_percent(sum(mine) / len(mine)),
                others=_percent(sum(others) / len(others)),
            )

    def _balance(self, gains: Mapping[str, float]) -> tuple[float, float] | None:
        """(the proposer's share of what it could gain, the others' mean share) when the
        package leaves nobody below its BATNA and the proposer took no more than
        BALANCE_MARGIN above the others; None when it is not balanced."""
        analysis = self.debrief.analysis
        if any(gain < 0 for gain in gains.values()):
            return None
        shares = {}
        for actor, gain in gains.items():
            room = analysis.best_in_zopa.get(actor, analysis.batna[actor]) - analysis.batna[actor]
            shares[actor] = 1.0 if room <= 0 else min(gain / room, 1.0)
        others = [share for actor, share in shares.items() if actor != self.actor]
        if not others:
            return None
        mean_others = sum(others) / len(others)
        if shares[self.actor] > mean_others + BALANCE_MARGIN:
            return None
        return shares[self.actor], mean_others

    # --- mandate ---------------------------------------------------------------------------
    def _needs(self, package: Mapping[str, str], consultation: Consultation) -> bool:
        """Whether `package` lies outside the opening mandate and inside the one granted."""
        mandate = self.me.mandate
        points = self.own_points
        own = total([points[i][o] for i, o in package.items() if i in points and o in points[i]])

        def inside(forbidden: Mapping[str, list[str]], minimum: float | None) -> bool:
            if any(o in forbidden.get(i, []) for i, o in package.items()):
                return False
            return minimum is None or own >= minimum

        if inside(mandate.forbidden, mandate.min_score):
            return False
        effect = consultation.effect
        widened = {
            i: [o for o in opts if o not in effect.allow.get(i, [])]
            for i, opts in mandate.forbidden.items()
        }
        minimum = effect.min_score if effect.min_score is not None else mandate.min_score
        return inside(widened, minimum)

    def _worth(self, package: Mapping[str, str]) -> float:
        """The player's points for `package` on the table as it ended."""
        points = self.own_points
        return sum(points[i][o] for i, o in package.items() if i in points and o in points[i])

    def _got(self) -> float:
        """What the player got: its points for the agreement, else its BATNA."""
        package = self.debrief.package
        if package is not None and self.record.walked is None:
            return self._worth(package)
        return self.debrief.analysis.batna.get(self.actor, self.me.batna)

    def _first_need(
        self, consultation: Consultation, before: int | None, above: float | None = None
    ) -> _Proposal | None:
        """The first proposal (before week `before`) this consultation would have opened that
        was at or above the player's BATNA and, with `above`, worth more than that."""
        batna = self.debrief.analysis.batna.get(self.actor, self.me.batna)
        for proposal in self.record.proposals:
            if before is not None and proposal.round > before:
                break
            if proposal.proposer == self.actor:
                continue
            worth = self._worth(proposal.package)
            if worth < batna or (above is not None and worth <= above):
                continue
            if self._needs(proposal.package, consultation):
                return proposal
        return None

    def mandate(self) -> None:
        own = {c.id: c for c in self.me.consultations}
        for cid, week, granted in self.record.consults:
            consultation = own.get(cid)
            if consultation is None:
                continue
            label = _local(consultation.label)
            got = self._got()
            need = self._first_need(consultation, week)
            worth_more = self._first_need(consultation, week, above=got)
            if worth_more is not None and week - worth_more.round >= LATE_WEEKS:
                self.add(
                    "mandate.late",
                    "work",
                    "mandate",
                    label=label,
                    week=week,
                    proposal=worth_more.id,
                    since=worth_more.round,
                    worth=self._worth(worth_more.package),
                    got=got,
                )
            elif need is not None and week - need.round < LATE_WEEKS:
                self.add(
                    "mandate.timely",
                    "strength",
                    "mandate",
                    label=label,
                    week=week,
                    proposal=need.id,
                    since=need.round,
                )
            package = self.debrief.package
            if granted and package is not None and self._needs(package, consultation):
                self.add("mandate.opened_deal", "strength", "mandate", label=label, week=week)
        if self.record.consults:
            return
        got = self._got()
        for consultation in self.me.consultations:
            need = self._first_need(consultation, None, above=got)
            if need is not None:
                self.add(
                    "mandate.never_consulted",
                    "work",
                    "mandate",
                    label=_local(consultation.label),
                    proposal=need.id,
                    since=need.round,
                    worth=self._worth(need.package),
                    got=got,
                )
                return

    # --- support and the agreement -------------------------------------------------------
    def agreement(self) -> None:
        withdrawn = len(self.record.withdrawn)
        if withdrawn >= WITHDRAW_LIMIT:
            self.add("support.withdrew", "work", "agreement", count=withdrawn)
        outcome = self.game.outcome
        if self.record.walked is not None:
            analysis = self.debrief.analysis
            best = analysis.best_in_zopa.get(self.actor)
            batna = analysis.batna.get(self.actor)
            if best is not None and batna is not None and best > batna:
                self.add(
                    "agreement.walked_away",
                    "work",
                    "agreement",
                    week=self.record.walked,
                    best=float(best),
                    batna=float(batna),
                )
            return
        if outcome is None or outcome.kind != "agreement" or outcome.proposal is None:
            return
        if self.actor not in outcome.supporters:
            return
        proposal = next((p for p in self.record.proposals if p.id == outcome.proposal), None)
        if proposal is not None and proposal.proposer == self.actor:
            self.add("agreement.proposed", "strength", "agreement", week=proposal.round)
            return
        weeks = [week for number, week in self.record.supports if number == outcome.proposal]
        if weeks:
            self.add("agreement.supported_from", "strength", "agreement", week=max(weeks))

    def collect(self) -> list[Observation]:
        self.interests()
        self.questions()
        self.proposals()
        self.mandate()
        self.agreement()
        return self.out


def personal_feedback(game: Game, actor: str, debrief: Debrief | None = None) -> list[Observation]:
    """The observations about `actor` in a finished or running game (its own and the public
    record, its own secrets, and the outcome analysis as aggregates)."""
    return _Feedback(game, actor, debrief or debrief_game(game)).collect()


def table_feedback(game: Game, debrief: Debrief | None = None) -> dict[str, list[Observation]]:
    """Every actor who sat at the table: its personal feedback, in turn order."""
    debrief = debrief or debrief_game(game)
    actors = [a for a in game.table_data().actors if game.status(a) != "absent"]
    return {actor: personal_feedback(game, actor, debrief) for actor in actors}
