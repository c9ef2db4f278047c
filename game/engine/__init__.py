"""The turn engine: one deterministic game under every client (window, terminal, server, bots).

API (import from `game.engine`):

- Actions (`actions.py`, frozen pydantic models discriminated by `kind`):
  talk — `Statement(actor, text=|phrase=)`, `RevealInterest(actor, interest)`,
  `Ask(actor, to, issue)`; owed — `Answer(actor, question, mode)` with mode
  "truthful" | "vague" | "decline"; moves — `Propose(actor, package)`, `Support(actor,
  proposal)`, `WithdrawSupport(actor, proposal)`, `Consult(actor, consultation)`,
  `Escalate(actor)`, `WalkAway(actor)`, `Pass(actor)`; facilitator — `FireEvent(event)`,
  `ExtendDeadline(rounds)` (actor is always `FACILITATOR`; legal at any moment before the
  end, outside the turn order; check with `game.why_not`). `Action` is their union;
  `TALK_KINDS`, `MOVE_KINDS`, `FACILITATOR_KINDS`; `parse_action(dict)`, `action_data(action)`.
- `Game(scenario, seed=0, seats=None)` — seats are the base actors at the table (default
  all; SetupError for unknown seats or a required actor left out).
  Facts: `scenario`, `seed`, `seats`, `round`, `deadline`, `current_actor`, `talked`,
  `turn`, `outcome`, `log`, `actions`, `at_table()`, `status(actor)`, `issue_options()`,
  `is_over()`.
  Play: `legal_actions(actor)` → `LegalActions` (`action in legal`, iterate the enumerable
  ones, `options(issue)`, `allows_package(pkg)`, `why_not(action)`, `my_turn`,
  `must_answer`, `can_talk`, `can_move`); `apply(action)` → new `LogEntry`s, or raises
  `IllegalAction` (`.key`, `.values`, `.message(lang)`); `why_not(action)`;
  `undo(to=None)` (last action, or back to log length `to`).
  See: `view(actor)` → `PlayerView`, `public_view()` → `PublicView` (frozen, slotted
  dataclasses: tuples and read-only mappings, so parts are shared between views safely;
  as JSON and back with `view_to_json`, `view_data`, `player_view_from_json`,
  `public_view_from_json`; a changed copy with `dataclasses.replace`). Both show the
  agreement rule (`agreement`: rule, quorum, required); a player's own `consultations` say
  what a "yes" would allow (`allow`, `min_score`); a truthful answer's log line carries
  `data.best` (option ids) and `data.weight` ("high" | "medium" | "low") for the asker and
  the answerer.
  Numbers: `points(actor, package)`, `final_points()`, `table_data()` (scoring TableData).
  Record: `to_save()` → dict (with a copy of the scenario's text when it was loaded from
  one), `Game.from_save(dict, scenario)`,
  `Game.from_save_text(text, scenario)` (SaveError with a clear message), `state_hash()`,
  `scenario_hash()`, `clone()`.
- `Outcome(kind: "agreement"|"deadline"|"walkout", round, package, proposal, supporters,
  actor)`; `LogEntry(index, round, turn, kind, actor, action, to, data, nl, en)`: frozen
  dataclasses, each with `canonical()`, its JSON form in saves and the state hash.
- `random_play.random_legal_action(game, actor, rng)` for tests and benchmarks.

Rules as implemented (docs/rules.md, plus the choices written here):
- Turn order: `scenario.turn_order` (else the order of `actors`) over the seats; late actors
  join at the end of the order and take their turn from the round they join; actors who
  walked away are skipped.
- A turn: first answer every question waiting for you (answers do not use the talk slot;
  until they are answered nothing else is legal), then at most one talk action, then exactly
  one move, which ends the turn. Questions lapse when the asker or the asked actor walks away.
- A truthful answer names the asked actor's best option(s) on the issue now and, in words,
  how much the issue matters to it; a vague one commits to nothing; decline says no. The
  answer is seen by the asker and the answerer; the table sees that it was answered.
- Proposals: a complete package of current options, inside the proposer's mandate, not a
  copy of one on the table; the proposer supports it. Support only inside your mandate
  (forbidden options and min_score on the current points). Any support that an event puts
  outside the mandate lapses at once (logged).
- At each round's end the agreement rule is checked counting only supporters at the table
  (most supporters wins, then the earliest). After the deadline round without agreement the
  game ends: "deadline", everyone gets its BATNA. A move_deadline event that leaves the
  current round past the deadline ends the game at once.
- Walking away: the actor takes its BATNA; a required actor leaving, or fewer actors than
  the rule needs staying (quorum; two under unanimity), ends the game: "walkout".
- Consultation: once per consultation, costs the move, refused with its seeded chance
  (the refusal text is logged to the actor); granted, it widens the mandate as written.
- Escalation table: once per game; costs a round: the rest of the current round is skipped
  and the round ends (with its agreement check). Each advice goes to its `to` (None: all);
  the interests it lists are revealed to the whole table (those of parties who have a seat).
- Events fire at the start of a round in scenario order (fixed round, or chance per round
  between from_round and until_round, each at most once, only when the condition holds).
  A facilitator may fire an event that has not happened yet at any moment (trigger and
  condition aside), and may extend the deadline; both are recorded actions.
- A scenario's reflection question is put to the table (a log line) at the start of its round.
- After an agreement, actors at the table get the package's points; anyone who walked away,
  and everyone after a deadline or walk-out, gets its BATNA (`final_points()`).
- Chance is drawn from (seed, round, purpose) alone, so replay, undo and clone are exact.

Who sees what: each log entry says who may see it (`to`; None = everyone). Views are the
boundary for clients: `view(actor)` holds only that actor's secrets. `Game` itself is the
trusted side (server, hotseat host, debrief): `legal_actions(a)`, `points(a, …)`,
`table_data()` and `log` reach confidential numbers and belong to a's own client or to
analysis after the game. The scenario must have passed the loader's checks.
"""

from game.engine.actions import (
    FACILITATOR,
    FACILITATOR_KINDS,
    MOVE_KINDS,
    TALK_KINDS,
    Action,
    Answer,
    Ask,
    Consult,
    Escalate,
    ExtendDeadline,
    FireEvent,
    Pass,
    Propose,
    RevealInterest,
    Statement,
    Support,
    WalkAway,
    WithdrawSupport,
    action_data,
    parse_action,
)
from game.engine.errors import EngineError, IllegalAction, SaveError, SetupError
from game.engine.game import Game
from game.engine.legal import LegalActions
from game.engine.log import LogEntry
from game.engine.state import Outcome
from game.engine.view_json import (
    player_view_from_json,
    public_view_from_json,
    view_data,
    view_to_json,
)
from game.engine.views import PlayerView, PublicView

__all__ = [
    "FACILITATOR",
    "FACILITATOR_KINDS",
    "MOVE_KINDS",
    "TALK_KINDS",
    "Action",
    "Answer",
    "Ask",
    "Consult",
    "EngineError",
    "Escalate",
    "ExtendDeadline",
    "FireEvent",
    "Game",
    "IllegalAction",
    "LegalActions",
    "LogEntry",
    "Outcome",
    "Pass",
    "PlayerView",
    "Propose",
    "PublicView",
    "RevealInterest",
    "SaveError",
    "SetupError",
    "Statement",
    "Support",
    "WalkAway",
    "WithdrawSupport",
    "action_data",
    "parse_action",
    "player_view_from_json",
    "public_view_from_json",
    "view_data",
    "view_to_json",
]
