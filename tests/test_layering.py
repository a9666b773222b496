"""Rules kept once: no import cycle config ↔ i18n ↔ paths; file names of a period; the
"…; inget sparades." message; where a follow-up's due date comes from."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

import po_desktop
from po_desktop.domain.dates import parse_period
from po_desktop.errors import RejectedInput
from po_desktop.services import casework as cw

SRC = str(Path(po_desktop.__file__).resolve().parents[1])


@pytest.mark.parametrize("module", ["po_desktop.paths", "po_desktop.i18n"])
def test_paths_and_i18n_read_no_configuration(module):
    code = (
        f"import sys; import {module}; "
        "print(sorted(m for m in sys.modules if m.startswith('po_desktop')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": SRC},
        check=True,
    ).stdout
    assert "po_desktop.config" not in out


def test_a_period_becomes_one_file_name_part():
    assert parse_period("2026H1").file_label == "2026H1"
    assert parse_period("2026-01-01..2026-03-31").file_label == "2026-01-01_2026-03-31"


def test_nothing_saved_message_rule():
    assert (
        str(RejectedInput.nothing_saved(ValueError("datumet saknas")))
        == "Datumet saknas; inget sparades."
    )


def test_where_a_due_date_comes_from(vault):
    cw.add_assignment(
        vault,
        alias="AB12",
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2026, 1, 15),
    )
    served = cw.add_follow_up(vault, "AB12", step="decision_served", date=dt.date(2026, 3, 2))
    assert served.served_on == dt.date(2026, 3, 2) and served.due_kind == "appeal"
    own = cw.add_follow_up(
        vault, "AB12", step="decision_served", date=dt.date(2026, 3, 2), due=dt.date(2026, 5, 1)
    )
    assert own.due_kind == "overridden"
    assert cw.served_on_for("other", dt.date(2026, 3, 2), None) is None
