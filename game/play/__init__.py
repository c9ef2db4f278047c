"""What every client of a table shares, so the window, the terminal, the room and the web
page word and decide the same things the same way: how a view, a proposal and the log are
worded (`wording`), whichever client shows them."""
