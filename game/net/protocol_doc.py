"""docs/protocol.md, written from the protocol's pydantic models: `python -m game.net.protocol_doc`.

The prose (how a visit goes, the limits) is here; every message table comes from the
models, so the document cannot drift from what the server accepts. A test checks the file.
"""

from __future__ import annotations

import sys
import types
import typing
from pathlib import Path

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from game.net import limits
from game.net.protocol import (
    CLIENT_MESSAGES,
    FACILITATOR_TYPES,
    MAX_INT,
    PROTOCOL_VERSION,
    SERVER_MESSAGES,
    EventInfo,
    ProposalStatus,
    SeatInfo,
    TableInfo,
    TableStatus,
)

DOC_PATH = Path(__file__).resolve().parents[2] / "docs" / "protocol.md"
PARTS: tuple[type[BaseModel], ...] = (SeatInfo, TableInfo, ProposalStatus, EventInfo, TableStatus)

INTRO = f"""# The room protocol (version {PROTOCOL_VERSION})

*Generated from `game/net/protocol.py` by `python -m game.net.protocol_doc`; do not edit.*

The academy room (`python -m game host`) speaks JSON over WebSocket: one object per text
frame, told apart by its `type`. The server is the only authority: clients send actions and
commands, the server checks each one and answers with what that client may see.

## A visit

1. **Trainee**: `join` with the room code and a name → `lobby` (every table and seat).
   `take_seat` → `seated` (with the **seat token**) and a first `view`. Or `watch` a table
   → `seated` with `actor: null` and `table_view` messages (the public table only).
2. **Playing**: `act` with an engine action (`{{"kind": "pass", "actor": "ggz"}}`, see
   `game/engine/actions.py`) and a `seq` that grows by one per action. The answer is a
   `view` whose `ack` is that `seq`, or `refused` with that `seq` and the reason in Dutch
   and English. Every other change at the table sends each player there a fresh `view`.
   A `view` carries only the log lines the connection was not sent before: its `view.log`
   holds the lines with `index >= log_from`; keep the earlier ones. Steady parts (issues,
   actors, your brief, points, mandate, …) that are the same as in your previous view are
   left out and named in `same`; keep those too. A `seated` resets both: the next `view`
   is whole (`log_from: 0`, `same: []`).
3. **Dropped connection**: reconnect and send `resume` with the seat token → `seated`
   (with `last_seq`, the last action the server applied for this seat, and a **fresh seat
   token**: the one just used stops working) and the `view`. Resend actions with a higher
   `seq`; a `seq` at or below `last_seq` is never applied twice. The client in
   `game/net/client.py` does this with backoff by itself and keeps the newest token.
4. **Facilitator**: `facilitate` with the token from the host's token file → `room`
   (every table live), refreshed at most every 0.2 s while tables change. Commands:
   {", ".join(f"`{name}`" for name in sorted(FACILITATOR_TYPES))}.
5. **End**: `end_session` sends `ended` to everyone; from then on actions are refused.

## Tokens

Seat and facilitator tokens are 128 random bits (32 hex digits). The host keeps only their
SHA-256 hashes, in memory and in its results file (created readable by its owner only), and
compares hashes in constant time. A client should not show a seat token on screen: the
terminal client keeps it in a seat file only its user may read, so that `join` with the
same address and code goes back to the seat. The host writes the facilitator token to
`room-tokens/CODE.txt` in its user folder (owner only) and prints that file's path, not the
token (`host --show-token` prints it). A results file from before tokens were hashed is
hashed when its session is restored; the tokens in it keep working.

## What a trainee receives

Only its own `view` (the engine's `PlayerView`: the public table plus its own confidential
brief, points, BATNA, mandate, consultations, interests and waiting questions), the public
`table_view` when watching, the `lobby`, and `refused`. Never another actor's points,
BATNA, mandate or unrevealed interests; the tests scan every received frame for them. The
one part of a mandate the table does share is what an event it saw announced out loud
(a council motion: the alderman can no longer back 24 beds): `known_limits` lists, per
actor and issue, the options such events took away.

## Limits

| limit | value |
|---|---|
| largest client frame | {limits.MAX_CLIENT_MESSAGE} bytes (larger: closed with 1009) |
| rate per connection | {limits.RATE_PER_SECOND:g}/s, bursts of {limits.BURST:g} (then dropped) |
| flood | after {limits.FLOOD_CLOSE_AFTER} dropped messages the connection closes with 1008 |
| outbox | a client more than {limits.MAX_OUTBOX} messages behind is disconnected (1008) |
| connections | {limits.MAX_CONNECTIONS} at once |
| per address | {limits.MAX_PER_ADDRESS} at once from one network address (`host --per-address N`) |
| spare | {limits.SPARE_PER_ADDRESS} per address, {limits.SPARE_CONNECTIONS} in all (see below) |
| first message | within {limits.HELLO_TIMEOUT:g} s (`join`, `resume` or `facilitate`), else 1008 |
| no seat | {limits.SEATLESS_TIMEOUT:g} s in the lobby without a seat or table: closed (1008) |
| lobby | at most one `lobby` per {limits.LOBBY_EVERY:g} s to everyone, always the latest |

Dropped messages get one `net.too_fast` refusal per second.

Over either cap (the room's or the address's) a connection still opens, as one of the spare
places, so that a seat's holder always gets back in: it must send `resume` with a seat token
that works (or `facilitate`) within {limits.RETURN_TIMEOUT:g} s. Anything else is answered
with `net.room_full` (or `net.unknown_token`, `net.wrong_facilitator_token`) and the
connection is closed with 1013 `room full`; with the spare places taken too, a new
connection is closed with 1013 at once. A trainee in the lobby without a seat or a table
to watch is closed with 1008 `no seat taken` after {limits.SEATLESS_TIMEOUT:g} s; the
client in `game/net/client.py` comes back by itself and sees the lobby again.
Malformed JSON (`net.bad_json`, also for `NaN`, `Infinity` and nesting deeper than the
parser goes), unknown or ill-typed messages (`net.bad_message`) and malformed actions
(`net.bad_action`) are refused; the connection stays open.

## Refused at the door

Before any part of a frame is used, every value in it (down to the `action` of an `act`) is
checked; one bad value refuses the whole frame, nothing of it is applied, and the
connection stays open:

| refusal | when |
|---|---|
| `net.bad_text` | a text or key not writable as UTF-8 (a lone surrogate: `\\ud800`) |
| `net.bad_text` | a text or key with a control character (U+0000–U+001F, U+007F–U+009F) |
| `net.bad_number` | an integer outside 0..{MAX_INT} (2**53 − 1), or a number that is not finite |

No field of a client message is negative. The refusal's text names where the value was.

A change at a table is applied and stored as one step: when the results file cannot be
written, the change is not applied either, and the sender hears `net.server_error` with its
`seq`; sending the same `seq` again is safe. A `view` that cannot be built for one
connection costs that connection a `net.server_error` (without `seq`: the action it would
have answered did happen), never the rest of the table.
"""


