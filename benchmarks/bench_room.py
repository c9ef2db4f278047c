"""The academy room under a class: 6 tables × 6 laptops on loopback, bots playing every seat.

The server runs in its own process (with its SQLite results file, as `host` does); in this
process 36 clients connect: at each table 5 players, each driven by a game/agents bot that
sees only its own `view` message, and 1 observer. Measured at the clients: the time from
sending an action to receiving the view that acknowledges it (p50/p95/p99), actions per
second over the whole room, and lost actions (sent but never acknowledged nor refused).
Prints one line per table, the figures, then one JSON object.

    python benchmarks/bench_room.py [--tables 6] [--seed 1] [--limit 180] [--think 0]

Three runs. The main figures: every bot acts the moment its view arrives, so all six tables
keep the server busy at once (a stress test). Then "paced": each bot thinks 0.3 s first,
still far more moves a second than a class of people makes. Then "mixed": as the main run,
but at every table every other seat is a browser tab (benchmarks/page_client.py: it loads
the web page's files over HTTP, then speaks the page's frames and answers its learning
prompts); its figures are given per kind of client.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import statistics
import tempfile
import time
from pathlib import Path

from page_client import PageClient  # benchmarks/ is the script's own folder

from game.agents import make_bot, strategies_for
from game.engine import Answer, Pass, player_view_from_json
from game.net.client import RoomClient
from game.net.protocol import PlayerUpdate
from game.net.remote import RemoteLegal
from game.scenario.loader import default_scenario_path, load_scenario

#: Laptops per table: every role played, the rest watching.
CLIENTS_PER_TABLE = 6
#: Seconds a bot thinks before acting in the paced run: a brisk class, far faster than people.
THINK = 0.3


def serve(pipe, tables: int, seed: int, folder: str) -> None:
    """The host process: a room with `tables` tables, its port sent back through `pipe`."""
    from game.net.room import Room
    from game.net.server import RoomServer
    from game.net.store import Store

    async def main() -> None:
        path = default_scenario_path()
        room = Room(load_scenario(path).scenario, str(path), tables, seed=seed)
        Store(Path(folder) / "bench.sqlite3").start_session(room)
        # all the class's laptops are simulated on this machine: one address for all
        per_address = tables * CLIENTS_PER_TABLE + 2
        server = RoomServer(room, "127.0.0.1", 0, bot_delay=0.0, per_address=per_address)
        await server.start()
        pipe.send((server.port, room.code, room.facilitator_token))
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, pipe.recv)  # the benchmark says when to stop
        await server.stop()

    if os.environ.get("BENCH_PROFILE"):
        import cProfile

        cProfile.runctx("asyncio.run(main())", globals(), locals(), os.environ["BENCH_PROFILE"])
    else:
        asyncio.run(main())


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


class BotPlayer:
    """One laptop at one table: a bot choosing from the seat's own view message."""

    def __init__(self, client: RoomClient, strategy: str, seed: int, think: float = 0.0) -> None:
        self.client = client
        self.think = think
        self.strategy = strategy
        self.seed = seed
        self.bot = None
        self.refused = 0
        self.sent = 0

    def choose(self, update: PlayerUpdate):
        view = player_view_from_json(update.view)
        if self.bot is None:
            self.bot = make_bot(view.actor, self.strategy, self.seed)
        if self.client.refusals and self.client.refusals[-1].seq == self.client.seq:
            if view.questions_waiting:  # after a refusal: the plainest legal move
                return Answer(
                    actor=view.actor, question=view.questions_waiting[0].id, mode="decline"
                )
            return Pass(actor=view.actor)
        return self.bot.act(view, RemoteLegal(update, view)).action

    async def play(self, stop: asyncio.Event) -> None:
        client = self.client
        handled = -1
        while not stop.is_set():
            update = client.update
            if (
                update is not None
                and update.my_turn
                and not update.paused
                and not client.pending
                and client.count != handled
            ):
                if update.view.get("outcome") is not None:
                    return
                handled = client.count
                if self.think:
                    await asyncio.sleep(self.think)
                await client.act(self.choose(update))
                self.sent += 1
                continue
            await client.changed(0.5)
        return


