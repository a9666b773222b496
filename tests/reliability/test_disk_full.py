"""A full disk while writing a note and while writing a backup: a clear one-line "disk full"
error (a StorageFailure, exit code 1 on the CLI), the vault intact with every committed note,
and no half-written backup under the final name (nor a temp copy) left behind.

Two ways to fill a disk: a real 2 MiB tmpfs (needs root and mount rights; skipped otherwise)
and RLIMIT_FSIZE in a child process (works for any user: writes past the limit fail with EFBIG,
which is how a full FAT32 stick or a quota looks to the writer)."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import reliability_worker as worker
from sqlalchemy import select

from po_desktop.errors import StorageFailure
from po_desktop.services.vault_admin import create_vault
from po_desktop.storage import Vault
from po_desktop.storage.models import Note
from po_desktop.storage.vault import TMP_PREFIX


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MiB tmpfs, or skip where mounting is not allowed."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root; the RLIMIT_FSIZE tests cover this")
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mnt)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def _fill(folder: Path, leave: int) -> Path:
    """Occupy all but ``leave`` bytes of the file system under ``folder``."""
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    filler = folder / "filler.bin"
    with open(filler, "wb") as fh:
        fh.write(b"\0" * max(0, free - leave))
    return filler


def _notes(vault) -> set[int]:
    with vault.session() as s:
        return set(s.scalars(select(Note.id)))


def _temps(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(TMP_PREFIX)]


def test_disk_full_while_writing_notes(small_disk, passphrase):
    path = small_disk / "vault.podb"
    vault = create_vault(
        path, passphrase, unit_label="PO Mora", municipalities=["Mora"], fte="1.00"
    )
    alias = worker.ensure_assignment(vault)
    rng = random.Random(5)
    filler = _fill(small_disk, leave=600_000)
    committed: set[int] = set()
    with pytest.raises(StorageFailure) as info:
        for _ in range(5000):
            committed.add(worker.add_note(vault, alias, worker.note_text(rng), dt.date(2026, 2, 2)))
    msg = str(info.value)
    assert "Disken är full" in msg and "\n" not in msg and str(path) in msg
    assert len(committed) > 10
    # nothing half-stored, everything committed is there, and the file is sound
    assert _notes(vault) == committed
    assert vault.check() == []
    vault.lock()
    vault = Vault.unlock(path, passphrase)  # still on the full disk
    try:
        assert _notes(vault) == committed and vault.check() == []
        filler.unlink()  # space again: writing simply works
        committed.add(worker.add_note(vault, alias, "Efter full disk.", dt.date(2026, 2, 3)))
        assert _notes(vault) == committed
    finally:
        vault.lock()


def test_disk_full_while_writing_a_backup(vault, small_disk, passphrase):
    alias = worker.ensure_assignment(vault)
    rng = random.Random(6)
    for _ in range(400):
        worker.add_note(vault, alias, worker.note_text(rng), dt.date(2026, 2, 2))
    before = _notes(vault)
    _fill(small_disk, leave=150_000)
    out = small_disk / "kopia.podb"
    with pytest.raises(StorageFailure) as info:
        vault.backup(out)
    msg = str(info.value)
    assert "Disken är full" in msg and "\n" not in msg and str(out) in msg
    assert not out.exists()
    assert _temps(small_disk) == []
    assert _notes(vault) == before and vault.check() == []
    assert vault.backup(vault.path.parent / "kopia.podb").exists()  # room elsewhere: fine


def _run_limited(mp_context, vault_path, passphrase, limit, backup_to):
    reader, writer = mp_context.Pipe(duplex=False)
    child = mp_context.Process(
        target=worker.write_under_size_limit,
        args=(str(vault_path), passphrase, limit, str(backup_to), writer),
    )
    child.start()
    writer.close()
    events = []
    while reader.poll(60):
        try:
            events.append(reader.recv())
        except EOFError:
            break
        if events[-1] == ("done",):
            break
    child.join(30)
    return events


def test_file_size_limit_while_writing_notes_and_backup(
    vault, vault_path, passphrase, mp_context, tmp_path
):
    worker.ensure_assignment(vault)
    vault.checkpoint()
    limit = max(p.stat().st_size for p in vault_path.parent.iterdir()) + 120_000
    vault.lock()
    out = tmp_path / "usb" / "kopia.podb"
    events = _run_limited(mp_context, vault_path, passphrase, limit, out)
    committed = {e[1] for e in events if e[0] == "note"}
    [write_error] = [e for e in events if e[0] == "write-error"]
    [backup_result] = [e for e in events if e[0].startswith("backup")]
    assert write_error[1] == "StorageFailure", write_error
    assert "disken är full" in write_error[2].lower() and "\n" not in write_error[2]
    assert len(committed) > 5
    assert backup_result[0] == "backup-error" and backup_result[1] == "StorageFailure", (
        backup_result
    )
    assert "full" in backup_result[2] and str(out) in backup_result[2]
    assert not out.exists() and _temps(out.parent) == []

    v = Vault.unlock(vault_path, passphrase)
    try:
        assert v.check() == [] and _notes(v) == committed
    finally:
        v.lock()


def test_cli_backup_under_file_size_limit_is_one_clear_line(
    vault, vault_path, tmp_path, passphrase
):
    alias = worker.ensure_assignment(vault)
    rng = random.Random(8)
    for _ in range(200):
        worker.add_note(vault, alias, worker.note_text(rng), dt.date(2026, 2, 2))
    vault.lock()
    cap = vault_path.stat().st_size // 2
    out = tmp_path / "usb" / "kopia.podb"
    out.parent.mkdir()
    import po_desktop

    src = str(Path(po_desktop.__file__).resolve().parents[1])
    pw_file = tmp_path / "pw.txt"
    pw_file.write_text(passphrase + "\n", encoding="utf-8")

    def cap_file_size():  # runs in the child before exec
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (cap, cap))

    env = {k: v for k, v in os.environ.items() if k != "PO_DESKTOP_PASSPHRASE"}
    env["PYTHONPATH"] = src
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "po_desktop",
            "--vault",
            str(vault_path),
            "--passphrase-file",
            str(pw_file),
            "vault",
            "backup",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=cap_file_size,
        timeout=120,
    )
    assert proc.returncode == StorageFailure.exit_code == 1, proc.stderr
    assert proc.stderr.count("\n") == 1 and "full" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and str(out) in proc.stderr
    assert not out.exists() and _temps(out.parent) == []
    v = Vault.unlock(vault_path, passphrase)
    try:
        assert v.check() == []
    finally:
        v.lock()
