"""The packaging definitions agree with each other and with the program (no build needed)."""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path

import pytest

from po_desktop import config

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "packaging"


def test_desktop_file():
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(PKG / "linux" / "po-desktop.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "po-desktop" and entry["Icon"] == "po-desktop"
    assert entry["Terminal"] == "false"
    assert "Office;" in entry["Categories"]
    assert entry["Comment"] and entry["Comment[en]"]
    if shutil.which("desktop-file-validate"):
        proc = subprocess.run(
            ["desktop-file-validate", str(PKG / "linux" / "po-desktop.desktop")],
            capture_output=True,
            text=True,
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr


def test_icon_set():
    icons = PKG / "icons"
    for size in (16, 32, 48, 128, 256, 512):
        png = (icons / f"po-desktop-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        w, h = struct.unpack(">II", png[16:24])
        assert (w, h) == (size, size)
    ico = (icons / "po-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 6
    icns = (icons / "po-desktop.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert (ROOT / "src" / "po_desktop" / "resources" / "po-desktop-256.png").is_file()


def test_inno_setup_script_matches_the_spec():
    iss = (PKG / "windows" / "po-desktop.iss").read_text("utf-8")
    spec = (PKG / "po-desktop.spec").read_text("utf-8")
    assert 'name=f"{APP_NAME}-gui"' in spec and 'APP_NAME = "po-desktop"' in spec
    assert '#define AppName "po-desktop"' in iss
    assert "{#AppName}-gui.exe" in iss and "{#AppName}.exe" in iss
    icon = re.search(r"^SetupIconFile=(.+)$", iss, re.M).group(1).strip()
    assert (PKG / "windows" / icon.replace("\\", "/")).resolve().is_file()
    assert re.search(r'#define DistDir "\.\.\\\.\.\\build\\dist\\po-desktop"', iss)
    assert "{commonappdata}\\po-desktop" in iss  # where config.py looks on Windows
    assert "bundle_identifier=" in spec and "BUNDLE(" in spec  # macOS bundle settings


def test_example_config_documents_every_key_and_each_example_is_valid(tmp_path, monkeypatch):
    text = (PKG / "config.toml.example").read_text("utf-8")
    examples = re.findall(r"^# (\w+) = (.+?)(?:\s+#.*)?$", text, re.M)
    documented = {k for k, _ in examples}
    assert documented == set(config.KEYS)
    monkeypatch.setenv(config.ENV_CONFIG_DIRS, str(tmp_path))
    for key, value in examples:
        if "%" in value:  # Windows-only environment variable syntax
            continue
        (tmp_path / "config.toml").write_text(f"{key} = {value}\n", encoding="utf-8")
        tomllib.loads(f"{key} = {value}\n")
        cfg = config.load_config()
        assert cfg.sources.get(key), key


@pytest.mark.parametrize("name", ["install.sh"])
def test_linux_install_script_is_posix_sh(name):
    script = PKG / "linux" / name
    assert script.read_text("utf-8").startswith("#!/bin/sh")
    if shutil.which("sh"):
        assert subprocess.run(["sh", "-n", str(script)]).returncode == 0
