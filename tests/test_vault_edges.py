"""The vault's edges (issue 11 §3): capped and floored key derivation read from a header, a
re-key that raises weak parameters, a damaged header told apart from a wrong passphrase."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import po_desktop.storage.crypto as crypto
from po_desktop.errors import CorruptVault, RejectedInput, WrongPassphrase
from po_desktop.services.vault_admin import create_vault, kdf_notice, open_vault, rekey
from po_desktop.storage.crypto import KdfParams
from tests.fixtures.vault_support import FAST_KDF, PASSPHRASE


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _with_params(vault_path: Path, t: int, m_log2: int, p: int) -> None:
    raw = bytearray(vault_path.read_bytes())
    raw[3], raw[4], raw[5] = t, m_log2, p
    vault_path.write_bytes(bytes(raw))


@pytest.mark.parametrize(
    "t,m_log2,p",
    [
        (11, 17, 2),  # more than 10 passes
        (255, 17, 2),
        (5, 21, 2),  # 2 GiB
        (5, 24, 2),  # 16 GiB: what the old check let through (40 minutes of work)
        (5, 17, 9),  # more than 8 lanes
        (1, 3, 1),  # 8 KiB: below the floor
        (1, 9, 1),
        (0, 17, 2),
        (5, 17, 0),
    ],
)
def test_header_parameters_outside_the_range_are_refused_before_any_work(
    vault, vault_path, monkeypatch, t, m_log2, p
):
    vault.lock()
    _with_params(vault_path, t, m_log2, p)
    before = _sha(vault_path)

    def no_work(*a, **k):
        raise AssertionError("Argon2id ran for a header outside the accepted range")

    monkeypatch.setattr(crypto, "hash_secret_raw", no_work)
    with pytest.raises(CorruptVault) as exc:
        open_vault(vault_path, PASSPHRASE)
    assert "filhuvud" in str(exc.value)
    assert _sha(vault_path) == before


def test_header_at_the_cap_is_read():
    raw = crypto.MAGIC + bytes([crypto.HEADER_VERSION, 10, 20, 8]) + bytes(10)
    header = crypto.parse_header(raw)
    assert header.params == KdfParams(10, 20, 8)
    assert header.params == crypto.MAX_KDF


def test_no_new_header_below_the_floor_or_above_the_cap(vault_path):
    with pytest.raises(ValueError):
        crypto.new_header_and_key("x", KdfParams(1, 5, 1))
    with pytest.raises(ValueError):
        crypto.new_header_and_key("x", KdfParams(11, 17, 1))
    with pytest.raises(RejectedInput):
        create_vault(
            vault_path,
            PASSPHRASE,
            unit_label="PO Mora",
            municipalities=["Mora"],
            fte="1.00",
            kdf=KdfParams(1, 21, 1),
        )
    assert not vault_path.exists()


def test_a_vault_below_the_default_is_raised_at_the_next_passphrase_change(
    vault, vault_path, monkeypatch
):
    assert vault.kdf_params == FAST_KDF
    assert kdf_notice(vault) is None
    stronger = KdfParams(time_cost=2, memory_log2_kib=11, parallelism=1)
    monkeypatch.setattr(crypto, "DEFAULT_KDF", stronger)
    assert vault.kdf_below_default
    assert "höjs" in (kdf_notice(vault) or "")
    change = rekey(vault, "en ny och längre lösenfras")
    assert change.kdf_raised and change.notice and "2 MiB" in change.notice
    assert crypto.read_header(vault_path).params == stronger
    assert vault.kdf_params == stronger and not vault.kdf_below_default
    # the old backup keeps its old parameters; the vault opens with the new passphrase
    assert crypto.read_header(change.backup).params == FAST_KDF
    vault.lock()
    open_vault(vault_path, "en ny och längre lösenfras").lock()


def test_a_re_key_never_lowers_a_field(vault, vault_path, monkeypatch):
    vault.change_passphrase("mellanlösenfras", kdf=KdfParams(3, 10, 2))
    monkeypatch.setattr(crypto, "DEFAULT_KDF", KdfParams(2, 11, 1))
    change = rekey(vault, "en ny och längre lösenfras")
    assert crypto.read_header(vault_path).params == KdfParams(3, 11, 2)
    assert change.kdf_raised
    # at the default already: nothing raised, nothing said
    again = rekey(vault, "en tredje lång lösenfras")
    assert not again.kdf_raised and again.notice is None


def test_cli_tells_the_user_about_the_raised_key_derivation(
    cli, vault, vault_path, tmp_path, monkeypatch
):
    vault.lock()
    monkeypatch.setattr(crypto, "DEFAULT_KDF", KdfParams(2, 11, 1))
    code, out, err = cli("vault", "check")
    assert code == 0, err
    assert "höjs när du byter lösenfras" in out
    new = tmp_path / "ny.txt"
    new.write_text("en ny och längre lösenfras\n", encoding="utf-8")
    code, out, err = cli("vault", "change-passphrase", "--new-passphrase-file", str(new))
    assert code == 0, err
    assert "Nyckelhärledningen är höjd" in out and "2 MiB" in out
    assert crypto.read_header(vault_path).params == KdfParams(2, 11, 1)


@pytest.mark.parametrize("byte,bit", [(13, 0), (14, 3), (15, 7)])
def test_a_bit_flip_in_the_key_check_is_not_a_wrong_passphrase(
    vault, vault_path, cli, tmp_path, byte, bit
):
    vault.lock()
    raw = bytearray(vault_path.read_bytes())
    raw[byte] ^= 1 << bit
    vault_path.write_bytes(bytes(raw))
    before = _sha(vault_path)
    files_before = sorted(p.name for p in vault_path.parent.iterdir())
    with pytest.raises(CorruptVault) as damaged:
        open_vault(vault_path, PASSPHRASE)
    with pytest.raises(WrongPassphrase) as wrong:
        open_vault(vault_path, "fel lösenfras helt och hållet")
    assert "filhuvud" in str(damaged.value) and "filhuvud" not in str(wrong.value)
    assert _sha(vault_path) == before
    assert sorted(p.name for p in vault_path.parent.iterdir()) == files_before

    code, out, err = cli("vault", "check")
    assert code == 3 and err.count("\n") == 1 and "filhuvud" in err
    wrong_file = tmp_path / "fel.txt"
    wrong_file.write_text("fel lösenfras helt och hållet\n", encoding="utf-8")
    code2, _, err2 = cli("vault", "check", passphrase_file=wrong_file)
    assert code2 == 3 and err2.count("\n") == 1 and "Fel lösenfras" in err2
    assert err != err2
    assert _sha(vault_path) == before
