"""How the game moves on: applying a checked action, ending turns and rounds, ending the game.

- Turn order: the scenario's `turn_order` (or the order of `actors`) restricted to the seats;
  late actors join at the end; actors who walked away are skipped.
- A round ends after the last actor at the table has moved. Then the agreement rule is
  checked; then, if the deadline round has been played, the game ends ("deadline").
  Otherwise the next round starts: its events fire, the scenario's reflection question for
  that round (if any) is put to the table, and the first actor at the table moves.
- The escalation table costs a round: the rest of the current round is skipped (the table
  spends the week with the experts); the round then ends as usual, with its agreement check.
- Walking away ends the game ("walkout") when a required actor leaves, or when fewer actors
  remain than the rule needs (the quorum; two under unanimity).
"""

from __future__ import annotations

from game.engine import agreement, events, mandate
from game.engine.actions import (
    Action,
    Answer,
    Ask,
    Consult,
    Escalate,
    ExtendDeadline,
    FireEvent,
    Pass,
    Propose,
    RevealInterest,
    Statement,
    Support,
    WalkAway,
    WithdrawSupport,
)
from game.engine.answers import answer_data, answer_facts, answer_text
from game.engine.chance import happens
from game.engine.frozen import frozen
from game.engine.journal import note
from game.engine.log import LogEntry
from game.engine.setting import Setting
from game.engine.state import Outcome, Proposal, Question, State, Status
from game.scenario.points import rounded


def new_state(setting: Setting) -> State:
    """The table at the start of round 1, after the events of round 1 have fired."""
    scenario = setting.scenario
    seats = set(setting.seats)
    base_order = scenario.turn_order or [a.id for a in scenario.actors]
    order = [a for a in base_order if a in seats]
    order += [a for a in setting.seats if a not in order]
    status: dict[str, Status] = {
        a.id: ("at_table" if a.id in seats else "absent") for a in scenario.all_actors()
    }
    state = State(
        round=1,
        deadline=scenario.rounds,
        order=order,
        status=status,
        issues=scenario.issues_option_ids(),
        points={
            a.id: {i: {o: rounded(p) for o, p in opts.items()} for i, opts in a.points.items()}
            for a in scenario.all_actors()
        },
        batna={a.id: rounded(a.batna) for a in scenario.all_actors()},
        mandates={a.id: mandate.initial(a.mandate) for a in scenario.all_actors()},
        consulted={a.id: [] for a in scenario.all_actors()},
        revealed={a.id: [] for a in scenario.all_actors()},
    )
    start_round(setting, state)
    return state


def apply_action(setting: Setting, state: State, action: Action) -> list[LogEntry]:
    """Apply an action already checked by `rules.check`; returns the entries it produced."""
    first = len(state.log)
    labels = setting.labels
    who = action.actor
    name = labels.actor(who)
    if isinstance(action, Answer):
        _answer(setting, state, action)
    elif isinstance(action, Statement):
        state.talked = True
        if action.phrase is not None:
            text = labels.phrases[action.phrase]
            note(
                state,
                "action",
                "engine.log.statement",
                actor=who,
                action=action,
                actor_name=name,
                text=text,
            )
        else:
            note(
                state,
                "action",
                "engine.log.statement",
                actor=who,
                action=action,
                actor_name=name,
                text=action.text or "",
            )
    elif isinstance(action, RevealInterest):
        state.talked = True
        state.revealed[who].append(action.interest)
        interest = next(i for i in setting.actors[who].interests if i.id == action.interest)
        note(
            state,
            "action",
            "engine.log.reveal_interest",
            actor=who,
            action=action,
            actor_name=name,
            text=interest.text,
        )
    elif isinstance(action, Ask):
        state.talked = True
        question = Question(len(state.questions) + 1, who, action.to, action.issue, state.round)
        state.questions.append(question)
        note(
            state,
            "action",
            "engine.log.ask",
            actor=who,
            action=action,
            data={"question": question.id},
            actor_name=name,
            to_name=labels.actor(action.to),
            issue=labels.issue(action.issue),
        )
    elif isinstance(action, FireEvent):
        event = next(e for e in setting.scenario.events if e.id == action.event)
        note(state, "action", "engine.log.fire_event", action=action, data={"event": event.id})
        events.fire(setting, state, event)
        _end_if_past_deadline(setting, state)
    elif isinstance(action, ExtendDeadline):
        state.deadline += action.rounds
        note(
            state,
            "action",
            "engine.log.extend_deadline",
            action=action,
            rounds=action.rounds,
            deadline=state.deadline,
        )
    else:
        _move(setting, state, action)
    return state.log[first:]


