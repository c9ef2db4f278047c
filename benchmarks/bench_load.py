"""How long loading + validating takes: per shipped scenario, for 100 files, and to refuse
hostile input (an alias bomb, a file just under the size limit).

Run: .venv/bin/python benchmarks/bench_load.py   (last line: one JSON object with the figures)
"""

from __future__ import annotations

import json
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from game.scenario.loader import (
    MAX_FILE_BYTES,
    ScenarioError,
    load_scenario,
    load_text,
    shipped_scenarios,
)

REPEATS = 20
COPIES = 100
FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "full.yaml"


def median_ms(action: Callable[[], object], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def refuse(text: str) -> None:
    try:
        load_text(text, "hostile.yaml")
    except ScenarioError:
        return
    raise AssertionError("hostile input was accepted")


def alias_bomb() -> str:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for name, prev in zip("bcdefghij", "abcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 10) + "]")
    return "\n".join(lines) + "\n"  # 10**10 values if expanded


def main() -> None:
    files = shipped_scenarios() or [FIXTURE]
    figures: dict[str, object] = {}
    per_file = {}
    for path in files:
        ms = median_ms(lambda path=path: load_scenario(path))
        per_file[path.name] = round(ms, 2)
        print(f"{path.name:40s} {path.stat().st_size / 1024:6.1f} KiB  {ms:7.2f} ms")
    figures["per_file_ms"] = per_file
    with tempfile.TemporaryDirectory() as folder:
        copies = [
            Path(folder) / f"copy-{i:03d}-{files[i % len(files)].name}" for i in range(COPIES)
        ]
        for index, copy in enumerate(copies):
            shutil.copy(files[index % len(files)], copy)
        ms = median_ms(lambda: [load_scenario(c) for c in copies], repeats=3)
    figures["hundred_files_ms"] = round(ms, 1)
    print(f"{COPIES} files{'':33s} {ms:7.1f} ms")
    bomb_ms = median_ms(lambda: refuse(alias_bomb()), repeats=5)
    figures["alias_bomb_refused_ms"] = round(bomb_ms, 1)
    print(f"{'alias bomb (10**10 values) refused':47s} {bomb_ms:7.1f} ms")
    fixture = FIXTURE.read_text(encoding="utf-8")
    big = fixture + "# " + "x" * (MAX_FILE_BYTES - len(fixture.encode()) - 10) + "\n"
    big_ms = median_ms(lambda: load_text(big), repeats=5)
    figures["one_mib_comment_file_ms"] = round(big_ms, 1)
    print(f"{'file of ~1 MiB (mostly comment)':47s} {big_ms:7.1f} ms")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
