"""The host's banner on an 80-column screen: the page's address never breaks mid-word."""

from __future__ import annotations

from pathlib import Path

import pytest
from net_support import make_room

from game.commands.host import banner


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
