"""`init` and `vault …` through the command line: exit codes, one-line errors, no passphrase
argv."""

from __future__ import annotations

import hashlib

import pytest

from po_desktop.cli import build_parser


def _sha(p):
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _init(cli):
    return cli(
        "init",
        "--unit-label",
        "PO Mora",
        "--municipality",
        "Mora",
        "--municipality",
        "Älvdalen",
        "--fte",
        "1.50",
    )


@pytest.mark.slow
def test_init_check_backup_restore_rekey(cli, vault_path, tmp_path):
    code, out, err = _init(cli)
    assert code == 0, err
    assert vault_path.exists()
    code, out, err = cli("vault", "check")
    assert code == 0, err
    assert "ok" in out
    backup = tmp_path / "kopia.podb"
    code, out, err = cli("vault", "backup", str(backup))
    assert code == 0, err
    assert backup.exists()
    new_pw = tmp_path / "ny.txt"
    new_pw.write_text("ny lång lösenfras 123\n", encoding="utf-8")
    code, out, err = cli("vault", "change-passphrase", "--new-passphrase-file", str(new_pw))
    assert code == 0, err
    code, out, err = cli("vault", "check")
    assert code == 3 and "Fel lösenfras" in err
    code, out, err = cli("vault", "check", passphrase_file=new_pw)
    assert code == 0, err
    # restore the backup (made with the original passphrase)
    code, out, err = cli("vault", "restore", str(backup))
    assert code == 0, err
    code, out, err = cli("vault", "check")
    assert code == 0, err


def test_init_refuses_existing_file(cli, vault_path):
    assert _init(cli)[0] == 0
    before = _sha(vault_path)
    code, out, err = _init(cli)
    assert code == 4
    assert err.count("\n") == 1 and "skrivs aldrig över" in err
    assert _sha(vault_path) == before


def test_init_rejects_bad_fte(cli, vault_path):
    code, out, err = cli("init", "--unit-label", "PO X", "--municipality", "Mora", "--fte", "1,555")
    assert code == 4 and "decimaler" in err
    assert not vault_path.exists()


def test_wrong_passphrase_exit_3_one_line_file_unchanged(cli, vault_path, tmp_path):
    assert _init(cli)[0] == 0
    before = _sha(vault_path)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("fel fel fel\n", encoding="utf-8")
    code, out, err = cli("vault", "check", passphrase_file=wrong)
    assert code == 3
    assert err.count("\n") == 1 and "Traceback" not in err
    assert _sha(vault_path) == before


def test_not_a_vault_exit_3(cli, tmp_path):
    junk = tmp_path / "junk.podb"
    junk.write_bytes(b"hello world, this is not a vault at all" * 200)
    code, out, err = cli("vault", "check", vault=junk)
    assert code == 3 and "inte ett po-desktop-valv" in err


def test_usage_error_is_one_line_exit_2(cli):
    code, out, err = cli("vault", "frobnicate")
    assert code == 2
    assert err.strip().count("\n") == 0


def test_no_passphrase_source_is_usage_error(vault, vault_path, capsys):
    vault.lock()
    from po_desktop.cli import main

    class NoTty:
        def isatty(self):
            return False

    code = main(["--vault", str(vault_path), "vault", "check"], stdin=NoTty())
    err = capsys.readouterr().err
    assert code == 2 and "PO_DESKTOP_PASSPHRASE" in err


def test_env_passphrase_works(vault, vault_path, monkeypatch, capsys, passphrase):
    vault.lock()
    from po_desktop.cli import main

    monkeypatch.setenv("PO_DESKTOP_PASSPHRASE", passphrase)
    assert main(["--vault", str(vault_path), "vault", "check"]) == 0


def test_cli_has_no_passphrase_argument():
    """Passphrases never on a command line (they would show in `ps`): only *-file options."""
    parser = build_parser()
    seen = []

    def walk(p):
        for action in p._actions:
            for opt in action.option_strings:
                seen.append(opt)
                if "passphrase" in opt or "password" in opt:
                    assert opt.endswith("-file"), opt
            if hasattr(action, "choices") and isinstance(action.choices, dict):
                for sub in action.choices.values():
                    walk(sub)

    walk(parser)
    assert "--passphrase-file" in seen


def test_passphrase_argument_is_rejected(cli):
    code, out, err = cli("--passphrase", "hemligt", "vault", "check")
    assert code == 2
    assert "hemligt" not in out
    assert "hemligt" not in err  # not taken as an abbreviated --passphrase-file, not echoed


def test_version(cli, capsys):
    from po_desktop import __version__
    from po_desktop.cli import main

    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["vault", "check"], ["vault", "backup", "x.podb"]])
def test_missing_vault_exit_3(cli, tmp_path, argv):
    code, out, err = cli(*argv, vault=tmp_path / "none" / "vault.podb")
    assert code == 3 and "Det finns inget valv" in err


def test_subprocess_wrong_passphrase_and_module_entry(vault, vault_path, cli_subprocess, tmp_path):
    vault.lock()
    code, out, err = cli_subprocess("vault", "check")
    assert code == 0, err
    wrong = tmp_path / "w.txt"
    wrong.write_text("nej\n", encoding="utf-8")
    code, out, err = cli_subprocess("vault", "check", passphrase_file=wrong)
    assert code == 3
    assert len(err.strip().splitlines()) == 1


def test_error_messages_are_always_one_line():
    from po_desktop.errors import RejectedInput

    err = RejectedInput('fel nyckel "a\nb\r\nc\x00d" i filen')
    assert "\n" not in err.message and "\r" not in err.message and "\x00" not in err.message
    assert str(err) == 'fel nyckel "a b c d" i filen'
