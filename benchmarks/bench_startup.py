"""Start-up time, each measured against its bare baseline in the same run (whole processes).

    .venv/bin/python benchmarks/bench_startup.py [--runs 15]

- ``po-desktop --version`` and ``po-desktop --help`` against a bare ``python -c pass``
  (target: at most 3×);
- the window up to its unlock screen (an existing vault, so the unlock screen is what shows)
  against a bare PySide6 window started the same way (target: at most 2×). Both run offscreen
  and quit from the event loop right after the first show.

Runs alternate between the commands so a busy machine slows all of them alike; the median of
``--runs`` is reported. Also prints whether Alembic, SQLAlchemy and reportlab were imported by
each start (Alembic only when a migration is needed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"

# What the `po-desktop` script pip generates does (pyproject [project.scripts]).
ENTRY = "import sys; from po_desktop.cli import main; sys.exit(main())"

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
app = QApplication(sys.argv[:1])
w = QWidget()
layout = QVBoxLayout(w)
for widget in (QLabel("Valvet är låst"), QLineEdit(), QPushButton("Lås upp")):
    layout.addWidget(widget)
w.resize(1280, 720)  # the size the main window opens at
w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

MODULES_SEEN = """
import runpy, sys
sys.argv = ["po-desktop", *sys.argv[1:]]
try:
    from po_desktop.cli import main
    main(sys.argv[1:])
finally:
    heavy = [m for m in ("alembic", "sqlalchemy", "reportlab") if m in sys.modules]
    print("IMPORTED " + ",".join(heavy), file=sys.stderr)
"""


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    # PYTHONDONTWRITEBYTECODE (any non-empty value, "0" too) would make every start compile
    # our sources again; an installed program runs from bytecode (pip and PyInstaller write it)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("PO_DESKTOP_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env.update({"PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"})
    env.update(extra or {})
    return env


def _time(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0


def _make_vault(folder: Path) -> Path:
    """A vault on disk (cheap KDF), made in a child process so this one stays clean."""
    path = folder / "vault.podb"
    code = (
        "import sys\n"
        "import po_desktop.storage.crypto as c\n"
        "from po_desktop.storage.crypto import KdfParams\n"
        "c.DEFAULT_KDF = KdfParams(time_cost=1, memory_log2_kib=10, parallelism=1)\n"
        "from po_desktop.services.vault_admin import create_vault\n"
        f"v = create_vault(r'{path}', 'benchmark passphrase', unit_label='PO Mora',\n"
        "                 municipalities=['Mora'], fte='1.00')\n"
        "v.lock()\n"
    )
    subprocess.run([sys.executable, "-c", code], env=_env(), check=True)
    return path


def _imported(args: list[str], env: dict[str, str]) -> str:
    out = subprocess.run(
        [sys.executable, "-c", MODULES_SEEN, *args], env=env, capture_output=True, text=True
    )
    line = next((x for x in out.stderr.splitlines() if x.startswith("IMPORTED")), "IMPORTED ?")
    return line.removeprefix("IMPORTED ").strip() or "none"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--from-source",
        action="store_true",
        help="no bytecode cache: every start compiles the sources (a checkout run with "
        "PYTHONDONTWRITEBYTECODE); the default runs from bytecode, as an installed program does",
    )
    args = parser.parse_args(argv)
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        vault = _make_vault(Path(tmp))
        # Empty config folders, found the way a user's start finds them (platformdirs, XDG).
        env = _env(
            {
                "XDG_CONFIG_HOME": str(Path(tmp) / "home-config"),
                "XDG_CONFIG_DIRS": str(Path(tmp) / "etc-xdg"),
                "XDG_DATA_HOME": str(Path(tmp) / "home-data"),
            }
        )
        if args.from_source:  # our sources without any __pycache__, and none written
            import shutil

            copy = Path(tmp) / "src"
            shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("__pycache__"))
            env.update(PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=str(copy))
        gui_env = dict(env, PO_DESKTOP_QUIT_WHEN_SHOWN="1")
        cases = {
            "python -c pass": ([py, "-c", "pass"], env),
            "po-desktop --version": ([py, "-c", ENTRY, "--version"], env),
            "po-desktop --help": ([py, "-c", ENTRY, "--help"], env),
            "bare PySide6 window": ([py, "-c", BARE_WINDOW], env),
            "window: unlock screen": ([py, "-c", ENTRY, "--vault", str(vault)], gui_env),
        }
        for cmd, e in cases.values():  # warm the file cache and the bytecode
            _time(cmd, e)
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, (cmd, e) in cases.items():
                times[name].append(_time(cmd, e))
        med = {name: statistics.median(ts) for name, ts in times.items()}
        imported = {
            "--version": _imported(["--version"], env),
            "--help": _imported(["--help"], env),
            "window": _imported(["--vault", str(vault)], gui_env),
        }
    rows = [
        ("python -c pass", med["python -c pass"], None, None),
        (
            "po-desktop --version",
            med["po-desktop --version"],
            med["po-desktop --version"] / med["python -c pass"],
            3.0,
        ),
        (
            "po-desktop --help",
            med["po-desktop --help"],
            med["po-desktop --help"] / med["python -c pass"],
            3.0,
        ),
        ("bare PySide6 window", med["bare PySide6 window"], None, None),
        (
            "window: unlock screen",
            med["window: unlock screen"],
            med["window: unlock screen"] / med["bare PySide6 window"],
            2.0,
        ),
    ]
    code = "compiled from source at every start" if args.from_source else "from bytecode"
    print(f"median of {args.runs} runs each, whole processes, {os.cpu_count()} CPUs, {code}")
    print(f"{'start':<24}{'median':>10}{'ratio':>9}{'target':>9}")
    for name, seconds, ratio, target in rows:
        r = f"{ratio:.2f}×" if ratio else ""
        t = f"≤ {target:.0f}×" if target else ""
        ok = "" if not ratio else ("  ok" if ratio <= target else "  OVER")
        print(f"{name:<24}{seconds * 1000:>8.0f} ms{r:>9}{t:>9}{ok}")
    for what, mods in imported.items():
        print(f"heavy modules imported by {what}: {mods}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
