"""Load a scenario file into a validated `Scenario`, or say where in the file it goes wrong.

Three stages, each with places in the file: YAML (yaml_nodes: syntax, duplicates, aliases),
fields (pydantic, via field_errors) and cross-references (references.check_references).
Any problem found raises `ScenarioError` with every problem sorted by line; no input gives
any other exception.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from pydantic import ValidationError

from game.scenario.field_errors import field_problems
from game.scenario.located import Located, ScenarioError
from game.scenario.model import Scenario
from game.scenario.problems import Path as DocPath
from game.scenario.problems import Problem
from game.scenario.references import check_references
from game.scenario.source import remember_text
from game.scenario.translations import translate
from game.scenario.yaml_nodes import MAX_FILE_BYTES, Positions, compose
from game.text import preferred_lang, t

__all__ = [
    "MAX_FILE_BYTES",
    "LoadedScenario",
    "Located",
    "ScenarioError",
    "default_scenario_path",
    "load_scenario",
    "load_text",
    "message_lang",
    "shipped_scenarios",
]

SCENARIOS_ENV = "OMGEVINGSTAFEL_SCENARIOS"
DEFAULT_SCENARIO = "starter-inloop-de-wingerd.yaml"


def message_lang() -> str:
    """Language of problem messages: OMGEVINGSTAFEL_LANG when set, else Dutch."""
    return preferred_lang()


@dataclass(frozen=True)
class LoadedScenario:
    """A valid scenario with the text it came from, so later checks can point into it."""

    scenario: Scenario
    file: str
    text: str
    positions: Positions | None = field(default=None, repr=False, compare=False)

    def _positions(self) -> Positions:
        if self.positions is None:
            composed = compose(self.text, self.file, "en")
            object.__setattr__(self, "positions", composed.positions)
        assert self.positions is not None
        return self.positions

    def locate(self, path: DocPath) -> tuple[int, int]:
        """1-based (line, col) of the deepest existing node on `path`."""
        return self._positions().spot(tuple(path))

    def place(self, problem: Problem) -> Located:
        """`problem` at its line and column in this file, its path in front of the message."""
        line, col = self.locate(problem.path)
        return _located(self.file, line, col, problem)


def _located(file: str, line: int, col: int, problem: Problem) -> Located:
    dotted = problem.dotted()
    message = f"{dotted}: {problem.message}" if dotted else problem.message
    return Located(
        file, line, col, message, problem.hint, problem.severity, problem.kind, problem.message
    )


def load_scenario(path: str | os.PathLike[str], lang: str | None = None) -> LoadedScenario:
    """Read and check the scenario file at `path`; raises ScenarioError with every problem."""
    lang = lang or message_lang()
    file = os.fspath(path)
    try:
        size = os.stat(file).st_size
        if Path(file).is_dir():
            raise ScenarioError([Located(file, 1, 1, t("scenario.is_directory", lang))])
        if size > MAX_FILE_BYTES:
            message = t("scenario.too_big", lang, size=size, limit=MAX_FILE_BYTES)
            raise ScenarioError([Located(file, 1, 1, message)])
        with open(file, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ScenarioError([Located(file, 1, 1, t("scenario.not_found", lang))]) from None
    except OSError as error:
        message = t("scenario.unreadable", lang, reason=error.strerror or error)
        raise ScenarioError([Located(file, 1, 1, message)]) from None
    return load_text(decode(raw, file, lang), file, lang)


def decode(raw: bytes, file: str, lang: str) -> str:
    """UTF-8 text of `raw` (a BOM is dropped), or a ScenarioError at the first bad byte."""
    if len(raw) > MAX_FILE_BYTES:
        message = t("scenario.too_big", lang, size=len(raw), limit=MAX_FILE_BYTES)
        raise ScenarioError([Located(file, 1, 1, message)])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        col = len(before[line_start:].decode("utf-8", errors="replace")) + 1
        message = t("scenario.not_utf8", lang, byte=raw[error.start])
        raise ScenarioError(
            [Located(file, line, col, message, t("scenario.hint.save_utf8", lang))]
        ) from None


def load_text(text: str, file: str = "<text>", lang: str | None = None) -> LoadedScenario:
    """Check scenario `text` as if read from `file`; raises ScenarioError with every problem."""
    lang = lang or message_lang()
    try:
        return _load(text, file, lang)
    except ScenarioError:
        raise
    except Exception as error:  # last resort: a bug of ours must still read as a message
        message = t("scenario.internal", lang, error=f"{type(error).__name__}: {error}")
        raise ScenarioError(
            [Located(file, 1, 1, message, t("scenario.hint.report", lang))]
        ) from error


def _load(text: str, file: str, lang: str) -> LoadedScenario:
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > MAX_FILE_BYTES:
        message = t("scenario.too_big", lang, size=size, limit=MAX_FILE_BYTES)
        raise ScenarioError([Located(file, 1, 1, message)])
    composed = compose(text, file, lang)
    problems = list(composed.problems)
    if composed.data is None:
        raise ScenarioError(problems)
    positions = composed.positions
    try:
        scenario = Scenario.model_validate(composed.data, strict=True)
    except ValidationError as error:
        for found in field_problems(error, composed.data, positions, lang):
            where = positions.key_spot(found.where) if found.at_key else positions.spot(found.where)
            problems.append(_located(file, *where, found.problem))
        raise ScenarioError(problems) from None
    loaded = LoadedScenario(scenario, file, text, positions)
    for problem in check_references(scenario):
        if not positions.is_reported(problem.path):
            message = translate(problem.message, lang) or problem.message
            problem = replace(problem, message=message, hint=translate(problem.hint, lang))
            problems.append(loaded.place(problem))
    if any(p.severity == "error" for p in problems):
        raise ScenarioError(problems)
    remember_text(scenario, text)  # a save of a game on it keeps this text (engine/record)
    return loaded


def scenarios_folder() -> Path:
    """The folder of shipped scenarios: OMGEVINGSTAFEL_SCENARIOS, else the repo's scenarios/."""
    override = os.environ.get(SCENARIOS_ENV)
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "scenarios"


def shipped_scenarios() -> list[Path]:
    """Every scenarios/*.yaml, sorted by name."""
    folder = scenarios_folder()
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def default_scenario_path() -> Path:
    """The scenario a game starts with when none is named."""
    return scenarios_folder() / DEFAULT_SCENARIO