def _type_name(annotation: object) -> str:
    """A short, readable name for a field's type (`int | None`, `dict[str, Any]`)."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return _type_name(args[0])
    if origin is typing.Literal:
        return " | ".join(f'"{a}"' for a in args)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(_type_name(a) for a in args)
    if origin is not None:
        inner = ", ".join(_type_name(a) for a in args)
        return f"{getattr(origin, '__name__', str(origin))}[{inner}]"
    if annotation is type(None):
        return "None"
    if annotation is typing.Any:
        return "Any"
    return getattr(annotation, "__name__", str(annotation))


def _default(field: FieldInfo) -> str:
    if field.is_required():
        return "required"
    if field.default_factory is not None:
        return f"default `{field.default_factory()!r}`"
    return f"default `{field.default!r}`"


def _constraints(field: FieldInfo) -> str:
    parts = []
    for item in field.metadata:
        for name in ("min_length", "max_length", "ge", "le"):
            value = getattr(item, name, None)
            if value is not None:
                parts.append(f"{name} {value}")
    return ", ".join(parts)


def message_section(model: type[BaseModel], level: str = "###") -> str:
    fields = model.model_fields
    kind = fields.get("type")
    title = f"`{kind.default}` — {model.__name__}" if kind is not None else f"{model.__name__}"
    lines = [f"{level} {title}", ""]
    doc = " ".join((model.__doc__ or "").split())
    if doc:
        lines += [doc, ""]
    rows = [(name, f) for name, f in fields.items() if name != "type"]
    if not rows:
        lines += ["No fields besides `type`.", ""]
        return "\n".join(lines)
    lines += ["| field | type | | notes |", "|---|---|---|---|"]
    for name, field in rows:
        notes = "; ".join(x for x in (_constraints(field), field.description or "") if x)
        type_name = _type_name(field.annotation).replace("|", "\\|")
        lines.append(f"| `{name}` | `{type_name}` | {_default(field)} | {notes} |")
    lines.append("")
    return "\n".join(lines)


def document() -> str:
    parts = [INTRO, "## Client → server", ""]
    parts += [message_section(m) for m in CLIENT_MESSAGES]
    parts += ["## Server → client", ""]
    parts += [message_section(m) for m in SERVER_MESSAGES]
    parts += ["## Parts of messages", ""]
    parts += [message_section(m) for m in PARTS]
    return "\n".join(parts).rstrip() + "\n"


def main() -> int:
    DOC_PATH.write_text(document(), encoding="utf-8")
    print(DOC_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main())
