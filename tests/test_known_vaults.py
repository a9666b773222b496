"""vaults.json, the unlock screen's list of unit names (issue 20 §6): owner-only in an
owner-only folder, an entry gone when its vault is destroyed or its file is missing, and
``remember_vaults = false`` keeps no list at all."""

from __future__ import annotations

import os

import pytest

from po_desktop import known_vaults
from po_desktop.config import ConfigError, load_config, save_user_setting
from po_desktop.services.vault_admin import destroy_vault

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes")


def _mode(p):
    return p.stat().st_mode & 0o777


def test_the_list_is_owner_only_even_in_a_folder_made_readable(tmp_path, vault_path):
    vault_path.parent.mkdir(parents=True, exist_ok=True)
    vault_path.write_bytes(b"x")
    target = known_vaults._file()
    os.chmod(target.parent, 0o755)
    target.write_text("{}", encoding="utf-8")
    os.chmod(target, 0o644)  # as an older version left it
    known_vaults.remember(vault_path, "PO Mora")
    assert _mode(target) == 0o600 and _mode(target.parent) == 0o700
    assert known_vaults.label_for(vault_path) == "PO Mora"
    known_vaults.remember(vault_path, "PO Mora")  # unchanged: still owner-only
    assert _mode(target) == 0o600


def test_destroy_removes_the_entry(vault, vault_path, passphrase, tmp_path):
    other = tmp_path / "other.podb"
    other.write_bytes(b"x")
    known_vaults.remember(vault_path, "PO Mora")
    known_vaults.remember(other, "PO Orsa")
    destroy_vault(vault, passphrase)
    text = known_vaults._file().read_text(encoding="utf-8")
    assert "PO Mora" not in text and str(vault_path) not in text and "PO Orsa" in text


def test_the_last_entry_destroyed_removes_the_file(vault, vault_path, passphrase):
    known_vaults.remember(vault_path, "PO Mora")
    destroy_vault(vault, passphrase)
    assert not known_vaults._file().exists()


def test_an_entry_whose_file_is_gone_is_dropped(tmp_path):
    a, b = tmp_path / "a.podb", tmp_path / "b.podb"
    for p in (a, b):
        p.write_bytes(b"x")
        known_vaults.remember(p, f"PO {p.stem}")
    a.unlink()
    assert known_vaults.label_for(a) is None
    text = known_vaults._file().read_text(encoding="utf-8")
    assert str(a) not in text and "PO a" not in text and "PO b" in text


def test_remember_vaults_false_keeps_no_list(tmp_path):
    v = tmp_path / "a.podb"
    v.write_bytes(b"x")
    known_vaults.remember(v, "PO Mora")
    assert known_vaults._file().exists()
    save_user_setting("remember_vaults", False)
    assert load_config().remember_vaults is False
    assert known_vaults.label_for(v) is None
    known_vaults.remember(v, "PO Mora")
    assert not known_vaults._file().exists()


def test_remember_vaults_must_be_a_boolean(tmp_path, monkeypatch):
    folder = tmp_path / "conf"
    folder.mkdir()
    (folder / "config.toml").write_text('remember_vaults = "nej"\n', encoding="utf-8")
    monkeypatch.setenv("PO_DESKTOP_CONFIG_DIRS", str(folder))
    with pytest.raises(ConfigError, match="remember_vaults"):
        load_config()
