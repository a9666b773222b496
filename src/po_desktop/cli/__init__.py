"""The headless command line (`po-desktop <command>`), a thin layer over the services.

Contract: ``docs/spec/cli.md``. Exit codes: 0 ok · 1 unexpected · 2 usage · 3 vault cannot
be unlocked · 4 rejected input. Errors are one line on stderr, never a traceback (unless
``--debug``). Passphrases never come from an argument: ``--passphrase-file``, then the
environment variable ``PO_DESKTOP_PASSPHRASE``, then a prompt when stdin is a terminal.

Each command group lives in its own module (``vault_cmds``, ``casework_cmds`` …) exposing
``register(subparsers)``; handlers receive ``(args, ctx)``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys

from po_desktop import __version__
from po_desktop.domain.safetext import escape_for_json, printable
from po_desktop.errors import PoError, RejectedInput, UsageError, VaultLocked
from po_desktop.i18n import tr

TYPE_CHECKING = False  # not typing's: importing typing costs start-up time (--help)
if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from typing import Any

PASSPHRASE_ENV = "PO_DESKTOP_PASSPHRASE"

# Command-group modules, in help order. Each has register(subparsers).
COMMAND_MODULES = [
    "po_desktop.cli.vault_cmds",
    "po_desktop.cli.casework_cmds",
    "po_desktop.cli.stats_cmds",
    "po_desktop.cli.coordinator_cmds",
    "po_desktop.cli.print_cmds",
    "po_desktop.cli.annual_cmds",
    "po_desktop.cli.team_cmds",
]


class ArgumentParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit code 2. No abbreviated options: with
    them ``--passphrase SECRET`` would be taken as ``--passphrase-file SECRET``. An unknown
    argument's value is not echoed (it may be a passphrase typed where it must not be)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{mask_usage_message(message)} (se '{self.prog} --help')")


_QUOTED_VALUE = re.compile(
    r"(invalid choice: |ignored explicit argument )"
    r"(?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")"
)


def _masked_token(token: str) -> str:
    """An unknown argument as a usage error may show it: an option's name, never a value."""
    if token.startswith("--"):
        name, eq, _value = token.partition("=")
        return name + ("=…" if eq else "")
    if token.startswith("-") and len(token) > 2:  # -Pvalue: a short option with its value
        return token[:2] + "…"
    if token.startswith("-") and token != "-":
        return token
    return "…"


def mask_usage_message(message: str) -> str:
    """argparse's message with every value that may be a misplaced passphrase shown as ``…``:
    the values of unknown ``--name=value`` and ``-Xvalue``, stray positionals, an invalid
    command word, an argument a flag does not take."""
    head, sep, rest = message.partition(": ")
    if head == "unrecognized arguments" and sep:
        return head + ": " + " ".join(_masked_token(t) for t in rest.split())
    return _QUOTED_VALUE.sub(lambda m: m.group(1) + "…", message)


