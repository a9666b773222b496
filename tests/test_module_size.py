"""No module of the package is over 700 lines (CONTRIBUTING.md: a module that grows past it is
split along its seams). Counted as an editor shows them: lines of the file, comments and
docstrings included."""

from __future__ import annotations

from pathlib import Path

import po_desktop

MAX_LINES = 700
PACKAGE = Path(po_desktop.__file__).resolve().parent


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_no_module_over_700_lines():
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 100  # the package itself, not an empty folder
    too_long = {str(p.relative_to(PACKAGE)): n for p in modules if (n := _lines(p)) > MAX_LINES}
    assert not too_long, f"split these along their seams: {too_long}"


def test_the_count_is_the_lines_of_the_file(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("x = 1\n" * MAX_LINES, encoding="utf-8")
    assert _lines(module) == MAX_LINES
    module.write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    assert _lines(module) == MAX_LINES + 1
