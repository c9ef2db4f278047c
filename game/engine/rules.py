"""Whether an action is allowed now, and if not, why — the one check every client goes through.

Order of a turn: an actor first answers every question waiting for it (answers do not use
the talk slot), then may make at most one talk action (statement, reveal_interest, ask),
then makes exactly one move, which ends its turn.
"""

from __future__ import annotations

from collections.abc import Mapping

from game.engine import mandate
from game.engine.actions import (
    TALK_KINDS,
    Action,
    Answer,
    Ask,
    Consult,
    Escalate,
    ExtendDeadline,
    FireEvent,
    Propose,
    RevealInterest,
    Statement,
    Support,
    WithdrawSupport,
)
from game.engine.errors import IllegalAction
from game.engine.setting import Setting
from game.engine.state import State

MAX_STATEMENT_CHARS = 600


def check(setting: Setting, state: State, action: Action) -> IllegalAction | None:
    """None when `action` is legal now; otherwise the reason as an IllegalAction."""
    labels = setting.labels
    who = action.actor
    if state.outcome is not None:
        return IllegalAction("engine.illegal.game_over")
    if isinstance(action, FireEvent | ExtendDeadline):
        return _check_facilitator(setting, state, action)
    if who not in state.status:
        return IllegalAction("engine.illegal.unknown_actor", {"actor": who})
    if state.status[who] != "at_table":
        return IllegalAction("engine.illegal.not_at_table", {"actor": labels.actor(who)})
    current = state.current_actor()
    if who != current:
        return IllegalAction(
            "engine.illegal.not_your_turn",
            {"actor": labels.actor(who), "current": labels.actor(current or "")},
        )
    if isinstance(action, Answer):
        return _check_answer(setting, state, action)
    waiting = state.open_questions_for(who)
    if waiting:
        asker = labels.actor(waiting[0].asker)
        return IllegalAction(
            "engine.illegal.answer_first", {"actor": labels.actor(who), "asker": asker}
        )
    if action.kind in TALK_KINDS:
        if state.talked:
            return IllegalAction("engine.illegal.talk_used", {"actor": labels.actor(who)})
        if isinstance(action, Statement):
            return _check_statement(setting, action)
        if isinstance(action, RevealInterest):
            return _check_reveal(setting, state, action)
        if isinstance(action, Ask):
            return _check_ask(setting, state, action)
    if isinstance(action, Propose):
        return _check_propose(setting, state, action)
    if isinstance(action, Support):
        return _check_support(setting, state, action)
    if isinstance(action, WithdrawSupport):
        proposal = state.proposal(action.proposal)
        if proposal is None:
            return IllegalAction("engine.illegal.unknown_proposal", {"proposal": action.proposal})
        if who not in proposal.supporters:
            return IllegalAction(
                "engine.illegal.not_supporting",
                {"actor": labels.actor(who), "proposal": action.proposal},
            )
        return None
    if isinstance(action, Consult):
        return _check_consult(setting, state, action)
    if isinstance(action, Escalate):
        if setting.scenario.escalation is None:
            return IllegalAction("engine.illegal.no_escalation")
        if state.escalated:
            return IllegalAction("engine.illegal.escalation_used")
        return None
    return None  # walk_away and pass are always open on your own turn


def _check_answer(setting: Setting, state: State, action: Answer) -> IllegalAction | None:
    question = state.question(action.question)
    if question is None:
        return IllegalAction("engine.illegal.unknown_question", {"question": action.question})
    if question.to != action.actor:
        return IllegalAction(
            "engine.illegal.not_your_question",
            {"question": action.question, "actor": setting.labels.actor(action.actor)},
        )
    if question.status != "open":
        return IllegalAction("engine.illegal.question_closed", {"question": action.question})
    return None


def _check_statement(setting: Setting, action: Statement) -> IllegalAction | None:
    if (action.text is None) == (action.phrase is None):
        return IllegalAction("engine.illegal.statement_one_of")
    if action.phrase is not None:
        if action.phrase not in setting.labels.phrases:
            return IllegalAction("engine.illegal.unknown_phrase", {"phrase": action.phrase})
        return None
    text = action.text or ""
    if not text.strip():
        return IllegalAction("engine.illegal.statement_empty")
    if len(text) > MAX_STATEMENT_CHARS:
        return IllegalAction(
            "engine.illegal.statement_too_long", {"limit": MAX_STATEMENT_CHARS, "length": len(text)}
        )
    return None


