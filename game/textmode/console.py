"""The terminal itself: lines out, answers in, a clean screen between players.

Works the same on a keyboard and on piped input: when the input is not a terminal, each
answer read is echoed, so a transcript reads like a game; at the end of the input
`EndOfInput` is raised and the session saves and stops. Every line is wrapped to the
terminal's width (80 columns when the output is not a terminal), words whole.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import sys
from typing import TextIO

from rich.console import Console as RichConsole

from game.textmode.grid import Grid, table_of
from game.textmode.wrap import wrap

CLEAR_SCREEN = "\033[H\033[2J\033[3J"  # home, clear the screen and the scrollback
RULE_WIDTH = 72
MARKER_STYLE = "yellow"  # a marker such as [buiten mandaat], where the terminal has colour
HEADING_STYLE = "bold"
WIDTH = 80  # columns when the output is not a terminal (a pipe, a transcript)


class EndOfInput(Exception):
    """The input ran out: a piped script ended, or the player pressed Ctrl-D."""


class Console:
    def __init__(
        self,
        stdin: TextIO | None = None,
        stdout: TextIO | None = None,
        interactive: bool | None = None,
        width: int | None = None,
    ) -> None:
        self.stdin = stdin if stdin is not None else _forgiving(sys.stdin)
        self.stdout = stdout if stdout is not None else _forgiving(sys.stdout)
        if interactive is None:
            interactive = _is_tty(self.stdin) and _is_tty(self.stdout)
        self.interactive = interactive
        self._width = width

    @property
    def width(self) -> int:
        """Columns to wrap at: the terminal's width now (it may be resized), else WIDTH."""
        if self._width is not None:
            return self._width
        if self.interactive:
            return shutil.get_terminal_size((WIDTH, 24)).columns
        return WIDTH

    def say(self, text: str = "") -> None:
        lines = wrap(text, self.width) if text else [""]
        self.stdout.write("\n".join(lines) + "\n")
        self.stdout.flush()

    def grid(self, grid: Grid) -> None:
        """`grid` as a table to the terminal's width (in colour on a colour terminal), then
        its notes."""
        out = io.StringIO()
        drawer = RichConsole(
            file=out,
            width=self.width,
            color_system="standard" if self.interactive else None,
            force_terminal=self.interactive,
            highlight=False,
        )
        drawer.print(table_of(grid, MARKER_STYLE, HEADING_STYLE))
        self.stdout.write("\n".join(line.rstrip() for line in out.getvalue().splitlines()))
        self.stdout.write("\n")
        for note in grid.notes:
            self.say(note)

    def read(self, prompt: str) -> str:
        """One line of input without its line end; EndOfInput when there is none left."""
        self.stdout.write(prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            self.stdout.write("\n")
            raise EndOfInput
        answer = line.rstrip("\r\n")
        if not self.interactive:
            self.stdout.write(answer + "\n")
        return answer

    def clear(self) -> None:
        """A clean screen, so the next player sees nothing of the one before."""
        if self.interactive:
            self.stdout.write(CLEAR_SCREEN)
        else:
            self.stdout.write("\n" + "=" * RULE_WIDTH + "\n")
        self.stdout.flush()

    def rule(self) -> None:
        self.say("-" * min(RULE_WIDTH, self.width))


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _forgiving(stream: TextIO) -> TextIO:
    """The stream, set to replace what it cannot encode or decode instead of failing (a
    terminal in another encoding, a pipe with stray bytes)."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(OSError, ValueError):
            reconfigure(errors="replace")
    return stream
