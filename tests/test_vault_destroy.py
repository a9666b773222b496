"""Destroying the whole vault (product.md §2.5): one action, passphrase + confirmation, every file
of the vault overwritten and removed, backups only on request, a wrong passphrase changes
nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import os

import pytest

from po_desktop.errors import VaultMissing, WrongPassphrase
from po_desktop.services import casework, vault_admin
from po_desktop.storage import Vault
from po_desktop.storage.crypto import MAGIC

SECRET_NOTE = "Mötte klienten på Försäkringskassan om sjukersättningen"


def _sha(p):
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _fill(vault):
    casework.add_assignment(
        vault,
        alias="AB12",
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2026, 1, 15),
    )
    casework.add_note(vault, "AB12", date=dt.date(2026, 2, 1), text=SECRET_NOTE)


def _vault_files(folder):
    return sorted(p.name for p in folder.iterdir() if p.is_file())


def test_destroy_overwrites_and_removes_every_file_of_the_vault(
    vault, vault_path, passphrase, tmp_path
):
    _fill(vault)
    backup = vault.backup(vault.automatic_backup_path("manual"))
    # a second name for the same inode shows what the destroy wrote into the file itself
    vault.checkpoint()  # the notes are in the main file now, not only in the WAL
    peek = tmp_path / "peek"
    os.link(vault_path, peek)
    size_before = peek.stat().st_size
    assert peek.read_bytes()[:2] == MAGIC

    report = vault_admin.destroy_vault(vault, passphrase)

    assert not vault.is_unlocked
    assert vault_path in report.destroyed
    assert _vault_files(vault_path.parent) == []  # no vault, -wal, -shm, lock file
    after = peek.read_bytes()
    assert len(after) == size_before and after[:2] != MAGIC  # random bytes in place
    assert SECRET_NOTE.encode() not in after
    with pytest.raises(VaultMissing):
        Vault.unlock(vault_path, passphrase)
    # the backup is kept and listed (encrypted), never removed unasked
    assert report.backups_kept == (backup,) and report.backups_destroyed == ()
    assert backup.exists()
    Vault.unlock(backup, passphrase).lock()


def test_destroy_with_backups_removes_them_too(vault, vault_path, passphrase):
    _fill(vault)
    b1 = vault.backup(vault.automatic_backup_path("manual"))
    b2 = vault.backup(vault.automatic_backup_path("manual"))
    assert vault_admin.list_backups(vault_path) == [b1, b2]
    report = vault_admin.destroy_vault(vault, passphrase, include_backups=True)
    assert set(report.backups_destroyed) == {b1, b2} and report.backups_kept == ()
    assert not vault_path.parent.joinpath("backups").exists()
    assert not vault_path.exists()


def test_wrong_passphrase_refuses_and_changes_nothing(vault, vault_path, passphrase):
    _fill(vault)
    vault.checkpoint()
    before = _sha(vault_path)
    with pytest.raises(WrongPassphrase):
        vault_admin.destroy_vault(vault, "inte rätt lösenfras", include_backups=True)
    assert vault.is_unlocked  # still open and usable
    assert casework.list_notes(vault, "AB12")[0].text == SECRET_NOTE
    vault.lock()
    assert _sha(vault_path) == before
    v = Vault.unlock(vault_path, passphrase)
    v.lock()


def test_confirmation_is_the_unit_label(vault):
    assert vault_admin.confirmation_matches(vault, " PO Mora\n")
    assert not vault_admin.confirmation_matches(vault, "po mora")
    assert not vault_admin.confirmation_matches(vault, "")


# --- command line ---------------------------------------------------------------------------


class _Tty:
    def __init__(self, text):
        import io

        self._buf = io.StringIO(text)

    def isatty(self):
        return True

    def readline(self):
        return self._buf.readline()


def _run_tty(cli, vault_path, typed, *extra):
    from io import StringIO

    from po_desktop.cli import main

    out, err = StringIO(), StringIO()
    code = main(
        [
            "--vault",
            str(vault_path),
            "--passphrase-file",
            str(cli.passphrase_file),
            "vault",
            "destroy",
            *extra,
        ],
        stdin=_Tty(typed),
        stdout=out,
        stderr=err,
    )
    return code, out.getvalue(), err.getvalue()


def test_cli_destroy_headless_needs_the_flag(cli, vault, vault_path):
    _fill(vault)
    vault.lock()
    before = _sha(vault_path)
    code, out, err = cli("vault", "destroy")
    assert code == 2 and "--yes-destroy-everything" in err and err.count("\n") == 1
    assert _sha(vault_path) == before
    code, out, err = cli("vault", "destroy", "--yes-destroy-everything")
    assert code == 0, err
    assert not vault_path.exists()
    code, out, err = cli("vault", "check")
    assert code == 3


def test_cli_destroy_wrong_passphrase_exit_3_nothing_changed(cli, vault, vault_path, tmp_path):
    vault.lock()
    before = _sha(vault_path)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("fel fel fel\n", encoding="utf-8")
    code, out, err = cli("vault", "destroy", "--yes-destroy-everything", passphrase_file=wrong)
    assert code == 3 and "Traceback" not in err
    assert _sha(vault_path) == before


def test_cli_destroy_on_a_terminal_asks_for_the_unit_label(cli, vault, vault_path, passphrase):
    _fill(vault)
    backup = vault.backup(vault.automatic_backup_path("manual"))
    vault.lock()
    before = _sha(vault_path)
    code, out, err = _run_tty(cli, vault_path, "PO Orsa\n")
    assert code == 4 and "inget har förstörts" in err
    assert str(backup) in out  # the backups are listed before the question
    assert _sha(vault_path) == before
    code, out, err = _run_tty(cli, vault_path, "PO Mora\n", "--include-backups")
    assert code == 0, err
    assert not vault_path.exists() and not backup.exists()
