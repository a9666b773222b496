"""CI builds the Linux package (PyInstaller one-folder app, .tar.gz and .deb) and smoke-tests it.

The built program runs with a clean environment whose PATH holds no Python at all: it must
carry its own interpreter, SQLCipher, Alembic's migration scripts, the profile data and the
translations. Takes about a minute or two on two cores; PyInstaller's cache lives in ``build/``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

import po_desktop

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "build.py"

# One build for the module, into build/dist: the suite runs with `--dist loadfile`, so every
# test of this file is on one xdist worker. Minutes of PyInstaller: slow.
pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux package"),
    pytest.mark.slow,
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Run the build script once for the module; returns (dist folder, deb, tarball)."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip("PyInstaller not installed (pip install -e '.[build]')")
    dist = ROOT / "build" / "dist"
    proc = subprocess.run(
        [
            sys.executable,
            str(BUILD),
            "--dist",
            str(dist),
            "--archive",
            "--clean",
            *(["--deb"] if shutil.which("dpkg-deb") else []),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1500,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-5000:]
    version = po_desktop.__version__
    debs = sorted(dist.glob(f"po-desktop_{version}_*.deb"))
    tars = sorted(dist.glob(f"po-desktop-{version}-linux-*.tar.gz"))
    assert tars, "no .tar.gz written"
    return dist, (debs[0] if debs else None), tars[0]


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory):
    """The program as a user gets it: unpacked from the .deb (else from the .tar.gz)."""
    dist, deb, tar = built
    root = tmp_path_factory.mktemp("installed")
    if deb is not None:
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        exe = root / "opt" / "po-desktop" / "po-desktop"
    else:
        with tarfile.open(tar) as t:
            t.extractall(root, filter="tar")
        exe = next(root.glob("po-desktop-*/po-desktop/po-desktop"))
    assert exe.is_file() and os.access(exe, os.X_OK)
    return exe


@pytest.fixture
def clean_env(tmp_path):
    """An environment with nothing from this machine: no Python on PATH, a fresh HOME."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    config = tmp_path / "etc-po-desktop"
    config.mkdir()
    env = {
        "PATH": str(bin_dir),
        "HOME": str(home),
        "PO_DESKTOP_CONFIG_DIRS": str(config),
        "LANG": "C.UTF-8",
    }
    for name in ("python", "python3", f"python3.{sys.version_info.minor}"):
        assert shutil.which(name, path=env["PATH"]) is None
    return env, config


def run(exe, env, *args, extra_env=None, timeout=120):
    proc = subprocess.run(
        [str(exe), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**env, **(extra_env or {})},
        stdin=subprocess.DEVNULL,
    )
    return proc.returncode, proc.stdout, proc.stderr


