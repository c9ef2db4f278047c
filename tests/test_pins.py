"""A fresh install takes the versions the suite last passed with, whatever is released later."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent
NAME = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)")
# The majors the code relies on (its APIs, or internals it reads) must be bounded above.
RELIED_ON = ("pydantic", "pygame-gui", "pyyaml", "numpy", "websockets")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = [r for group in project["optional-dependencies"].values() for r in group]
    return [*project["dependencies"], *extras]


def _pins() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not an exact pin"
            pins[_normal(name)] = version.strip()
    return pins


def test_every_dependency_is_pinned_exactly() -> None:
    pins = _pins()
    for requirement in _requirements():
        match = NAME.match(requirement)
        assert match is not None
        assert _normal(match.group(1)) in pins, f"{requirement} has no pin in constraints.txt"


def test_every_dependency_has_an_upper_bound_on_its_major() -> None:
    for requirement in _requirements():
        assert "<" in requirement, f"{requirement} has no upper bound"
    named = {_normal(NAME.match(r).group(1)) for r in _requirements()}  # type: ignore[union-attr]
    assert set(RELIED_ON) <= named


def test_the_readme_commands_and_ci_install_from_the_pins() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    play = "python3 -m venv .venv && .venv/bin/pip install -q -c constraints.txt -e . && "
    test = 'python3 -m venv .venv && .venv/bin/pip install -q -c constraints.txt -e ".[test]" && '
    assert play + ".venv/bin/python -m game" in readme
    assert test + ".venv/bin/python -m pytest" in readme
    assert test + ".venv/bin/python -m pytest" in ci
