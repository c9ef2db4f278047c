"""A problem placed at a line and column of a file, and the error that carries them."""

from __future__ import annotations

from dataclasses import dataclass, field

from game.scenario.problems import Severity


@dataclass(frozen=True)
class Located:
    """One problem at `file:line:col`, ready to print the way compilers do."""

    file: str
    line: int
    col: int
    message: str
    hint: str | None = None
    severity: Severity = "error"
    #: What kind of problem this is (a catalogue key; problems of one kind count together) …
    kind: str | None = field(default=None, compare=False)
    #: … and the message without the path in front of it.
    plain: str | None = field(default=None, compare=False)

    @property
    def where(self) -> str:
        """The dotted path in front of the message (`actors[2].batna`), or ''."""
        if self.plain is None or self.message == self.plain:
            return ""
        return self.message.removesuffix(self.plain).removesuffix(": ")

    def format(self) -> str:
        """`scenarios/e33.yaml:41:7: actors[2].batna: expected a number, got "veel"`."""
        text = f"{self.file}:{self.line}:{self.col}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class ScenarioError(Exception):
    """A scenario file that cannot be used; `problems` says where and why."""

    def __init__(self, problems: list[Located]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.file, p.line, p.col))
        super().__init__("\n".join(p.format() for p in self.problems))
