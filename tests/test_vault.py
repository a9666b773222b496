"""The encrypted vault: creation, unlock errors, backup/restore, re-key, upgrade, permissions."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sqlite3
import stat
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import select, text

from po_desktop.errors import (
    CorruptVault,
    NewerVaultVersion,
    NotAVault,
    RejectedInput,
    VaultMissing,
    WrongPassphrase,
)
from po_desktop.services.vault_admin import create_vault, open_vault
from po_desktop.storage import Vault
from po_desktop.storage.models import Assignment
from po_desktop.storage.vault import head_revision
from tests.fixtures.vault_support import PASSPHRASE

MARKER = "MARKÖR-7f3c-hemlig-anteckning"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add_assignment(vault: Vault, alias: str = "AB1") -> None:
    now = dt.datetime(2026, 1, 1)
    with vault.session() as s:
        s.add(
            Assignment(
                alias=alias,
                gender="woman",
                birth_year=1980,
                municipality="Mora",
                referral_source="self",
                priority_flags=[],
                areas=["housing"],
                phase="opening",
                start_date=dt.date(2026, 1, 5),
                first_visit_two_ombud=True,
                created_at=now,
                updated_at=now,
            )
        )
        s.commit()


def _write_marker(vault: Vault) -> None:
    vault.set_settings({"marker": MARKER})


def _all_files_under(folder: Path):
    for root, _dirs, files in os.walk(folder):
        for name in files:
            yield Path(root) / name


def test_create_then_unlock_reads_settings(vault, vault_path):
    settings = vault.settings()
    assert settings["unit_label"] == "PO Mora"
    assert settings["municipalities"] == ["Mora", "Orsa", "Älvdalen"]
    assert settings["fte"] == "1.50"
    assert settings["mode"] == "ombud"
    unit_id = settings["unit_id"]
    vault.lock()
    again = open_vault(vault_path, PASSPHRASE)
    try:
        assert again.get_setting("unit_id") == unit_id
        assert again.schema_revision() == head_revision()
    finally:
        again.lock()


def test_marker_not_in_file_wal_or_temp(vault, vault_path, tmp_path, monkeypatch):
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmpdir))
    monkeypatch.setattr(tempfile, "tempdir", str(tmpdir))
    _write_marker(vault)
    # while open: main file and WAL
    wal = vault_path.with_name(vault_path.name + "-wal")
    assert wal.exists(), "WAL mode expected"
    needle = MARKER.encode("utf-8")
    for f in _all_files_under(vault_path.parent):
        assert needle not in f.read_bytes(), f
    backup = tmp_path / "b.podb"
    vault.backup(backup)
    vault.lock()
    for f in [*_all_files_under(vault_path.parent), backup, *_all_files_under(tmpdir)]:
        assert needle not in f.read_bytes(), f
    # sanity: the marker really is in there, readable after unlock
    v = open_vault(vault_path, PASSPHRASE)
    try:
        assert v.get_setting("marker") == MARKER
    finally:
        v.lock()


def test_vault_and_backup_are_owner_only(vault, vault_path, tmp_path):
    vault.backup(tmp_path / "out" / "b.podb")
    for p in (vault_path, tmp_path / "out" / "b.podb"):
        mode = stat.S_IMODE(p.stat().st_mode)
        assert mode & 0o077 == 0, oct(mode)
    assert stat.S_IMODE(vault_path.parent.stat().st_mode) & 0o077 == 0


def test_create_refuses_to_overwrite(vault, vault_path):
    vault.lock()
    before = _sha(vault_path)
    with pytest.raises(RejectedInput):
        create_vault(
            vault_path, "annan lösenfras", unit_label="X", municipalities=["Mora"], fte="1"
        )
    assert _sha(vault_path) == before


def test_wrong_passphrase_distinct_error_and_file_unchanged(vault, vault_path):
    vault.lock()
    before = _sha(vault_path)
    with pytest.raises(WrongPassphrase) as exc:
        open_vault(vault_path, "fel lösenfras")
    assert "lösenfras" in str(exc.value).lower()
    assert _sha(vault_path) == before


def test_missing_vault(tmp_path):
    with pytest.raises(VaultMissing):
        open_vault(tmp_path / "nope.podb", PASSPHRASE)


def test_truncated_random_and_plain_sqlite_give_distinct_errors(vault, vault_path, tmp_path):
    _add_assignment(vault)
    vault.lock()
    data = vault_path.read_bytes()

    truncated = tmp_path / "truncated.podb"
    truncated.write_bytes(data[: len(data) // 2 + 100])
    random_file = tmp_path / "random.podb"
    random_file.write_bytes(os.urandom(8192))
    plain = tmp_path / "plain.db"
    con = sqlite3.connect(plain)
    con.execute("create table t(x)")
    con.commit()
    con.close()
    tiny = tmp_path / "tiny.podb"
    tiny.write_bytes(data[:10])

    messages = {}
    for name, path, expected in [
        ("truncated", truncated, CorruptVault),
        ("random", random_file, NotAVault),
        ("plain", plain, NotAVault),
        ("tiny", tiny, CorruptVault),
    ]:
        before = _sha(path)
        with pytest.raises(expected) as exc:
            open_vault(path, PASSPHRASE)
        assert _sha(path) == before
        messages[name] = str(exc.value)
    assert "okrypterad SQLite" in messages["plain"]
    assert "inte ett po-desktop-valv" in messages["random"]
    assert len(set(messages.values())) == 4


def test_corrupted_page_is_reported_as_corrupt(vault, vault_path):
    for i in range(50):
        _add_assignment(vault, f"K{i}")
    vault.lock()
    raw = bytearray(vault_path.read_bytes())
    assert len(raw) >= 3 * 4096
    raw[4096 + 200 : 4096 + 260] = os.urandom(60)  # damage page 2
    vault_path.write_bytes(bytes(raw))
    # the cheap unlock probe may or may not read page 2; if the vault opens, the full check
    # and any read of the damaged page must report it as damaged
    try:
        v = open_vault(vault_path, PASSPHRASE)
    except CorruptVault:
        return
    try:
        assert v.check() != []
        with pytest.raises(CorruptVault):
            from po_desktop.services import casework

            casework.list_assignments(v, include_closed=True)
    finally:
        v.lock()


def test_newer_version_by_header_and_by_schema(vault, vault_path, tmp_path):
    vault.lock()
    # newer header format version
    newer_header = tmp_path / "newer-header.podb"
    raw = bytearray(vault_path.read_bytes())
    raw[2] = 9
    newer_header.write_bytes(bytes(raw))
    with pytest.raises(NewerVaultVersion):
        open_vault(newer_header, PASSPHRASE)
    # schema revision unknown to this version
    v = open_vault(vault_path, PASSPHRASE)
    with v.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    v.lock()
    before = _sha(vault_path)
    with pytest.raises(NewerVaultVersion) as exc:
        open_vault(vault_path, PASSPHRASE)
    assert "nyare version" in str(exc.value)
    assert _sha(vault_path) == before


def test_change_passphrase(vault, vault_path):
    _add_assignment(vault, "CD2")
    backup = vault.change_passphrase("en helt ny lösenfras")
    assert backup.exists()
    vault.lock()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, PASSPHRASE)
    v = open_vault(vault_path, "en helt ny lösenfras")
    try:
        with v.session() as s:
            assert s.scalars(select(Assignment.alias)).all() == ["CD2"]
        assert v.check() == []
    finally:
        v.lock()
    # the automatic backup opens with the OLD passphrase
    from po_desktop.storage import verify_backup

    verify_backup(backup, PASSPHRASE)


def test_backup_restore_round_trip(vault, vault_path, tmp_path):
    _add_assignment(vault, "EF3")
    out = tmp_path / "backup" / "kopia.podb"
    vault.backup(out)
    with pytest.raises(RejectedInput):
        vault.backup(out)  # never overwrites
    _add_assignment(vault, "GH4")  # after the backup
    vault.lock()
    from po_desktop.services.vault_admin import restore_vault

    moved = restore_vault(out, vault_path, PASSPHRASE)
    assert moved is not None and moved.exists()
    v = open_vault(vault_path, PASSPHRASE)
    try:
        with v.session() as s:
            assert s.scalars(select(Assignment.alias)).all() == ["EF3"]
    finally:
        v.lock()
    # the replaced vault was kept, encrypted, and still holds the later data
    old = open_vault(moved, PASSPHRASE)
    try:
        with old.session() as s:
            assert sorted(s.scalars(select(Assignment.alias)).all()) == ["EF3", "GH4"]
    finally:
        old.lock()


def test_restore_with_wrong_passphrase_changes_nothing(vault, vault_path, tmp_path):
    out = tmp_path / "kopia.podb"
    vault.backup(out)
    vault.lock()
    before = _sha(vault_path)
    from po_desktop.services.vault_admin import restore_vault

    with pytest.raises(WrongPassphrase):
        restore_vault(out, vault_path, "fel")
    assert _sha(vault_path) == before


def test_upgrade_old_schema_keeps_data(vault_path):
    old = Vault.create(
        vault_path,
        PASSPHRASE,
        {"unit_label": "PO Gammal", "municipalities": ["Orsa"], "fte": "1.00", "mode": "ombud"},
        schema_revision="0002",
    )
    assert old.schema_revision() == "0002"
    _add_assignment(old, "OLD1")
    old.lock()
    v = open_vault(vault_path, PASSPHRASE)
    try:
        assert v.schema_revision() == head_revision()
        assert v.get_setting("unit_label") == "PO Gammal"
        with v.session() as s:
            assert s.scalars(select(Assignment.alias)).all() == ["OLD1"]
        assert v.check() == []
    finally:
        v.lock()
    backups = list((vault_path.parent / "backups").glob("*before-upgrade-0002*.podb"))
    assert len(backups) == 1
    from po_desktop.storage import verify_backup

    verify_backup(backups[0], PASSPHRASE)


def test_upgrade_from_migration_1(vault_path):
    old = Vault.create(
        vault_path, PASSPHRASE, {"unit_label": "PO Ett", "mode": "ombud"}, schema_revision="0001"
    )
    assert old.schema_revision() == "0001"
    old.lock()
    v = open_vault(vault_path, PASSPHRASE)
    try:
        assert v.schema_revision() == head_revision()
        assert v.get_setting("unit_label") == "PO Ett"
        _add_assignment(v, "NEW1")
    finally:
        v.lock()


def test_second_open_in_other_process_is_refused(vault, vault_path):
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from po_desktop.storage import Vault\n"
        "from po_desktop.errors import VaultInUse\n"
        "try:\n"
        f"    Vault.unlock({str(vault_path)!r}, {PASSPHRASE!r})\n"
        "except VaultInUse as e:\n"
        "    print('REFUSED', e); sys.exit(0)\n"
        "sys.exit(1)\n"
    )
    import po_desktop

    env = dict(os.environ, PYTHONPATH=str(Path(po_desktop.__file__).parents[1]))
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert "REFUSED" in proc.stdout
    assert vault.check() == []


def test_locked_vault_refuses_use(vault):
    vault.lock()
    from po_desktop.errors import VaultLocked

    with pytest.raises(VaultLocked):
        vault.settings()
    vault.lock()  # idempotent


def test_every_connection_has_the_security_pragmas(vault):
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar().startswith("4.")


def test_passphrase_never_in_repr_or_engine_url(vault):
    assert PASSPHRASE not in repr(vault.__dict__)
    assert vault._secret.key.hex() not in str(vault.engine.url)
    assert vault._secret.key.hex() not in repr(vault._secret)


def test_production_kdf_is_memory_hard():
    from po_desktop.storage import crypto

    # the conftest swaps DEFAULT_KDF for speed; the shipped constant is in the module source
    src = Path(crypto.__file__).read_text()
    m = re.search(
        r"^DEFAULT_KDF = KdfParams\(time_cost=(\d+), memory_log2_kib=(\d+), "
        r"parallelism=(\d+)\)",
        src,
        re.M,
    )
    assert m, "DEFAULT_KDF must be a literal"
    time_cost, log2_kib, _lanes = map(int, m.groups())
    assert (1 << log2_kib) >= 64 * 1024  # at least 64 MiB
    assert time_cost >= 3


def test_restore_into_a_new_location(vault, tmp_path):
    _add_assignment(vault, "NY1")
    out = tmp_path / "kopia.podb"
    vault.backup(out)
    target = tmp_path / "ny" / "mapp" / "vault.podb"
    from po_desktop.services.vault_admin import restore_vault

    assert restore_vault(out, target, PASSPHRASE) is None
    v = open_vault(target, PASSPHRASE)
    try:
        with v.session() as s:
            assert s.scalars(select(Assignment.alias)).all() == ["NY1"]
    finally:
        v.lock()


def test_truncated_at_a_page_boundary_is_corrupt(vault, vault_path):
    for i in range(60):
        _add_assignment(vault, f"T{i}")
    vault.lock()
    data = vault_path.read_bytes()
    assert len(data) >= 8 * 4096
    vault_path.write_bytes(data[: (len(data) // 4096 - 3) * 4096])
    before = _sha(vault_path)
    with pytest.raises(CorruptVault):
        open_vault(vault_path, PASSPHRASE)
    assert _sha(vault_path) == before
