"""Before Qt starts: is there a display, and the one library Qt's xcb plugin most often misses?

Qt aborts the process with its own multi-line text when it cannot open a display or load the
xcb platform plugin; this check runs first (no Qt import) and returns one line saying what is
missing and what to install — or that the command line works without a display.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

from po_desktop.i18n import tr


def display_problem(
    env: Mapping[str, str] | None = None,
    *,
    platform: str | None = None,
    find_library: Callable[[str], str | None] | None = None,
) -> str | None:
    """One line when the window cannot start here, else None."""
    env = os.environ if env is None else env
    platform = platform or sys.platform
    find_library = find_library or ctypes.util.find_library
    qpa = (env.get("QT_QPA_PLATFORM") or "").split(":")[0].strip().lower()
    if not platform.startswith("linux"):
        return None
    if qpa and qpa not in ("xcb", "wayland"):  # offscreen, vnc, eglfs …: the user chose it
        return None
    has_x = bool(env.get("DISPLAY"))
    has_wayland = bool(env.get("WAYLAND_DISPLAY"))
    if not has_x and not has_wayland:
        return tr(
            "Ingen skärm hittades (varken DISPLAY eller WAYLAND_DISPLAY är satt): starta "
            "fönstret i en skrivbordssession. Kommandoraden fungerar utan skärm, se "
            "po-desktop --help."
        )
    uses_xcb = qpa == "xcb" or (not qpa and not has_wayland)
    if uses_xcb and has_x and find_library("xcb-cursor") is None:
        return tr(
            "Fönstret behöver biblioteket libxcb-cursor0: installera det (t.ex. sudo "
            "apt-get install libxcb-cursor0) och starta igen. Kommandoraden fungerar "
            "utan det, se po-desktop --help."
        )
    return None


__all__ = ["display_problem"]
