"""`import game` leaves pydantic as it is: other libraries' models in the same process work.

Run in a fresh interpreter, so the import order is real (the test process has imported game
long before).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
from pydantic import BaseModel, PrivateAttr

hook = BaseModel.__dict__["__getattr__"]
init_subclass = BaseModel.__dict__["__pydantic_init_subclass__"]


class Before(BaseModel):  # a library's model, defined before the game is imported
    name: str
    _seen: int = PrivateAttr(default=1)


import game
import game.agents
import game.engine
import game.net.protocol
import game.scenario.loader

assert BaseModel.__dict__["__getattr__"] is hook, "BaseModel.__getattr__ was replaced"
assert BaseModel.__dict__["__pydantic_init_subclass__"] is init_subclass
assert hook.__module__.startswith("pydantic"), hook.__module__


class After(BaseModel):  # and one defined after
    name: str
    _seen: int = PrivateAttr(default=2)


for model, seen in ((Before(name="a"), 1), (After(name="b"), 2)):
    assert model._seen == seen
    model._seen = seen + 10
    assert model._seen == seen + 10
    try:
        model.missing
    except AttributeError:
        pass
    else:
        raise AssertionError("an unknown attribute must raise AttributeError")
print("ok")
"""


def test_import_game_leaves_pydantic_untouched() -> None:
    found = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert found.returncode == 0, found.stdout + found.stderr
    assert found.stdout.strip() == "ok"
