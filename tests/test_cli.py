"""The command line: every command is reachable, and each starts without loading the others."""

import subprocess
import sys

from game import cli


def test_every_registered_module_names_its_command_after_its_file() -> None:
    for name in cli.COMMANDS:
        module = __import__(f"game.commands.{name}", fromlist=["NAME"])
        assert cli.command_name(name) == module.NAME


def test_help_lists_every_command(capsys) -> None:
    try:
        cli.main(["--help"])
    except SystemExit as done:
        assert done.code == 0
    shown = capsys.readouterr().out
    for name in cli.COMMANDS:
        assert cli.command_name(name) in shown


def test_a_command_does_not_import_the_report_machinery() -> None:
    code = (
        "import sys; from game import cli; cli.main(['schema']); "
        "sys.stderr.write(str('matplotlib' in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip().endswith("False")


def test_help_speaks_english_when_the_environment_asks_for_it() -> None:
    import os

    done = subprocess.run(
        [sys.executable, "-m", "game", "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "OMGEVINGSTAFEL_LANG": "en"},
        check=True,
    )
    assert "negotiating at one table" in done.stdout
