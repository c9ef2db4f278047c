"""Scenario names and labels by id, and the one way the engine writes a line in both languages."""

from __future__ import annotations

from collections.abc import Mapping

from game.engine.errors import fill
from game.engine.kept import KeptFor
from game.scenario.model import LocalText, Scenario, Text, text_in
from game.text import t

#: Packages whose wording one scenario's labels keep.
PACKAGES_KEPT = 4096
#: Worded lines a process keeps: a game writes the same line often ("X passes.").
LINES_KEPT = 4096
_LINES: dict[tuple, tuple[str, str]] = {}


def bilingual(key: str, **values: object) -> tuple[str, str]:
    """The catalogue line `key` in Dutch and in English, scenario texts in each language.

    Kept per key and values (each value's type too: 1 and 1.0 read differently)."""
    try:  # a scenario text by its words: strings keep their hash, pydantic models do not
        kept_as = (
            key,
            *[
                (name, LocalText, v.nl, v.en) if type(v) is LocalText else (name, type(v), v)
                for name, v in values.items()
            ],
        )
        found = _LINES.get(kept_as)
    except TypeError:  # a value that cannot be a key (a list): word it every time
        return _worded(key, values)
    if found is None:
        if len(_LINES) >= LINES_KEPT:
            _LINES.clear()
        found = _LINES[kept_as] = _worded(key, values)
    return found


def _worded(key: str, values: dict[str, object]) -> tuple[str, str]:
    return t(key, "nl", **fill(values, "nl")), t(key, "en", **fill(values, "en"))


def local(text: Text) -> LocalText:
    """A scenario text as a LocalText (so `fill` can pick its language)."""
    if isinstance(text, LocalText):
        return text
    return LocalText.model_construct(nl=text, en=text)  # plain text may be empty


def _unknown(ident: str) -> LocalText:
    """An id the scenario does not know, shown as typed (quoted when empty)."""
    return LocalText(nl=ident or "''")


class Labels:
    """Looks up what people call things: actors, issues, options (added ones too), phrases."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.actors = {a.id: a for a in scenario.all_actors()}
        self.issues = {i.id: i for i in scenario.issues}
        self.options: dict[tuple[str, str], Text] = {
            (i.id, o.id): o.label for i in scenario.issues for o in i.options
        }
        for _event, effect in scenario.added_options():
            self.options.setdefault((effect.issue, effect.option.id), effect.option.label)
        self.phrases = {p.id: p.text for p in scenario.phrases}
        self._choices: dict[tuple[str, str], tuple[str, str]] = {}
        self._packages: dict[tuple[tuple[str, str], ...], LocalText] = {}

    def actor(self, actor_id: str) -> LocalText:
        found = self.actors.get(actor_id)
        return local(found.name) if found else _unknown(actor_id)

    def issue(self, issue_id: str) -> LocalText:
        found = self.issues.get(issue_id)
        return local(found.name) if found else _unknown(issue_id)

    def option(self, issue_id: str, option_id: str) -> LocalText:
        found = self.options.get((issue_id, option_id))
        return local(found) if found is not None else _unknown(option_id)

    def package(self, package: Mapping[str, str]) -> LocalText:
        """'issue: option; issue: option' in both languages, in the scenario's issue order
        (worked out once per package: a game names the same packages again and again)."""
        key = tuple(package.items())
        found = self._packages.get(key)
        if found is None:
            if len(self._packages) >= PACKAGES_KEPT:
                self._packages.clear()
            found = self._packages[key] = self._package(package)
        return found

    def _package(self, package: Mapping[str, str]) -> LocalText:
        order = [i for i in self.issues if i in package] + [
            i for i in package if i not in self.issues
        ]
        parts = [self._choice(i, package[i]) for i in order]
        nl = "; ".join(p[0] for p in parts)
        en = "; ".join(p[1] for p in parts)
        return LocalText.model_construct(nl=nl or "—", en=en or "—")

    def _choice(self, issue: str, option: str) -> tuple[str, str]:
        """'issue: option' in Dutch and English, worked out once per option."""
        found = self._choices.get((issue, option))
        if found is None:
            name, label = self.issue(issue), self.option(issue, option)
            found = self._choices[(issue, option)] = (
                f"{text_in(name, 'nl')}: {text_in(label, 'nl')}",
                f"{text_in(name, 'en')}: {text_in(label, 'en')}",
            )
        return found

    def names(self, actor_ids: list[str]) -> LocalText:
        def spell(lang: str) -> str:
            return ", ".join(text_in(self.actor(a), lang) for a in actor_ids)

        return LocalText(nl=spell("nl") or "—", en=spell("en") or "—")


#: Labels shared by a scenario's games (with the wording each has worked out), per scenario.
_LABELS: KeptFor[Labels] = KeptFor(Labels, limit=16)


def labels_for(scenario: Scenario) -> Labels:
    """The labels of `scenario`, shared by its games (they read only the scenario)."""
    return _LABELS((scenario,))
