"""Views as text: the table, your brief, your points, your mandate, proposals, the outcome.

Every function here reads one `PlayerView` (or the public view) and returns lines; none of
them reads the game, so what a player sees is exactly what the engine lets that actor see.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from game.engine import IllegalAction, PlayerView, PublicView
from game.engine.views import LogLine
from game.play.standing import rule_text
from game.scenario.model import LocalText, Text, text_in
from game.scenario.points import shown, total
from game.text import t

INDENT = "    "


def _lt(text: Text) -> LocalText:
    return text if isinstance(text, LocalText) else LocalText(nl=text, en=text)


def _num(value: float, sign: bool = False) -> str:
    """Points for the terminal, rounded for people."""
    return shown(value, sign=sign)


def actor_name(view: PublicView, actor: str, lang: str) -> str:
    for found in view.actors:
        if found.id == actor:
            return text_in(found.name, lang)
    return actor


def issue_name(view: PublicView, issue: str, lang: str) -> str:
    for found in view.issues:
        if found.id == issue:
            return text_in(found.name, lang)
    return issue


def option_label(view: PublicView, issue: str, option: str, lang: str) -> str:
    for found in view.issues:
        if found.id == issue:
            for candidate in found.options:
                if candidate.id == option:
                    return text_in(candidate.label, lang)
    return option


def actor_text(view: PublicView, actor: str) -> LocalText:
    """An actor's name in both languages (for a refusal worded later)."""
    found = next((a for a in view.actors if a.id == actor), None)
    return _lt(found.name) if found else LocalText(nl=actor, en=actor)


def issue_text(view: PublicView, issue: str) -> LocalText:
    found = next((i for i in view.issues if i.id == issue), None)
    return _lt(found.name) if found else LocalText(nl=issue, en=issue)


def option_text(view: PublicView, issue: str, option: str) -> LocalText:
    for found in view.issues:
        if found.id == issue:
            for candidate in found.options:
                if candidate.id == option:
                    return _lt(candidate.label)
    return LocalText(nl=option, en=option)


def week_line(view: PublicView, lang: str) -> str:
    """'Week 3 van 8 (de deadline valt aan het eind van week 8)'."""
    return t("textmode.screen.week", lang, round=view.round, deadline=view.deadline)


def rule_line(view: PublicView, lang: str) -> str:
    """The agreement rule with the parties every deal needs, as the window shows it."""
    return rule_text(view, lambda actor: actor_name(view, actor, lang), lang)


def title_lines(view: PublicView, lang: str) -> list[str]:
    return [text_in(view.title, lang), week_line(view, lang)]


def table_lines(view: PublicView, lang: str) -> list[str]:
    """Who sits at the table (public briefs, revealed interests) and what is on it."""
    lines = [t("textmode.screen.actors", lang)]
    for actor in view.actors:
        status = t(f"textmode.status.{actor.status}", lang)
        lines.append(f"  {text_in(actor.name, lang)} — {text_in(actor.role, lang)} ({status})")
        lines.append(f"{INDENT}{text_in(actor.public_brief, lang)}")
        for interest in actor.revealed_interests:
            lines.append(f"{INDENT}* {text_in(interest.text, lang)}")
    lines.append(t("textmode.screen.issues", lang))
    for issue in view.issues:
        lines.append(f"  {text_in(issue.name, lang)}")
        if issue.description is not None:
            lines.append(f"{INDENT}{text_in(issue.description, lang)}")
        for option in issue.options:
            lines.append(f"{INDENT}- {text_in(option.label, lang)}")
    return lines


def brief_lines(view: PlayerView, lang: str, alone: bool = True) -> list[str]:
    """The actor's own briefing: public and confidential brief, interests, BATNA, back office.
    `alone=False` leaves out the BATNA and the agreement rule, for a screen that shows them
    beside it (the points below, the turn's heading above)."""
    me = next(a for a in view.actors if a.id == view.actor)
    lines = [
        t(
            "textmode.screen.brief_title",
            lang,
            name=text_in(me.name, lang),
            role=text_in(me.role, lang),
        ),
        t("textmode.screen.public_brief", lang),
        f"  {text_in(me.public_brief, lang)}",
        t("textmode.screen.confidential_brief", lang),
        f"  {text_in(view.confidential_brief, lang)}",
    ]
    if view.interests:
        lines.append(t("textmode.screen.interests", lang))
        for interest in view.interests:
            mark = t(
                "textmode.screen.revealed" if interest.revealed else "textmode.screen.hidden", lang
            )
            lines.append(f"  * {text_in(interest.text, lang)} ({mark})")
    if alone:
        lines.append(t("textmode.screen.batna", lang, batna=_num(view.batna)))
        lines.append(rule_line(view, lang))
    if view.consultations:
        lines.append(t("textmode.screen.consultations", lang))
        for consultation in view.consultations:
            used = f" ({t('textmode.screen.used', lang)})" if consultation.used else ""
            lines.append(f"  - {text_in(consultation.label, lang)}{used}")
    return lines


