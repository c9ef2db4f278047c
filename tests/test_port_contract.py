"""The table port's contract, run against both tables a client can play at: a `LocalTable`
(the engine and the one bot loop on this computer) and a `RemoteTable` (a seat in a room
served on loopback). Two people sit at the table (A, to move first, and B, later in the
order); bots hold every other seat."""

from __future__ import annotations

import asyncio
import io
import itertools
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from net_support import SEATS, SIMULATED_CLASS, TIMEOUT, agreeable_package, lindelaan, make_room
from textmode_keyboard import WIDE

from game.engine import Ask, Game, Pass, Propose, Statement, Support, WalkAway, view_data
from game.net.bridge import ClientThread
from game.net.client import RoomClient
from game.net.protocol import FillBots, PlayerUpdate, Seated
from game.net.remote_table import RemoteTable
from game.net.server import RoomServer
from game.play import wording
from game.play.describe import describe
from game.play.local import Autosave, LocalTable
from game.play.port import SeatError, TablePort
from game.scenario.model import text_in
from game.textmode.console import Console
from game.textmode.table import TableFront


@dataclass
class Setup:
    """A's port, B's port (the same one at a local hotseat), the table's own game (to check
    against), and how to let the bots play until a person is to move."""

    a: str
    b: str
    port_a: TablePort
    port_b: TablePort
    game: Game
    settle: Callable[[], None]


def _order() -> tuple[str, str]:
    game = Game(lindelaan(), seed=5, seats=SEATS)
    order = game.at_table()
    return order[0], order[2]


@pytest.fixture
def local() -> Iterator[Setup]:
    a, b = _order()
    game = Game(lindelaan(), seed=5, seats=SEATS)
    table = LocalTable(game, [a, b])
    yield Setup(a, b, table, table, game, table.play_bots)


@pytest.fixture
def remote() -> Iterator[Setup]:
    a, b = _order()
    room = make_room()
    loop = asyncio.new_event_loop()
    server = RoomServer(room, "127.0.0.1", 0, bot_delay=0.0, per_address=SIMULATED_CLASS)
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    asyncio.run_coroutine_threadsafe(server.start(), loop).result(TIMEOUT)
    where = f"127.0.0.1:{server.port}"
    links = []
    try:
        ports = []
        for actor, name in ((a, "Anna"), (b, "Bram")):
            link = ClientThread(RoomClient(where, code=room.code, name=name, delays=(0.05,)))
            assert link.start()
            links.append(link)
            link.send(link.client.take_seat, 1, actor)
            port = RemoteTable.over_thread(link, timeout=TIMEOUT)
            _until(port, lambda p=port: bool(p.mine))
            ports.append(port)
        boss = ClientThread(RoomClient(where, facilitator_token=room.facilitator_token))
        assert boss.start()
        links.append(boss)
        boss.send(boss.client.command, FillBots(table=1))
        game = room.tables[0].game
        _until(ports[0], lambda: all(s.holder != "free" for s in room.tables[0].seats.values()))

        def settle() -> None:  # the room's bots play by themselves; wait for a person,
            for port in ports:  # until both seats have heard of it
                _until(port, lambda p=port: _settled(p, game, (a, b)))

        yield Setup(a, b, ports[0], ports[1], game, settle)
    finally:
        for link in links:
            link.close()
        asyncio.run_coroutine_threadsafe(server.stop(), loop).result(TIMEOUT)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)


@pytest.fixture(params=["local", "remote"])
def setup(request: pytest.FixtureRequest) -> Setup:
    return request.getfixturevalue(request.param)


def _settled(port: TablePort, game: Game, people: tuple[str, str]) -> bool:
    if game.is_over():
        return port.is_over()
    return game.current_actor in people and port.current_actor == game.current_actor


def _until(port: TablePort, test: Callable[[], bool]) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not test():
        assert time.monotonic() < deadline, "the table did not get there in time"
        port.wait(0.2)


def test_a_port_is_a_table_port(setup: Setup) -> None:
    assert isinstance(setup.port_a, TablePort)
    assert setup.a in setup.port_a.mine and setup.b in setup.port_b.mine
    assert set(setup.port_a.seats) == set(setup.game.at_table())


