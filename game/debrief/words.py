"""The debrief's sentences, from the one structure (`GameDebrief`), for every screen alike:
the HTML report, the window's debrief scene and the terminal's ending say the same thing.

Each function returns plain lines in one language; a screen lays them out. Every line about a
package names the table it describes ("table at the end, after the events" or "table as the
case started"). A zero is never worded as a gain: left on the table speaks only of actors who
could have had more, and says nobody could when none could.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.debrief.model import GameDebrief, PackageFigure, Table
from game.scenario.model import Scenario, text_in
from game.scenario.points import shown
from game.scoring.reachable import MANDATE_SETS
from game.text import t

STRATEGY_KEYS = {
    "integrative": "agents.strategy.integrative",
    "reciprocal": "agents.strategy.reciprocal",
    "tough": "agents.strategy.tough",
    "conceder": "agents.strategy.conceder",
}

POSSIBLE_KEYS = {
    "final_mandates": "debrief.possible.final_mandates",
    "all_consultations": "debrief.possible.all_consultations",
    "no_mandates": "debrief.possible.no_mandates",
}
REASON_KEYS = {
    "walked_away": "debrief.why.reason.walked_away",
    "outside_mandate": "debrief.why.reason.outside_mandate",
    "below_batna": "debrief.why.reason.below_batna",
    "no_support": "debrief.why.reason.no_support",
}


@dataclass(frozen=True)
class Names:
    """Names of actors, issues and options in one language (options added by events too)."""

    lang: str
    actors: dict[str, str]
    issues: dict[str, str]
    options: dict[tuple[str, str], str]

    @classmethod
    def of(cls, scenario: Scenario, lang: str) -> Names:
        options = {(i.id, o.id): text_in(o.label, lang) for i in scenario.issues for o in i.options}
        for _event, effect in scenario.added_options():
            options[(effect.issue, effect.option.id)] = text_in(effect.option.label, lang)
        return cls(
            lang,
            {a.id: text_in(a.name, lang) for a in scenario.all_actors()},
            {i.id: text_in(i.name, lang) for i in scenario.issues},
            options,
        )

    def actor(self, actor: str) -> str:
        return self.actors.get(actor, actor)

    def option(self, issue: str, option: str | None) -> str:
        return "—" if option is None else self.options.get((issue, option), option)


def points(value: float, lang: str) -> str:
    return shown(value, lang=lang)


def ratio(value: float, lang: str) -> str:
    """A figure between 0 and 1 with two decimals (decimal comma in Dutch)."""
    text = f"{value:.2f}"
    return text.replace(".", ",") if lang == "nl" else text


def percent(value: float) -> str:
    return f"{round(100 * value)}%"


def table_label(table: Table, lang: str) -> str:
    return t("debrief.table.start" if table == "start" else "debrief.table.end", lang)


def strategy_name(strategy: str, lang: str) -> str:
    key = STRATEGY_KEYS.get(strategy)
    return t(key, lang) if key is not None else strategy


def own_line(debrief: GameDebrief, names: Names, actor: str) -> str:
    """The actor's points beside its BATNA and beside the best package reachable together."""
    lang = names.lang
    outcome = debrief.outcome
    got = points(outcome.points.get(actor, outcome.batna.get(actor, 0.0)), lang)
    batna = points(outcome.batna.get(actor, 0.0), lang)
    best = debrief.best_reachable
    if best is None:
        return t("debrief.own.no_best", lang, actor=names.actor(actor), points=got, batna=batna)
    return t(
        "debrief.own",
        lang,
        actor=names.actor(actor),
        points=got,
        batna=batna,
        best=points(best.points.get(actor, 0.0), lang),
    )


def integration_line(debrief: GameDebrief, lang: str) -> str:
    return t("debrief.integration", lang, index=ratio(debrief.outcome.integration_index, lang))


def got_line(debrief: GameDebrief, lang: str) -> str:
    return t("debrief.got", lang, surplus=points(debrief.outcome.joint_surplus, lang))


def _package_line(label: str, count: int, best: PackageFigure | None, names: Names) -> str:
    lang = names.lang
    if best is None:
        return t("debrief.possible.none", lang, label=label)
    return t(
        "debrief.possible.line",
        lang,
        label=label,
        packages=count,
        surplus=points(best.joint_surplus, lang),
    )


def possible_lines(debrief: GameDebrief, names: Names) -> list[str]:
    """What was possible under the three mandate sets, the first one being what the outcome
    is measured against."""
    lang = names.lang
    lines = []
    for key in MANDATE_SETS:
        found = debrief.possible[key]
        label = t(POSSIBLE_KEYS[key], lang)
        lines.append(_package_line(label, found.packages, found.best_joint, names))
    return lines