def _end_if_past_deadline(setting: Setting, state: State) -> None:
    """An event that moved the deadline before the current round ends the game at once."""
    if state.outcome is None and state.round > state.deadline:
        _finish(setting, state, Outcome(kind="deadline", round=state.round))


def _answer(setting: Setting, state: State, action: Answer) -> None:
    question = state.question(action.question)
    assert question is not None
    question.status = "answered"
    question.mode = action.mode
    labels = setting.labels
    key = "engine.log.declined" if action.mode == "decline" else "engine.log.answered"
    note(
        state,
        "action",
        key,
        actor=action.actor,
        action=action,
        data={"question": question.id, "mode": action.mode},
        actor_name=labels.actor(action.actor),
        asker=labels.actor(question.asker),
        issue=labels.issue(question.issue),
    )
    facts = answer_facts(state, question, action.mode)
    nl, en = answer_text(setting, question, action.mode, facts)
    state.log.append(
        LogEntry(
            index=len(state.log),
            round=state.round,
            turn=state.turn,
            kind="answer",
            actor=action.actor,
            action=None,  # the answer's action is on the line before; this one is what it says
            to=[question.asker, question.to],
            data=answer_data(question, action.mode, facts),
            nl=nl,
            en=en,
        )
    )


def _move(setting: Setting, state: State, action: Action) -> None:
    labels = setting.labels
    who = action.actor
    name = labels.actor(who)
    if isinstance(action, Propose):
        proposal = Proposal(len(state.proposals) + 1, who, state.round, dict(action.package), [who])
        state.proposals.append(proposal)
        note(
            state,
            "action",
            "engine.log.propose",
            actor=who,
            action=action,
            data={"proposal": proposal.id},
            actor_name=name,
            proposal=proposal.id,
            package=labels.package(proposal.package),
        )
    elif isinstance(action, Support | WithdrawSupport):
        proposal = state.proposal(action.proposal)
        assert proposal is not None
        if isinstance(action, Support):
            proposal.supporters.append(who)
        else:
            proposal.supporters.remove(who)
        note(
            state,
            "action",
            f"engine.log.{action.kind}",
            actor=who,
            action=action,
            data={"proposal": proposal.id},
            actor_name=name,
            proposal=proposal.id,
        )
    elif isinstance(action, Consult):
        _consult(setting, state, action)
    elif isinstance(action, Escalate):
        note(state, "action", "engine.log.escalate", actor=who, action=action, actor_name=name)
        _escalate(setting, state)
        _end_turn(setting, state, skip_rest_of_round=True)
        return
    elif isinstance(action, WalkAway):
        _walk_away(setting, state, action)
        if state.outcome is not None:
            return
    elif isinstance(action, Pass):
        note(state, "action", "engine.log.pass", actor=who, action=action, actor_name=name)
    _end_turn(setting, state)


def _consult(setting: Setting, state: State, action: Consult) -> None:
    who = action.actor
    consultation = setting.consultation(who, action.consultation)
    assert consultation is not None
    state.consulted[who].append(consultation.id)
    note(
        state,
        "action",
        "engine.log.consult",
        actor=who,
        action=action,
        actor_name=setting.labels.actor(who),
    )
    refused = happens(
        consultation.chance_no, setting.seed, state.round, f"consult:{who}:{consultation.id}"
    )
    if refused:
        refusal = consultation.refusal
        if refusal is None:
            note(
                state,
                "consultation",
                "engine.log.consult_no",
                actor=who,
                to=[who],
                data={"consultation": consultation.id, "granted": False},
                label=consultation.label,
            )
        else:
            note(
                state,
                "consultation",
                "engine.log.consult_no_text",
                actor=who,
                to=[who],
                data={"consultation": consultation.id, "granted": False},
                label=consultation.label,
                text=refusal,
            )
        return
    effect = consultation.effect
    mandate.widen(state, who, effect.allow, effect.min_score)
    note(
        state,
        "consultation",
        "engine.log.consult_yes",
        actor=who,
        to=[who],
        data={"consultation": consultation.id, "granted": True},
        label=consultation.label,
    )
    events.lapse_supports(setting, state)  # a new minimum score may leave a support outside


