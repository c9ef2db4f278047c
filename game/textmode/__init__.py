"""The game in a terminal: numbered menus, one keyboard, bots in the empty seats.

`console` reads and writes the streams, `prompts` asks numbered questions, `screen` turns
views into text, `seating` decides who is a person and who a bot, `savefile` reads and
writes session saves, `learning` asks the guesses and reflection questions and words each
person's feedback, and `session` runs the loop. The `play --text` command starts it.
"""
