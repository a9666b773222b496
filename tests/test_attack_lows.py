"""Issue 20, the attack round's low findings: one signing key for two unit ids, look-alike unit
labels at acceptance, absurd casework dates, municipality names that differ only in case in the
merged report, invisible characters echoed in refusals, output paths that are pipes."""

from __future__ import annotations

import os
import stat

import pytest


def one_line_refusal(code: int, err: str) -> bool:
    return code == 4 and err.count("\n") == 1 and "Traceback" not in err


# --- 6: every output-path refusal is exit 4, one line -----------------------------------------

OUTPUTS = [
    ("print", "forms", "--copy-to", "{fifo}"),
    ("print", "forms", "--copy-to", "{fifo}/sub"),
    ("print", "forms", "--copy-to", "{folder}"),
    ("print", "intake", "--blank", "--out", "{fifo}"),
    ("print", "stats", "--period", "2026H1", "--out", "{fifo}"),
    ("print", "annual-report", "--year", "2026", "--out", "{ok}", "--docx", "{fifo}"),
    ("vault", "backup", "{fifo}"),
]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("argv", OUTPUTS, ids=lambda a: " ".join(a[:3]))
def test_an_output_path_that_is_a_pipe_is_one_line_exit_4(vault, cli, tmp_path, argv):
    path = vault.path
    vault.lock()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "forms"
    folder.mkdir()
    os.mkfifo(folder / "intake.toml")
    args = [a.format(fifo=fifo, folder=folder, ok=tmp_path / "ok.pdf") for a in argv]
    code, _out, err = cli(*args, vault=path)
    assert one_line_refusal(code, err), (code, err)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert stat.S_ISFIFO(os.lstat(folder / "intake.toml").st_mode)
    assert sorted(os.listdir(folder)) == ["intake.toml"]


# --- 1: one signing key is bound to one unit id -------------------------------------------------


def test_one_key_never_binds_a_second_unit_id(coordinator_vault, cli, tmp_path):
    """A copied vault (same key) exporting under another unit id was bound as a second unit:
    one key, two units, and the copy counted twice once accepted."""
    import uuid

    from sqlalchemy import func, select

    from po_desktop.services import coordinator as co
    from po_desktop.storage.models import ImportedBundle, UnitKey
    from tests.fixtures.coordinator_helpers import dump, write
    from tests.test_signed_bundles import new_identity, signed_bundle

    v = coordinator_vault
    co.expect_unit(v, "PO Mora")
    key = new_identity()
    mora, copy_id = str(uuid.uuid4()), str(uuid.uuid4())
    first = signed_bundle(key, mora, created_at="2026-07-05T10:00:00.000000Z")
    assert co.import_file(v, write(tmp_path, "a.pobundle", first)).status == "imported"
    copy = signed_bundle(key, copy_id, label="PO Orsa", created_at="2026-07-06T10:00:00.000000Z")
    path = write(tmp_path, "copy.pobundle", copy)
    r = co.import_file(v, path)
    assert r.status == "rejected" and "kopierat valv" in r.reason and "PO Mora" in r.reason
    with v.session() as s:
        assert s.scalar(select(func.count()).select_from(ImportedBundle)) == 1
        assert [k.unit_id for k in s.scalars(select(UnitKey))] == [mora]
    before = dump(v)
    vpath = v.path
    v.lock()
    code, out, err = cli("coordinator", "import", str(path), vault=vpath)
    assert one_line_refusal(code, err) and "kopierat valv" in out, (code, out, err)
    # the refusal is logged (no content), nothing else changes
    from po_desktop.storage import Vault
    from tests.fixtures.vault_support import PASSPHRASE

    v2 = Vault.unlock(vpath, PASSPHRASE)
    try:
        after = json_tables(dump(v2))
        assert {k: t for k, t in after.items() if k != "coordinator_log"} == {
            k: t for k, t in json_tables(before).items() if k != "coordinator_log"
        }
        # the same unit with a new id: release the old binding, then the key binds the new id
        co.rebind_unit(v2, mora)
        assert co.import_file(v2, path).status == "imported"
        assert co.unit_fingerprints(v2) == {copy_id: key.signing_fingerprint}
    finally:
        v2.lock()


def json_tables(text: str) -> dict:
    import json

    return json.loads(text)
