"""One problem found in a scenario file, located by its path inside the document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "todo", "info"]
Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """A message for the trainer, tied to a place in the YAML document."""

    path: Path
    message: str
    hint: str | None = None
    severity: Severity = "error"
    #: What kind of problem this is (a catalogue key): problems of one kind count together.
    kind: str | None = None

    def dotted(self) -> str:
        """`actors[2].batna` style, as trainers read it."""
        out = ""
        for part in self.path:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
        return out
