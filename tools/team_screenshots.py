"""Screenshots of working in a team (README "Arbeta i team"): the Team view, the unit's shared
list of inquiries and "Bevakningar under frånvaro" on the start view, on two demo vaults (Anna
and Bertil of PO Norra Dalarna) sharing a folder.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/team_screenshots.py docs/screenshots

Writes team-view.png, team-inquiries.png and team-start.png (1366×768).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import PASS, open_window, settle, shoot, unlock  # noqa: E402


def _vault(path: Path, label: str):
    from po_desktop.services.vault_admin import create_vault

    path.parent.mkdir(parents=True)
    return create_vault(path, PASS, unit_label=label, municipalities=["Mora", "Orsa"], fte="1.00")


def _client(vault, alias: str, *, due_in: int) -> None:
    from po_desktop.services import casework as cw

    today = dt.date.today()
    cw.add_assignment(
        vault,
        alias=alias,
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=today - dt.timedelta(days=60),
        areas=["finances"],
    )
    cw.add_follow_up(
        vault,
        alias,
        step="decision_served",
        date=today - dt.timedelta(days=3),
        due=today + dt.timedelta(days=due_in),
        text="Beslut från FK",
    )


def demo(tmp: Path) -> Path:
    """Anna starts the team, Bertil joins (fingerprints compared), records an inquiry and is
    away for a month with Anna covering his follow-ups; both sync."""
    from po_desktop.services import casework as cw
    from po_desktop.services import team
    from po_desktop.services.identity import vault_identity

    folder = tmp / "teammapp"
    folder.mkdir()
    anna_path = tmp / "anna" / "vault.podb"
    anna = _vault(anna_path, "PO Norra Dalarna")
    bertil = _vault(tmp / "bertil" / "vault.podb", "PO Norra Dalarna")
    team.init_team(anna, folder, "Anna")
    team.join_team(bertil, folder, "Bertil", vault_identity(anna).fingerprint)
    team.add_member(anna, vault_identity(bertil).fingerprint)
    for v in (anna, bertil):
        team.sync(v)
    today = dt.date.today()
    cw.add_inquiry(
        bertil, date=today, referral_source="self", outcome="waiting", priority_flags=["acute"]
    )
    for alias in ("KL7", "MN3"):
        _client(bertil, alias, due_in=2)
    team.add_absence(bertil, today, today + dt.timedelta(days=30), "Anna")
    _client(anna, "EF5", due_in=10)
    for _ in range(2):
        for v in (bertil, anna):
            team.sync(v)
    anna.lock()
    bertil.lock()
    return anna_path


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="po-team-shots-"))
    os.environ["PO_DESKTOP_CONFIG_DIRS"] = str(tmp / "config")  # not the user's own files
    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = demo(tmp)
    win = open_window(path)
    unlock(app, win)
    win.show_view("team")
    settle(app, 300)
    shoot(app, win, out, "team-view")
    win.show_view("inquiries")
    settle(app, 300)
    shoot(app, win, out, "team-inquiries")
    win.show_view("start")
    settle(app, 300)
    shoot(app, win, out, "team-start")
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")))
