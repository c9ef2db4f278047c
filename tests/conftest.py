"""Every test runs headless and keeps its user files in a temporary folder."""

import os

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


@pytest.fixture(autouse=True)
def _user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMGEVINGSTAFEL_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture
def app():
    """A headless window on the main menu (tests/ui_support.py); a test file may define its own."""
    from ui_support import menu_window

    yield from menu_window()