class Context:
    """What a command handler needs: its arguments, the vault, output helpers."""

    def __init__(self, args: argparse.Namespace, stdin=None, stdout=None, stderr=None):
        self.args = args
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self._vault = None

    def read_text(self) -> str:
        """All of stdin as text (a note, the year's analysis): UTF-8 (with or without BOM),
        UTF-16 with its BOM, else Windows-1252 (a file saved as "ANSI" by Notepad or an older
        Word); anything else is refused with one line instead of an "unexpected error"."""
        return read_stdin_text(self.stdin)

    # --- passphrases ------------------------------------------------------------------------

    def passphrase(self, *, confirm: bool = False, prompt: str | None = None) -> str:
        return read_passphrase(
            self.args.passphrase_file,
            stdin=self.stdin,
            confirm=confirm,
            prompt=prompt or tr("Lösenfras: "),
        )

    @property
    def vault_path(self) -> Path:
        if self.args.vault:
            from pathlib import Path

            return Path(self.args.vault).expanduser()
        from po_desktop.config import default_vault_path

        return default_vault_path()

    def vault(self):
        """Unlock the vault (once per command) and return it."""
        if self._vault is None:
            from po_desktop.services.vault_admin import open_vault, require_vault_file

            require_vault_file(self.vault_path)  # no vault there: say so before asking
            self._vault = open_vault(self.vault_path, self.passphrase())
        return self._vault

    def require_mode(self, mode: str) -> None:
        if self.vault().mode != mode:
            if mode == "coordinator":
                raise RejectedInput(tr("Kommandot kräver ett samordnarvalv (init --coordinator)."))
            raise RejectedInput(tr("Kommandot kräver ett ombudsvalv, inte ett samordnarvalv."))

    def close(self) -> None:
        if self._vault is not None:
            from po_desktop.services.vault_admin import close_vault

            vault, self._vault = self._vault, None
            try:
                close_vault(vault)
            except Exception as exc:  # noqa: BLE001 - the vault is locked; purge retries later
                print(
                    tr(
                        "po-desktop: gallringen vid stängning misslyckades ({kind}); den görs "
                        "vid nästa upplåsning."
                    ).format(kind=type(exc).__name__),
                    file=self.stderr,
                )

    # --- output -----------------------------------------------------------------------------

    def print(self, *parts: Any) -> None:
        # no escape sequence or bidi override from stored or imported text reaches the terminal
        print(*(printable(str(p), multiline=True) for p in parts), file=self.stdout)

    def print_json(self, obj: Any) -> None:
        import json

        text = json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False, default=str)
        self.stdout.write(escape_for_json(text) + "\n")


def read_passphrase(
    passphrase_file: str | None,
    *,
    stdin=None,
    confirm: bool = False,
    prompt: str = "Lösenfras: ",
    env_var: str = PASSPHRASE_ENV,
) -> str:
    stdin = stdin or sys.stdin
    if passphrase_file:
        return read_passphrase_file(passphrase_file)
    env = os.environ.get(env_var)
    if env:
        return env
    if stdin is not None and hasattr(stdin, "isatty") and stdin.isatty():
        import getpass

        first = getpass.getpass(prompt)
        if confirm:
            again = getpass.getpass(tr("Upprepa lösenfrasen: "))
            if again != first:
                raise RejectedInput(tr("Lösenfraserna är inte lika; inget har ändrats."))
        if not first:
            raise RejectedInput(tr("Lösenfrasen får inte vara tom."))
        return first
    raise UsageError(
        tr(
            "Ingen lösenfras: använd --passphrase-file FIL eller miljövariabeln {env}, "
            "eller kör i en terminal."
        ).format(env=env_var)
    )


def read_stdin_text(stream) -> str:
    """See :meth:`Context.read_text`."""
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None:
            raw = buffer.read()
        else:  # a text stream (tests; a decoder with surrogateescape)
            raw = stream.read().encode("utf-8", "surrogateescape")
    except UnicodeError:
        raw = None
    if raw is not None:
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Notepad's "Unicode": UTF-16
            try:
                return raw.decode("utf-16")
            except UnicodeDecodeError:
                raw = None
    if raw is not None:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                return raw.decode("cp1252")
            except UnicodeDecodeError:
                pass
    raise RejectedInput(
        tr(
            "Texten på stdin är varken UTF-8 eller Windows-1252 (en binärfil?); "
            "spara den som UTF-8 och försök igen; inget sparades."
        )
    )


