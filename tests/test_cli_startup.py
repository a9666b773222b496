"""`po-desktop --help` and the window's start list the command groups without importing the
command modules (issue 18: --help was 5.4× `python -c pass`); a command imports only its own
group's module. The list in cli.command_groups() must stay what the modules register."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from po_desktop.cli import build_parser, command_groups, main

SRC = Path(__file__).resolve().parents[1] / "src"


def _groups_of(parser) -> list[tuple[str, str]]:
    sub = next(a for a in parser._actions if a.dest == "command")
    return [(a.dest, a.help) for a in sub._choices_actions]


def test_the_group_list_is_what_the_modules_register():
    registered = _groups_of(build_parser())  # the whole parser: every module's register()
    listed = [(name, help_text) for name, help_text, _module in command_groups()]
    assert listed == registered
    assert _groups_of(build_parser(["--help"])) == registered
    assert _groups_of(build_parser(["note", "search", "x"])) == registered


def test_each_group_is_registered_by_the_module_named_for_it():
    import importlib

    for name, _help, module in command_groups():
        parser = build_parser([name])
        sub = next(a for a in parser._actions if a.dest == "command")
        assert sub.choices[name].__class__.__name__ == "ArgumentParser", (name, module)
        assert importlib.import_module(module).register


def _modules_after(*argv: str) -> set[str]:
    code = (
        "import sys\n"
        "from po_desktop.cli import main\n"
        f"main({list(argv)!r})\n"
        "print('MODULES', *(m for m in sys.modules if m.startswith('po_desktop.cli.') "
        "or m in ('ctypes', 'sqlalchemy', 'typing')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(SRC), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("MODULES"))
    return set(line.split()[1:])


def test_help_imports_no_command_module():
    seen = _modules_after("--help")
    # the Swedish argparse (cli/argparse_sv) is the parser itself, not a command module
    assert not any(m.startswith("po_desktop.cli.") and m.endswith("_cmds") for m in seen), seen
    assert "ctypes" not in seen and "sqlalchemy" not in seen


def test_a_command_imports_only_its_own_module():
    seen = {m for m in _modules_after("note", "--help") if m.startswith("po_desktop.cli.")}
    assert {m for m in seen if m.endswith("_cmds")} == {"po_desktop.cli.note_cmds"}, seen


def test_an_unknown_command_still_names_every_group(capsys):
    assert main(["nosuchcommand"]) == 2
    err = capsys.readouterr().err
    assert "nosuchcommand" not in err  # a misplaced passphrase is never echoed
    for name, _help, _module in command_groups():
        assert name in err
