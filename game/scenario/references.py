"""Cross-checks a schema cannot express: ids unique, every reference resolves, tables full.

A duplicated id is one error at the duplicate. The references it breaks (the actors' points
for an option whose id was copied, say) are not reported again one by one: the names they
use that no option (issue, actor) has become the duplicate's suggestion — most often the
duplicate is a copied line whose id should have been one of those names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from difflib import get_close_matches

from game.scenario.model import (
    Actor,
    AddActor,
    AddOption,
    ChangeBatna,
    ChangePoints,
    NarrowMandate,
    OptionSet,
    Scenario,
    WidenMandate,
)
from game.scenario.problems import Path, Problem


def _hint(name: str, known: Iterable[str]) -> str | None:
    close = get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


def _unknown(kind: str, name: str, known: Sequence[str], path: Path) -> Problem:
    listed = ", ".join(known) if len(known) <= 8 else ", ".join(known[:8]) + ", …"
    return Problem(path, f"unknown {kind} '{name}' (known: {listed})", _hint(name, known))


def _duplicates(ids: Sequence[str], path: Path, kind: str) -> list[Problem]:
    seen: set[str] = set()
    out = []
    for index, ident in enumerate(ids):
        if ident in seen:
            out.append(Problem((*path, index, "id"), f"duplicate {kind} id '{ident}'"))
        seen.add(ident)
    return out


def _duplicated(ids: Sequence[str]) -> set[str]:
    return {ident for ident in ids if ids.count(ident) > 1}


def _duplicate_hint(kind: str, names: Sequence[str]) -> str:
    """What to write instead of a duplicated id: a name the file uses but no {kind} has."""
    if not names:
        return f"give every {kind} its own id"
    shown = " or ".join(f"'{name}'" for name in names[:3])
    return f"did you mean {shown}? the file refers to it, but no {kind} has that id"


class _Checker:
    def __init__(self, scenario: Scenario) -> None:
        self.s = scenario
        self.problems: list[Problem] = []
        self.options = {i.id: [o.id for o in i.options] for i in scenario.issues}
        for _event_id, effect in scenario.added_options():
            self.options.setdefault(effect.issue, []).append(effect.option.id)
        self.base_actor_ids = [a.id for a in scenario.actors]
        self.actor_ids = [a.id for a in scenario.all_actors()]
        # Ids given twice, and the unknown names their references use instead (see above).
        self.twice_issues = _duplicated([i.id for i in scenario.issues])
        self.twice_options = {
            i.id for i in scenario.issues if _duplicated([o.id for o in i.options])
        } | self.twice_issues
        self.twice_actors = _duplicated(self.actor_ids)
        self.folded: dict[tuple[str, str], list[str]] = {}
        self.late_twice: list[Problem] = []  # late actors whose id is taken

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    def unknown(
        self, kind: str, name: str, known: Sequence[str], path: Path, scope: str = ""
    ) -> None:
        """An unknown name: its own error, or, where a duplicated id explains it, a name for
        the duplicate's suggestion."""
        twice = {
            "actor": bool(self.twice_actors),
            "issue": bool(self.twice_issues),
            "option": scope in self.twice_options,
        }[kind]
        if twice:
            names = self.folded.setdefault((kind, scope), [])
            if name not in names:
                names.append(name)
        else:
            self.add(_unknown(kind, name, known, path))

    def actor(self, name: str, path: Path) -> bool:
        if name not in self.actor_ids:
            self.unknown("actor", name, self.actor_ids, path)
            return False
        return True

    def issue(self, name: str, path: Path) -> bool:
        if name not in self.options:
            self.unknown("issue", name, list(self.options), path)
            return False
        return True

    def option_set(self, options: OptionSet, path: Path) -> None:
        for issue_id, chosen in options.items():
            if not self.issue(issue_id, (*path, issue_id)):
                continue
            for index, option_id in enumerate(chosen):
                if option_id not in self.options[issue_id]:
                    known = self.options[issue_id]
                    self.unknown("option", option_id, known, (*path, issue_id, index), issue_id)

    def duplicates(self) -> list[Problem]:
        """One error at every duplicated id, suggesting the names its references use."""
        s = self.s
        out = _duplicates([i.id for i in s.issues], ("issues",), "issue")
        for index, issue in enumerate(s.issues):
            ids = [o.id for o in issue.options]
            out += _duplicates(ids, ("issues", index, "options"), "option")
        out += _duplicates(self.base_actor_ids, ("actors",), "actor")
        out += self.late_twice
        return [self._with_hint(problem) for problem in out]

    def _with_hint(self, problem: Problem) -> Problem:
        path = problem.path
        if path[0] == "issues" and len(path) == 3:
            kind, scope = "issue", ""
        elif path[0] == "issues":
            kind, scope = "option", self.s.issues[int(path[1])].id
        else:
            kind, scope = "actor", ""
        names = self.folded.get((kind, scope), [])
        return Problem(path, problem.message, _duplicate_hint(kind, names))

    def run(self) -> list[Problem]:
        s = self.s
        self.problems += _duplicates([e.id for e in s.events], ("events",), "event")
        self.problems += _duplicates([g.id for g in s.learning_goals], ("learning_goals",), "goal")
        self.problems += _duplicates([p.id for p in s.phrases], ("phrases",), "phrase")
        for index, actor in enumerate(s.actors):
            self.check_actor(actor, ("actors", index), s.issues_option_ids())
        self.check_agreement()
        self.check_turn_order()
        for index in range(len(s.events)):
            self.check_event(index)
        if s.escalation:
            for a_index, advice in enumerate(s.escalation.advice):
                path: Path = ("escalation", "advice", a_index)
                for t_index, who in enumerate(advice.to or []):
                    self.actor(who, (*path, "to", t_index))
                for r_index, ref in enumerate(advice.reveals):
                    self.interest_ref(ref.actor, ref.interest, (*path, "reveals", r_index))
        for index, moment in enumerate(s.reflection):
            if moment.round > s.rounds + self.max_extension():
                self.add(
                    Problem(
                        ("reflection", index, "round"),
                        f"round {moment.round} is after the deadline ({s.rounds})",
                    )
                )
        return self.duplicates() + self.problems

    def max_extension(self) -> int:
        return sum(
            e.delta
            for ev in self.s.events
            for e in ev.effects
            if getattr(e, "kind", "") == "move_deadline" and e.delta > 0
        )

    def interest_ref(self, actor_id: str, interest_id: str, path: Path) -> None:
        if not self.actor(actor_id, (*path, "actor")):
            return
        known = [i.id for i in self.s.actor(actor_id).interests]
        if interest_id not in known:
            self.add(_unknown(f"interest of '{actor_id}'", interest_id, known, (*path, "interest")))

    def check_actor(self, actor: Actor, path: Path, base_options: dict[str, list[str]]) -> None:
        self.problems += _duplicates(
            [i.id for i in actor.interests], (*path, "interests"), "interest"
        )
        self.problems += _duplicates(
            [c.id for c in actor.consultations], (*path, "consultations"), "consultation"
        )
        for i_index, interest in enumerate(actor.interests):
            for k, issue_id in enumerate(interest.issues):
                self.issue(issue_id, (*path, "interests", i_index, "issues", k))
        for issue_id, table in actor.points.items():
            if issue_id not in base_options:
                self.unknown("issue", issue_id, list(base_options), (*path, "points", issue_id))
                continue
            for option_id in table:
                if option_id not in base_options[issue_id]:
                    where = (*path, "points", issue_id, option_id)
                    self.unknown("option", option_id, base_options[issue_id], where, issue_id)
        for issue_id, option_ids in base_options.items():
            if issue_id in self.twice_options:
                continue  # the duplicated id is the error; the table follows once it is fixed
            if issue_id not in actor.points:
                self.add(
                    Problem(
                        (*path, "points"),
                        f"no points for issue '{issue_id}'",
                        f"add '{issue_id}:' with a number for each of: " + ", ".join(option_ids),
                    )
                )
                continue
            missing = [o for o in option_ids if o not in actor.points[issue_id]]
            if missing:
                self.add(
                    Problem(
                        (*path, "points", issue_id),
                        f"no points for option(s) {', '.join(missing)}",
                        "every actor scores every option",
                    )
                )
        self.option_set(actor.mandate.forbidden, (*path, "mandate", "forbidden"))
        for c_index, consultation in enumerate(actor.consultations):
            self.option_set(
                consultation.effect.allow, (*path, "consultations", c_index, "effect", "allow")
            )

    def check_agreement(self) -> None:
        rule = self.s.agreement
        for index, who in enumerate(rule.required):
            self.actor(who, ("agreement", "required", index))
        if rule.rule == "quorum" and rule.quorum is not None:
            if rule.quorum > len(self.actor_ids):
                self.add(
                    Problem(
                        ("agreement", "quorum"),
                        f"quorum {rule.quorum} is more than the "
                        f"{len(self.actor_ids)} actors in the scenario",
                        f"use at most {len(self.actor_ids)}",
                    )
                )
            if len(set(rule.required)) > rule.quorum:
                self.add(
                    Problem(
                        ("agreement", "quorum"),
                        f"{len(set(rule.required))} required actors cannot fit "
                        f"in a quorum of {rule.quorum}",
                    )
                )

    def check_turn_order(self) -> None:
        order = self.s.turn_order
        if order is None:
            return
        for index, who in enumerate(order):
            self.actor(who, ("turn_order", index))
        if len(set(order)) != len(order):
            self.add(Problem(("turn_order",), "an actor appears twice in turn_order"))
        missing = [a for a in self.base_actor_ids if a not in order]
        if missing:
            self.add(
                Problem(
                    ("turn_order",),
                    f"turn_order leaves out {', '.join(missing)}",
                    "list every actor once (late actors join at the end)",
                )
            )

    def check_event(self, index: int) -> None:
        event = self.s.events[index]
        path: Path = ("events", index)
        for k, who in enumerate(event.to or []):
            self.actor(who, (*path, "to", k))
        for field in ("walked_away", "at_table"):
            for k, who in enumerate(getattr(event.condition, field)):
                self.actor(who, (*path, "condition", field, k))
        trig = event.trigger
        if trig.until_round is not None and trig.until_round < trig.from_round:
            self.add(
                Problem((*path, "trigger", "until_round"), "until_round comes before from_round")
            )
        for e_index, effect in enumerate(event.effects):
            self.check_effect(effect, (*path, "effects", e_index))

    def check_effect(self, effect: object, path: Path) -> None:
        if isinstance(effect, ChangePoints):
            self.actor(effect.actor, (*path, "actor"))
            if self.issue(effect.issue, (*path, "issue")) and (
                effect.option not in self.options[effect.issue]
            ):
                known = self.options[effect.issue]
                self.unknown("option", effect.option, known, (*path, "option"), effect.issue)
        elif isinstance(effect, ChangeBatna):
            self.actor(effect.actor, (*path, "actor"))
        elif isinstance(effect, WidenMandate):
            self.actor(effect.actor, (*path, "actor"))
            self.option_set(effect.allow, (*path, "allow"))
        elif isinstance(effect, NarrowMandate):
            self.actor(effect.actor, (*path, "actor"))
            self.option_set(effect.forbid, (*path, "forbid"))
        elif isinstance(effect, AddActor):
            if effect.actor.id in self.base_actor_ids or (
                self.actor_ids.count(effect.actor.id) > 1
            ):
                message = f"duplicate actor id '{effect.actor.id}'"
                self.late_twice.append(Problem((*path, "actor", "id"), message))
            self.check_actor(effect.actor, (*path, "actor"), self.s.issues_option_ids())
        elif isinstance(effect, AddOption):
            if self.issue(effect.issue, (*path, "issue")):
                base = self.s.issues_option_ids().get(effect.issue, [])
                if effect.option.id in base:
                    self.add(
                        Problem(
                            (*path, "option", "id"),
                            f"issue '{effect.issue}' already has option '{effect.option.id}'",
                        )
                    )
            for who in effect.points:
                self.actor(who, (*path, "points", who))
            missing = [a for a in self.actor_ids if a not in effect.points]
            if missing:
                self.add(
                    Problem(
                        (*path, "points"),
                        f"no points for actor(s) {', '.join(missing)}",
                        "an added option needs points for every actor",
                    )
                )


def check_references(scenario: Scenario) -> list[Problem]:
    """Every cross-reference problem in `scenario`, each with its path in the document."""
    return _Checker(scenario).run()
