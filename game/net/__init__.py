"""The academy room: one server runs a game per table; trainees and a facilitator connect.

`protocol` (every message, pydantic; `protocol_doc` writes docs/protocol.md from it),
`limits` (sizes, rates), `room` (tables, seats, tokens, bots, pauses — no sockets), `store`
(SQLite sessions, seats and action logs; restore after a restart), `server` (asyncio +
websockets), `client` (reconnecting client) and `bridge` (that client in a thread for the
window), `remote` (a seat's legal actions rebuilt from its view message, so bots can play
from a laptop), `remote_table` (a seat as the table port every client plays through),
`labels` (the join scene's name for the one wording of an action), `results` and `reports`
(the class debrief's rows, CSV and HTML), `address` (what trainees type).
"""
