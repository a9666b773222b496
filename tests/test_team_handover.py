"""Handing a client over (issue 22): consent, the personal-data scan, the receiver's view, the
sender's purge after the receipt, and an interruption at every step with nothing lost and
nothing left twice."""

from __future__ import annotations

import datetime as dt

import pytest

from po_desktop.errors import RejectedInput
from po_desktop.services import backups, statistics, team, team_effects, team_store
from po_desktop.services import casework as cw
from po_desktop.storage.vault import Vault
from tests.fixtures import team_support
from tests.fixtures.team_support import TODAY, add_client

unit = team_support.unit
three = team_support.three


class Killed(Exception):
    """The process died here."""


def _assignments(vault, alias="AB12"):
    return [a for a in cw.list_assignments(vault) if a.alias == alias]


def _handover_lines(vault):
    return [e for e in cw.purge_log(vault) if e.assignment_ref.startswith("överlämnad-")]


def _finish(unit):
    for _ in range(3):
        team.sync(unit.bertil)
        team.sync(unit.anna)


def _assert_done_once(unit):
    [received] = _assignments(unit.bertil)
    notes = cw.list_notes(unit.bertil, "AB12")
    assert sorted(n.text for n in notes)[:2] == ["Anteckning 0 om AB12", "Anteckning 1 om AB12"]
    assert len(notes) == 3 and any("Överlämnat från Anna" in n.text for n in notes)
    assert len(cw.list_follow_ups(unit.bertil, alias="AB12", include_done=True)) == 1
    assert _assignments(unit.anna) == []
    [line] = _handover_lines(unit.anna)
    assert (line.notes_count, line.follow_ups_count) == (2, 1)
    assert [(h.direction, h.status) for h in team.handovers(unit.anna)] == [("out", "purged")]
    assert [(h.direction, h.status) for h in team.handovers(unit.bertil)] == [("in", "received")]
    assert received.start_date == TODAY - dt.timedelta(days=60)


def test_handover_end_to_end_and_the_receiver_sees_where_it_came_from(unit):
    add_client(unit.anna)
    sent = team.handover(unit.anna, "AB12", "Bertil", consent=True)
    assert (sent.status, sent.peer_label) == ("sent", "Bertil")
    assert team.pending_handover_aliases(unit.anna) == {"AB12": "Bertil"}
    report = team.sync(unit.bertil)
    assert report.handovers_received == ("AB12",)
    assert len(_assignments(unit.anna)) == 1  # kept until the receipt is seen
    report = team.sync(unit.anna)
    assert report.handovers_purged == 1
    _assert_done_once(unit)
    [came] = team.handovers(unit.bertil)
    assert came.peer_label == "Anna"
    # counted once: by the receiver from now on
    year = str(TODAY.year)
    anna = statistics.period_figures(unit.anna, year)["assignments"]["ongoing_at_end"]
    bertil = statistics.period_figures(unit.bertil, year)["assignments"]["ongoing_at_end"]
    assert (anna, bertil) == (0, 1)
    # Cecilia (not the receiver) cannot read it
    assert team.sync(unit.cecilia).handovers_received == ()
    assert cw.list_assignments(unit.cecilia) == []


def test_consent_is_required(unit):
    add_client(unit.anna)
    before = unit.file_of(unit.anna).read_bytes()
    with pytest.raises(RejectedInput, match="samtyckt"):
        team.handover(unit.anna, "AB12", "Bertil", consent=False)
    assert unit.file_of(unit.anna).read_bytes() == before
    assert team.handovers(unit.anna) == []


def test_personal_data_in_a_note_stops_the_handover(unit):
    add_client(unit.anna, "AB12")
    add_client(unit.anna, "CD34", notes=0)
    cw.add_note(unit.anna, "AB12", date=TODAY, text="Ring handläggaren anna.berg@kommun.se")
    with pytest.raises(RejectedInput, match="e-post"):
        team.handover(unit.anna, "AB12", "Bertil", consent=True)
    cw.delete_note(unit.anna, cw.list_notes(unit.anna, "AB12")[-1].id)
    cw.add_note(unit.anna, "AB12", date=TODAY, text="Träffade CD34 i väntrummet")
    with pytest.raises(RejectedInput, match="CD34"):  # another client's alias
        team.handover(unit.anna, "AB12", "Bertil", consent=True)
    assert team.handovers(unit.anna) == []


def test_an_assignment_changed_after_sending_is_not_purged(unit):
    add_client(unit.anna)
    team.handover(unit.anna, "AB12", "Bertil", consent=True)
    cw.add_note(unit.anna, "AB12", date=TODAY, text="Skrivet efter överlämningen")
    team.sync(unit.bertil)
    report = team.sync(unit.anna)
    assert report.handovers_purged == 0
    assert "handover_changed" in {n.kind for n in report.notices}
    assert len(cw.list_notes(unit.anna, "AB12")) == 3  # nothing lost
    assert [h.status for h in team.handovers(unit.anna)] == ["changed"]


def test_a_taken_alias_at_the_receiver_gets_a_suffix(unit):
    add_client(unit.anna, "AB12")
    add_client(unit.bertil, "AB12", notes=0)
    team.handover(unit.anna, "AB12", "Bertil", consent=True)
    assert team.sync(unit.bertil).handovers_received == ("AB12-2",)
    assert len(cw.list_notes(unit.bertil, "AB12-2")) == 3


def _patch(mp, target, name, *, when=lambda *a, **k: True):
    original = getattr(target, name)

    def dying(*args, **kwargs):
        if when(*args, **kwargs):
            raise Killed(name)
        return original(*args, **kwargs)

    mp.setattr(target, name, dying)


def _is_receipt(_self, _s, payload, *_a, **_k):
    return payload.get("type") == "receipt"


# (step that dies, what dies) — every point between two durable steps of the handover
CRASHES = [
    ("send", team_store.Writer, "flush", None),  # stored in the vault, file not written
    ("receive", team_effects, "apply_records", None),  # imported, not applied
    ("receive", team_store.Writer, "append", _is_receipt),  # mid-transaction: rolled back
    ("receive", team_store.Writer, "flush", None),  # received + receipt stored, not written
    ("purge", team_effects, "apply_records", None),  # receipt imported, not applied
    ("purge", backups, "note_purge", None),  # inside the purge transaction
    ("purge", Vault, "compact", None),  # purged and committed, not compacted
]


@pytest.mark.parametrize(
    "step,target,name,when", CRASHES, ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(CRASHES)]
)
def test_a_handover_interrupted_at_every_step_loses_nothing_and_leaves_nothing_twice(
    unit, step, target, name, when
):
    add_client(unit.anna)
    steps = {
        "send": lambda: team.handover(unit.anna, "AB12", "Bertil", consent=True),
        "receive": lambda: team.sync(unit.bertil),
        "purge": lambda: team.sync(unit.anna),
    }
    for current, run in steps.items():
        if current != step:
            run()
            continue
        with pytest.MonkeyPatch.context() as mp:
            _patch(mp, target, name, **({"when": when} if when else {}))
            with pytest.raises(Killed):
                run()
        # nothing lost: the client's notes are in one of the two vaults, whole
        anna = _assignments(unit.anna)
        bertil = _assignments(unit.bertil)
        assert anna or bertil
        if anna:
            assert len(cw.list_notes(unit.anna, "AB12")) == 2
        if bertil:
            assert len(cw.list_notes(unit.bertil, "AB12")) == 3
        assert len(bertil) <= 1
    _finish(unit)
    _assert_done_once(unit)
