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
import sys

from po_desktop import __version__
from po_desktop.cli.argparse_sv import ArgumentParser
from po_desktop.domain.safetext import escape_for_json, printable, visible
from po_desktop.errors import PoError, RejectedInput, UsageError, VaultLocked
from po_desktop.i18n import tr

TYPE_CHECKING = False  # not typing's: importing typing costs start-up time (--help)
if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from typing import Any

    from po_desktop.storage import Vault

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


class Context:
    """What a command handler needs: its arguments, the vault, output helpers."""

    def __init__(self, args: argparse.Namespace, stdin=None, stdout=None, stderr=None):
        self.args = args
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self._vault: Vault | None = None

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
        from po_desktop.services.settings import MODE, get

        if get(self.vault(), MODE) != mode:
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
            raw = buffer.read(STDIN_TEXT_MAX_BYTES + 1)  # "< /dev/zero" never reads to the end
        else:  # a text stream (tests; a decoder with surrogateescape)
            raw = stream.read(STDIN_TEXT_MAX_BYTES + 1).encode("utf-8", "surrogateescape")
    except UnicodeError:
        raw = None
    if raw is not None and len(raw) > STDIN_TEXT_MAX_BYTES:
        raise RejectedInput(
            tr("Texten på stdin är för lång (högst {mb} MB); inget sparades.").format(
                mb=STDIN_TEXT_MAX_BYTES // (1024 * 1024)
            )
        )
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
    raise RejectedInput.nothing_saved(
        tr(
            "Texten på stdin är varken UTF-8 eller Windows-1252 (en binärfil?); "
            "spara den som UTF-8 och försök igen"
        )
    )


PASSPHRASE_FILE_MAX_BYTES = 64 * 1024
STDIN_TEXT_MAX_BYTES = 2 * 1024 * 1024  # the longest text field (100,000 characters) in UTF-16