def test_a_view_holds_that_seat_and_its_own_secrets_only(setup: Setup) -> None:
    scenario = setup.game.scenario
    for port, seat in ((setup.port_a, setup.a), (setup.port_b, setup.b)):
        view = port.view(seat)
        assert view.actor == seat
        assert view.confidential_brief == scenario.actor(seat).brief.confidential
        assert view == setup.game.view(seat)
        others = [a for a in setup.game.seats if a != seat]
        assert all(view.confidential_brief != scenario.actor(o).brief.confidential for o in others)
    if isinstance(setup.port_a, RemoteTable):  # a room tells a laptop nothing of other seats
        with pytest.raises(SeatError):
            setup.port_a.view(setup.b)
        with pytest.raises(SeatError):
            setup.port_a.legal(setup.b)


def test_legal_answers_in_as_the_engine_does(setup: Setup) -> None:
    a, b = setup.a, setup.b
    legal = setup.port_a.legal(a)
    engine = setup.game.legal_actions(a)
    assert legal.my_turn and not legal.must_answer and legal.can_move
    assert Pass(actor=a) in legal and Pass(actor=b) not in legal
    assert Support(actor=a, proposal=999) not in legal
    inside = Propose(actor=a, package=agreeable_package(setup.game))
    assert inside in legal and inside in engine
    assert [x for x in legal if x.kind != "statement"] == [
        x for x in engine if x.kind != "statement"
    ]
    assert not setup.port_b.legal(b).my_turn


def test_send_applies_or_refuses_with_a_reason(setup: Setup) -> None:
    a, b = setup.a, setup.b
    before = len(setup.game.actions)
    refused = setup.port_b.send(Pass(actor=b))  # not B's turn
    assert not refused.ok and refused.refusal is not None
    assert refused.refusal.message("nl") and refused.refusal.message("en")
    assert "Traceback" not in refused.refusal.message("en")
    assert len(setup.game.actions) == before
    proposal = Propose(actor=a, package=agreeable_package(setup.game))
    sent = setup.port_a.send(proposal)
    assert sent.ok and setup.game.actions[before] == proposal  # (a room's bots go on)
    assert any(line.actor == a and line.kind == "action" for line in sent.lines)
    mine = [p.package for p in setup.port_a.view(a).proposals if p.proposer == a]
    assert mine == [proposal.package]


def test_updates_arrive_after_another_seat_acts(setup: Setup) -> None:
    a, b = setup.a, setup.b
    start = setup.port_b.poll()  # from here on
    assert setup.port_a.send(Pass(actor=a)).ok
    updates = []
    deadline = time.monotonic() + TIMEOUT
    while not updates or updates[-1].current_actor == a:
        assert time.monotonic() < deadline, "no update came"
        updates.append(setup.port_b.wait(0.2))
    changed = [u for u in updates if u.changed]
    assert changed and changed[0].log_from >= start.log_size
    assert changed[-1].log_size > start.log_size and not changed[-1].over
    fresh = [x for x in setup.port_b.view(b).log if x.index >= start.log_size]
    assert any(x.actor == a for x in fresh)  # A's pass, as B sees it


def test_bots_play_their_turns_until_a_person_is_to_move(setup: Setup) -> None:
    a, b = setup.a, setup.b
    assert setup.port_a.send(Pass(actor=a)).ok
    setup.settle()
    bots = {x.actor for x in setup.game.actions} - {a, b}
    assert bots, "no bot acted"
    assert setup.port_a.current_actor in (a, b) or setup.port_a.is_over()
    if setup.port_a.current_actor == b:
        assert setup.port_b.legal(b).my_turn


def test_a_finished_game_reports_its_outcome(setup: Setup) -> None:
    a = setup.a
    assert setup.game.scenario.agreement.required, "the case has parties every deal needs"
    walker = next(r for r in setup.game.scenario.agreement.required if r in (a, setup.b))
    port = setup.port_a if walker == a else setup.port_b
    if walker != a:
        assert setup.port_a.send(Pass(actor=a)).ok
        setup.settle()
        _until(port, lambda: port.current_actor == walker)
    assert port.send(WalkAway(actor=walker)).ok
    _until(setup.port_a, setup.port_a.is_over)
    outcome = setup.port_a.outcome()
    assert outcome is not None and outcome.kind == "walkout"
    assert setup.port_a.poll().over
    refused = setup.port_a.send(Pass(actor=a))
    assert refused.refusal is not None


