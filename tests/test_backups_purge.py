"""Automatic backups hold notes that a later purge destroys (issue 11 §3): listed with their
dates, told about at closing, deletable, and noted beside the purge log."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from po_desktop.errors import RejectedInput
from po_desktop.services import backups as bk
from po_desktop.services import casework as cw
from po_desktop.services.vault_admin import change_passphrase, update_unit_settings
from po_desktop.storage.vault import BACKUP_DIRNAME

D = dt.date.fromisoformat
NEW = "en annan lång lösenfras"


def _assignment_with_note(vault, alias="AB12"):
    cw.add_assignment(
        vault,
        alias=alias,
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=D("2026-01-15"),
    )
    cw.add_note(vault, alias, date=D("2026-02-01"), text="Hemligt om ekonomin")


def _manual_and_foreign(vault, vault_path):
    folder = vault_path.parent / BACKUP_DIRNAME
    manual = vault.backup(folder / "vault-20260101-120000-manual.podb")
    other = folder / "annat.podb"
    other.write_bytes(b"not ours")
    return manual, other


def test_automatic_backups_are_listed_with_dates_and_kinds(vault, vault_path):
    assert bk.automatic_backups(vault_path) == []
    manual, other = _manual_and_foreign(vault, vault_path)
    before = dt.datetime.now().replace(microsecond=0)
    backup = change_passphrase(vault, NEW)
    found = bk.automatic_backups(vault_path)
    assert [(b.path, b.kind) for b in found] == [(backup, bk.KIND_REKEY)]
    assert before <= found[0].made_at <= dt.datetime.now()
    assert manual not in [b.path for b in found] and other not in [b.path for b in found]


def test_closing_with_a_purge_offers_to_delete_the_backups_made_before(vault, vault_path):
    _assignment_with_note(vault)
    manual, other = _manual_and_foreign(vault, vault_path)
    backup = change_passphrase(vault, NEW)  # holds the note
    closed = cw.close_assignment(
        vault, "AB12", end=D("2026-06-30"), reason="goals_met", today=D("2026-06-30")
    )
    assert closed.purged
    info = bk.closing_backups(vault, closed.alias, purged=True)
    assert [b.path for b in info.backups] == [backup]
    assert info.message and "före gallringen" in info.message
    assert info.delete_before is not None and info.delete_before > info.backups[0].made_at

    (entry,) = cw.purge_log(vault)
    status = bk.purge_backup_status(vault)[entry.id]
    assert (status.backups_before, status.backups_remaining) == (1, 1)
    assert status.backups_deleted_at is None and "fortfarande" in status.describe()

    deleted = bk.delete_automatic_backups(vault, before=info.delete_before)
    assert [b.path for b in deleted] == [backup] and not backup.exists()
    assert manual.exists() and other.exists()  # only automatic backups
    status = bk.purge_backup_status(vault)[entry.id]
    assert (status.backups_before, status.backups_remaining) == (1, 0)
    assert status.backups_deleted_at is not None and "raderade" in status.describe()


def test_closing_with_a_later_purge_says_the_backups_outlive_it(vault, vault_path):
    update_unit_settings(vault, retention_days=30)
    _assignment_with_note(vault)
    change_passphrase(vault, NEW)
    closed = cw.close_assignment(
        vault, "AB12", end=D("2026-06-30"), reason="goals_met", today=D("2026-06-30")
    )
    assert not closed.purged
    info = bk.closing_backups(
        vault, closed.alias, purged=False, purge_on=cw.purge_date(vault, closed.end_date)
    )
    assert len(info.backups) == 1 and info.delete_before is None
    assert info.message and "2026-07-30" in info.message and "Inställningar" in info.message


def test_a_purge_with_no_backups_is_noted_as_such(vault):
    _assignment_with_note(vault)
    closed = cw.close_assignment(
        vault, "AB12", end=D("2026-06-30"), reason="goals_met", today=D("2026-06-30")
    )
    assert bk.closing_backups(vault, closed.alias, purged=True).message is None
    (entry,) = cw.purge_log(vault)
    assert bk.purge_backup_status(vault)[entry.id].backups_before == 0


@pytest.mark.parametrize("text", ["", "igår", "2026-13-01", "30/11/2026", "2026-11-30 25:00"])
def test_a_bad_point_in_time_is_refused(text):
    with pytest.raises(RejectedInput):
        bk.parse_before(text)


def test_cli_close_list_delete_and_purge_log(cli, vault, vault_path):
    _assignment_with_note(vault)
    backup = change_passphrase(vault, NEW)
    vault.lock()
    pw = vault_path.parent / "ny.txt"
    pw.write_text(NEW + "\n", encoding="utf-8")

    code, out, err = cli("vault", "backups", "list", passphrase_file=pw)
    assert code == 0, err
    assert str(backup) in out and "före lösenfrasbyte" in out
    listed = json.loads(cli("vault", "backups", "list", "--json", passphrase_file=pw)[1])
    assert [(b["path"], b["kind"]) for b in listed] == [(str(backup), "before-rekey")]

    code, out, err = cli(
        "assignment",
        "close",
        "AB12",
        "--end",
        "2026-06-30",
        "--reason",
        "goals_met",
        passphrase_file=pw,
    )
    assert code == 0, err
    assert "före gallringen" in out and "vault backups delete --before" in out
    stamp = out.split("--before", 1)[1].split()[0]

    code, out, err = cli("assignment", "purge-log", passphrase_file=pw)
    assert "fortfarande" in out
    (entry,) = json.loads(cli("assignment", "purge-log", "--json", passphrase_file=pw)[1])
    assert entry["automatic_backups_before"] == 1 and entry["automatic_backups_remaining"] == 1

    code, out, err = cli("vault", "backups", "delete", "--before", stamp, passphrase_file=pw)
    assert code == 0, err
    assert "Raderade automatiska säkerhetskopior: 1." in out
    assert not backup.exists()
    (entry,) = json.loads(cli("assignment", "purge-log", "--json", passphrase_file=pw)[1])
    assert entry["automatic_backups_remaining"] == 0
    assert entry["automatic_backups_deleted_at"] is not None

    code, _, err = cli("vault", "backups", "delete", "--before", "igår", passphrase_file=pw)
    assert code == 4 and err.count("\n") == 1


class _Tty:
    def __init__(self, text: str):
        import io

        self._buf = io.StringIO(text)

    def isatty(self) -> bool:
        return True

    def read(self, *a):
        return self._buf.read(*a)

    def readline(self, *a):
        return self._buf.readline(*a)


def test_cli_close_on_a_terminal_asks_and_deletes(cli, vault, vault_path, capsys):
    from po_desktop.cli import main

    _assignment_with_note(vault)
    backup = change_passphrase(vault, NEW)
    vault.lock()
    pw = vault_path.parent / "ny.txt"
    pw.write_text(NEW + "\n", encoding="utf-8")
    capsys.readouterr()
    code = main(
        [
            "--vault",
            str(vault_path),
            "--passphrase-file",
            str(pw),
            "assignment",
            "close",
            "AB12",
            "--end",
            "2026-06-30",
            "--reason",
            "goals_met",
        ],
        stdin=_Tty("j\n"),
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Radera dem nu?" in out and "Raderade automatiska säkerhetskopior: 1." in out
    assert not backup.exists()
