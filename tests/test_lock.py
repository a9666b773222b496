"""Reproducible installs: the hashed locks cover every dependency pyproject names, and the
README, CI and the package build all install from them."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([a-z0-9][a-z0-9._-]*)==\S+", re.MULTILINE)


def _name(requirement: str) -> str:
    return re.split(r"[ <>=!~;\[]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pins(lock: str) -> set[str]:
    return set(PIN.findall((ROOT / "requirements" / lock).read_text("utf-8")))


def test_every_dependency_is_pinned_with_hashes():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    runtime = {_name(r) for r in project["dependencies"]}
    extras = {
        _name(r)
        for name in ("test", "lint", "build")
        for r in project["optional-dependencies"][name]
    }
    assert runtime <= _pins("app.txt")
    assert runtime | extras <= _pins("dev.txt")
    for lock in ("app.txt", "dev.txt", "lowest.txt"):
        text = (ROOT / "requirements" / lock).read_text("utf-8")
        blocks = re.split(r"\n(?=[a-z0-9])", text.split("\n", 1)[1])
        for block in blocks:
            if PIN.match(block):
                assert "--hash=sha256:" in block, (lock, block.splitlines()[0])


def test_readme_ci_and_build_install_from_the_lock():
    readme = (ROOT / "README.md").read_text("utf-8")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "--require-hashes -r requirements/app.txt" in readme
    assert "--require-hashes -r requirements/dev.txt" in readme
    command = next(line for line in ci.splitlines() if line.startswith("python3 -m venv"))
    assert command in readme
    assert "requirements/dev.txt" in (ROOT / "packaging" / "build.py").read_text("utf-8")