def _escalate(setting: Setting, state: State) -> None:
    state.escalated = True
    escalation = setting.scenario.escalation
    assert escalation is not None
    labels = setting.labels
    for advice in escalation.advice:
        note(state, "advice", "engine.log.advice", to=advice.to, text=advice.text)
        for ref in advice.reveals:
            if state.status[ref.actor] == "absent" or ref.interest in state.revealed[ref.actor]:
                continue  # only the interests of parties who sit (or sat) at this table
            state.revealed[ref.actor].append(ref.interest)
            interest = next(i for i in setting.actors[ref.actor].interests if i.id == ref.interest)
            note(
                state,
                "revealed",
                "engine.log.revealed_by_escalation",
                actor=ref.actor,
                data={"interest": ref.interest},
                actor_name=labels.actor(ref.actor),
                text=interest.text,
            )


def _walk_away(setting: Setting, state: State, action: WalkAway) -> None:
    who = action.actor
    labels = setting.labels
    state.status[who] = "walked_away"
    note(
        state,
        "action",
        "engine.log.walk_away",
        actor=who,
        action=action,
        actor_name=labels.actor(who),
    )
    for question in state.questions:
        if question.status == "open" and who in (question.asker, question.to):
            question.status = "lapsed"
            note(
                state,
                "question_lapsed",
                "engine.log.question_lapsed",
                data={"question": question.id},
                asker=labels.actor(question.asker),
                to_name=labels.actor(question.to),
                issue=labels.issue(question.issue),
            )
    if not agreement.can_still_agree(setting.scenario.agreement, state):
        _finish(setting, state, Outcome(kind="walkout", round=state.round, actor=who))


def _end_turn(setting: Setting, state: State, *, skip_rest_of_round: bool = False) -> None:
    state.talked = False
    state.turn += 1
    if not skip_rest_of_round:
        for index in range(state.turn_index + 1, len(state.order)):
            if state.status[state.order[index]] == "at_table":
                state.turn_index = index
                return
    _end_round(setting, state)


def _end_round(setting: Setting, state: State) -> None:
    agreed = agreement.agreed_proposal(setting.scenario.agreement, state)
    if agreed is not None:
        outcome = Outcome(
            kind="agreement",
            round=state.round,
            package=frozen(dict(agreed.package)),
            proposal=agreed.id,
            supporters=tuple(agreement.supporters_at_table(state, agreed)),
        )
        _finish(setting, state, outcome)
        return
    if state.round >= state.deadline:
        _finish(setting, state, Outcome(kind="deadline", round=state.round))
        return
    state.round += 1
    start_round(setting, state)


def start_round(setting: Setting, state: State) -> None:
    note(
        state,
        "round_started",
        "engine.log.round_started",
        data={"round": state.round},
        round=state.round,
        deadline=state.deadline,
    )
    events.fire_due_events(setting, state)
    _end_if_past_deadline(setting, state)
    if state.outcome is not None:
        return
    for moment in setting.scenario.reflection:
        if moment.round == state.round:
            note(
                state,
                "reflection",
                "engine.log.reflection",
                data={"round": state.round},
                question=moment.question,
            )
    state.turn_index = next(
        (i for i, a in enumerate(state.order) if state.status[a] == "at_table"), 0
    )


def _finish(setting: Setting, state: State, outcome: Outcome) -> None:
    state.outcome = outcome
    labels = setting.labels
    data = {"outcome": outcome.kind}
    if outcome.kind == "agreement":
        assert outcome.package is not None
        note(
            state,
            "game_over",
            "engine.log.agreement",
            data={**data, "proposal": outcome.proposal},
            proposal=outcome.proposal,
            package=labels.package(outcome.package),
            supporters=labels.names(outcome.supporters),
        )
    elif outcome.kind == "deadline":
        note(state, "game_over", "engine.log.deadline", data=data)
    else:
        note(
            state,
            "game_over",
            "engine.log.walkout",
            data=data,
            actor=outcome.actor,
            actor_name=labels.actor(outcome.actor or ""),
        )
