"""Build the po-desktop application package for the current platform.

    python packaging/build.py                # one-folder app in build/dist/po-desktop/
    python packaging/build.py --archive      # + build/dist/po-desktop-VERSION-linux-x86_64.tar.gz
    python packaging/build.py --deb          # + build/dist/po-desktop_VERSION_amd64.deb (Linux)

Build from the lock, so the package ships exactly what CI tested::

    pip install --require-hashes -r requirements/dev.txt && pip install --no-deps -e .

Before PyInstaller runs, every installed package is checked against ``requirements/dev.txt``
(``--no-lock-check`` skips that, e.g. for a quick local try). PyInstaller's
work folder ``build/pyinstaller`` is kept between runs as a cache; ``--clean`` empties it.
On Windows the result is then turned into an installer with Inno Setup
(``iscc packaging\\windows\\po-desktop.iss``); on macOS ``build/dist/po-desktop.app`` is the
application bundle.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "po-desktop.spec"
APP = "po-desktop"

# The system libraries Qt's X11/Wayland plugins need; glibc at least the build machine's (the
# bundled Python and Qt are linked against it).
DEB_DEPENDS = (
    "libc6 (>= {glibc}), libgl1, libegl1, libfontconfig1, libfreetype6, libxkbcommon0, "
    "libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, "
    "libxcb-shape0, libdbus-1-3"
)


def version() -> str:
    text = (ROOT / "src" / "po_desktop" / "__init__.py").read_text("utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def platform_tag() -> str:
    machine = platform.machine().lower().replace("amd64", "x86_64")
    system = {"win32": "windows", "darwin": "macos"}.get(
        sys.platform, sys.platform.rstrip("0123456789")
    )
    return f"{system}-{machine}"


LOCK = ROOT / "requirements" / "dev.txt"
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def lock_mismatches(lock: Path = LOCK) -> list[str]:
    """Installed packages whose version differs from the lock (or that are missing), for the
    markers of this interpreter and OS."""
    from importlib import metadata

    from packaging.markers import Marker  # PyInstaller depends on packaging

    wrong = []
    for line in lock.read_text("utf-8").splitlines():
        m = _PIN.match(line.strip())
        if not m:
            continue
        name, pinned, marker = m.groups()
        if marker and not Marker(marker).evaluate():
            continue
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            wrong.append(f"{name}: saknas (låst {pinned})")
            continue
        if installed != pinned:
            wrong.append(f"{name}: {installed} (låst {pinned})")
    return wrong


def run_pyinstaller(dist: Path, work: Path, clean: bool) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("build: PyInstaller saknas — installera med: pip install -e '.[build]'")
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
    ]
    if clean:
        cmd.append("--clean")
    cmd.append(str(SPEC))
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")  # hooks import Qt; no display needed
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)
    return dist / APP


def add_linux_files(app_dir: Path, stage: Path) -> None:
    """Menu entry, icons, example config and install script beside the app folder."""
    share = stage / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / "linux" / "po-desktop.desktop", share / "applications")
    for png in sorted((HERE / "icons").glob("po-desktop-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target / "po-desktop.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / "icons" / "po-desktop.svg", scalable / "po-desktop.svg")
    shutil.copy2(HERE / "config.toml.example", stage / "config.toml.example")
    shutil.copy2(HERE / "linux" / "install.sh", stage / "install.sh")
    (stage / "install.sh").chmod(0o755)


def make_archive(app_dir: Path, dist: Path) -> Path:
    name = f"{APP}-{version()}-{platform_tag()}"
    stage = dist / "stage" / name
    shutil.rmtree(stage.parent, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(app_dir, stage / APP, symlinks=True)
    if sys.platform.startswith("linux"):
        add_linux_files(app_dir, stage)
    out = dist / f"{name}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(stage, arcname=name)
    shutil.rmtree(stage.parent)
    return out


def make_deb(app_dir: Path, dist: Path) -> Path:
    if not shutil.which("dpkg-deb"):
        sys.exit("build: dpkg-deb saknas — --deb går bara att bygga på Debian/Ubuntu")
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    root = dist / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    opt = root / "opt" / APP
    shutil.copytree(app_dir, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    os.symlink(f"/opt/{APP}/{APP}", root / "usr" / "bin" / APP)
    stage = root / "usr"
    add_linux_files(app_dir, stage)
    (stage / "install.sh").unlink()
    doc = stage / "share" / "doc" / APP
    doc.mkdir(parents=True)
    (stage / "config.toml.example").rename(doc / "config.toml.example")
    shutil.copy2(ROOT / "README.md", doc / "README.md")
    (root / "etc" / "xdg" / APP).mkdir(parents=True)
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(
        f"Package: {APP}\n"
        f"Version: {version()}\n"
        f"Architecture: {arch}\n"
        "Maintainer: po-desktop <po-desktop@localhost>\n"
        f"Installed-Size: {size_kib // 1024}\n"
        f"Depends: {DEB_DEPENDS.format(glibc=platform.libc_ver()[1] or '2.31')}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: encrypted work tool for personligt ombud (PO)\n"
        " Offline-first desktop application for Swedish personligt ombud and their\n"
        " coordinators: private work notes, follow-ups, waiting list, systemfel and\n"
        " the half-yearly statistics, in one SQLCipher-encrypted file.\n"
        " Settings for all users: /etc/xdg/po-desktop/config.toml (see\n"
        " /usr/share/doc/po-desktop/config.toml.example).\n",
        encoding="utf-8",
    )
    for p in [root, *root.rglob("*")]:
        if not p.is_symlink():
            p.chmod(0o755 if p.is_dir() or os.access(p, os.X_OK) else 0o644)
    out = dist / f"{APP}_{version()}_{arch}.deb"
    cmd = ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(out)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(root)
    return out


def make_windows_installer() -> Path:
    """Inno Setup 6: ``ISCC`` on PATH or in its default folder."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        candidate = Path(base or "") / "Inno Setup 6" / "ISCC.exe"
        if not iscc and base and candidate.exists():
            iscc = str(candidate)
    if sys.platform != "win32" or not iscc:
        sys.exit("build: --installer kräver Windows med Inno Setup 6 (ISCC.exe)")
    subprocess.run(
        [iscc, f"/DAppVersion={version()}", str(HERE / "windows" / "po-desktop.iss")], check=True
    )
    return ROOT / "build" / "dist" / f"{APP}-{version()}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the po-desktop package (PyInstaller).")
    parser.add_argument(
        "--dist",
        type=Path,
        default=ROOT / "build" / "dist",
        help="output folder (default build/dist)",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "pyinstaller",
        help="PyInstaller work folder, kept as a cache (default build/pyinstaller)",
    )
    parser.add_argument("--clean", action="store_true", help="empty the cache first")
    parser.add_argument(
        "--archive", action="store_true", help="also write a .tar.gz (.zip on Windows)"
    )
    parser.add_argument("--deb", action="store_true", help="also write a .deb (Debian/Ubuntu)")
    parser.add_argument(
        "--no-lock-check",
        action="store_true",
        help="build even when installed packages differ from requirements/dev.txt",
    )
    parser.add_argument(
        "--installer",
        action="store_true",
        help="Windows: also run Inno Setup (ISCC) on packaging/windows/po-desktop.iss",
    )
    args = parser.parse_args(argv)

    if not args.no_lock_check and (wrong := lock_mismatches()):
        sys.exit(
            "build: installerade paket skiljer sig från requirements/dev.txt — installera "
            "med: pip install --require-hashes -r requirements/dev.txt\n  " + "\n  ".join(wrong)
        )
    started = time.monotonic()
    app_dir = run_pyinstaller(args.dist.resolve(), args.work.resolve(), args.clean)
    print(f"built {app_dir} in {time.monotonic() - started:.0f} s")
    if args.archive:
        if sys.platform == "win32":
            out = Path(
                shutil.make_archive(
                    str(args.dist / f"{APP}-{version()}-{platform_tag()}"),
                    "zip",
                    app_dir.parent,
                    APP,
                )
            )
        else:
            out = make_archive(app_dir, args.dist.resolve())
        print(f"archive {out}")
    if args.deb:
        print(f"package {make_deb(app_dir, args.dist.resolve())}")
    if args.installer:
        print(f"installer {make_windows_installer()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
