"""The floor: the suite calls no program that `.ci/run` does not install.

A fresh machine that ran only the README's commands has Python, the locked wheels (PyInstaller
among them) and this checkout — no poppler, no LibreOffice, no Xvfb. So a test may start
``sys.executable`` (with ``-m po_desktop``, ``-c …`` or a script), the program a test built
itself, and nothing else — except the few optional system tools below, which a test asks
``shutil.which`` for first and skips (or leaves out) when they are missing.

The check reads every Python file under ``tests/`` (ast, not regexes) and finds each call that
starts a process (``subprocess.*``, ``os.system``/``popen``/``exec*``/``spawn*``,
``asyncio.create_subprocess_*``, ``pty.spawn``) and each ``shutil.which``. A failure names the file
and line and says what to do.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent

# Optional system tools: a test may call one only in a file that also asks ``shutil.which`` for
# it (the second item: the name it asks for), so a machine without it skips instead of failing.
OPTIONAL_TOOLS: dict[str, tuple[str, str]] = {
    "xvfb-run": ("xvfb-run", "the X11 primary-selection test; skipped without Xvfb"),
    "dpkg-deb": ("dpkg-deb", "the .deb is built and inspected only where dpkg-deb exists"),
    "desktop-file-validate": ("desktop-file-validate", "extra check of the .desktop file"),
    "sh": ("sh", "syntax check of install.sh (sh -n)"),
    "mount": ("mount", "tmpfs for disk-full / read-only tests; root only, else skipped"),
    "umount": ("mount", "undoes the tmpfs mounted above"),
    "chattr": ("chattr", "immutable files for the read-only tests; root only, else skipped"),
}

# Calls whose program is not a literal: (file, enclosing function) -> why it is safe. Each one
# was read by a person; a new dynamic call fails until it is read and listed here.
DYNAMIC_CALLS: dict[tuple[str, str], str] = {
    ("tests/conftest.py", "run"): "cli_subprocess: args = [sys.executable, '-m', 'po_desktop', …]",
    ("tests/packaging/test_linux_build.py", "run"): "the po-desktop executable the test built",
    ("tests/reliability/test_read_only.py", "undo"): "replays the ['chattr', '-i', …] of make()",
}

_SUBPROCESS = {"run", "Popen", "call", "check_call", "check_output", "getoutput"}
_SUBPROCESS |= {"getstatusoutput"}
_OS = {"system", "popen", "posix_spawn", "posix_spawnp", "startfile"}
_OS_PREFIXES = ("exec", "spawn")
_ASYNCIO = {"create_subprocess_exec", "create_subprocess_shell"}


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def _is_sys_executable(node: ast.AST) -> bool:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str":
        return bool(node.args) and _is_sys_executable(node.args[0])
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "executable"
        and isinstance(node.value, ast.Name)
        and node.value.id == "sys"
    )


class _Scanner(ast.NodeVisitor):
    """Collects process starts and ``shutil.which`` calls, resolving import aliases."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.modules: dict[str, str] = {}  # local name -> module (import subprocess as sp)
        self.functions: dict[str, str] = {}  # local name -> "module.func" (from os import system)
        self.function_stack: list[str] = []
        # (line, qualified name, enclosing function, call)
        self.starts: list[tuple[int, str, str, ast.Call]] = []
        self.which: list[tuple[int, ast.Call]] = []

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.modules[alias.asname or alias.name.split(".")[0]] = alias.name

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        for alias in node.names:
            self.functions[alias.asname or alias.name] = f"{node.module}.{alias.name}"

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.function_stack.append(node.name)
        self.generic_visit(node)
        self.function_stack.pop()

    visit_FunctionDef = _visit_function
    visit_AsyncFunctionDef = _visit_function

    def _qualified(self, func: ast.expr) -> str | None:
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            module = self.modules.get(func.value.id)
            return f"{module}.{func.attr}" if module else None
        if isinstance(func, ast.Name):
            return self.functions.get(func.id)
        return None

    def visit_Call(self, node: ast.Call) -> None:
        name = self._qualified(node.func)
        if name is not None:
            module, _, attr = name.rpartition(".")
            if name == "shutil.which":
                self.which.append((node.lineno, node))
            elif (
                (module == "subprocess" and attr in _SUBPROCESS)
                or (module == "os" and (attr in _OS or attr.startswith(_OS_PREFIXES)))
                or (module == "asyncio" and attr in _ASYNCIO)
                or name == "pty.spawn"
            ):
                function = self.function_stack[-1] if self.function_stack else "<module>"
                self.starts.append((node.lineno, name, function, node))
        self.generic_visit(node)


def _program(call: ast.Call) -> ast.AST | None:
    """The node naming the program: the first item of the argument list, or the command."""
    first = call.args[0] if call.args else None
    for kw in call.keywords:
        if kw.arg in ("args", "cmd", "command", "file", "path") and first is None:
            first = kw.value
    if isinstance(first, (ast.List, ast.Tuple)):
        if not first.elts:
            return None
        first = first.elts[0]
    return first


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        # a shell string ("pdftotext -layout …"): the program is its first word
        return node.value.split()[0] if node.value.split() else None
    return None


