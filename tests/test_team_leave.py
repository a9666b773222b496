"""Leaving a team and rotating one's encryption key (issue 22 leftovers), with three vaults and
one shared folder: the leaver's announcement, what its vault forgets and keeps, the refusal
while a handover is open, a new key used for new records while old ones stay readable, and
hostile or replayed leave/rekey records refused."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from po_desktop.errors import RejectedInput, StorageFailure
from po_desktop.services import casework as cw
from po_desktop.services import team
from po_desktop.services import team_store as store
from po_desktop.services.identity import vault_identity
from po_desktop.storage.models import PurgeLog
from po_desktop.storage.models_team import TeamMember, TeamRecord
from po_desktop.team import records as rec
from tests.fixtures import team_support
from tests.fixtures.team_support import TODAY, add_client, fingerprint

three = team_support.three
unit = team_support.unit


def _inquiry(vault):
    return cw.add_inquiry(
        vault, date=TODAY - dt.timedelta(days=3), referral_source="self", outcome="waiting"
    )


def _status_of(vault, label):
    return {m.label: m.status for m in team.members(vault)}[label]


def _member_id(vault):
    return team.status(vault).member_id


def _write_as(vault, payload):
    """``vault`` appends a record of its own choosing (signed by it, to the current members)."""
    cfg = store.config(vault)
    with vault.session() as s:
        writer = store.Writer(vault, cfg)
        writer.append(s, payload, store.recipients_of(store.current_members(s)))
        s.commit()
    writer.flush()


# --- leave ----------------------------------------------------------------------------------


def test_a_member_leaves_and_is_no_longer_written_to(unit):
    cecilia_id = _member_id(unit.cecilia)
    _inquiry(unit.cecilia)
    add_client(unit.cecilia, "CE1")
    unit.sync_all()
    assert team.leave_team(unit.cecilia) == "member"
    # the leaver's vault forgets the team; its own data stays
    assert team.status(unit.cecilia) is None
    with unit.cecilia.session() as s:
        assert s.scalars(select(TeamRecord)).all() == []
    assert [a.alias for a in cw.list_assignments(unit.cecilia)] == ["CE1"]
    assert len(cw.list_inquiries(unit.cecilia)) == 1
    assert vault_identity(unit.cecilia).previous_encryption_keys == ()
    # the announcement is the last record of her file, signed by her
    last = rec.read_file(unit.folder / f"{cecilia_id}.poteam").records[-1]
    assert rec.verify(last, vault_identity(unit.cecilia).signing_public)
    unit.sync_all(unit.anna, unit.bertil)
    for v in (unit.anna, unit.bertil):
        assert _status_of(v, "Cecilia") == "removed"
        # her inquiry (written before she left) still counts in the unit's list
        assert "Cecilia" in {u.author_label for u in team.unit_inquiries(v)}
    _inquiry(unit.anna)
    team.sync(unit.anna)
    new = rec.read_file(unit.file_of(unit.anna)).records[-1]
    assert cecilia_id not in new.recipients and new.recipients
    # the team can be started again from the same vault later (nothing stale left)
    with pytest.raises(RejectedInput):
        team.leave_team(unit.cecilia)  # in no team now: one line, exit 4 in the CLI


def test_leaving_is_refused_while_a_handover_waits_for_its_receipt(unit):
    add_client(unit.anna, "AB12")
    team.handover(unit.anna, "AB12", "Bertil", consent=True)
    file_before = unit.file_of(unit.anna).read_bytes()
    with pytest.raises(RejectedInput, match="väntar på kvittens") as exc:
        team.leave_team(unit.anna)
    assert "\n" not in str(exc.value) and "Bertil" in str(exc.value)
    assert team.status(unit.anna).status == "member"
    assert not any(r.kind == "member_leave" for r in _records_of(unit.anna, _member_id(unit.anna)))
    assert unit.file_of(unit.anna).read_bytes() == file_before
    team.sync(unit.bertil)  # receives it, writes the receipt
    assert team.leave_team(unit.anna) == "member"  # its sync sees the receipt: purged, then left
    with unit.anna.session() as s:
        assert [p.assignment_ref[:11] for p in s.scalars(select(PurgeLog))] == ["överlämnad-"]
    assert [a.alias for a in cw.list_assignments(unit.bertil)] == ["AB12"]


def test_a_handover_to_the_leaver_is_received_before_it_leaves(unit):
    add_client(unit.anna, "AB12")
    team.handover(unit.anna, "AB12", "Bertil", consent=True)
    team.leave_team(unit.bertil)  # Bertil had not synced: leaving receives it first
    assert [a.alias for a in cw.list_assignments(unit.bertil)] == ["AB12"]
    team.sync(unit.anna)
    assert cw.list_assignments(unit.anna) == []  # the receipt came: nothing twice
    assert _status_of(unit.anna, "Bertil") == "removed"


def test_a_handover_to_a_member_who_left_is_kept_and_noticed(unit):
    add_client(unit.anna, "AB12")
    team.leave_team(unit.bertil)
    team.handover(unit.anna, "AB12", "Bertil", consent=True)  # Anna had not seen it yet
    report = team.sync(unit.anna)
    assert "handover_peer_left" in {n.kind for n in report.notices}
    assert [a.alias for a in cw.list_assignments(unit.anna)] == ["AB12"]


def test_leaving_with_the_folder_away_changes_nothing_and_can_be_retried(unit, tmp_path):
    away = tmp_path / "away"
    unit.folder.rename(away)
    with pytest.raises(StorageFailure):
        team.leave_team(unit.cecilia)
    assert team.status(unit.cecilia).status == "member"
    away.rename(unit.folder)
    assert team.leave_team(unit.cecilia) == "member"
    team.sync(unit.anna)
    assert _status_of(unit.anna, "Cecilia") == "removed"


# --- rekey ----------------------------------------------------------------------------------


def test_rekey_new_records_use_the_new_key_and_old_ones_stay_readable(unit):
    bertil_id = _member_id(unit.bertil)
    old = vault_identity(unit.bertil)
    _inquiry(unit.anna)
    team.sync(unit.anna)  # written to Bertil's old key, not yet read by him
    new_fp = team.rekey(unit.bertil)
    assert new_fp == fingerprint(unit.bertil) != old.fingerprint
    assert vault_identity(unit.bertil).signing_public == old.signing_public  # same member id
    team.sync(unit.bertil)
    assert [u.author_label for u in team.unit_inquiries(unit.bertil)] == ["Anna"]
    team.sync(unit.anna)
    bertil = next(m for m in team.members(unit.anna) if m.label == "Bertil")
    assert bertil.fingerprint == new_fp and bertil.status == "member"
    _inquiry(unit.anna)
    team.sync(unit.anna)
    new = rec.read_file(unit.file_of(unit.anna)).records[-1]
    with pytest.raises(ValueError):  # not to the old key any more
        rec.open_body(new, bertil_id, old.encryption_key)
    rec.open_body(new, bertil_id, vault_identity(unit.bertil).encryption_key)
    team.sync(unit.bertil)
    assert len(team.unit_inquiries(unit.bertil)) == 2
    # a second rotation: records to either earlier key stay readable
    _inquiry(unit.cecilia)
    team.sync(unit.cecilia)
    team.rekey(unit.bertil)
    team.sync(unit.bertil)
    assert len(team.unit_inquiries(unit.bertil)) == 3
    assert len(vault_identity(unit.bertil).previous_encryption_keys) == 2


# --- hostile and replayed -------------------------------------------------------------------


def _records_of(vault, author):
    with vault.session() as s:
        return list(s.scalars(select(TeamRecord).where(TeamRecord.author == author)))


def _enc_of(vault, member_id):
    with vault.session() as s:
        return s.get(TeamMember, member_id).enc_pub


def test_a_leave_or_rekey_about_another_member_is_refused(unit):
    bertil_id = _member_id(unit.bertil)
    enc_before = _enc_of(unit.anna, bertil_id)
    _write_as(unit.cecilia, {"type": "member_leave", "member": bertil_id})
    cecilia_key = rec.b64(vault_identity(unit.cecilia).encryption_public)
    _write_as(unit.cecilia, {"type": "member_rekey", "member": bertil_id, "enc": cecilia_key})
    report = team.sync(unit.anna)
    assert [n.kind for n in report.notices].count("hostile_membership") == 2
    assert _status_of(unit.anna, "Bertil") == "member"
    assert _enc_of(unit.anna, bertil_id) == enc_before
    _inquiry(unit.anna)
    team.sync(unit.anna)
    team.sync(unit.bertil)
    assert len(team.unit_inquiries(unit.bertil)) == 1  # still written to Bertil's own key


def test_replayed_leave_and_rekey_records_count_once(unit):
    bertil_id = _member_id(unit.bertil)
    team.rekey(unit.bertil)
    first_rekey = rec.read_file(unit.file_of(unit.bertil)).records[-1].line
    team.rekey(unit.bertil)
    team.sync(unit.anna)
    current = _enc_of(unit.anna, bertil_id)
    assert current == rec.b64(vault_identity(unit.bertil).encryption_public)
    # the old announcement again, in a sync tool's copy and appended to his own file
    copy = unit.folder / f"{bertil_id} (conflicted copy).poteam"
    copy.write_bytes(first_rekey + b"\n")
    with unit.file_of(unit.bertil).open("ab") as fh:
        fh.write(first_rekey + b"\n")
    report = team.sync(unit.anna)
    assert report.imported == 0
    assert _enc_of(unit.anna, bertil_id) == current
    copy.unlink()
    # a leave put back after the leaver's file was rolled back to an older copy
    cecilia_file = unit.file_of(unit.cecilia)
    before_leave = cecilia_file.read_bytes()
    team.leave_team(unit.cecilia)
    leave_line = rec.read_file(cecilia_file).records[-1].line
    team.sync(unit.anna)
    cecilia_file.write_bytes(before_leave)
    report = team.sync(unit.anna)
    assert "stale_file" in {n.kind for n in report.notices}
    assert _status_of(unit.anna, "Cecilia") == "removed"
    # her leave line copied into Bertil's file says nothing about Bertil
    with unit.file_of(unit.bertil).open("ab") as fh:
        fh.write(leave_line + b"\n")
    report = team.sync(unit.anna)
    assert "wrong_file" in {n.kind for n in report.notices}
    assert _status_of(unit.anna, "Bertil") == "member"


def test_a_leave_stamped_before_the_member_was_added_still_counts(unit, monkeypatch):
    """The merge order is the author's clock: a leaver whose clock is behind the adder's."""
    monkeypatch.setattr(rec, "now_at", lambda: "2000-01-01T00:00:00Z")
    team.leave_team(unit.cecilia)
    monkeypatch.undo()
    team.sync(unit.anna)
    assert _status_of(unit.anna, "Cecilia") == "removed"
