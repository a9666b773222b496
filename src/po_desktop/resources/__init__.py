"""Package data: the application icon, compiled translations, licence texts."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent


def icon_path(size: int = 256) -> Path:
    """The application icon (PNG at 256 px, or the SVG for size 0)."""
    return RESOURCES / ("po-desktop.svg" if size == 0 else "po-desktop-256.png")


def window_icon():
    """A QIcon for windows (Qt imported lazily)."""
    from PySide6.QtGui import QIcon

    icon = QIcon(str(icon_path(0)))
    icon.addFile(str(icon_path(256)))
    return icon
