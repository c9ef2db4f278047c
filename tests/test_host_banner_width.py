"""The host's banner on an 80-column screen: the page's address never breaks mid-word."""

from __future__ import annotations

from pathlib import Path

import pytest
from net_support import make_room

from game.cli import build_parser
from game.commands import join
from game.commands.host import banner
from game.text import t


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_page_address_stands_whole_on_a_line_of_its_own(tmp_path: Path, lang: str) -> None:
    room = make_room()
    lines = "\n".join(
        banner(room, 18765, "192.168.100.200", False, tmp_path / "r.db", lang, None, False, "ascii")
    ).splitlines()
    url = f"http://192.168.100.200:18765/?code={room.code}"
    assert f"  {url}" in lines
    said = lines[lines.index(f"  {url}") - 1]
    assert len(said) <= 80 and "QR" in said


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_join_without_a_display_says_both_ways_in_whole_lines(
    lang: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`join --facilitator` where no window can open: printed as is, so every line must fit
    80 columns and each command stand whole on its own line."""
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(join, "display_available", lambda: False)
    address = "192.168.1.20:8765"  # as the README writes it
    args = build_parser().parse_args(["join", address, "--facilitator", "a" * 32, "--lang", lang])
    assert join.run(args) == 2
    lines = capsys.readouterr().out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert f"python -m game join {address} --facilitator TOKEN" in lines
    assert any(line.startswith(f"python -m game join {address} --code CODE") for line in lines)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_hosts_no_display_text_fits_80_columns(lang: str) -> None:
    lines = t("net.host.no_display", lang, port=18765).splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert lines[-1].endswith(":18765 --facilitator TOKEN")
