"""The programme's licence (EUPL-1.2) and the About dialog's component list, generated from
importlib.metadata so that every distribution installed for po-desktop is named."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from po_desktop import __version__, licenses

ROOT = Path(__file__).resolve().parents[1]


def _requirement_names(requirements: list[str]) -> list[str]:
    names = []
    for req in requirements:
        if "extra ==" in req:
            continue
        m = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", req)
        if m:
            names.append(licenses.normalise(m.group(1)))
    return names


def _installed_closure(roots: list[str]) -> set[str]:
    found: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in found:
            continue
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue  # a requirement whose marker does not hold here
        found.add(name)
        todo += _requirement_names(requires)
    return found


def test_every_installed_runtime_distribution_is_named_in_about():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    needed = _installed_closure(_requirement_names(project["dependencies"]))
    named = {c.distribution for c in licenses.components() if c.distribution}
    assert needed, "no runtime distribution installed?"
    assert needed <= named, sorted(needed - named)
    for comp in licenses.components():
        assert comp.licence, f"{comp.name}: no licence"


def test_the_programme_is_eupl_with_its_text_and_one_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert project["project"]["license"] == "EUPL-1.2"
    assert project["project"]["license-files"] == ["LICENSE"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "po_desktop.__version__"}
    text = (ROOT / "LICENSE").read_text("utf-8")
    assert "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in text
    assert licenses.program_licence_text() == text
    first = licenses.components()[0]
    assert (first.name, first.version, first.licence) == ("po-desktop", __version__, "EUPL-1.2")
    assert project["project"]["gui-scripts"]["po-desktop-gui"] == "po_desktop.cli:main"
