"""Two processes on one vault: while one has it open (and is writing), a second opener — the
services API or the CLI — is refused with a clear one-line message; nothing is corrupted, and the
lock dies with its holder (no stale lock after a SIGKILL)."""

from __future__ import annotations

import hashlib
import time

import pytest
import reliability_worker as worker
from sqlalchemy import select

from po_desktop.errors import VaultInUse
from po_desktop.services.vault_admin import open_vault
from po_desktop.storage import Vault
from po_desktop.storage.models import Note


def _start_holder(mp_context, vault_path, passphrase):
    reader, writer = mp_context.Pipe(duplex=False)
    child = mp_context.Process(
        target=worker.hold_and_write, args=(str(vault_path), passphrase, writer)
    )
    child.start()
    writer.close()
    assert reader.poll(30) and reader.recv() == "unlocked"
    return child, reader


def _drain_ids(reader, seconds: float = 0.3) -> set[int]:
    """Note ids reported within ``seconds`` (the holder writes without pause)."""
    ids = set()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and reader.poll(0.05):
        try:
            line = reader.recv()
        except EOFError:
            break
        if line.startswith("note "):
            ids.add(int(line.split()[1]))
    return ids


def test_second_process_is_refused_while_first_writes(
    vault, vault_path, passphrase, mp_context, cli_subprocess
):
    worker.ensure_assignment(vault)
    vault.lock()
    child, reader = _start_holder(mp_context, vault_path, passphrase)
    committed: set[int] = set()
    try:
        for _ in range(5):
            with pytest.raises(VaultInUse) as info:
                open_vault(vault_path, passphrase)
            msg = str(info.value)
            assert "redan öppet" in msg and "\n" not in msg
            committed |= _drain_ids(reader)
        code, out, err = cli_subprocess("vault", "check")
        assert code == 3, err
        assert err.count("\n") == 1 and "redan öppet" in err and "Traceback" not in err
        committed |= _drain_ids(reader)
    finally:
        child.kill()
        child.join(10)
    committed |= _drain_ids(reader)
    assert committed, "the holder should have been writing meanwhile"

    # the lock died with its holder: open at once, nothing lost, nothing damaged
    v = Vault.unlock(vault_path, passphrase)
    try:
        assert v.check() == []
        with v.session() as s:
            assert committed <= set(s.scalars(select(Note.id)))
    finally:
        v.lock()


def test_refused_opener_changes_nothing(vault, vault_path, passphrase, mp_context):
    vault.lock()
    reader, writer = mp_context.Pipe(duplex=False)
    child = mp_context.Process(target=worker.hold_idle, args=(str(vault_path), passphrase, writer))
    child.start()
    writer.close()
    assert reader.poll(30) and reader.recv() == "unlocked"
    try:
        files = sorted(vault_path.parent.iterdir())
        before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
        for _ in range(3):
            with pytest.raises(VaultInUse):
                Vault.unlock(vault_path, passphrase)
        time.sleep(0.05)
        after = {
            p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(vault_path.parent.iterdir())
        }
        assert after == before
    finally:
        child.kill()
        child.join(10)
