"""Restoring a backup never leaves the vault path empty: the old vault stays under its name
until the verified copy replaces it in one atomic rename, so a crash or a refused rename (an
antivirus holding the file on Windows, say) at the last step still leaves a vault to unlock."""

from __future__ import annotations

import datetime as dt
import os

import pytest
import reliability_worker as worker
from sqlalchemy import select

import po_desktop.storage.vault as vault_module
from po_desktop.errors import StorageFailure
from po_desktop.storage import Vault, restore
from po_desktop.storage.models import Note


def _notes(path, passphrase) -> set[int]:
    v = Vault.unlock(path, passphrase)
    try:
        assert v.check() == []
        with v.session() as s:
            return set(s.scalars(select(Note.id)))
    finally:
        v.lock()


@pytest.mark.slow
def test_failed_final_rename_keeps_the_old_vault(
    vault, vault_path, passphrase, tmp_path, monkeypatch
):
    alias = worker.ensure_assignment(vault)
    worker.add_note(vault, alias, "Före säkerhetskopian.", dt.date(2026, 1, 2))
    backup = vault.backup(tmp_path / "kopia.podb")
    worker.add_note(vault, alias, "Efter säkerhetskopian, bara i valvet.", dt.date(2026, 1, 3))
    vault.lock()
    before = _notes(vault_path, passphrase)
    assert len(before) == 2

    real_replace = os.replace

    def refuse_final(src, dst, *a, **kw):
        if os.fspath(dst) == os.fspath(vault_path):
            raise PermissionError(13, "Permission denied", os.fspath(dst))
        return real_replace(src, dst, *a, **kw)

    monkeypatch.setattr(vault_module.os, "replace", refuse_final)
    with pytest.raises(StorageFailure) as info:
        restore(backup, vault_path, passphrase)
    assert "\n" not in str(info.value)
    monkeypatch.undo()

    assert vault_path.exists()
    assert _notes(vault_path, passphrase) == before  # the old vault, whole
    assert not list((vault_path.parent / "backups").glob("*replaced-by-restore*"))

    moved = restore(backup, vault_path, passphrase)  # and a restore that works still works
    assert len(_notes(vault_path, passphrase)) == 1
    assert _notes(moved, passphrase) == before