def test_describe_words_an_action_from_the_seat_s_view(setup: Setup) -> None:
    a = setup.a
    view = setup.port_a.view(a)
    lang_words = {
        describe(action, view, lang, setup.port_a.phrases)
        for action in setup.port_a.legal(a)
        for lang in ("nl", "en")
    }
    phrase = setup.game.scenario.phrases[0]
    assert any(text_in(phrase.text, "nl") in words for words in lang_words)
    assert "Pas" in lang_words and "Pass" in lang_words


def test_a_local_table_saves_after_every_action_and_keeps_the_bots_reasons(tmp_path) -> None:
    a, b = _order()
    path = tmp_path / "deeper" / "save.json"
    table = LocalTable(Game(lindelaan(), seed=5, seats=SEATS), [a], autosave=Autosave([path]))
    assert table.send(Pass(actor=a)).ok
    saved = Game.from_save_text(path.read_text(encoding="utf-8"), lindelaan())
    assert saved.state_hash() == table.game.state_hash()
    moves = table.play_bots()
    assert moves and table.current_actor == a
    again = Game.from_save_text(path.read_text(encoding="utf-8"), lindelaan())
    assert again.state_hash() == table.game.state_hash()
    reasons = [table.explanations[line.index] for line in table.game.log if line.actor == b]
    assert reasons and all(text_in(why, "nl") for why in reasons)


def test_a_local_table_that_cannot_save_says_why_and_plays_on(tmp_path) -> None:
    a, _ = _order()
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    saving = Autosave([blocked / "save.json"])
    table = LocalTable(Game(lindelaan(), seed=5, seats=SEATS), [a], autosave=saving)
    assert table.send(Pass(actor=a)).ok
    assert saving.error and len(table.game.actions) == 1


def _turn_in_the_terminal(port: TablePort, actor: str, typed: str) -> str:
    out = io.StringIO()
    console = Console(io.StringIO(typed), out, interactive=False, width=WIDE)
    front = TableFront(console, port, "nl")
    front.heading(actor)
    front.overview(actor)
    front.play(actor)
    return out.getvalue()


def test_the_terminal_plays_a_turn_the_same_way_at_a_local_table_and_in_a_room(
    local: Setup, remote: Setup
) -> None:
    """One front-end over the port: the same screens, menus and wording, a local game or a
    room; the agreement rule at the turn's start and with the proposals."""
    typed = "4\n9\n1\n1\n1\n1\n1\n1\n1\n"  # look at the proposals, then propose option 1s
    shown = {}
    for setup in (local, remote):
        view = setup.port_a.view(setup.a)
        shown[type(setup.port_a).__name__] = _turn_in_the_terminal(setup.port_a, setup.a, typed)
        rule = wording.rule_line(view, "nl")
        assert shown[type(setup.port_a).__name__].count(rule) == 2
        assert setup.game.actions and setup.game.actions[0].kind in ("propose",)
    assert shown["LocalTable"] == shown["RemoteTable"]
    assert "Passen" in shown["LocalTable"] and "Een pakket voorstellen" in shown["LocalTable"]


def _packages(game: Game) -> list[dict[str, str]]:
    """Every complete package of the table's issues (a few thousand at most)."""
    issues = [(i.id, [o.id for o in i.options]) for i in game.public_view().issues]
    return [
        dict(zip([i for i, _ in issues], combo, strict=True))
        for combo in itertools.product(*(options for _, options in issues))
    ]