def test_package_contents(built):
    dist, deb, tar = built
    app = dist / "po-desktop"
    internal = app / "_internal"
    # SQLCipher is statically linked into the sqlcipher3 extension module.
    assert list((internal / "sqlcipher3").glob("_sqlite3*.so"))
    for rel in (
        "po_desktop/storage/migrations/env.py",
        "po_desktop/storage/migrations/versions/0001_base.py",
        "po_desktop/domain/profiles/default-2026.json",
        "po_desktop/resources/translations/po_desktop_en.qm",
    ):
        assert (internal / rel).is_file(), rel
    # Qt's own translations, and no heavy Qt modules we do not use.
    qt_translations = internal / "PySide6" / "Qt" / "translations"
    assert (qt_translations / "qtbase_sv.qm").is_file()
    assert (qt_translations / "qtbase_en.qm").is_file()
    assert not list(internal.rglob("*WebEngine*"))
    assert not list(internal.rglob("libQt63D*"))
    with tarfile.open(tar) as t:
        names = t.getnames()
    top = names[0].split("/")[0]
    for rel in (
        "po-desktop/po-desktop",
        "install.sh",
        "config.toml.example",
        "share/applications/po-desktop.desktop",
        "share/icons/hicolor/256x256/apps/po-desktop.png",
    ):
        assert f"{top}/{rel}" in names, rel
    if deb is not None:
        info = subprocess.run(
            ["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True
        ).stdout
        assert f"Version: {po_desktop.__version__}" in info and "Package: po-desktop" in info
        import platform

        assert f"libc6 (>= {platform.libc_ver()[1]})" in info
        listing = subprocess.run(
            ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
        ).stdout
        assert "./usr/bin/po-desktop -> /opt/po-desktop/po-desktop" in listing
        assert "./usr/share/applications/po-desktop.desktop" in listing


def test_version_without_python(installed, clean_env):
    env, _ = clean_env
    code, out, err = run(installed, env, "--version")
    assert code == 0, err
    assert out.strip() == f"po-desktop {po_desktop.__version__}"


def test_headless_init_and_check_without_python(installed, clean_env, tmp_path):
    env, config = clean_env
    # An IT department's preset decides where the default vault goes.
    folder = tmp_path / "kommunens-mapp"
    (config / "config.toml").write_text(f'vault_folder = "{folder}"\n', encoding="utf-8")
    secret = {"PO_DESKTOP_PASSPHRASE": "röd häst springer över bron"}

    code, out, err = run(
        installed,
        env,
        "init",
        "--unit-label",
        "PO Mora",
        "--municipality",
        "Mora",
        "--municipality",
        "Älvdalen",
        "--fte",
        "1.50",
        # the bundle below is for 2026H1, which a vault created later would not have recorded
        "--statistics-since",
        "2026H1",
        extra_env=secret,
    )
    assert code == 0, err
    vault = folder / "vault.podb"
    assert vault.is_file()
    assert (vault.stat().st_mode & 0o777) == 0o600

    code, out, err = run(installed, env, "vault", "check", extra_env=secret)
    assert code == 0, err
    assert out.startswith("ok:") and str(vault) in out

    pw_file = tmp_path / "pw.txt"
    pw_file.write_text("röd häst springer över bron\n", encoding="utf-8")
    code, out, err = run(installed, env, "--passphrase-file", str(pw_file), "vault", "check")
    assert code == 0, err

    code, out, err = run(
        installed, env, "vault", "check", extra_env={"PO_DESKTOP_PASSPHRASE": "fel lösenfras"}
    )
    assert code == 3
    assert "Fel lösenfras" in err and "Traceback" not in err

    # The rest of the program works from the package too: casework (holidays for the appeal
    # deadline), statistics and the bundle (jsonschema), PDFs (reportlab, fonts, forms).
    code, out, err = run(
        installed,
        env,
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
        "2026-02-02",
        extra_env=secret,
    )
    assert code == 0, err
    code, out, err = run(
        installed,
        env,
        "follow-up",
        "add",
        "AB12",
        "--step",
        "decision_served",
        "--date",
        "2026-12-10",
        extra_env=secret,
    )
    assert code == 0, err
    assert "2026-12-31" in out or "2027-01-04" in out  # moved past the holidays
    code, out, err = run(installed, env, "stats", "--period", "2026H1", "--json", extra_env=secret)
    assert code == 0, err
    assert '"period"' in out and '"figures"' in out
    bundle = tmp_path / "mora.pobundle"
    code, out, err = run(
        installed,
        env,
        "bundle",
        "export",
        "--period",
        "2026H1",
        "--out",
        str(bundle),
        extra_env=secret,
    )
    assert code == 0, err
    assert bundle.is_file()
    for args in (["print", "intake", "--blank"], ["print", "stats", "--period", "2026H1"]):
        pdf = tmp_path / f"{args[1]}.pdf"
        code, out, err = run(installed, env, *args, "--out", str(pdf), extra_env=secret)
        assert code == 0, err
        assert pdf.read_bytes()[:5] == b"%PDF-"


def test_english_messages_in_the_package(installed, clean_env, tmp_path):
    env, config = clean_env
    (config / "config.toml").write_text('language = "en"\n', encoding="utf-8")
    code, out, err = run(
        installed,
        env,
        "--vault",
        str(tmp_path / "none.podb"),
        "vault",
        "check",
        extra_env={"PO_DESKTOP_PASSPHRASE": "x"},
    )
    assert code == 3
    assert "There is no vault at" in err, err


def test_bad_system_config_is_one_line(installed, clean_env):
    env, config = clean_env
    (config / "config.toml").write_text("idle_lock_minutes = 0\n", encoding="utf-8")
    code, out, err = run(installed, env, "vault", "check", extra_env={"PO_DESKTOP_PASSPHRASE": "x"})
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "idle_lock_minutes" in err


def test_gui_starts_from_the_package(installed, clean_env, tmp_path):
    """The window opens (offscreen) with Qt's plugins and both languages from the package."""
    env, config = clean_env
    gui = {"QT_QPA_PLATFORM": "offscreen", "PO_DESKTOP_SMOKE_TEST": "1"}
    vault = tmp_path / "ny" / "vault.podb"
    code, out, err = run(installed, env, "--vault", str(vault), extra_env=gui)
    assert code == 0, err
    assert "gui ok: sv Arkiv" in out
    (config / "config.toml").write_text('language = "en"\n', encoding="utf-8")
    code, out, err = run(installed, env, "--vault", str(vault), extra_env=gui)
    assert code == 0, err
    assert "gui ok: en File" in out and "Help" in out
    assert not vault.exists()  # the wizard was cancelled: nothing created