def compromise_line(debrief: GameDebrief, lang: str) -> str:
    return t("debrief.compromise", lang, surplus=points(debrief.compromise.joint_surplus, lang))


def why_lines(debrief: GameDebrief, names: Names) -> list[str]:
    """The closest proposal with its support, who was missing and why, the best still open."""
    lang = names.lang
    why = debrief.why
    closest = why.closest_proposal
    lines = []
    if closest is None:
        lines.append(t("debrief.why.no_proposal", lang))
    else:
        key = "debrief.why.agreed" if closest.agreed else "debrief.why.closest"
        lines.append(
            t(
                key,
                lang,
                id=closest.id,
                proposer=names.actor(closest.proposer),
                round=closest.round,
                supporters=len(closest.supporters),
                needed=closest.needed,
            )
        )
        if closest.required_missing:
            missing = ", ".join(names.actor(a) for a in closest.required_missing)
            lines.append(t("debrief.why.required_missing", lang, actors=missing))
        for gap in why.missing:
            lines.append(
                t(
                    REASON_KEYS[gap.reason],
                    lang,
                    actor=names.actor(gap.actor),
                    points=points(gap.points, lang),
                    batna=points(gap.batna, lang),
                )
            )
    best = why.best_open_package
    if best is None:
        lines.append(t("debrief.why.none_open", lang))
    else:
        lines.append(
            t(
                "debrief.why.best_open",
                lang,
                surplus=points(best.joint_surplus, lang),
            )
        )
    return lines


def left_lines(debrief: GameDebrief, names: Names) -> list[str]:
    """One line per actor who could have had more without anyone losing; one line saying
    nobody could when that is so (never "0 points more")."""
    lang = names.lang
    lines = [
        t(
            "debrief.left.more",
            lang,
            actor=names.actor(actor),
            points=points(left.points, lang),
        )
        for actor, left in debrief.left_on_table.items()
        if points(left.points, lang) != "0"
    ]
    return lines or [t("debrief.left.none", lang)]


@dataclass(frozen=True)
class WayRow:
    """One row of "what another way would have earned", worded."""

    way: str
    points: str
    agreement: str
    integration: str
    actual: bool = False


def counterfactual_rows(debrief: GameDebrief, names: Names) -> list[WayRow]:
    """What the trainee got, then each strategy in the trainee's seat; empty until computed.
    When several people played (a hotseat), the first row names the seat that was replayed
    instead of saying "you" to all of them."""
    found = debrief.counterfactual
    if found is None:
        return []
    lang = names.lang
    actual = found.actual
    if len(debrief.people) > 1:
        got = t("debrief.cf.actual_seat", lang, seat=names.actor(found.seat))
    else:
        got = t("debrief.cf.actual", lang)
    rows = [
        WayRow(
            got,
            points(actual.own_points, lang),
            t("debrief.yes" if actual.agreement else "debrief.no", lang),
            ratio(actual.integration_index, lang),
            actual=True,
        )
    ]
    for name, run in found.strategies.items():
        rows.append(
            WayRow(
                strategy_name(name, lang),
                shown(run.own_points_mean, 1, lang=lang),
                percent(run.agreement_rate),
                ratio(run.integration_index_mean, lang),
            )
        )
    return rows


def counterfactual_note(debrief: GameDebrief, names: Names) -> str:
    found = debrief.counterfactual
    if found is None:
        return t("debrief.cf.computing", names.lang)
    return t(
        "debrief.cf.note",
        names.lang,
        seat=names.actor(found.seat),
        games=found.games,
        table=table_label(found.table, names.lang),
    )


def counterfactual_lines(debrief: GameDebrief, names: Names) -> list[str]:
    """The rows as lines, for a screen without a table (the terminal)."""
    lang = names.lang
    return [counterfactual_note(debrief, names)] + [
        t(
            "debrief.cf.row",
            lang,
            way=row.way,
            points=row.points,
            agreement=row.agreement,
            index=row.integration,
        )
        for row in counterfactual_rows(debrief, names)
    ]


def trainer_lines(debrief: GameDebrief, lang: str) -> list[str]:
    """The trainer's figures, each with a one-line meaning."""
    outcome = debrief.outcome
    return [
        t("debrief.nash", lang, value=ratio(outcome.nash_ratio, lang)),
        t("debrief.fairness", lang, value=ratio(outcome.fairness, lang)),
    ]


def table_lines(debrief: GameDebrief, lang: str) -> list[str]:
    """The two tables' sizes, each saying which table it is."""
    return [
        t(
            "debrief.tables",
            lang,
            table=table_label(found.table, lang),
            packages=found.packages,
            zopa=found.zopa,
            feasible=found.feasible,
        )
        for found in (debrief.tables["start"], debrief.tables["end"])
    ]
