"""An inquiry accepted becomes an assignment without retyping its referral source and priority
flags; the inquiry's outcome becomes accepted. Service and command line."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from po_desktop.errors import RejectedInput
from po_desktop.services import casework as cw

D = dt.date


def _inquiry(vault, **kw):
    values = dict(
        date=D(2026, 3, 1),
        referral_source="psychiatry",
        outcome="waiting",
        priority_flags=["acute", "minor_children"],
    )
    values.update(kw)
    return cw.add_inquiry(vault, **values)


def _person(**kw):
    values = dict(
        alias="QA1", gender="woman", birth_year=1985, municipality="Orsa", start=D(2026, 3, 10)
    )
    values.update(kw)
    return values


def test_inquiry_becomes_assignment_with_its_source_and_flags(vault):
    q = _inquiry(vault)
    a = cw.start_assignment_from_inquiry(vault, q.id, **_person(areas=["housing"]))
    assert a.referral_source == "psychiatry"
    assert set(a.priority_flags) == {"acute", "minor_children"}
    assert a.areas == ("housing",) or list(a.areas) == ["housing"]
    assert a.start_date == D(2026, 3, 10) and a.active
    stored = [x for x in cw.list_inquiries(vault) if x.id == q.id][0]
    assert stored.outcome == "accepted" and stored.outcome_on == D(2026, 3, 10)
    assert cw.list_inquiries(vault, waiting_only=True) == []
    assert [x.alias for x in cw.list_assignments(vault)] == ["QA1"]


def test_given_source_and_flags_override_the_inquiry(vault):
    q = _inquiry(vault)
    a = cw.start_assignment_from_inquiry(
        vault, q.id, **_person(referral_source="self", priority_flags=[])
    )
    assert a.referral_source == "self" and list(a.priority_flags) == []


@pytest.mark.parametrize(
    "bad, message",
    [
        (dict(alias="19850101-1234"), None),  # an identifier, not an alias
        (dict(start=D(2026, 2, 1)), "före förfrågan"),  # before the inquiry
        (dict(municipality="Falun"), None),  # not the unit's municipality
        (dict(areas=["nonsense"]), None),
    ],
)
def test_refused_input_changes_neither(vault, bad, message):
    q = _inquiry(vault)
    with pytest.raises(RejectedInput) as exc:
        cw.start_assignment_from_inquiry(vault, q.id, **_person(**bad))
    if message:
        assert message in exc.value.message
    assert cw.list_assignments(vault, include_closed=True) == []
    assert [x.outcome for x in cw.list_inquiries(vault)] == ["waiting"]


def test_only_waiting_or_accepted_inquiries_start_an_assignment(vault):
    q = _inquiry(vault, outcome="referred_elsewhere", referred_to="Budget- och skuldrådgivningen")
    with pytest.raises(RejectedInput, match="hänvisad"):
        cw.start_assignment_from_inquiry(vault, q.id, **_person())
    with pytest.raises(RejectedInput, match="Ingen förfrågan"):
        cw.start_assignment_from_inquiry(vault, 999, **_person())
    assert cw.list_assignments(vault, include_closed=True) == []
    # an inquiry already marked accepted keeps its outcome date
    q2 = _inquiry(vault, outcome="accepted", outcome_on=D(2026, 3, 5))
    cw.start_assignment_from_inquiry(vault, q2.id, **_person())
    assert [x for x in cw.list_inquiries(vault) if x.id == q2.id][0].outcome_on == D(2026, 3, 5)


def test_cli_assignment_add_from_inquiry(vault, cli):
    q = _inquiry(vault)
    vault.lock()
    base = [
        "assignment",
        "add",
        "--alias",
        "QA1",
        "--gender",
        "woman",
        "--birth-year",
        "1985",
        "--municipality",
        "Orsa",
        "--start",
        "2026-03-10",
    ]
    code, out, err = cli(*base)  # neither a source nor an inquiry
    assert code == 2 and "--referral-source" in err and err.count("\n") == 1
    code, out, err = cli(*base, "--from-inquiry", "x1")
    assert code == 4 and "heltal" in err
    code, out, err = cli(*base, "--from-inquiry", str(q.id), "--area", "finances")
    assert code == 0, err
    assert "QA1" in out and "antagen" in out
    a = json.loads(cli("assignment", "show", "QA1", "--json")[1])
    assert a["referral_source"] == "psychiatry"
    assert sorted(a["priority_flags"]) == ["acute", "minor_children"]
    assert a["areas"] == ["finances"]
    rows = json.loads(cli("inquiry", "list", "--json")[1])
    assert rows[0]["outcome"] == "accepted" and rows[0]["outcome_on"] == "2026-03-10"
    # the ordinary way still works and still needs its referral source
    code, out, err = cli(
        "assignment",
        "add",
        "--alias",
        "QA2",
        "--gender",
        "man",
        "--birth-year",
        "1970",
        "--municipality",
        "Mora",
        "--referral-source",
        "self",
        "--start",
        "2026-03-11",
    )
    assert code == 0, err