def test_legal_names_the_mandate_s_problem_with_a_package_as_the_engine_does(
    setup: Setup,
) -> None:
    a = setup.a
    legal, engine = setup.port_a.legal(a), setup.game.legal_actions(a)
    outside = 0
    for package in _packages(setup.game)[::7]:
        for verb in ("propose", "support"):
            mine, truth = (
                legal.mandate_problem(package, verb),
                engine.mandate_problem(package, verb),
            )
            assert (mine is None) == (truth is None)
            if mine is not None and truth is not None:
                outside += 1
                assert mine.key == truth.key
                assert [mine.message(lang) for lang in ("nl", "en")] == [
                    truth.message(lang) for lang in ("nl", "en")
                ]
    assert outside, "the sample holds packages outside the mandate"


def test_the_mandate_s_markers_stay_on_the_proposals_while_a_question_waits() -> None:
    """Everyone at one keyboard: the GGZ asks the municipality something and proposes a
    package outside the municipality's mandate; at the municipality's next turn (a question
    first) the terminal marks that proposal."""
    game = Game(lindelaan(), seed=5, seats=SEATS)
    table = LocalTable(game, SEATS)
    first, second = game.at_table()[:2]
    assert table.send(Pass(actor=first)).ok
    package = next(
        p
        for p in _packages(game)
        if game.legal_actions(second).allows_package(p)
        and game.legal_actions(first).mandate_problem(p, "support") is not None
    )
    issue = game.public_view().issues[0].id
    assert table.send(Ask(actor=second, to=first, issue=issue)).ok
    assert table.send(Propose(actor=second, package=package)).ok
    while game.current_actor != first:
        assert table.send(Pass(actor=game.current_actor)).ok
    assert table.legal(first).must_answer
    out = io.StringIO()
    front = TableFront(Console(io.StringIO(), out, interactive=False, width=WIDE), table, "nl")
    front.heading(first)
    front.overview(first)
    marked = [line for line in out.getvalue().splitlines() if "[buiten mandaat]" in line]
    assert len(marked) == 1 and "[buiten mandaat] voorstel 1: " in marked[0]
    assert "Gemeente Lindeveen mag dit pakket niet steunen" in out.getvalue()


def test_a_room_that_does_not_answer_is_a_refusal_with_a_reason_not_a_hang() -> None:
    """The connection is gone (nothing reaches the room): `send` gives up after its timeout
    and says so, in both languages."""
    game = Game(lindelaan(), seed=5, seats=SEATS)
    actor = game.current_actor
    assert actor is not None
    client = RoomClient("127.0.0.1:1", code="ABCDEF", name="Anna")
    client.seated = Seated(table=1, actor=actor, token="t" * 32)
    view = game.view(actor)
    client.update = PlayerUpdate(table=1, my_turn=True, can_move=True, view=view_data(view))
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        port = RemoteTable(client, loop, timeout=0.3)
        assert port.mine == (actor,) and port.view(actor).actor == actor
        started = time.monotonic()
        sent = port.send(Pass(actor=actor))
        assert time.monotonic() - started < 5
        assert sent.refusal is not None and sent.refusal.key == "play.no_answer"
        assert "seconden" in sent.refusal.message("nl")
        assert "seconds" in sent.refusal.message("en")
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)


def test_a_room_bot_that_stumbles_ends_its_turn_by_the_loop_s_fallback() -> None:
    room = make_room()
    room.fill_bots(1)
    table = room.tables[0]
    actor = table.game.current_actor
    assert actor is not None

    class Stumbling:
        def __init__(self, actor: str) -> None:
            self.actor = actor

        def act(self, *_args: object) -> None:
            raise RuntimeError("a bug in a bot")

    table.local._bots[actor] = Stumbling(actor)  # type: ignore[assignment]
    assert room.play_bot(table) == 1
    assert table.game.actions == [Pass(actor=actor)]
    assert table.game.current_actor != actor


def test_submit_sends_without_waiting_and_the_answer_comes_with_a_poll(setup: Setup) -> None:
    a, b = setup.a, setup.b
    setup.port_b.poll()
    setup.port_b.submit(Pass(actor=b))  # not B's turn: refused, said later
    deadline = time.monotonic() + TIMEOUT
    refusals: list = []
    while not refusals:
        assert time.monotonic() < deadline, "no refusal came"
        refusals.extend(setup.port_b.wait(0.2).refusals)
    assert refusals[0].message("nl") and refusals[0].message("en")
    before = len(setup.game.actions)
    setup.port_a.submit(Pass(actor=a))
    _until(setup.port_a, lambda: len(setup.game.actions) > before)
    assert setup.game.actions[before] == Pass(actor=a)


