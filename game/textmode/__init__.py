"""The game in a terminal: numbered menus, for a local game and for a seat in a room.

`console` reads and writes the streams, `prompts` asks numbered questions, `table` is the
one table front-end (a person's turn through the table port, local or in a room), `session`
runs a local game around it (hand-over, learning moments, saves, the end) and `room` a seat
in a room (lobby, seat, coming back, forms); `seating` reads who plays as a person,
`savefile` reads and writes session saves, `learning` asks the guesses and reflection
questions and words each person's feedback. `play --text` and `join` start it.
"""
