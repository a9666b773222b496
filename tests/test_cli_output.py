"""What walking the README's command line turned up: a missing vault is named before any
passphrase is asked for, usage errors carry one prefix, Swedish decimals in text output, a
passphrase typed as an argument is never echoed."""

from __future__ import annotations

from po_desktop.cli import main


class _NoTty:
    def isatty(self):
        return False


def test_missing_vault_is_named_before_asking_for_a_passphrase(tmp_path, capsys):
    code = main(["--vault", str(tmp_path / "inget.podb"), "vault", "check"], stdin=_NoTty())
    err = capsys.readouterr().err
    assert code == 3 and "Det finns inget valv" in err and "lösenfras" not in err.lower()
    plain = tmp_path / "plain.podb"
    plain.write_bytes(b"SQLite format 3\x00" + b"\0" * 4080)
    code = main(["--vault", str(plain), "assignment", "list"], stdin=_NoTty())
    assert code == 3 and "okrypterad" in capsys.readouterr().err


def test_usage_error_has_one_prefix(cli):
    code, out, err = cli("vault", "destroy", "--bogus")
    assert code == 2
    assert err.startswith("po-desktop: ") and "po-desktop: po-desktop" not in err
    code, out, err = cli("assignment", "add", "--alias", "X1")
    assert code == 2 and err.count("po-desktop:") == 1


def test_passphrase_never_echoed(cli):
    for argv in (
        ["--passphrase=hemligt1", "vault", "check"],
        ["--password", "hemligt1", "vault", "check"],
        ["vault", "check", "--bogus", "hemligt1"],
    ):
        code, out, err = cli(*argv)
        assert code == 2 and "hemligt1" not in out + err, argv


def test_overview_and_stats_text_use_a_decimal_comma(vault, cli):
    vault.lock()
    code, out, err = cli("overview")
    assert code == 0, err
    assert "mål 15–22,5 för 1,50 årsarbeten" in out
    code, out, err = cli("stats", "--period", "2026H1")
    assert code == 0, err
    assert "Årsarbeten: 1,5" in out