def option_refusal(view: PlayerView, issue: str, option: str, lang: str) -> str | None:
    """The engine's reason why a package with this option is outside the mandate, or None."""
    if option not in view.mandate.forbidden.get(issue, []):
        return None
    refusal = IllegalAction(
        "engine.illegal.propose_forbidden",
        {
            "actor": actor_text(view, view.actor),
            "issue": issue_text(view, issue),
            "option": option_text(view, issue, option),
        },
    )
    return refusal.message(lang)


def points_lines(view: PlayerView, lang: str) -> list[str]:
    """Your points for every option, with the options outside your mandate marked."""
    lines = [t("textmode.screen.points_title", lang)]
    for issue in view.issues:
        lines.append(f"  {text_in(issue.name, lang)}")
        for option in issue.options:
            points = view.points.get(issue.id, {}).get(option.id, 0.0)
            outside = option.id in view.mandate.forbidden.get(issue.id, [])
            mark = f"  [{t('textmode.screen.outside', lang)}]" if outside else ""
            lines.append(f"{INDENT}{points:>6g}  {text_in(option.label, lang)}{mark}")
    lines.append(t("textmode.screen.batna", lang, batna=_num(view.batna)))
    return lines


def mandate_lines(view: PlayerView, lang: str) -> list[str]:
    """What your organisation lets you agree to, and why the rest is out."""
    lines = [t("textmode.screen.mandate_title", lang)]
    forbidden = [(i, o) for i, options in view.mandate.forbidden.items() for o in options]
    for issue, option in forbidden:
        lines.append(
            "  - "
            + t(
                "textmode.screen.mandate_forbidden",
                lang,
                issue=issue_name(view, issue, lang),
                option=option_label(view, issue, option, lang),
            )
        )
    if view.mandate.min_score is not None:
        lines.append(
            "  - " + t("textmode.screen.mandate_min", lang, min=_num(view.mandate.min_score))
        )
    if not forbidden and view.mandate.min_score is None:
        lines.append("  " + t("textmode.screen.mandate_free", lang))
    return lines


def package_points(view: PlayerView, package: Mapping[str, str]) -> float:
    return total([view.points.get(i, {}).get(o, 0.0) for i, o in package.items()])


def package_lines(view: PublicView, package: Mapping[str, str], lang: str) -> list[str]:
    return [
        f"{INDENT}{issue_name(view, i, lang)}: {option_label(view, i, o, lang)}"
        for i, o in package.items()
    ]


def proposals_lines(
    view: PlayerView | PublicView, lang: str, refusals: Mapping[int, str] | None = None
) -> list[str]:
    """The proposals on the table, with their supporters and (for a player) its own points."""
    if not view.proposals:
        return [t("textmode.screen.no_proposals", lang)]
    lines = [t("textmode.screen.proposals_title", lang)]
    for proposal in view.proposals:
        supporters = ", ".join(actor_name(view, a, lang) for a in proposal.supporters_at_table)
        lines.append(
            t(
                "textmode.screen.proposal",
                lang,
                id=proposal.id,
                proposer=actor_name(view, proposal.proposer, lang),
                round=proposal.round,
                count=len(proposal.supporters_at_table),
                supporters=supporters or "—",
            )
        )
        lines.extend(package_lines(view, proposal.package, lang))
        if isinstance(view, PlayerView):
            points = package_points(view, proposal.package)
            lines.append(
                INDENT
                + t(
                    "textmode.screen.your_points",
                    lang,
                    points=_num(points),
                    batna=_num(view.batna),
                    diff=_num(points - view.batna, sign=True),
                )
            )
            reason = (refusals or {}).get(proposal.id)
            if reason:
                lines.append(f"{INDENT}[{t('textmode.screen.outside', lang)}] {reason}")
    return lines


def proposals_summary(
    view: PlayerView, lang: str, refusals: Mapping[int, str] | None = None
) -> list[str]:
    """One line per proposal with support at the table: its supporters and your points."""
    backed = [p for p in view.proposals if p.supporters_at_table]
    if not view.proposals:
        return [t("textmode.screen.no_proposals", lang)]
    lines = [t("textmode.screen.proposals_title", lang)]
    for proposal in backed:
        points = package_points(view, proposal.package)
        outside = (refusals or {}).get(proposal.id)
        mark = f"  [{t('textmode.screen.outside', lang)}]" if outside else ""
        lines.append(
            t(
                "textmode.screen.proposal_short",
                lang,
                id=proposal.id,
                proposer=actor_name(view, proposal.proposer, lang),
                count=len(proposal.supporters_at_table),
                points=_num(points),
                diff=_num(points - view.batna, sign=True),
            )
            + mark
        )
    unbacked = len(view.proposals) - len(backed)
    if unbacked:
        lines.append("  " + t("textmode.screen.unbacked", lang, count=unbacked))
    return lines


def log_lines(lines: Iterable[LogLine], lang: str) -> list[str]:
    out = []
    for line in lines:
        text = line.text(lang)
        out.append(f"  {text}" if line.kind == "round_started" else f"  · {text}")
    return out
