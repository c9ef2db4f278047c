"""One wording of an action for every client ("Steun voorstel 3 (jij: 62 punten)").

The terminal (local and in a room) and the room's window menu all word an action here, from
the seat's view and the scenario's ready phrases only, so a laptop in a room needs no
scenario file and every client says the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping

from game.engine import (
    Action,
    Answer,
    Ask,
    Consult,
    PlayerView,
    RevealInterest,
    Statement,
    Support,
    WithdrawSupport,
)
from game.play import wording
from game.scenario.model import LocalText, text_in
from game.scenario.points import shown
from game.text import t


def describe(
    action: Action,
    view: PlayerView,
    lang: str,
    phrases: Mapping[str, LocalText] | None = None,
) -> str:
    """`action` as the seat whose `view` this is reads it, in `lang`."""
    name = lambda actor: wording.actor_name(view, actor, lang)  # noqa: E731
    if isinstance(action, Answer):
        question = next((q for q in view.questions_waiting if q.id == action.question), None)
        asker = name(question.asker) if question else "?"
        issue = wording.issue_name(view, question.issue, lang) if question else "?"
        return t(f"net.menu.answer_{action.mode}", lang, asker=asker, issue=issue)
    if isinstance(action, Statement):
        if action.phrase is None:
            return t("net.menu.phrase", lang, text=action.text or "")
        phrase = (phrases or {}).get(action.phrase)
        return t("net.menu.phrase", lang, text=text_in(phrase, lang) if phrase else action.phrase)
    if isinstance(action, RevealInterest):
        interest = next((i for i in view.interests if i.id == action.interest), None)
        text = text_in(interest.text, lang) if interest else action.interest
        return t("net.menu.reveal", lang, text=text)
    if isinstance(action, Ask):
        issue = wording.issue_name(view, action.issue, lang)
        return t("net.menu.ask", lang, to=name(action.to), issue=issue)
    if isinstance(action, Support | WithdrawSupport):
        proposal = next((p for p in view.proposals if p.id == action.proposal), None)
        points = wording.package_points(view, proposal.package) if proposal else 0.0
        proposer = name(proposal.proposer) if proposal else "?"
        return t(
            f"net.menu.{action.kind}",
            lang,
            id=action.proposal,
            proposer=proposer,
            points=shown(points),
            batna=shown(view.batna),
        )
    if isinstance(action, Consult):
        found = next((c for c in view.consultations if c.id == action.consultation), None)
        label = text_in(found.label, lang) if found else action.consultation
        return t("net.menu.consult", lang, label=label)
    return t(f"net.menu.{action.kind}", lang)