def _check_reveal(setting: Setting, state: State, action: RevealInterest) -> IllegalAction | None:
    actor = setting.actors[action.actor]
    if action.interest not in {i.id for i in actor.interests}:
        return IllegalAction(
            "engine.illegal.unknown_interest",
            {"actor": setting.labels.actor(action.actor), "interest": action.interest},
        )
    if action.interest in state.revealed.get(action.actor, []):
        return IllegalAction("engine.illegal.interest_revealed", {"interest": action.interest})
    return None


def _check_ask(setting: Setting, state: State, action: Ask) -> IllegalAction | None:
    labels = setting.labels
    if action.to == action.actor:
        return IllegalAction("engine.illegal.ask_self")
    if state.status.get(action.to) != "at_table":
        return IllegalAction("engine.illegal.ask_not_at_table", {"to": labels.actor(action.to)})
    if action.issue not in state.issues:
        return IllegalAction("engine.illegal.unknown_issue", {"issue": action.issue})
    for q in state.questions:
        if (q.asker, q.to, q.issue, q.status) == (action.actor, action.to, action.issue, "open"):
            return IllegalAction(
                "engine.illegal.question_pending",
                {"to": labels.actor(action.to), "issue": labels.issue(action.issue)},
            )
    return None


def package_problem(
    setting: Setting, state: State, package: Mapping[str, str]
) -> IllegalAction | None:
    """Why `package` is not a package of this table (one current option per issue), or None."""
    labels = setting.labels
    for issue in state.issues:
        if issue not in package:
            return IllegalAction("engine.illegal.package_missing", {"issue": labels.issue(issue)})
    for issue, option in package.items():
        if issue not in state.issues:
            return IllegalAction("engine.illegal.unknown_issue", {"issue": issue})
        if option not in state.issues[issue]:
            return IllegalAction(
                "engine.illegal.unknown_option", {"issue": labels.issue(issue), "option": option}
            )
    return None


def mandate_problem(
    setting: Setting, state: State, actor: str, package: Mapping[str, str], verb: str
) -> IllegalAction | None:
    """Why the actor's mandate does not cover `package` (verb: 'propose' or 'support')."""
    found = mandate.breach(state, actor, package)
    if found is None:
        return None
    reason, values = found
    labels = setting.labels
    if reason == "forbidden":
        issue, option = str(values["issue"]), str(values["option"])
        return IllegalAction(
            f"engine.illegal.{verb}_forbidden",
            {
                "actor": labels.actor(actor),
                "issue": labels.issue(issue),
                "option": labels.option(issue, option),
            },
        )
    return IllegalAction(
        f"engine.illegal.{verb}_min_score",
        {"actor": labels.actor(actor), "score": values["score"], "min_score": values["min_score"]},
    )


def _check_propose(setting: Setting, state: State, action: Propose) -> IllegalAction | None:
    problem = package_problem(setting, state, action.package)
    if problem is not None:
        return problem
    for proposal in state.proposals:
        if proposal.package == action.package:
            return IllegalAction("engine.illegal.duplicate_proposal", {"proposal": proposal.id})
    return mandate_problem(setting, state, action.actor, action.package, "propose")


def _check_support(setting: Setting, state: State, action: Support) -> IllegalAction | None:
    proposal = state.proposal(action.proposal)
    if proposal is None:
        return IllegalAction("engine.illegal.unknown_proposal", {"proposal": action.proposal})
    if action.actor in proposal.supporters:
        return IllegalAction(
            "engine.illegal.already_supporting",
            {"actor": setting.labels.actor(action.actor), "proposal": action.proposal},
        )
    return mandate_problem(setting, state, action.actor, proposal.package, "support")


def _check_consult(setting: Setting, state: State, action: Consult) -> IllegalAction | None:
    if setting.consultation(action.actor, action.consultation) is None:
        return IllegalAction(
            "engine.illegal.unknown_consultation", {"consultation": action.consultation}
        )
    if action.consultation in state.consulted.get(action.actor, []):
        return IllegalAction("engine.illegal.consultation_used")
    return None


def _check_facilitator(
    setting: Setting, state: State, action: FireEvent | ExtendDeadline
) -> IllegalAction | None:
    if isinstance(action, ExtendDeadline):
        return None
    if action.event not in {e.id for e in setting.scenario.events}:
        return IllegalAction("engine.illegal.unknown_event", {"event": action.event})
    if action.event in state.fired:
        return IllegalAction("engine.illegal.event_fired", {"event": action.event})
    return None
