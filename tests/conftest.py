"""Shared fixtures. Tests never need a display: Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# helpers shared by the tests are the package tests.fixtures (pytest puts the checkout, the
# parent of the package tests/, on sys.path)

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from tests.fixtures.vault_support import FAST_KDF, PASSPHRASE  # noqa: E402

# Property tests: the default run is reproducible (the same examples on every machine and every
# run, so CI cannot fail by chance and a failure reproduces); HYPOTHESIS_PROFILE=explore draws new
# random examples on every run to hunt for holes (see CONTRIBUTING.md).
settings.register_profile("repeatable", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    """Vaults created in-process during tests use cheap KDF parameters."""
    import po_desktop.storage.crypto as crypto

    monkeypatch.setattr(crypto, "DEFAULT_KDF", FAST_KDF)
    monkeypatch.delenv("PO_DESKTOP_PASSPHRASE", raising=False)
    yield


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory, monkeypatch):
    """No machine-wide or personal config.toml leaks into a test (see po_desktop.config)."""
    empty = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("PO_DESKTOP_CONFIG_DIRS", str(empty))
    yield


@pytest.fixture(autouse=True)
def _statistics_recorded_all_along(monkeypatch):
    """A vault created in a test records statistics since 2000H1, not since its creation half
    year (services/recording.py): the tests' histories are dated 2024–2026 and are the unit's
    own records, not backfill. Tests of the real default use ``creation_half_year_start``."""
    from po_desktop.services import recording

    monkeypatch.setattr(recording, "new_vault_value", lambda today=None: "2000H1")
    yield


@pytest.fixture
def creation_half_year_start(monkeypatch):
    """New vaults start their statistics at the creation half year, as outside the tests."""
    from po_desktop.services import recording

    monkeypatch.setattr(recording, "new_vault_value", recording.creation_half_year)
    yield


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vault_path(tmp_path):
    return tmp_path / "data" / "vault.podb"


@pytest.fixture
def vault(vault_path):
    """An unlocked ombud vault (unit "PO Mora", municipalities Mora/Orsa/Älvdalen, 1.50 FTE)."""
    from po_desktop.services.vault_admin import create_vault

    v = create_vault(
        vault_path,
        PASSPHRASE,
        unit_label="PO Mora",
        municipalities=["Mora", "Orsa", "Älvdalen"],
        fte="1.50",
    )
    yield v
    v.lock()


@pytest.fixture
def coordinator_vault(tmp_path):
    from po_desktop.services.vault_admin import create_vault

    v = create_vault(
        tmp_path / "coord" / "vault.podb",
        PASSPHRASE,
        unit_label="Samordning Dalarna",
        municipalities=[],
        fte="0",
        coordinator=True,
    )
    yield v
    v.lock()


@pytest.fixture
def cli(tmp_path, vault_path, capsys):
    """Run the CLI in-process: cli("assignment", "list", vault=…) -> (code, out, err)."""
    from po_desktop.cli import main

    pw_file = tmp_path / "pass.txt"
    pw_file.write_text(PASSPHRASE + "\n", encoding="utf-8")

    class _Stdin:
        def __init__(self, text=""):
            import io

            self._buf = io.StringIO(text)

        def isatty(self):
            return False

        def read(self, *a):
            return self._buf.read(*a)

        def readline(self, *a):
            return self._buf.readline(*a)

    def run(*argv, vault=None, stdin_text="", passphrase_file=None):
        capsys.readouterr()
        args = [
            "--vault",
            str(vault or vault_path),
            "--passphrase-file",
            str(passphrase_file or pw_file),
            *argv,
        ]
        code = main(args, stdin=_Stdin(stdin_text))
        out, err = capsys.readouterr()
        return code, out, err

    run.passphrase_file = pw_file
    return run


@pytest.fixture
def cli_subprocess(tmp_path, vault_path):
    """Run ``python -m po_desktop`` as a real process (this checkout's src on PYTHONPATH).

    Vaults made by a subprocess ``init`` use the production KDF (about 0.6 s per unlock);
    prefer creating the vault in-process with the ``vault`` fixture and locking it first.
    """
    import subprocess
    import sys
    from pathlib import Path

    import po_desktop

    src = str(Path(po_desktop.__file__).resolve().parents[1])
    pw_file = tmp_path / "pass-sub.txt"
    pw_file.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def run(*argv, vault=None, stdin_text="", env=None, passphrase_file=None, timeout=120):
        full_env = {k: v for k, v in os.environ.items() if k != "PO_DESKTOP_PASSPHRASE"}
        full_env["PYTHONPATH"] = src
        full_env.update(env or {})
        args = [sys.executable, "-m", "po_desktop", "--vault", str(vault or vault_path)]
        if passphrase_file is not False:
            args += ["--passphrase-file", str(passphrase_file or pw_file)]
        proc = subprocess.run(
            args + list(argv),
            input=stdin_text,
            capture_output=True,
            text=True,
            env=full_env,
            timeout=timeout,
        )
        return proc.returncode, proc.stdout, proc.stderr

    return run
