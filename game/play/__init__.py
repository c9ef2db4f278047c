"""What every client of a table shares, so the window, the terminal, the room and the web
page play, word and decide the same things the same way: the table port every client plays
through (`port`), the local table behind it (`local`: the engine, the one bot loop, the
autosave), the one wording of an action (`describe`), and how a view, a proposal and the log
are worded (`wording`, `standing`), whichever client shows them."""
