"""A read-only vault file, a read-only folder, a read-only file system: a clear one-line message
(a StorageFailure for the GUI, exit code 1 on the CLI), never a traceback, nothing changed.

How "read-only" is made here: root ignores permission bits, so as root the file or folder is
made immutable with ``chattr +i`` (EPERM even for root) and a tmpfs is remounted read-only
(EROFS); as an ordinary user plain ``chmod`` does it. A variant the machine cannot do is skipped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
import reliability_worker as worker

from po_desktop.errors import StorageFailure
from po_desktop.services.vault_admin import create_vault, open_vault
from po_desktop.storage import Vault

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


class ReadOnly:
    """Make paths read-only for this process (and undo it afterwards)."""

    def __init__(self):
        self._undo: list[list[str] | tuple[Path, int]] = []

    def make(self, path: Path) -> None:
        if IS_ROOT:
            if shutil.which("chattr") is None:
                pytest.skip("chattr is not available")
            proc = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
            if proc.returncode != 0:
                pytest.skip(f"chattr +i not possible here: {proc.stderr.strip()}")
            self._undo.append(["chattr", "-i", str(path)])
        else:
            mode = path.stat().st_mode
            self._undo.append((path, stat.S_IMODE(mode)))
            os.chmod(path, stat.S_IMODE(mode) & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        assert not os.access(path, os.W_OK)

    def undo(self) -> None:
        for item in reversed(self._undo):
            if isinstance(item, list):
                subprocess.run(item, capture_output=True)
            else:
                os.chmod(item[0], item[1])
        self._undo.clear()


@pytest.fixture
def read_only():
    ro = ReadOnly()
    yield ro
    ro.undo()


@pytest.fixture
def ro_mount(tmp_path):
    """A tmpfs that can be remounted read-only (root only)."""
    mnt = tmp_path / "ro-mount"
    mnt.mkdir()
    if not IS_ROOT or shutil.which("mount") is None:
        pytest.skip("mounting needs root")
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mnt)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.strip()}")

    def remount_ro():
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True, capture_output=True)

    try:
        yield mnt, remount_ro
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def _filled_vault(path: Path, passphrase: str) -> None:
    v = create_vault(path, passphrase, unit_label="PO Mora", municipalities=["Mora"], fte="1.00")
    a = worker.ensure_assignment(v)
    worker.add_note(v, a, "En anteckning som ska finnas kvar.", dt.date(2026, 3, 3))
    v.lock()


def _assert_refused_clearly(vault_path: Path, passphrase: str, cli) -> None:
    before = _snapshot(vault_path.parent)
    with pytest.raises(StorageFailure) as info:
        open_vault(vault_path, passphrase)
    msg = str(info.value)
    assert "skrivskydd" in msg and str(vault_path) in msg and "\n" not in msg
    code, out, err = cli("vault", "check", vault=vault_path)
    assert code == 1, err
    assert err.count("\n") == 1 and "skrivskydd" in err and "Traceback" not in err
    assert _snapshot(vault_path.parent) == before


def test_read_only_vault_file(tmp_path, passphrase, read_only, cli):
    path = tmp_path / "data" / "vault.podb"
    _filled_vault(path, passphrase)
    read_only.make(path)
    _assert_refused_clearly(path, passphrase, cli)


def test_read_only_vault_folder(tmp_path, passphrase, read_only, cli):
    path = tmp_path / "data" / "vault.podb"
    _filled_vault(path, passphrase)
    read_only.make(path.parent)
    _assert_refused_clearly(path, passphrase, cli)


def test_read_only_vault_folder_without_lock_file(tmp_path, passphrase, read_only, cli):
    path = tmp_path / "data" / "vault.podb"
    _filled_vault(path, passphrase)
    (path.parent / (path.name + ".lock")).unlink()  # e.g. a vault copied onto a locked medium
    read_only.make(path.parent)
    _assert_refused_clearly(path, passphrase, cli)


def test_read_only_file_system(ro_mount, passphrase, cli):
    mnt, remount_ro = ro_mount
    path = mnt / "vault.podb"
    _filled_vault(path, passphrase)
    remount_ro()
    _assert_refused_clearly(path, passphrase, cli)


def test_init_in_read_only_folder(tmp_path, read_only, cli):
    folder = tmp_path / "locked"
    folder.mkdir()
    read_only.make(folder)
    code, out, err = cli(
        "init",
        "--unit-label",
        "PO Mora",
        "--municipality",
        "Mora",
        "--fte",
        "1.00",
        vault=folder / "vault.podb",
    )
    assert code == 1, err
    assert err.count("\n") == 1 and "Traceback" not in err and str(folder) in err
    assert list(folder.iterdir()) == []


def test_backup_into_read_only_folder(vault, tmp_path, read_only, cli):
    out_dir = tmp_path / "locked"
    out_dir.mkdir()
    read_only.make(out_dir)
    with pytest.raises(StorageFailure) as info:
        vault.backup(out_dir / "kopia.podb")
    assert "\n" not in str(info.value) and str(out_dir) in str(info.value)
    assert list(out_dir.iterdir()) == []
    vault.lock()
    code, out, err = cli("vault", "backup", str(out_dir / "sub" / "kopia.podb"))
    assert code == 1, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert list(out_dir.iterdir()) == []
    v = Vault.unlock(vault.path, "korrekt häst batteri häftklammer")
    assert v.check() == []
    v.lock()
