"""An activity's participants and hours are optional; a number nobody gave is never printed as
0 in the unit's annual report (product rule: every published number comes from something a
person entered). A sum over occasions that all lack the number is "uppgift saknas"; a sum over
some of them says how many had none."""

from __future__ import annotations

import datetime as dt

from po_desktop.domain.annual_model import Table, Text
from po_desktop.services import activities
from po_desktop.services.annual_report import unit_report

D = dt.date
TODAY = D(2027, 2, 1)


def _texts(report) -> list[str]:
    return [b.text for b in report.blocks if isinstance(b, Text)]


def _kind_table(report) -> Table:
    return next(b for b in report.blocks if isinstance(b, Table) and "Timmar" in b.header)


def _add(vault, kind, day, *, participants=None, hours=None, audience="psychiatry"):
    return activities.add_activity(
        vault,
        kind=kind,
        title="Träff",
        date=day,
        audience=audience if kind in ("information", "outreach") else None,
        participants=participants,
        hours=hours,
    )


def test_no_participants_given_is_not_reported_not_zero(vault):
    _add(vault, "information", D(2026, 3, 4))
    _add(vault, "outreach", D(2026, 5, 6))
    _add(vault, "network", D(2026, 6, 7))  # no hours given anywhere either
    report = unit_report(vault, 2026, today=TODAY)
    line = next(t for t in _texts(report) if t.startswith("Deltagare"))
    assert "uppgift saknas" in line and ": 0" not in line
    rows = _kind_table(report).rows
    assert rows[-1][0] == "Totalt" and rows[-1][2] == "–"  # no hours given at all: not 0,0
    done = [r for r in rows[:-1] if r[1] == "1"]
    assert len(done) == 3 and all(r[2] == "–" for r in done), done


def test_some_participants_given_says_how_many_lack_it(vault):
    _add(vault, "information", D(2026, 3, 4), participants=12, hours=2)
    _add(vault, "information", D(2026, 4, 4))
    _add(vault, "outreach", D(2026, 5, 6), participants=8, hours=1)
    report = unit_report(vault, 2026, today=TODAY)
    line = next(t for t in _texts(report) if t.startswith("Deltagare"))
    assert "20" in line and "1 av 3" in line
    assert any("Timmar saknas för 1 av 3" in t for t in _texts(report))


def test_every_number_given_prints_as_before(vault):
    _add(vault, "information", D(2026, 3, 4), participants=12, hours=2)
    report = unit_report(vault, 2026, today=TODAY)
    assert "Deltagare vid information och uppsökande verksamhet: 12." in _texts(report)
    assert not any(t.startswith("Timmar saknas") for t in _texts(report))
