"""The files the game ships beside its code: fonts and icons, for the window and the PDFs."""

from __future__ import annotations

from pathlib import Path

ASSETS = Path(__file__).resolve().parents[2] / "assets"


def font_file(style: str = "Regular") -> Path:
    return ASSETS / "fonts" / f"NotoSans-{style}.ttf"


def icon_file(kind: str) -> Path:
    path = ASSETS / "icons" / f"{kind}.png"
    return path if path.exists() else ASSETS / "icons" / "overig.png"