def test_why_not_gives_the_engine_s_reason_where_the_view_shows_it(setup: Setup) -> None:
    a, b = setup.a, setup.b
    engine_a, engine_b = setup.game.legal_actions(a), setup.game.legal_actions(b)
    cases = [
        (setup.port_b.legal(b), engine_b, Pass(actor=b)),  # not B's turn
        (setup.port_a.legal(a), engine_a, Pass(actor=b)),  # another's seat
    ]
    phrase = setup.game.scenario.phrases[0].id
    assert setup.port_a.send(Statement(actor=a, phrase=phrase)).ok
    cases.append((setup.port_a.legal(a), setup.game.legal_actions(a), Statement(actor=a, text="x")))
    for legal, engine, action in cases:
        mine, truth = legal.why_not(action), engine.why_not(action)
        assert mine is not None and truth is not None
        assert (mine.key, mine.message("nl"), mine.message("en")) == (
            truth.key,
            truth.message("nl"),
            truth.message("en"),
        )


def test_a_local_poll_sees_an_undo_as_a_change_of_the_whole_log() -> None:
    a, _ = _order()
    table = LocalTable(Game(lindelaan(), seed=5, seats=SEATS), [a])
    assert table.send(Pass(actor=a)).ok
    table.play_bots()
    grown = table.poll()
    assert grown.changed and grown.log_from == 1  # after the week's opening line
    assert grown.log_size == len(table.game.log)
    assert not table.poll().changed
    table.undo(to=grown.log_size - 1)
    taken_back = table.poll()
    assert taken_back.changed and taken_back.log_from == 0
    assert taken_back.log_size < grown.log_size
    table.play_bots()  # played on from there: new lines after the undo's
    again = table.poll()
    assert again.changed and again.log_from == taken_back.log_size


def test_a_reader_that_follows_changed_sees_the_latest_view(remote: Setup) -> None:
    """A window redraws a room seat only when `poll` says something changed. The room's
    messages arrive in the connection's thread; a poll that runs while a message is being
    taken in must not count it as seen and read the view before it, or the seat shows an old
    turn until the room happens to send something again."""
    a, b, game = remote.a, remote.b, remote.game
    port = remote.port_b
    assert isinstance(port, RemoteTable)
    client = port.client
    taking_in = client._with_earlier_parts
    shown: list[str | None] = []

    def polled_meanwhile(message):  # the window's frame, polling at that very moment
        if port.poll().changed:
            shown.append(port.current_actor)
        return taking_in(message)

    client._with_earlier_parts = polled_meanwhile
    try:
        assert remote.port_a.send(Pass(actor=a)).ok
        _until(remote.port_a, lambda: _settled(remote.port_a, game, (a, b)))
        deadline = time.monotonic() + TIMEOUT
        while (client.update.view.get("current_actor") if client.update else None) != (
            game.current_actor
        ):
            assert time.monotonic() < deadline, "the room did not send the seat its view"
            time.sleep(0.02)
        if port.poll().changed:
            shown.append(port.current_actor)
    finally:
        client._with_earlier_parts = taking_in
    assert shown and shown[-1] == game.current_actor


def test_a_room_seat_reads_each_view_message_once(
    remote: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`poll`, `is_over`, `current_actor` and `view` read the room's latest view message once
    between them (the parsed view is a frozen value, kept until a newer message comes)."""
    import game.net.remote_table as remote_table

    port = remote.port_a
    assert isinstance(port, RemoteTable)
    parsed = []
    real = remote_table.player_view
    monkeypatch.setattr(remote_table, "player_view", lambda data: parsed.append(1) or real(data))
    port.view(remote.a)
    for _ in range(3):
        port.poll()
        assert not port.is_over()
        assert port.current_actor == remote.a
    assert port.view(remote.a) is port.view(remote.a)
    assert len(parsed) <= 1