def read_passphrase_file(path: str) -> str:
    from po_desktop.fileio import FileRefused, read_limited

    try:
        raw = read_limited(
            path,
            what=tr("Lösenfrasfilen"),
            max_bytes=PASSPHRASE_FILE_MAX_BYTES,
            show_path=False,  # its name might be the passphrase, typed by mistake
        )
        line = raw.decode("utf-8").splitlines()[0] if raw else ""
    except FileRefused as exc:
        if exc.reason == "missing":
            # not repeated: a careless "--passphrase-file MySecret" would print the passphrase
            raise UsageError(
                tr(
                    "Lösenfrasfilen finns inte: ange sökvägen till en fil vars första "
                    "rad är lösenfrasen (det du skrev upprepas inte, ifall det var "
                    "lösenfrasen själv)."
                )
            ) from None
        raise  # a pipe, a device, a folder, too large: one line, exit 4
    except UnicodeDecodeError as exc:
        raise UsageError(
            tr("Kan inte läsa lösenfrasfilen {path}: {err}.").format(path=path, err=exc)
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
    """The top-level subparsers action as the running group's module sees it: only the group
    being run gets a real parser; the module's other groups are ignored here (every group is
    listed from :func:`command_groups`, so ``--help`` and "invalid choice" name them all)."""

    def __init__(self, sub: Any, wanted: str | None) -> None:
        self._sub = sub
        self._wanted = wanted

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if name == self._wanted:
            return self._sub.add_parser(name, **kwargs)
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
    parser.add_argument(
        "--version",
        action="version",
        version=f"po-desktop {__version__}",
        help=tr("visa programmets version"),
    )
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
    if argv is None:  # the whole parser: every group's module
        for name in COMMAND_MODULES:
            importlib.import_module(name).register(sub)
        return parser
    wanted = command_in(argv)
    for name, help_text, module in command_groups():
        if name == wanted:  # the one group being run: its module builds its parser
            importlib.import_module(module).register(_OnlyCommand(sub, wanted))
        else:  # listed by name and help, no module imported (--help, the window, a typo)
            _list_group(sub, name, help_text)
    return parser


# --- start-up: the command groups without their modules -----------------------------------


def command_groups() -> list[tuple[str, str, str]]:
    """(name, help, module) of every command group, in help order. ``--help``, an unknown
    command and the window's start list the groups from here and import no command module
    (reading their code took more than half of ``--help``); a command imports only its own
    group's module, whose ``register`` adds the same name and help (a test checks that the
    two agree)."""
    m = "po_desktop.cli."
    return [
        ("init", tr("skapa ett nytt valv (skriver aldrig över)"), m + "vault_cmds"),
        ("vault", tr("kontroll, säkerhetskopia, lösenfras"), m + "vault_cmds"),
        ("assignment", tr("uppdrag: lägg till, ändra, avsluta, lista"), m + "casework_cmds"),
        ("note", tr("arbetsanteckningar och sökning"), m + "note_cmds"),
        ("follow-up", tr("bevakningar"), m + "follow_up_cmds"),
        ("inquiry", tr("förfrågningar och väntelista"), m + "inquiry_cmds"),
        ("system-failure", tr("systemfel"), m + "system_failure_cmds"),
        ("overview", tr("startvyn: ärendemängd, bevakningar, väntelista"), m + "casework_cmds"),
        ("stats", tr("statistiken för en period (statistics.md §3)"), m + "stats_cmds"),
        ("bundle", tr("statistikpaket till samordnaren"), m + "stats_cmds"),
        (
            "coordinator",
            tr("samordnarens sammanställning av enheternas paket"),
            m + "coordinator_cmds",
        ),
        ("print", tr("skriv ut blanketter, statistik och anteckningar som PDF"), m + "print_cmds"),
        (
            "activity",
            tr("verksamhetsaktiviteter: information, uppsökande, utbildning, handledning …"),
            m + "annual_cmds",
        ),
        ("survey", tr("klientenkäten: omgångar, registrering, sammanställning"), m + "annual_cmds"),
        ("analysis", tr("årets analys i verksamhetsberättelsen"), m + "annual_cmds"),
        (
            "team",
            tr("arbeta i team: enhetens kö, bevakningar under frånvaro, överlämning"),
            m + "team_cmds",
        ),
    ]


def _list_group(sub: Any, name: str, help_text: str) -> None:
    """Add a group by name and help only (no parser of its own is built)."""
    real, sub._parser_class = sub._parser_class, lambda **_: _Ignored()
    try:
        sub.add_parser(name, help=help_text)
    finally:
        sub._parser_class = real


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


def _leaf_parser(parser: argparse.ArgumentParser, args: argparse.Namespace):
    """The (sub)parser of the command ``args`` ran: ``assignment add`` → its own parser."""
    while True:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        chosen = getattr(args, subs[0].dest, None) if subs else None
        if not subs or chosen not in subs[0].choices:
            return parser
        parser = subs[0].choices[chosen]


def _command_hints() -> dict[str, str]:
    """Where to look when a named thing does not exist (the service says only that it does not)."""
    return {
        "alias": tr("se 'assignment list --all'"),
        "bundle_id": tr("se 'coordinator status --json'"),
    }


def option_hint(
    parser: argparse.ArgumentParser | None, args: argparse.Namespace | None, field: str | None
) -> str:
    """ " (--title)" for a refusal about the service's ``title`` when the command has that option:
    the services never name an option, the command line adds it (ARCHITECTURE.md)."""
    if parser is None or args is None or not field:
        return ""
    hint = _command_hints().get(field)
    if hint is None:
        options = [
            a.option_strings[0]
            for a in _leaf_parser(parser, args)._actions
            if a.dest == field and a.option_strings
        ]
        hint = options[0] if options else None
    return f" ({hint})" if hint else ""


def main(argv: list[str] | None = None, *, stdin=None, stdout=None, stderr=None) -> int:
    stderr = stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:  # answered before any configuration or command is loaded
        print(f"po-desktop {__version__}", file=stdout or sys.stdout)
        return 0
    debug = "--debug" in argv
    ctx = None
    parser = args = None
    try:
        config_error = _choose_language()
        _refuse_passphrase_argument(argv)
        parser = build_parser(argv)
        args = parser.parse_args(argv)
        from po_desktop.hardening import disable_core_dumps

        # before anything is unlocked or read (CLI and window alike); after parsing, so that
        # --help and a usage error do not load ctypes (start-up time)
        disable_core_dumps()
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
        hint = option_hint(parser, args, exc.field)
        print(f"po-desktop: {visible(printable(exc.message), None)}{hint}", file=stderr)
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
