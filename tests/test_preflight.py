"""No display or no libxcb-cursor0: one line what to install, before Qt aborts; exit non-zero."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import po_desktop
from po_desktop.gui.preflight import display_problem


def _found(_name):
    return "libxcb-cursor.so.0"


def _missing(_name):
    return None


def test_no_display_at_all():
    msg = display_problem({}, platform="linux", find_library=_found)
    assert msg is not None and "DISPLAY" in msg and "--help" in msg and "\n" not in msg


def test_x11_without_libxcb_cursor():
    msg = display_problem({"DISPLAY": ":0"}, platform="linux", find_library=_missing)
    assert msg is not None and "libxcb-cursor0" in msg and "apt-get install" in msg
    assert display_problem({"DISPLAY": ":0"}, platform="linux", find_library=_found) is None


def test_wayland_and_chosen_platforms_and_other_systems_pass():
    assert (
        display_problem(
            {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"},
            platform="linux",
            find_library=_missing,
        )
        is None
    )
    assert (
        display_problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux", find_library=_missing)
        is None
    )
    assert (
        display_problem(
            {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0", "WAYLAND_DISPLAY": "w"},
            platform="linux",
            find_library=_missing,
        )
        is not None
    )
    assert display_problem({}, platform="win32", find_library=_missing) is None


def test_the_program_says_it_in_one_line_without_a_display(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["PYTHONPATH"] = str(Path(po_desktop.__file__).resolve().parents[1])
    env["PO_DESKTOP_CONFIG_DIRS"] = str(tmp_path)
    env["HOME"] = str(tmp_path)
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    proc = subprocess.run(
        [sys.executable, "-m", "po_desktop", "--vault", str(tmp_path / "v.podb")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "DISPLAY" in lines[0], proc.stderr
    assert "qt.qpa" not in proc.stderr and "Aborted" not in proc.stderr
    assert not (tmp_path / "v.podb").exists()
