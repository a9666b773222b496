"""Symbolic links beside the vault are never followed (issue 11 §3): the lock file, sidecars,
work copies, backups and the temp copy of a backup."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

import po_desktop.storage.backup as backup_module
from po_desktop.errors import StorageFailure
from po_desktop.services.vault_admin import destroy_vault, open_vault
from po_desktop.storage.vault import BACKUP_DIRNAME, shred
from tests.fixtures.vault_support import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges there")

VICTIM = b"the user's other file, not the vault's\n" * 50


@pytest.fixture
def victim(tmp_path) -> Path:
    p = tmp_path / "elsewhere" / "important.txt"
    p.parent.mkdir()
    p.write_bytes(VICTIM)
    return p


def test_a_linked_lock_file_is_refused_and_its_target_untouched(vault, vault_path, victim):
    vault.lock()
    lock = vault_path.with_name(vault_path.name + ".lock")
    lock.unlink()
    lock.symlink_to(victim)
    with pytest.raises(StorageFailure) as exc:
        open_vault(vault_path, PASSPHRASE)
    assert "symbolisk länk" in str(exc.value)
    assert victim.read_bytes() == VICTIM


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_a_linked_sidecar_is_refused_at_unlock(vault, vault_path, victim, suffix):
    vault.lock()
    side = vault_path.with_name(vault_path.name + suffix)
    side.unlink(missing_ok=True)
    side.symlink_to(victim)
    with pytest.raises(StorageFailure) as exc:
        open_vault(vault_path, PASSPHRASE)
    assert "symbolisk länk" in str(exc.value)
    assert victim.read_bytes() == VICTIM


@pytest.mark.parametrize("name", ["vault.podb.rekey", "vault.podb-journal", "vault.podb.lock"])
def test_destroy_shreds_only_regular_files(vault, vault_path, victim, name):
    link = vault_path.parent / name
    link.unlink(missing_ok=True)
    link.symlink_to(victim)
    report = destroy_vault(vault, PASSPHRASE)
    assert victim.read_bytes() == VICTIM
    assert not os.path.lexists(link)  # the link itself is gone …
    assert link not in report.destroyed  # … but it was not "shredded"
    assert vault_path not in [p for p in vault_path.parent.iterdir()]


def test_destroy_with_backups_never_writes_through_a_link(vault, vault_path, victim):
    vault.backup(vault_path.parent / BACKUP_DIRNAME / "vault-manual.podb")
    link = vault_path.parent / BACKUP_DIRNAME / "vault-20260101-000000-before-rekey.podb"
    link.symlink_to(victim)
    report = destroy_vault(vault, PASSPHRASE, include_backups=True)
    assert victim.read_bytes() == VICTIM
    assert [p.name for p in report.backups_destroyed] == ["vault-manual.podb"]


def test_shred_leaves_a_fifo_alone(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert shred(fifo) is False  # returns at once: never opened (it would block)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_backup_is_exported_inside_a_fresh_owner_only_folder(vault, tmp_path, monkeypatch):
    """No reserve-then-unlink-then-recreate: the name SQLCipher creates lies in a folder made
    for it (0700), so nobody can put a link at that name in a shared target folder."""
    seen: list[Path] = []
    real = backup_module._export_to

    def spy(con, dest, secret):
        seen.append(dest)
        folder = dest.parent
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert not folder.is_symlink() and not dest.exists()
        return real(con, dest, secret)

    monkeypatch.setattr(backup_module, "_export_to", spy)
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    os.chmod(shared, 0o1777)  # like /tmp
    out = vault.backup(shared / "kopia.podb")
    assert seen and seen[0].parent != shared and seen[0].parent.parent == shared
    assert sorted(p.name for p in shared.iterdir()) == ["kopia.podb"]
    assert out.exists()