async def run_room(
    port: int,
    code: str,
    token: str,
    tables: int,
    limit: float,
    think: float = 0.0,
    mixed: bool = False,
) -> dict:
    scenario = load_scenario(default_scenario_path()).scenario
    address = f"127.0.0.1:{port}"
    boss = RoomClient(address, facilitator_token=token, keep=True)
    await boss.start()
    await boss.wait_for(lambda m: m.type == "room", 10)
    players: list[BotPlayer] = []
    pages: list[PageClient] = []
    watchers: list[RoomClient] = []
    chosen = strategies_for(scenario, "normal", [])
    for table in range(1, tables + 1):
        for number, actor in enumerate(a.id for a in scenario.actors):
            strategy = chosen.get(actor, "reciprocal")
            if mixed and number % 2 == 0:
                page = PageClient(
                    address, code, f"t{table}-{actor}", strategy, table * 10 + number, think
                )
                await page.start(table, actor)
                pages.append(page)
                continue
            client = RoomClient(address, code=code, name=f"t{table}-{actor}", keep=False)
            await client.start()
            await client.take_seat(table, actor)
            players.append(BotPlayer(client, strategy, table * 10 + number, think))
        for extra in range(max(0, CLIENTS_PER_TABLE - len(scenario.actors))):
            watcher = RoomClient(address, code=code, name=f"t{table}-kijker{extra}", keep=False)
            await watcher.start()
            await watcher.watch(table)
            watchers.append(watcher)
    for player in players:
        while player.client.update is None:
            await player.client.changed(1.0)
    for page in pages:
        while page.update is None:
            await asyncio.sleep(0.05)
    stop = asyncio.Event()
    started = time.perf_counter()
    tasks = [asyncio.create_task(p.play(stop)) for p in [*players, *pages]]
    try:
        status = await boss.wait_for(
            lambda m: m.type == "room" and all(t.outcome for t in m.tables), limit
        )
    except TimeoutError:
        status = boss.room
    elapsed = time.perf_counter() - started
    stop.set()
    await asyncio.sleep(0.3)  # answers still on their way count as answered
    await asyncio.gather(*tasks, return_exceptions=True)
    latencies = [x * 1000 for p in players for x in p.client.latencies]
    page_latencies = [x * 1000 for p in pages for x in p.latencies]
    sent = sum(p.sent for p in players) + sum(p.sent for p in pages)
    lost = sum(len(p.client.pending) for p in players) + sum(len(p.pending) for p in pages)
    refused = sum(len(p.client.refusals) for p in players) + sum(len(p.refusals) for p in pages)
    for client in [*(p.client for p in players), *watchers, boss]:
        await client.close()
    for page in pages:
        await page.close()
    assert status is not None
    for table in status.tables:
        index = "—" if table.integration_index is None else f"{table.integration_index:.2f}"
        print(
            f"table {table.table}: {table.outcome or 'unfinished'} in week "
            f"{table.outcome_round or table.round}, {table.actions} actions, index {index}"
        )
    figures = {
        "tables": tables,
        "think_s": think,
        "clients": len(players) + len(pages) + len(watchers),
        "actions": sent,
        "refused": refused,
        "finished_tables": sum(1 for t in status.tables if t.outcome),
        "seconds": round(elapsed, 2),
        "actions_per_second": round(sent / elapsed, 1) if elapsed else 0.0,
        "latency_ms_p50": round(percentile(latencies, 0.50), 2),
        "latency_ms_p95": round(percentile(latencies, 0.95), 2),
        "latency_ms_p99": round(percentile(latencies, 0.99), 2),
        "latency_ms_mean": round(statistics.fmean(latencies), 2) if latencies else 0.0,
        "lost_actions": lost,
        "load_average_1m": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
    }
    if pages:
        loads = [p.page_load * 1000 for p in pages]
        figures.update(
            {
                "browser_tabs": len(pages),
                "latency_ms_p50": round(percentile(latencies + page_latencies, 0.50), 2),
                "latency_ms_p95": round(percentile(latencies + page_latencies, 0.95), 2),
                "latency_ms_p99": round(percentile(latencies + page_latencies, 0.99), 2),
                "desktop_latency_ms_p50": round(percentile(latencies, 0.50), 2),
                "desktop_latency_ms_p95": round(percentile(latencies, 0.95), 2),
                "browser_latency_ms_p50": round(percentile(page_latencies, 0.50), 2),
                "browser_latency_ms_p95": round(percentile(page_latencies, 0.95), 2),
                "page_load_ms_p50": round(percentile(loads, 0.50), 1),
                "page_load_ms_p95": round(percentile(loads, 0.95), 1),
                "page_bytes": pages[0].page_bytes,
            }
        )
    return figures


def measure(tables: int, seed: int, limit: float, think: float, mixed: bool = False) -> dict:
    """One room in a host process of its own, played to the end (or `limit` seconds)."""
    with tempfile.TemporaryDirectory() as folder:
        parent, child = multiprocessing.Pipe()
        host = multiprocessing.Process(target=serve, args=(child, tables, seed, folder))
        host.start()
        try:
            if not parent.poll(30):
                raise SystemExit("the host did not start")
            port, code, token = parent.recv()
            return asyncio.run(run_room(port, code, token, tables, limit, think, mixed))
        finally:
            parent.send("stop")
            host.join(10)
            if host.is_alive():
                host.terminate()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=6)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=float, default=180.0, help="seconds before giving up")
    parser.add_argument(
        "--think", type=float, default=0.0, help="seconds a bot waits before each action"
    )
    parser.add_argument(
        "--no-paced", action="store_true", help=f"skip the second run (bots think {THINK} s)"
    )
    parser.add_argument(
        "--no-mixed", action="store_true", help="skip the third run (half the seats browsers)"
    )
    args = parser.parse_args()
    print(f"# bots think {args.think} s before each action")
    figures = measure(args.tables, args.seed, args.limit, args.think)
    if not args.no_paced:
        print(f"# paced: bots think {THINK} s before each action")
        paced = measure(args.tables, args.seed, args.limit, THINK)
        figures["paced"] = {
            key: paced[key]
            for key in (
                "think_s",
                "actions_per_second",
                "latency_ms_p50",
                "latency_ms_p95",
                "latency_ms_p99",
                "lost_actions",
                "finished_tables",
            )
        }
    if not args.no_mixed:
        print(f"# mixed: every other seat a browser tab, bots think {args.think} s")
        mixed = measure(args.tables, args.seed, args.limit, args.think, mixed=True)
        figures["mixed"] = {
            key: mixed[key]
            for key in (
                "browser_tabs",
                "clients",
                "actions_per_second",
                "latency_ms_p50",
                "latency_ms_p95",
                "latency_ms_p99",
                "desktop_latency_ms_p50",
                "desktop_latency_ms_p95",
                "browser_latency_ms_p50",
                "browser_latency_ms_p95",
                "page_load_ms_p50",
                "page_load_ms_p95",
                "page_bytes",
                "lost_actions",
                "finished_tables",
            )
        }
    for key, value in figures.items():
        print(f"{key}: {value}")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