def read_passphrase_file(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            line = fh.readline()
    except FileNotFoundError:
        # not repeated: a careless "--passphrase-file MySecret" would print the passphrase
        raise UsageError(
            tr(
                "Lösenfrasfilen finns inte: ange sökvägen till en fil vars första "
                "rad är lösenfrasen (det du skrev upprepas inte, ifall det var "
                "lösenfrasen själv)."
            )
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(
            tr("Kan inte läsa lösenfrasfilen {path}: {err}.").format(
                path=path, err=getattr(exc, "strerror", None) or exc
            )
        ) from None
    value = line.rstrip("\r\n")
    if not value:
        raise UsageError(tr("Lösenfrasfilen {path} är tom.").format(path=path))
    return value


_PASSPHRASE_FILE_OPTIONS = ("--passphrase-file", "--new-passphrase-file")


def _refuse_passphrase_argument(argv: list[str]) -> None:
    """``--passphrase SECRET`` (or ``--password``…): one line that does not repeat the value."""
    for token in argv:
        if token == "--":
            return
        option = token.split("=", 1)[0]
        if (
            option.startswith("--")
            and ("passphrase" in option or "password" in option)
            and option not in _PASSPHRASE_FILE_OPTIONS
        ):
            raise UsageError(
                tr(
                    "En lösenfras ges aldrig som argument (den syns för andra i "
                    "processlistan): använd --passphrase-file FIL, miljövariabeln "
                    "{env} eller skriv den i terminalen."
                ).format(env=PASSPHRASE_ENV)
            )


class _Ignored:
    """Stands in for the parser of a command group that is not being run: every call is
    accepted and ignored (see :func:`build_parser`)."""

    def __getattr__(self, name: str) -> Callable[..., _Ignored]:
        return lambda *args, **kwargs: self


class _OnlyCommand:
    """The top-level subparsers action as a command module's ``register`` sees it: every group
    is added (its name and help, so ``--help`` and "invalid choice" list them all), but only
    the group being run gets a real parser for its subcommands and options."""

    def __init__(self, sub: Any, wanted: str | None) -> None:
        self._sub = sub
        self._wanted = wanted

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if name == self._wanted:
            return self._sub.add_parser(name, **kwargs)
        # Listed (name and help) without building a parser nobody will use.
        real, self._sub._parser_class = self._sub._parser_class, lambda **_: _Ignored()
        try:
            self._sub.add_parser(name, **kwargs)
        finally:
            self._sub._parser_class = real
        return _Ignored()


_VALUE_OPTIONS = ("--vault", "--passphrase-file", "--log-level")


def command_in(argv: list[str]) -> str | None:
    """The command group named in ``argv`` (the first word that is no option or its value)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif arg == "--":
            return None
        elif not arg.startswith("-"):
            return arg
    return None


def build_parser(argv: list[str] | None = None) -> ArgumentParser:
    """The parser. Given ``argv``, only the command group it runs gets its full parser (the
    others are listed by name): ``po-desktop --help`` and the window start fast."""
    parser = ArgumentParser(
        prog="po-desktop",
        description=tr(
            "po-desktop: arbetsverktyg för personligt ombud. Utan kommando startar "
            "det grafiska programmet."
        ),
    )
    parser.add_argument("--version", action="version", version=f"po-desktop {__version__}")
    parser.add_argument(
        "--vault",
        metavar="PATH",
        help=tr("valvfilen (standard: vault.podb i användarens datamapp)"),
    )
    parser.add_argument(
        "--passphrase-file", metavar="FILE", help=tr("fil vars första rad är lösenfrasen")
    )
    parser.add_argument("--debug", action="store_true", help=tr("visa fullständiga fel"))
    parser.add_argument(
        "--log",
        action="store_true",
        help=tr("skriv en logg utan innehåll i användarens loggmapp (för support)"),
    )
    parser.add_argument(
        "--log-level",
        choices=("debug", "info", "warning", "error"),
        help=tr("loggens nivå (ger --log)"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)
    target = sub if argv is None else _OnlyCommand(sub, command_in(argv))
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(target)
    return parser


def _start_logging(args: argparse.Namespace) -> bool:
    """Logging (po_desktop.logs) when --log/--log-level or config.toml's log_level asks."""
    level = args.log_level or ("info" if args.log else None)
    if level is None:
        from po_desktop.paths import any_config_file

        if not any_config_file():
            return False
        from po_desktop.config import ConfigError, load_config

        try:
            level = load_config().log_level
        except ConfigError:  # reported already (or by the window)
            level = "off"
    if level == "off":
        return False
    from po_desktop import logs

    logs.enable(level)
    return True


def _logged(
    handler: Callable[[argparse.Namespace, Context], int | None],
    args: argparse.Namespace,
    ctx: Context,
) -> int:
    """Run a command and log its name, exit code and duration (never its arguments)."""
    import time

    from po_desktop import logs

    started = time.monotonic()
    name = f"cli {handler.__name__.removeprefix('cmd_')}"
    try:
        code = int(handler(args, ctx) or 0)
    except PoError as exc:
        logs.error(name, exc)
        logs.event(name, exit_code=exc.exit_code, ms=round((time.monotonic() - started) * 1000))
        raise
    logs.event(name, exit_code=code, ms=round((time.monotonic() - started) * 1000))
    return code


def _choose_language():
    """English messages when config.toml says ``language = "en"`` (see po_desktop.config).

    Returns the config error, if any (raised after parsing, so the GUI can show it)."""
    from po_desktop.i18n import use_language_headless
    from po_desktop.paths import any_config_file

    if not any_config_file():  # the usual case: nothing to read, nothing more to import
        use_language_headless(None)
        return None
    from po_desktop.config import ConfigError, load_config

    try:
        use_language_headless(load_config().language)
    except ConfigError as exc:
        use_language_headless(None)
        return exc
    return None


def main(argv: list[str] | None = None, *, stdin=None, stdout=None, stderr=None) -> int:
    from po_desktop.hardening import disable_core_dumps

    disable_core_dumps()  # first: no core dump of an unlocked session (CLI and window alike)
    stderr = stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:  # answered before any configuration or command is loaded
        print(f"po-desktop {__version__}", file=stdout or sys.stdout)
        return 0
    debug = "--debug" in argv
    ctx = None
    try:
        config_error = _choose_language()
        _refuse_passphrase_argument(argv)
        parser = build_parser(argv)
        args = parser.parse_args(argv)
        if config_error is not None:
            if not args.command:  # started from a menu: say it in a window, not only on stderr
                from po_desktop.gui.app import show_startup_error

                show_startup_error(config_error.message)
            raise config_error
        logging_on = _start_logging(args)
        if not args.command:
            from po_desktop.gui.app import run_gui

            return run_gui(args)
        handler: Callable[[argparse.Namespace, Context], int | None] = args.handler
        ctx = Context(args, stdin=stdin, stdout=stdout, stderr=stderr)
        if not logging_on:
            return int(handler(args, ctx) or 0)
        return _logged(handler, args, ctx)
    except PoError as exc:
        if debug:
            import traceback

            traceback.print_exc(file=stderr)
        print(f"po-desktop: {printable(exc.message)}", file=stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(tr("po-desktop: avbrutet."), file=stderr)
        return 1
    except SystemExit as exc:  # --help / --version
        return int(exc.code or 0) if isinstance(exc.code, int) else 0
    except BrokenPipeError:  # `po-desktop assignment list | head`: the reader has had enough
        if stdout is None:  # the real stdout: no second error when Python flushes it at exit
            import os

            try:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except (OSError, ValueError):
                pass
        return 0
    except Exception as exc:  # noqa: BLE001 - the one place that turns surprises into a line
        if debug:
            import traceback

            traceback.print_exc(file=stderr)
        print(
            tr("po-desktop: oväntat fel ({kind}). Kör med --debug för detaljer.").format(
                kind=type(exc).__name__
            ),
            file=stderr,
        )
        return 1
    finally:
        if ctx is not None:
            ctx.close()


__all__ = ["ArgumentParser", "Context", "main", "read_passphrase", "VaultLocked"]
