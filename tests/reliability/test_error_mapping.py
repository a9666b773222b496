"""Driver errors reach the user as the right one-line PoError: a busy vault is "busy, try
again", never "damaged, restore from a backup" (which would send an ombud to restore for
nothing); errors SQLAlchemy wraps are classified like raw ones."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from po_desktop.errors import CorruptVault, StorageFailure
from po_desktop.storage.models import Setting


def test_busy_vault_is_not_reported_as_damaged(vault):
    with vault.engine.connect() as holder:
        holder.execute(text("INSERT INTO setting(key, value) VALUES ('holder', '1')"))  # write lock
        with pytest.raises(StorageFailure) as info:
            with vault.session() as s:
                s.execute(text("PRAGMA busy_timeout = 50"))
                s.merge(Setting(key="other", value=2))
                s.commit()
        assert not isinstance(info.value, CorruptVault)
        assert "upptaget" in str(info.value) and "\n" not in str(info.value)
        holder.rollback()
    vault.set_settings({"other": 3})  # and afterwards all is well
    assert vault.get_setting("other") == 3 and vault.check() == []
