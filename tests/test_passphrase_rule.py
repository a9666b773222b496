"""One rule for a new passphrase (creation and change, window and command line): under 8
characters only with an explicit "use it anyway"."""

from __future__ import annotations

import pytest

from po_desktop.errors import RejectedInput
from po_desktop.services import vault_admin


def test_the_rule():
    vault_admin.check_new_passphrase("åtta tkn")
    with pytest.raises(vault_admin.ShortPassphrase):
        vault_admin.check_new_passphrase("kort")
    vault_admin.check_new_passphrase("kort", allow_short=True)
    with pytest.raises(RejectedInput):
        vault_admin.check_new_passphrase("", allow_short=True)


def test_create_and_change_use_it(tmp_path, vault):
    path = tmp_path / "v" / "k.podb"
    with pytest.raises(vault_admin.ShortPassphrase):
        vault_admin.create_vault(path, "abc", unit_label="PO X", municipalities=["Mora"], fte="1")
    assert not path.exists()
    with pytest.raises(vault_admin.ShortPassphrase):
        vault_admin.change_passphrase(vault, "abc")
    assert vault.is_unlocked


def _pw(tmp_path, text):
    f = tmp_path / "short.txt"
    f.write_text(text + "\n", encoding="utf-8")
    return f


def test_cli_init_refuses_then_accepts_with_the_flag(cli, vault_path, tmp_path):
    short = _pw(tmp_path, "abc123")
    args = ("init", "--unit-label", "PO Mora", "--municipality", "Mora", "--fte", "1.00")
    code, out, err = cli(*args, passphrase_file=short)
    assert code == 4 and "8 tecken" in err and "--allow-short" in err
    assert len(err.strip().splitlines()) == 1 and not vault_path.exists()
    code, out, err = cli(*args, "--allow-short", passphrase_file=short)
    assert code == 0, err


def test_cli_change_refuses_short(cli, tmp_path):
    code, _, err = cli("init", "--unit-label", "PO Mora", "--municipality", "Mora", "--fte", "1.00")
    assert code == 0, err
    short = _pw(tmp_path, "abc")
    code, out, err = cli("vault", "change-passphrase", "--new-passphrase-file", str(short))
    assert code == 4 and "--allow-short" in err
