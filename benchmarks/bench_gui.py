"""Benchmark of the game window (headless): start to menu, frame times on the table, memory.

    .venv/bin/python benchmarks/bench_gui.py [--frames 600]

start_to_menu_s: from before pygame is imported to the first drawn menu frame (the process's
own imports of the game before that are included). Frame times: the table scene of the
default scenario at 1280×720 while bots play every seat but one at a normal pace (one bot
action per 0.7 s of frame time); every frame handles events, updates, draws and flips.
Targets: start ≤ 1.5 s, frame p95 ≤ 16 ms, peak memory ≤ 200 MB.
The last line is one JSON object.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
os.environ["OMGEVINGSTAFEL_HOME"] = tempfile.mkdtemp(prefix="omgevingstafel-bench-")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from game.ui.app import App  # noqa: E402
from game.ui.scenes.menu import MenuScene  # noqa: E402
from game.ui.settings import Settings  # noqa: E402

FRAME = 1 / 60


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux reports kB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="game window benchmark")
    parser.add_argument("--frames", type=int, default=600)
    args = parser.parse_args(argv)

    app = App(Settings(), persist=False)
    app.push(MenuScene(app))
    app.step(FRAME)
    start_to_menu = time.perf_counter() - STARTED
    app.started_up()  # as App.run does before its first frame
    menu_rss = peak_rss_mb()

    from game.scenario.loader import default_scenario_path, load_scenario
    from game.ui.scenes.table import TableScene
    from game.ui.session import PERSON, Session

    path = default_scenario_path()
    scenario = load_scenario(path).scenario
    seating = {a.id: a.strategy or "integrative" for a in scenario.actors}
    # one person seat that never moves: the bots play around it, the table is redrawn
    watcher = scenario.actors[-1].id
    seating[watcher] = PERSON
    session = Session.start(path, scenario, seating, "solo", autosave=False)
    session.briefed.add(watcher)
    table = TableScene(app, session)
    app.push(table)
    times = []
    actions_before = len(session.game.actions)
    for _ in range(args.frames):
        t0 = time.perf_counter()
        app.step(FRAME)
        times.append((time.perf_counter() - t0) * 1000)
        if app.scene is not table:  # an event pop-up: read it and go on
            app.pop()
        if session.game.current_actor == watcher and not session.game.is_over():
            # the watcher answers what it is asked (first legal answer) and passes
            session.apply(next(iter(session.game.legal_actions(watcher))))
            table.refresh()
    frames = np.array(times)
    result = {
        "start_to_menu_s": round(start_to_menu, 3),
        "frame_ms_p50": round(float(np.percentile(frames, 50)), 2),
        "frame_ms_p95": round(float(np.percentile(frames, 95)), 2),
        "frame_ms_p99": round(float(np.percentile(frames, 99)), 2),
        "frames": len(times),
        "bot_actions": len(session.game.actions) - actions_before,
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "menu_rss_mb": round(menu_rss, 1),
    }
    print(f"start to menu: {result['start_to_menu_s']} s")
    print(
        f"table frames: p50 {result['frame_ms_p50']} ms, p95 {result['frame_ms_p95']} ms, "
        f"p99 {result['frame_ms_p99']} ms over {len(times)} frames "
        f"({result['bot_actions']} actions)"
    )
    print(f"peak memory: {result['peak_rss_mb']} MB (at the menu: {result['menu_rss_mb']} MB)")
    app.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
