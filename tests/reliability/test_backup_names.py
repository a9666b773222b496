"""Automatic backups (before a re-key or an upgrade) never collide: two within one second both
succeed (found by the crash test: a re-key right after an interrupted one was refused with
"file exists")."""

from __future__ import annotations

import datetime as real_dt
import types

import pytest

import po_desktop.storage.vault as vault_module
from po_desktop.services.vault_admin import change_passphrase
from po_desktop.storage import Vault, verify_backup
from po_desktop.storage.vault import BACKUP_DIRNAME


class _Frozen(real_dt.datetime):
    @classmethod
    def now(cls, tz=None):
        return cls(2026, 11, 23, 12, 0, 0, tzinfo=tz)


@pytest.fixture
def frozen_clock(monkeypatch):
    shim = types.SimpleNamespace(
        **{k: getattr(real_dt, k) for k in dir(real_dt) if not k.startswith("__")}
    )
    shim.datetime = _Frozen
    monkeypatch.setattr(vault_module, "dt", shim)


def test_three_passphrase_changes_in_one_second(vault, vault_path, passphrase, frozen_clock):
    first = change_passphrase(vault, "andra lösenfrasen")
    second = change_passphrase(vault, "tredje lösenfrasen")
    third = change_passphrase(vault, "fjärde lösenfrasen")
    assert len({first, second, third}) == 3
    assert sorted(p.name for p in (vault_path.parent / BACKUP_DIRNAME).iterdir()) == sorted(
        p.name for p in (first, second, third)
    )
    verify_backup(first, passphrase)
    verify_backup(second, "andra lösenfrasen")
    verify_backup(third, "tredje lösenfrasen")
    vault.lock()
    Vault.unlock(vault_path, "fjärde lösenfrasen").lock()
