"""What an interrupted backup, re-key or restore leaves behind is cleared on the next unlock,
but never a temp copy that a live process is still writing."""

from __future__ import annotations

import os
import subprocess
import sys

from po_desktop.storage import Vault
from po_desktop.storage.vault import BACKUP_DIRNAME, TMP_PREFIX


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_unlock_clears_temp_copies_of_dead_writers_only(vault, vault_path, passphrase):
    vault.backup(vault_path.parent / BACKUP_DIRNAME / "first.podb")
    vault.lock()
    dead = _dead_pid()
    backups = vault_path.parent / BACKUP_DIRNAME
    stale = [
        backups / f"{TMP_PREFIX}{dead}-abc.podb",
        backups / f"{TMP_PREFIX}{dead}-abc.podb-journal",
        vault_path.parent / f"{TMP_PREFIX}{dead}-def.podb-wal",
        vault_path.with_name(vault_path.name + ".rekey"),
        vault_path.with_name(vault_path.name + ".restore-wal"),
    ]
    live = backups / f"{TMP_PREFIX}{os.getpid()}-ghi.podb"
    foreign = backups / "mine.txt"
    for p in [*stale, live, foreign]:
        p.write_bytes(b"\0" * 100)

    Vault.unlock(vault_path, passphrase).lock()

    assert not [p.name for p in stale if p.exists()]
    assert live.exists() and foreign.exists() and (backups / "first.podb").exists()


def test_backup_clears_stale_temps_in_its_target_folder(vault, tmp_path):
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    stale = out_dir / f"{TMP_PREFIX}{_dead_pid()}-zzz.podb"
    stale.write_bytes(b"\0" * 100)
    vault.backup(out_dir / "kopia.podb")
    assert not stale.exists()
    assert sorted(p.name for p in out_dir.iterdir()) == ["kopia.podb"]
