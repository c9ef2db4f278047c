"""The academy room: one server runs a game per table; trainees and a facilitator connect.

`protocol` (every message), `room` (tables, seats, tokens — no sockets), `store` (SQLite
sessions, seats and action logs; restore after a restart), `server` (asyncio + websockets),
`client` (reconnecting client), `remote` (a seat's legal actions rebuilt from its view
message, so bots can play from a laptop), `results` (the class debrief rows and CSV).
"""
