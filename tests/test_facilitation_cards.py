"""The printed role cards: the pages they should have, and no role reads another's secrets."""

from __future__ import annotations

import re
from functools import cache
from io import BytesIO
from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader

from game.facilitation.cards import role_card
from game.facilitation.cards_pdf import render_cards
from game.scenario.loader import load_scenario, load_text
from game.scenario.model import Actor, Scenario, text_in
from game.text import t

SCENARIOS = sorted((Path(__file__).resolve().parents[1] / "scenarios").glob("*.yaml"))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@cache
def _read(path: Path, lang: str) -> tuple[Scenario, tuple[str, ...], tuple[tuple[str, int], ...]]:
    """The scenario, the text of every page, and the bookmarks: (title, first page)."""
    scenario = load_scenario(path, lang).scenario
    data = bytes(render_cards(scenario, lang).output())
    reader = PdfReader(BytesIO(data))
    pages = tuple(_flat(page.extract_text()) for page in reader.pages)
    marks = tuple((mark.title, reader.get_destination_page_number(mark)) for mark in reader.outline)
    return scenario, pages, marks


def _pages(path: Path, lang: str) -> tuple[Scenario, tuple[str, ...]]:
    scenario, pages, _marks = _read(path, lang)
    return scenario, pages


def _role_pages(path: Path, lang: str) -> dict[str, str]:
    """Each actor's pages (front: briefs, back: figures), joined, found by its bookmark."""
    scenario, pages, marks = _read(path, lang)
    starts = [first for _title, first in marks] + [len(pages)]
    actors = scenario.all_actors()
    assert [title for title, _ in marks[1:-1]] == [text_in(a.name, lang) for a in actors]
    return {
        actor.id: " ".join(pages[starts[k + 1] : starts[k + 2]]) for k, actor in enumerate(actors)
    }


def _points_text(scenario: Scenario, actor: Actor, lang: str) -> str:
    """The points table's rows as a PDF reader reads them: label, points, mandate mark."""
    outside = "buiten mandaat" if lang == "nl" else "outside mandate"
    rows = []
    for issue in scenario.issues:
        rows.append(text_in(issue.name, lang))
        for option in issue.options:
            value = actor.points[issue.id][option.id]
            row = f"{text_in(option.label, lang)} {int(value) if value.is_integer() else value}"
            if option.id in actor.mandate.forbidden.get(issue.id, []):
                row += f" {outside}"
            rows.append(row)
    return _flat(" ".join(rows))


def _batna_text(actor: Actor, lang: str) -> str:
    value = int(actor.batna) if float(actor.batna).is_integer() else actor.batna
    if lang == "nl":
        return f"Zonder akkoord heb je {value} punten"
    return f"Without agreement you have {value} points"


def _secrets(actor: Actor, lang: str) -> list[str]:
    """What only this actor may read: its confidential brief, interests and consultations."""
    texts = [text_in(actor.brief.confidential, lang)]
    texts += [text_in(interest.text, lang) for interest in actor.interests]
    texts += [text_in(c.label, lang) for c in actor.consultations]
    return [_flat(text) for text in texts]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_public_page_two_pages_per_role_and_an_answer_page(path: Path, lang: str) -> None:
    """The public sheet (one page, or two for a long case), two pages a role, then the
    trainer's answers (every page of them marked as the trainer's)."""
    scenario, pages, marks = _read(path, lang)
    actors = scenario.all_actors()
    starts = [first for _title, first in marks]
    assert starts[0] == 0 and starts[1] in (1, 2), "the public sheet takes one or two pages"
    spans = [b - a for a, b in pairwise(starts[1:])]
    assert all(span >= 2 for span in spans), "a front and a back page for every role"
    role_kicker = t("facilitation.cards.role.kicker", lang).upper()
    for actor, first, span in zip(actors, starts[1:-1], spans, strict=True):
        for page in pages[first : first + span]:  # a page a role runs on to says whose it is
            assert role_kicker in page and text_in(actor.name, lang).upper() in page.upper()
    answer_pages = pages[starts[-1] :]
    assert answer_pages, "the trainer's answers come last"
    kicker = t("facilitation.answers.kicker", lang).upper()
    assert all(kicker in page for page in answer_pages), "each answer page says it is the trainer's"
    public = " ".join(pages[: starts[1]])
    assert _flat(text_in(scenario.title, lang)) in public
    assert _flat(text_in(scenario.summary, lang)) in public
    for actor in actors:
        assert _flat(text_in(actor.brief.public, lang)) in public
        assert _flat(text_in(actor.brief.confidential, lang)) not in public
    for issue in scenario.issues:
        assert _flat(text_in(issue.name, lang)) in public
    for actor, first in zip(actors, starts[1:-1], strict=True):
        assert text_in(actor.name, lang) in pages[first]
        assert text_in(actor.name, lang) in pages[first + 1]
    assert "ZOPA" in answer_pages[0]
    answer_text = " ".join(answer_pages)  # the trainer checks a legal fact at its source
    assert t("facilitation.sources.heading", lang) in answer_text
    for source in scenario.sources:
        assert _flat(text_in(source.title, lang)) in answer_text
    if scenario.fiction is not None:
        assert _flat(text_in(scenario.fiction, lang)) in answer_text
    title = text_in(scenario.title, lang)
    for number, page in enumerate(pages, start=1):
        assert f"{title} — " in page  # the footer
        assert f"{number} / {len(pages)}" in page


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_each_role_reads_its_own_secrets_and_no_other_roles(path: Path, lang: str) -> None:
    scenario, _pages_text = _pages(path, lang)
    roles = _role_pages(path, lang)
    actors = scenario.all_actors()
    for actor in actors:
        page = roles[actor.id]
        for secret in _secrets(actor, lang):
            assert secret in page, (actor.id, secret[:60])
        assert _points_text(scenario, actor, lang) in page, actor.id
        assert _batna_text(actor, lang) in page, actor.id
        for other in actors:
            if other.id == actor.id:
                continue
            own = set(_secrets(actor, lang))
            for secret in _secrets(other, lang):
                if secret not in own:
                    assert secret not in page, (actor.id, other.id, secret[:60])
            theirs = _points_text(scenario, other, lang)
            if theirs != _points_text(scenario, actor, lang):
                assert theirs not in page, (actor.id, other.id)
            if other.batna != actor.batna:
                assert _batna_text(other, lang) not in page, (actor.id, other.id)


def test_a_card_is_built_from_its_own_actor_only() -> None:
    scenario = load_scenario(SCENARIOS[0]).scenario
    actor = scenario.actors[0]
    card = role_card(scenario, actor, "nl")
    assert card.batna == actor.batna
    assert card.confidential == text_in(actor.brief.confidential, "nl")
    assert [row.points for issue in card.points for row in issue.rows] == [
        actor.points[issue.id][option.id] for issue in scenario.issues for option in issue.options
    ]


def test_dutch_characters_come_out_as_written() -> None:
    special = "Café „De Linde” – ‘ëï’ …"
    text = SCENARIOS[0].read_text(encoding="utf-8")
    text = text.replace("nl: Crisisbedden Lindelaan", f"nl: {special}", 1)
    scenario = load_text(text, "special.yaml", "nl").scenario
    reader = PdfReader(BytesIO(bytes(render_cards(scenario, "nl").output())))
    shown = " ".join(page.extract_text() for page in reader.pages)
    assert special in shown
    assert "cliënten" in shown
