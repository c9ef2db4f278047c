"""One module per `python -m game` subcommand (see game/cli.py)."""
