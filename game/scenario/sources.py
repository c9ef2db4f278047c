"""The sources a case names for its legal and policy facts, worded for a trainer."""

from __future__ import annotations

from dataclasses import dataclass

from game.scenario.model import Scenario, Source, text_in


def source_line(source: Source, lang: str) -> str:
    """`Omgevingswet, art. 16.55 (2024-01-01) — participatie is de taak van de initiatiefnemer`."""
    line = f"{text_in(source.title, lang)} ({source.date})"
    if source.supports is not None:
        line += f" — {text_in(source.supports, lang)}"
    return line


def sources_of(scenario: Scenario, lang: str) -> list[tuple[str, str | None]]:
    """Each source as (its line, its address or None), in the order the case lists them."""
    return [(source_line(s, lang), s.url) for s in scenario.sources]


@dataclass(frozen=True)
class CaseSources:
    """What a trainer checks before relying on a case: its sources and what it invents."""

    lines: tuple[tuple[str, str | None], ...]  # (line, address or None), in the case's order
    fiction: str | None


def case_sources(scenario: Scenario, lang: str) -> CaseSources:
    """The case's sources and its fiction note in `lang` (for the printed kit)."""
    fiction = None if scenario.fiction is None else text_in(scenario.fiction, lang)
    return CaseSources(tuple(sources_of(scenario, lang)), fiction)
