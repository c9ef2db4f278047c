"""Every test runs headless and keeps its user files in a temporary folder."""

import gc
import os
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


@pytest.fixture(autouse=True)
def _user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMGEVINGSTAFEL_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The game's user folder for this test, not made yet: a message may name it."""
    folder = tmp_path / "home"
    monkeypatch.setenv("OMGEVINGSTAFEL_HOME", str(folder))
    return folder


@pytest.fixture
def saves(tmp_path: Path) -> Path:
    """An empty folder for the saves a test writes, or names and leaves missing."""
    folder = tmp_path / "saves"
    folder.mkdir()
    return folder


#: Test modules that drive a window: their tests keep the older heap out of the window's sweeps.
WINDOW_TESTS = ("test_ui_", "test_play_window", "test_net_window", "test_net_dashboard")


@pytest.fixture(autouse=True)
def _window_sweeps_only_the_test(request: pytest.FixtureRequest):
    """The window collects reference cycles after every rebuild (game/ui/app.py). In a test
    process that full sweep would also walk everything earlier tests and imports left (about
    50 ms a time, most of a window test's run): frozen, it walks only what this test made.
    Afterwards that is collected (cheap, still frozen) and the older heap thawed again."""
    if not request.module.__name__.startswith(WINDOW_TESTS):
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.collect()
        gc.unfreeze()


@pytest.fixture
def app():
    """A headless window on the main menu (tests/ui_support.py); a test file may define its own."""
    from ui_support import menu_window

    yield from menu_window()
