"""The team exchange with three vaults and one shared folder (issue 22): joining by fingerprint,
the unit's waiting list counted once, concurrent writes, conflicts, sync-tool copies, a file
rolled back, forged and truncated records, a removed member, cover during absence."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import select

from po_desktop.errors import RejectedInput, StorageFailure
from po_desktop.services import casework as cw
from po_desktop.services import statistics, team
from po_desktop.storage.models_team import TeamRecord
from po_desktop.team import records as rec
from tests.fixtures import team_support
from tests.fixtures.team_support import TODAY, add_client, fingerprint

three = team_support.three  # the fixtures: three vaults; the three in one team
unit = team_support.unit


def _inquiry(vault, flags=(), outcome="waiting", days_ago=5):
    return cw.add_inquiry(
        vault,
        date=TODAY - dt.timedelta(days=days_ago),
        referral_source="self",
        outcome=outcome,
        priority_flags=list(flags),
    )


def _unit_keys(vault):
    return [
        (u.author_label, u.date, u.outcome, u.taker_label, u.conflict)
        for u in team.unit_inquiries(vault)
    ]


def _kinds(notices):
    return {n.kind for n in notices}


# --- members --------------------------------------------------------------------------------


def test_members_join_by_comparing_fingerprints(unit):
    expected = {("Anna", "member"), ("Bertil", "member"), ("Cecilia", "member")}
    for v in (unit.anna, unit.bertil, unit.cecilia):
        st = team.status(v)
        assert st.status == "member"
        assert {(m.label, m.status) for m in st.members} == expected
        mine = [m for m in st.members if m.me]
        assert len(mine) == 1 and mine[0].fingerprint == fingerprint(v)
    # everyone sees the same fingerprint for Bertil as Bertil's own vault shows
    for v in (unit.anna, unit.cecilia):
        bertil = next(m for m in team.members(v) if m.label == "Bertil")
        assert bertil.fingerprint == fingerprint(unit.bertil)


def test_a_wrong_fingerprint_is_refused_and_nothing_is_stored(three):
    folder, anna, bertil, _c = three
    team.init_team(anna, folder, "Anna")
    wrong = "12345 12345 12345 12345 12345"
    with pytest.raises(RejectedInput, match="fingeravtrycket"):
        team.join_team(bertil, folder, "Bertil", wrong)
    assert team.status(bertil) is None
    with pytest.raises(RejectedInput, match="25 siffror"):
        team.join_team(bertil, folder, "Bertil", "1234")
    # Bertil asks to join; Anna types a wrong fingerprint for him: refused, he stays pending
    team.join_team(bertil, folder, "Bertil", fingerprint(anna))
    with pytest.raises(RejectedInput):
        team.add_member(anna, wrong)
    team.sync(bertil)
    assert team.status(bertil).status == "pending"
    assert [r.label for r in team.join_requests(anna)] == ["Bertil"]
    team.add_member(anna, fingerprint(bertil))
    assert team.sync(bertil).status == "member"


def test_a_member_label_with_personal_data_is_refused(three):
    folder, anna, _b, _c = three
    with pytest.raises(RejectedInput, match="e-post"):
        team.init_team(anna, folder, "anna@kommun.se")
    assert team.status(anna) is None
    assert list(folder.iterdir()) == []


def test_a_folder_that_is_away_changes_nothing(unit, tmp_path):
    shutil.move(unit.folder, tmp_path / "elsewhere")
    with pytest.raises(StorageFailure, match="går inte att nå"):
        team.sync(unit.anna)
    _inquiry(unit.anna)
    shutil.move(tmp_path / "elsewhere", unit.folder)
    team.sync(unit.anna)
    team.sync(unit.bertil)
    assert len(team.unit_inquiries(unit.bertil)) == 1


# --- the unit's waiting list ----------------------------------------------------------------


def test_one_list_for_the_unit_each_inquiry_counted_once(unit):
    _inquiry(unit.anna, days_ago=9)
    _inquiry(unit.bertil, ["acute"], days_ago=2)
    _inquiry(unit.cecilia, days_ago=4)
    unit.sync_all()
    unit.sync_all()
    lists = [_unit_keys(v) for v in (unit.anna, unit.bertil, unit.cecilia)]
    assert lists[0] == lists[1] == lists[2]
    # most urgent first (Bertil's acute one), then oldest
    assert [row[0] for row in lists[0]] == ["Bertil", "Anna", "Cecilia"]
    mine = [u for u in team.unit_inquiries(unit.anna) if u.mine]
    assert [u.author_label for u in mine] == ["Anna"]
    # statistics: each vault counts only the inquiries it recorded: 1 + 1 + 1 = 3
    period = f"{(TODAY - dt.timedelta(days=30)).isoformat()}..{TODAY.isoformat()}"
    received = [
        statistics.period_figures(v, period)["inquiries"]["received"]
        for v in (unit.anna, unit.bertil, unit.cecilia)
    ]
    assert received == [1, 1, 1]


def test_two_members_take_one_inquiry_at_once_is_a_conflict_until_assigned(unit):
    _inquiry(unit.bertil, ["acute"])
    unit.sync_all()
    ref = team.unit_inquiries(unit.anna)[0].ref
    team.take_inquiry(unit.anna, ref)  # "Jag tar den" at the same time, before any sync
    team.take_inquiry(unit.cecilia, ref)
    unit.sync_all()
    report = team.sync(unit.anna)
    assert report.conflicts == 1
    for v in (unit.anna, unit.bertil, unit.cecilia):
        row = team.unit_inquiries(v)[0]
        assert row.conflict == ("Anna", "Cecilia") and row.taker is None
    assert cw.list_inquiries(unit.bertil)[0].outcome == "waiting"  # not decided yet
    team.take_inquiry(unit.bertil, ref, "Cecilia")  # resolved at the meeting
    unit.sync_all()
    unit.sync_all()
    for v in (unit.anna, unit.bertil, unit.cecilia):
        row = team.unit_inquiries(v)[0]
        assert row.conflict == () and row.taker_label == "Cecilia"
    assert cw.list_inquiries(unit.bertil)[0].outcome == "accepted"


def test_concurrent_writes_in_one_folder_merge_the_same_everywhere(unit):
    for i in range(4):  # interleaved, nobody syncs in between
        for v in (unit.anna, unit.bertil, unit.cecilia):
            _inquiry(v, days_ago=i + 1)
            team.sync(v)  # publishes its own; reads the others as they are now
    unit.sync_all()
    unit.sync_all()
    lists = [_unit_keys(v) for v in (unit.anna, unit.bertil, unit.cecilia)]
    assert len(lists[0]) == 12
    assert lists[0] == lists[1] == lists[2]
    for v in (unit.anna, unit.bertil, unit.cecilia):
        path = unit.file_of(v)
        read = rec.read_file(path)
        assert read.problems == ()
        assert [r.seq for r in read.records] == list(range(1, len(read.records) + 1))


# --- what sync tools do ---------------------------------------------------------------------


def test_conflicted_copies_are_reported_and_never_imported_twice(unit):
    _inquiry(unit.bertil)
    team.sync(unit.bertil)
    main = unit.file_of(unit.bertil)
    stem = main.name[: -len(".poteam")]
    copies = [
        f"{stem} (conflicted copy 2026-12-01).poteam",
        f"{stem}-DESKTOP-1234.poteam",
        f"{stem}.sync-conflict-20261201-101010-ABCDEFG.poteam",
    ]
    for name in copies:
        shutil.copy(main, unit.folder / name)
    report = team.sync(unit.anna)
    reported = {n.file for n in report.notices if n.kind == "copy_file"}
    assert reported == set(copies)
    assert len(team.unit_inquiries(unit.anna)) == 1
    # a copy that holds a record the main file lost: imported once, from the copy
    saved = main.read_bytes()
    _inquiry(unit.bertil, days_ago=1)
    team.sync(unit.bertil)
    shutil.copy(main, unit.folder / copies[0])
    main.write_bytes(saved)
    team.sync(unit.anna)
    team.sync(unit.anna)
    assert len(team.unit_inquiries(unit.anna)) == 2
    with unit.anna.session() as s:
        seqs = [r.seq for r in s.scalars(select(TeamRecord).where(TeamRecord.kind == "inquiry"))]
    assert len(seqs) == len(set(seqs)) == 2


def test_a_file_rolled_back_to_an_older_copy_cannot_roll_the_team_back(unit):
    main = unit.file_of(unit.bertil)
    old = main.read_bytes()
    _inquiry(unit.bertil)
    team.sync(unit.bertil)
    team.sync(unit.anna)
    assert len(team.unit_inquiries(unit.anna)) == 1
    main.write_bytes(old)  # a backup put back / a sync tool's roll-back
    report = team.sync(unit.anna)
    assert "stale_file" in _kinds(report.notices)
    assert len(team.unit_inquiries(unit.anna)) == 1  # kept by (member, number)
    team.sync(unit.bertil)  # Bertil's vault writes its file again, whole
    assert main.read_bytes() != old
    assert len(rec.read_file(main).records) > len(rec.read_bytes(old).records)


def test_forged_and_truncated_records_are_refused_one_by_one(unit):
    _inquiry(unit.bertil, days_ago=3)
    team.sync(unit.bertil)
    main = unit.file_of(unit.bertil)
    lines = main.read_bytes().splitlines()
    good = lines[-1]
    # forged: the ciphertext changed (the signature no longer matches)
    forged = good.replace(b'"c":"', b'"c":"AAAA', 1)
    # a record of Cecilia's pasted into Bertil's file
    foreign = unit.file_of(unit.cecilia).read_bytes().splitlines()[-1]
    # a later record by Bertil that is fine, then a truncated line (the file was cut)
    _inquiry(unit.bertil, days_ago=1)
    team.sync(unit.bertil)
    later = main.read_bytes().splitlines()[-1]
    main.write_bytes(b"\n".join([*lines[:-1], forged, foreign, good, later, later[:40]]))
    report = team.sync(unit.anna)
    kinds = _kinds(report.notices)
    assert {"forged", "wrong_file", "truncated"} <= kinds
    assert len(team.unit_inquiries(unit.anna)) == 2  # both honest records are in


def test_a_removed_member_cannot_read_what_is_written_after(unit):
    cecilia_id = team.status(unit.cecilia).member_id
    team.remove_member(unit.anna, "Cecilia")
    team.sync(unit.anna)
    team.sync(unit.bertil)
    assert {m.label for m in team.members(unit.bertil) if m.status == "member"} == {
        "Anna",
        "Bertil",
    }
    _inquiry(unit.bertil)
    team.sync(unit.bertil)
    team.sync(unit.cecilia)
    assert team.unit_inquiries(unit.cecilia) == []
    new = rec.read_file(unit.file_of(unit.bertil)).records[-1]
    assert cecilia_id not in new.recipients
    from po_desktop.services.identity import vault_identity

    with pytest.raises(rec.NotForMe):
        rec.open_body(new, cecilia_id, vault_identity(unit.cecilia).encryption_key)
    # what Cecilia writes now does not count for the others
    _inquiry(unit.cecilia)
    team.sync(unit.cecilia)
    report = team.sync(unit.anna)
    assert "removed_member" in _kinds(report.notices)
    assert [u.author_label for u in team.unit_inquiries(unit.anna)] == ["Bertil"]


# --- cover during absence -------------------------------------------------------------------


def test_cover_during_absence_carries_alias_step_date_and_the_done_mark_flows_back(unit):
    add_client(unit.anna, "AB12")
    due = next(f for f in cw.list_follow_ups(unit.anna) if f.alias == "AB12").due
    team.add_absence(unit.anna, TODAY, due + dt.timedelta(days=3), "Bertil")
    team.sync(unit.anna)
    team.sync(unit.bertil)
    items = team.cover_items(unit.bertil)
    assert [(c.alias, c.step, c.due, c.member_label) for c in items] == [
        ("AB12", "decision_served", due, "Anna")
    ]
    assert team.cover_items(unit.cecilia) == []  # not hers; not even readable by her
    with unit.bertil.session() as s:
        cover = [r.payload for r in s.scalars(select(TeamRecord).where(TeamRecord.kind == "cover"))]
    assert cover and set(cover[0]["items"][0]) == {"key", "alias", "step", "due"}
    assert "Beslut från FK" not in repr(cover)  # never the follow-up's or a note's text
    team.mark_cover_done(unit.bertil, items[0].key[:8], TODAY)
    assert team.cover_items(unit.bertil)[0].done
    team.sync(unit.bertil)
    report = team.sync(unit.anna)
    assert report.covers_done == 1
    assert next(f for f in cw.list_follow_ups(unit.anna, include_done=True)).done
    team.sync(unit.cecilia)
    [absence] = team.absences(unit.cecilia)
    assert (absence.member_label, absence.cover_label) == ("Anna", "Bertil")


def test_a_member_who_joins_later_gets_the_current_list(three):
    folder, anna, bertil, cecilia = three
    team.init_team(anna, folder, "Anna")
    team.join_team(bertil, folder, "Bertil", fingerprint(anna))
    team.add_member(anna, fingerprint(bertil))
    team.sync(bertil)
    _inquiry(anna)
    team.add_absence(anna, TODAY, TODAY + dt.timedelta(days=10), "Bertil")
    team.sync(anna)
    team.sync(bertil)
    team.join_team(cecilia, folder, "Cecilia", fingerprint(anna))
    team.add_member(anna, fingerprint(cecilia))
    assert team.sync(cecilia).status == "member"
    assert team.unit_inquiries(cecilia) == []  # written before she joined: not to her
    team.sync(anna)  # the member list changed: Anna publishes what is current again
    team.sync(bertil)
    team.sync(cecilia)
    assert [u.author_label for u in team.unit_inquiries(cecilia)] == ["Anna"]
    assert [(a.member_label, a.cover_label) for a in team.absences(cecilia)] == [("Anna", "Bertil")]
    assert {m.label for m in team.members(cecilia)} == {"Anna", "Bertil", "Cecilia"}


def test_a_vault_restored_from_an_old_backup_continues_its_numbers(unit, tmp_path):
    from po_desktop.services.vault_admin import open_vault, restore_vault
    from tests.fixtures.vault_support import PASSPHRASE

    path = unit.bertil.path
    backup = unit.bertil.backup(tmp_path / "bertil-old.podb")
    _inquiry(unit.bertil, days_ago=3)
    team.sync(unit.bertil)
    unit.bertil.lock()
    restore_vault(backup, path, PASSPHRASE)
    bertil = open_vault(path, PASSPHRASE)
    try:
        _inquiry(bertil, ["acute"], days_ago=1)  # written by the restored vault
        team.sync(bertil)
        seqs = [r.seq for r in rec.read_file(unit.file_of(bertil)).records]
        assert seqs == list(range(1, len(seqs) + 1))  # no number written twice
        report = team.sync(unit.anna)
        assert "fork" not in _kinds(report.notices)
        assert [u.author_label for u in team.unit_inquiries(unit.anna)] == ["Bertil", "Bertil"]
    finally:
        bertil.lock()
