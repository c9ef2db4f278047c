"""Process figures counted from a finished (or running) game's log, for the scores."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from game.engine import Game
from game.scoring.scores import ActorProcess, ProcessFigures


@dataclass(frozen=True)
class Reveal:
    """An interest that became known at the table: whose, which, in which round, and how."""

    actor: str
    interest: str
    round: int
    by_escalation: bool


def reveals(game: Game) -> list[Reveal]:
    """Every interest revealed, in the order it happened (by its actor or by the escalation)."""
    out = []
    for entry in game.log:
        if entry.kind == "action" and entry.action is not None:
            action = entry.action
            if action.kind == "reveal_interest":
                out.append(Reveal(action.actor, action.interest, entry.round, False))
        elif entry.kind == "revealed" and entry.actor is not None:
            interest = entry.data.get("interest")
            if isinstance(interest, str):
                out.append(Reveal(entry.actor, interest, entry.round, True))
    return out


def process_figures(game: Game) -> ProcessFigures:
    """The counts behind the process score, per actor at the table."""
    asked: Counter[str] = Counter()
    received: Counter[str] = Counter()
    truthful: Counter[str] = Counter()
    consulted: Counter[str] = Counter()
    withdrawn: Counter[str] = Counter()
    escalated = False
    for action in game.actions:
        if action.kind == "ask":
            asked[action.actor] += 1
            received[action.to] += 1
        elif action.kind == "answer" and action.mode == "truthful":
            truthful[action.actor] += 1
        elif action.kind == "consult":
            consulted[action.actor] += 1
        elif action.kind == "withdraw_support":
            withdrawn[action.actor] += 1
        elif action.kind == "escalate":
            escalated = True
    own_reveals = {(r.actor, r.interest) for r in reveals(game) if not r.by_escalation}
    actors = {}
    for actor_id in game.table_data().actors:
        actor = game.scenario.actor(actor_id)
        actors[actor_id] = ActorProcess(
            interests_revealed=sum(1 for a, _ in own_reveals if a == actor_id),
            interests_total=len(actor.interests),
            questions_asked=asked[actor_id],
            questions_received=received[actor_id],
            answered_truthfully=truthful[actor_id],
            consultations=consulted[actor_id],
            supports_withdrawn=withdrawn[actor_id],
        )
    outcome = game.outcome
    rounds = outcome.round if outcome is not None else game.round
    return ProcessFigures(actors, escalated, rounds, game.deadline)
