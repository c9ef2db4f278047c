"""The player's preferences: language, font scale and contrast, kept between sessions."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from game.ui.paths import settings_file

FONT_SCALES: tuple[int, ...] = (100, 125, 150, 175, 200)
LANGUAGES: tuple[str, ...] = ("nl", "en")


@dataclass(frozen=True)
class Settings:
    lang: str = "nl"
    font_scale: int = 100
    high_contrast: bool = False

    @property
    def scale(self) -> float:
        return self.font_scale / 100

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def _clean(data: object) -> Settings:
    """Settings from a JSON value; anything unknown or out of range falls back to the default."""
    default = Settings()
    if not isinstance(data, dict):
        return default
    lang = data.get("lang")
    scale = data.get("font_scale")
    contrast = data.get("high_contrast")
    return Settings(
        lang=lang if lang in LANGUAGES else default.lang,
        font_scale=scale if isinstance(scale, int) and scale in FONT_SCALES else default.font_scale,
        high_contrast=contrast if isinstance(contrast, bool) else default.high_contrast,
    )


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; a missing or broken file gives the defaults, never an error."""
    path = path or settings_file()
    try:
        return _clean(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_file()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    tmp.replace(path)
