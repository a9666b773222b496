"""The command line's edges (issue 11 §3): no passphrase echoed by a usage error, note text
kept off the command line, core dumps off for the CLI and the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import po_desktop
from po_desktop.cli import main

SECRET = "Hemlig-lösen-42"


@pytest.mark.parametrize(
    "argv",
    [
        ["--PASSPHRASE=" + SECRET, "vault", "check"],
        ["--pass=" + SECRET, "vault", "check"],
        ["--key=" + SECRET, "vault", "check"],
        ["-P", SECRET, "vault", "check"],
        ["-P" + SECRET, "vault", "check"],
        ["vault", "check", "--key=" + SECRET],
        ["vault", "check", "-k", SECRET],
        ["vault", "check", SECRET],
        ["vault", "-P", SECRET],
        ["vault", "destroy", "--include-backups=" + SECRET],
        ["assignment", "list", "--json=" + SECRET],
        ["--vault", "/nonexistent/v.podb", "--secret", SECRET, "vault", "check"],
    ],
)
def test_a_usage_error_never_echoes_a_value(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 2
    assert SECRET not in err and SECRET not in out
    assert err.count("\n") == 1 and "…" in err


def test_a_usage_error_still_names_the_unknown_option(capsys):
    assert main(["vault", "check", "--key=" + SECRET]) == 2
    err = capsys.readouterr().err
    assert "--key=…" in err


def test_note_add_help_says_to_use_stdin(capsys):
    assert main(["note", "add", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "stdin" in out and "processlistan" in out and "Ctrl-D" in out


class _Tty:
    def __init__(self, text: str):
        import io

        self._buf = io.StringIO(text)

    def isatty(self) -> bool:
        return True

    def read(self, *a):
        return self._buf.read(*a)

    def readline(self, *a):
        return self._buf.readline(*a)


def test_note_add_on_a_terminal_asks_for_the_text(cli, vault, vault_path, capsys):

    code, _, err = cli(
        "assignment",
        "add",
        "--alias",
        "AB12",
        "--gender",
        "woman",
        "--birth-year",
        "1980",
        "--municipality",
        "Mora",
        "--referral-source",
        "self",
        "--start",
        "2026-01-15",
    )
    assert code == 0, err
    vault.lock()
    capsys.readouterr()
    code = main(
        [
            "--vault",
            str(vault_path),
            "--passphrase-file",
            str(cli.passphrase_file),
            "note",
            "add",
            "AB12",
            "--date",
            "2026-02-01",
        ],
        stdin=_Tty("Ringde FK om beslutet.\n"),
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Ctrl-D" in err and "Ringde" not in out + err
    code, out, err = cli("note", "list", "AB12", "--json")
    assert [n["text"] for n in json.loads(out)] == ["Ringde FK om beslutet."]


def _run_entry(code: str) -> dict:
    """Run ``code`` in a fresh interpreter whose core limit starts raised (soft = hard)."""
    import resource

    src = str(Path(po_desktop.__file__).resolve().parents[1])
    env = {k: v for k, v in os.environ.items() if k != "PO_DESKTOP_PASSPHRASE"}
    env["PYTHONPATH"] = src
    env["QT_QPA_PLATFORM"] = "offscreen"

    def raise_core_limit() -> None:
        _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))

    prelude = (
        "import ctypes, json, resource, sys\n"
        "def state():\n"
        "    dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)\n"
        "    status = open('/proc/self/status').read()\n"
        "    return {'core': list(resource.getrlimit(resource.RLIMIT_CORE)),\n"
        "            'dumpable': dumpable, 'status_ok': 'Pid:' in status}\n"
        "before = state()\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", prelude + code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        preexec_fn=raise_core_limit,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and /proc are Linux")
def test_core_dumps_are_off_for_the_command_line():
    result = _run_entry(
        "from po_desktop.cli import main\n"
        "code = main(['--vault', '/nonexistent/po/vault.podb', 'vault', 'check'])\n"
        "print(json.dumps({'before': before, 'after': state()}))\n"
    )  # a command that goes for a vault (--version and --help end before anything is read)
    # the test would see a missing fix: dumpable at start, and core files allowed unless an
    # earlier in-process main() of this test run already lowered the hard limit to 0
    assert result["before"]["dumpable"] == 1
    assert result["before"]["core"][0] != 0 or result["before"]["core"][1] == 0
    assert result["after"]["core"] == [0, 0]
    assert result["after"]["dumpable"] == 0 and result["after"]["status_ok"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and /proc are Linux")
def test_core_dumps_are_off_before_the_window_starts():
    result = _run_entry(
        "import po_desktop.gui.app as app\n"
        "seen = {}\n"
        "def fake_run_gui(args):\n"
        "    seen.update(state())\n"
        "    return 0\n"
        "app.run_gui = fake_run_gui\n"
        "from po_desktop.cli import main\n"
        "assert main([]) == 0\n"
        "print(json.dumps({'before': before, 'after': seen}))\n"
    )
    assert result["before"]["dumpable"] == 1
    assert result["after"]["core"] == [0, 0]
    assert result["after"]["dumpable"] == 0


def test_the_readme_says_what_is_and_is_not_guaranteed():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    security = readme.split("## Security", 1)[1].split("\n## ", 1)[0]
    for needle in (
        "Automatic backups outlive a purge",
        "vault backups delete",
        "--text",
        "process list",
        "shell history",
        "No core dumps",
        "primary selection",
        "x-kde-passwordManagerHint",
        "SSD",
        "not guaranteed",
        "O_NOFOLLOW",
    ):
        assert needle.lower() in security.lower(), needle
