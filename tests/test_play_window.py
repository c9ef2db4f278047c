"""`play` without --text opens the window, passing the trainer's --watch on."""

from pathlib import Path

import pytest

from game.commands import play


def test_play_watch_opens_the_window_in_watch_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def fake_window(**kwargs: object) -> int:
        seen.update(kwargs)
        return 0

    monkeypatch.setattr(play, "display_available", lambda: True)
    monkeypatch.setattr("game.ui.app.run_window", fake_window)
    args = play.default_args()
    args.scenario, args.watch = "scenarios/e33-vrijdagnacht.yaml", True
    assert play.run(args) == 0
    assert seen["watch"] is True and seen["scenario_path"] == Path(args.scenario)


def test_without_a_display_play_says_how_to_use_the_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert play.run(play.default_args()) == 0
    assert "--text" in capsys.readouterr().out
