"""tools/split_casework.py on a copy of this tree: the package it makes has every name the old
module had, imports in any order, takes monkeypatches through the package, and a section the
script does not know lands in a module of its own. tools/split_assignments_view.py likewise:
the table helpers land in gui/tables.py and no importer is left behind."""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src/po_desktop/services/casework.py"
SCRIPT = ROOT / "tools/split_casework.py"

pytestmark = pytest.mark.skipif(not SOURCE.exists(), reason="casework is already a package")

EXTRA_SECTION = '''

# --- drafts (utkast) ---------------------------------------------------------------------------


def draft_stamp() -> str:
    """Made up for the test: a section the script does not know, using a shared helper."""
    return _now().isoformat()
'''

CHECK = r'''
import datetime as dt
import importlib
import json
import sys

names = json.loads(sys.argv[1])
subs = json.loads(sys.argv[2])
for sub in subs:  # each module imported first, in a fresh state: no import cycle
    for m in [m for m in sys.modules if m.startswith("po_desktop.services.casework")]:
        del sys.modules[m]
    importlib.import_module("po_desktop.services.casework." + sub)

from po_desktop.services import casework as cw
from po_desktop.services.casework import drafts

missing = [n for n in names if not hasattr(cw, n)]
assert not missing, missing
real = cw.draft_stamp()
cw._now = lambda: dt.datetime(2001, 2, 3)  # what monkeypatch.setattr does
assert cw.draft_stamp() == "2001-02-03T00:00:00", cw.draft_stamp()
assert drafts._now() == dt.datetime(2001, 2, 3)
cw.RANK_WINDOW = 5
assert cw.notes.RANK_WINDOW == 5
print("ok", real)
'''


def test_split_makes_an_equivalent_package(tmp_path):
    shutil.copytree(ROOT / "src", tmp_path / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    source = tmp_path / "src/po_desktop/services/casework.py"
    source.write_text(source.read_text("utf-8") + EXTRA_SECTION, "utf-8")
    (tmp_path / "tests").mkdir()  # a test that patches a private name: it must be re-exported
    (tmp_path / "tests/test_patch.py").write_text(
        "from po_desktop.services import casework as cw\n\n\n"
        "def test_x(monkeypatch):\n    monkeypatch.setattr(cw, '_now', lambda: None)\n", "utf-8")
    tree = ast.parse(SOURCE.read_text("utf-8"))
    old_names = sorted(
        {n.name for n in tree.body if isinstance(n, ast.FunctionDef | ast.ClassDef)}
        | {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets
           if isinstance(t, ast.Name)}
    )
    old_all = next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign)
                   and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets))
    public = [n for n in old_names if not n.startswith("_")] + ["_now", "_profile", "draft_stamp"]

    run = subprocess.run([sys.executable, str(SCRIPT), "--root", str(tmp_path)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "section 'drafts (utkast)' is not a known aggregate" in run.stdout
    package = tmp_path / "src/po_desktop/services/casework"
    assert not source.exists()
    subs = sorted(p.stem for p in package.glob("*.py") if p.stem != "__init__")
    for expected in ["_common", "assignments", "drafts", "follow_ups", "inquiries", "notes",
                     "overview", "purge", "system_failures", "views"]:
        assert expected in subs

    env = {**os.environ, "PYTHONPATH": str(tmp_path / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    check = subprocess.run([sys.executable, "-c", CHECK, json.dumps(public), json.dumps(subs)],
                           capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path)
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("ok")

    init = (package / "__init__.py").read_text("utf-8")
    new_all = ast.literal_eval(next(
        n.value for n in ast.parse(init).body if isinstance(n, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)))
    assert new_all[:len(old_all)] == old_all and "draft_stamp" in new_all

    again = subprocess.run([sys.executable, str(SCRIPT), "--root", str(tmp_path)],
                           capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and "already split" in again.stdout


ASSIGNMENTS_VIEW = ROOT / "src/po_desktop/gui/views/assignments.py"
TABLES = ROOT / "src/po_desktop/gui/tables.py"
OLD_VIEW = "po_desktop.gui.views.assignments"


@pytest.mark.skipif(not ASSIGNMENTS_VIEW.exists() or TABLES.exists(),
                    reason="the table helpers have moved already")
def test_table_helpers_move_to_gui_tables(tmp_path):
    shutil.copytree(ROOT / "src", tmp_path / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copytree(ROOT / "tests/gui", tmp_path / "tests/gui",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    run = subprocess.run([sys.executable, str(ROOT / "tools/split_assignments_view.py"),
                          "--root", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    tables = (tmp_path / "src/po_desktop/gui/tables.py").read_text("utf-8")
    for name in ("def make_table", "def selected_record", "def select_where",
                 "def overdue_colour"):
        assert name in tables
    view = (tmp_path / "src/po_desktop/gui/views/assignments.py").read_text("utf-8")
    assert "def make_table" not in view and "_overdue_colour" not in view
    for path in [*(tmp_path / "src").rglob("*.py"), *(tmp_path / "tests").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == OLD_VIEW:
                assert not {a.name for a in node.names} & {"make_table", "selected_record",
                                                           "select_where", "_overdue_colour"}, path
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "src"), "PYTHONDONTWRITEBYTECODE": "1",
           "QT_QPA_PLATFORM": "offscreen"}
    check = subprocess.run(
        [sys.executable, "-c", "import po_desktop.gui.views.start, po_desktop.gui.views.search, "
         "po_desktop.gui.views.coordinator, po_desktop.gui.views.assignments"],
        capture_output=True, text=True, env=env, timeout=120)
    assert check.returncode == 0, check.stderr
    again = subprocess.run([sys.executable, str(ROOT / "tools/split_assignments_view.py"),
                            "--root", str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and "nothing to do" in again.stdout