def scan(source: str, file: str) -> tuple[list[Finding], set[str]]:
    """Every call in ``source`` that may start a program CI does not install, and the literal
    program names it starts."""
    scanner = _Scanner(file)
    scanner.visit(ast.parse(source, filename=file))
    asked = {_literal(call.args[0]) for _, call in scanner.which if call.args}
    findings: list[Finding] = []
    started: set[str] = set()
    hint = (
        "tests may start only sys.executable (read PDFs with pypdf, not poppler); an optional "
        "system tool must be asked for with shutil.which and skipped when missing, and listed "
        "in OPTIONAL_TOOLS in tests/test_no_external_programs.py"
    )
    for line, name, function, call in scanner.starts:
        node = _program(call)
        if node is not None and _is_sys_executable(node):
            continue
        program = _literal(node)
        if program is None:
            if (file, function) not in DYNAMIC_CALLS:
                findings.append(
                    Finding(
                        file,
                        line,
                        f"{name} in {function}() starts a program given by an expression: start "
                        f"sys.executable, or read the call and add ({file!r}, {function!r}) "
                        "with the reason to DYNAMIC_CALLS in tests/test_no_external_programs.py",
                    )
                )
            continue
        started.add(program)
        if program not in OPTIONAL_TOOLS:
            findings.append(Finding(file, line, f"{name} starts {program!r}: {hint}"))
        elif OPTIONAL_TOOLS[program][0] not in asked:
            guard = OPTIONAL_TOOLS[program][0]
            findings.append(
                Finding(
                    file,
                    line,
                    f"{name} starts {program!r} but the file never asks shutil.which({guard!r}):"
                    " skip the test (or the step) when it is missing",
                )
            )
    for line, call in scanner.which:
        program = _literal(call.args[0]) if call.args else None
        if program is not None and program not in OPTIONAL_TOOLS:
            findings.append(
                Finding(file, line, f"shutil.which({program!r}) asks for an unlisted tool: {hint}")
            )
    return findings, started


def check_source(source: str, file: str) -> list[Finding]:
    return scan(source, file)[0]


def _test_files() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*.py") if "__pycache__" not in p.parts)


def _scan_suite() -> tuple[list[Finding], set[str]]:
    findings: list[Finding] = []
    started: set[str] = set()
    for path in _test_files():
        rel = path.relative_to(ROOT).as_posix()
        found, programs = scan(path.read_text(encoding="utf-8"), rel)
        findings += found
        started |= programs
    return findings, started


def test_the_suite_starts_only_programs_ci_installs():
    findings, _ = _scan_suite()
    assert not findings, "\n".join(map(str, findings))


def test_every_allowance_is_still_used():
    """A stale allow-list entry hides nothing today but would excuse a new call tomorrow."""
    _, started = _scan_suite()
    unused = sorted(set(OPTIONAL_TOOLS) - started)
    assert not unused, f"OPTIONAL_TOOLS lists {unused}, which no test starts any more"
    for file, function in DYNAMIC_CALLS:
        path = ROOT / file
        assert path.is_file(), f"DYNAMIC_CALLS names {file}, which no longer exists"
        assert f"def {function}(" in path.read_text("utf-8"), f"{file} has no {function}()"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('import subprocess\nsubprocess.run(["pdftotext", "-layout", "a.pdf", "-"])\n', "2:"),
        ("import subprocess as sp\nsp.check_output(['libreoffice', '--headless'])\n", "2:"),
        ("from subprocess import Popen\nPopen(('pdftoppm', 'x'))\n", "2:"),
        ("import os\n\nos.system('pdftotext a.pdf -')\n", "3:"),
        ("import shutil\nshutil.which('pdftotext')\n", "2:"),
        # an optional tool without a shutil.which guard in the file
        ("import subprocess\nsubprocess.run(['xvfb-run', 'python'])\n", "2:"),
        # a program from an expression nobody has read
        ("import subprocess\ndef f(cmd):\n    subprocess.run(cmd)\n", "3:"),
    ],
)
def test_the_check_finds_a_forbidden_call(source, expected):
    findings = check_source(source, "tests/test_example.py")
    assert len(findings) == 1, findings
    assert str(findings[0]).startswith(f"tests/test_example.py:{expected}")


@pytest.mark.parametrize(
    "source",
    [
        "import subprocess, sys\nsubprocess.run([sys.executable, '-m', 'po_desktop'])\n",
        "import subprocess, sys\nsubprocess.Popen([str(sys.executable), '-c', 'pass'])\n",
        "import shutil, subprocess\n"
        "if shutil.which('sh'):\n    subprocess.run(['sh', '-n', 'install.sh'])\n",
    ],
)
def test_the_check_allows_python_and_guarded_tools(source):
    assert check_source(source, "tests/test_example.py") == []
