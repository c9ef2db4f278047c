"""Whatever is typed, the terminal game never breaks: it answers, asks again, and at the end
of the input leaves a save that replays exactly."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scenario_support import LINDELAAN
from textmode_keyboard import lines_in, run_play

from game.engine import Game
from game.scenario.loader import load_scenario

SCENARIO = load_scenario(LINDELAAN).scenario

typed_line = st.one_of(
    st.integers(min_value=-2, max_value=20).map(str),
    st.sampled_from(["", " ", "abc", "1.", "０", "99999999999999999999", "é", "\t3"]),
    st.text(max_size=12).filter(lambda s: "\n" not in s and "\r" not in s),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lines=st.lists(typed_line, max_size=40),
    roles=st.sampled_from(["gemeente", "ggz,politie", "all"]),
    seed=st.integers(min_value=0, max_value=50),
)
def test_any_input_ends_in_a_save_that_replays(
    tmp_path: Path, lines: list[str], roles: str, seed: int
) -> None:
    save = tmp_path / f"fuzz-{seed}.json"
    code, _out, _typed = run_play(
        ["--text", "--role", roles, "--seed", str(seed), "--save", str(save)],
        lines_in("\n".join(lines)),
    )
    assert code == 0
    data = json.loads(save.read_text(encoding="utf-8"))
    game = Game.from_save(data["game"], SCENARIO)
    assert game.state_hash() == data["game"]["state_hash"]
