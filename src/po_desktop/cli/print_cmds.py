"""`print …` commands: the forms, the period statistics and an assignment's notes as PDF.

Filled intake values come from ``--values FILE`` (TOML or JSON; ``-`` reads standard input) or
from prompts on a terminal. They are used for that one PDF and never stored anywhere else.
"""

from __future__ import annotations

from po_desktop.cli import parse
from po_desktop.errors import RejectedInput, UsageError
from po_desktop.i18n import plural, tr

TYPE_CHECKING = False  # start-up: see po_desktop.cli
if TYPE_CHECKING:
    from typing import Any


def register(sub) -> None:
    p = sub.add_parser("print", help=tr("skriv ut blanketter, statistik och anteckningar som PDF"))
    psub = p.add_subparsers(dest="print_command", metavar="SUBCOMMAND", required=True)

    c = psub.add_parser("intake", help=tr("blanketten Ansökan om personligt ombud"))
    c.add_argument("--out", required=True, metavar="FILE", help=tr("PDF-filen som skrivs"))
    group = c.add_mutually_exclusive_group()
    group.add_argument("--blank", action="store_true", help=tr("tom blankett att fylla i för hand"))
    group.add_argument(
        "--values",
        metavar="FILE",
        help=tr("ifyllda uppgifter (TOML eller JSON, '-' = standard in); sparas aldrig"),
    )
    c.set_defaults(handler=cmd_intake)

    c = psub.add_parser("system-failure", help=tr("blanketten Identifiera systemfel"))
    c.add_argument(
        "id", nargs="?", metavar="ID", help=tr("systemfelets id (utelämnas med --blank)")
    )
    c.add_argument("--out", required=True, metavar="FILE")
    c.add_argument("--blank", action="store_true", help=tr("tom blankett"))
    c.add_argument(
        "--ombud",
        default="",
        metavar="TEXT",
        help=tr("ombudets namn eller beteckning på blanketten"),
    )
    c.set_defaults(handler=cmd_system_failure)

    c = psub.add_parser("stats", help=tr("periodens statistik med diagram"))
    c.add_argument("--period", required=True, metavar="P")
    c.add_argument("--out", required=True, metavar="FILE")
    c.add_argument(
        "--internal",
        action="store_true",
        help=tr("exakta tal (internt); annars maskeras små tal för publicering"),
    )
    c.add_argument(
        "--with-system-failures",
        action="store_true",
        help=tr("ta med periodens systemfel per ansvarig myndighet"),
    )
    c.add_argument(
        "--compare",
        metavar="P2",
        help=tr("jämför med en tidigare period, t.ex. samma period året innan"),
    )
    c.set_defaults(handler=cmd_stats)

    c = psub.add_parser("survey", help=tr("den tomma klientenkäten att dela ut"))
    c.add_argument("--out", required=True, metavar="FILE", help=tr("PDF-filen som skrivs"))
    c.set_defaults(handler=cmd_survey)

    c = psub.add_parser("annual-report", help=tr("enhetens verksamhetsberättelse för ett år"))
    c.add_argument("--year", required=True, metavar="Y")
    c.add_argument("--out", required=True, metavar="FILE", help=tr("PDF-filen som skrivs"))
    c.add_argument("--docx", metavar="FILE", help=tr("samma rapport som Word-fil (.docx)"))
    c.add_argument(
        "--internal",
        action="store_true",
        help=tr("exakta tal märkta INTERNT; annars maskeras små tal för publicering"),
    )
    c.set_defaults(handler=cmd_annual_report)

    c = psub.add_parser("forms", help=tr("visa, kopiera eller välj enhetens blankettdefinitioner"))
    group = c.add_mutually_exclusive_group()
    group.add_argument(
        "--copy-to",
        metavar="DIR",
        help=tr("kopiera definitionerna som används till en mapp, för att ändra"),
    )
    group.add_argument(
        "--use", metavar="DIR", help=tr("använd definitionerna i mappen (kontrolleras först)")
    )
    group.add_argument(
        "--reset", action="store_true", help=tr("använd programmets egna definitioner igen")
    )
    c.set_defaults(handler=cmd_forms)

    c = psub.add_parser("notes", help=tr("ett uppdrags anteckningar, till klienten vid avslut"))
    c.add_argument("alias", metavar="ALIAS")
    c.add_argument("--out", required=True, metavar="FILE")
    c.set_defaults(handler=cmd_notes)

    from po_desktop.cli import economy_cmds

    economy_cmds.register_print(psub)


# --- helpers ----------------------------------------------------------------------------------


def _optional_vault(ctx):
    """The vault when its file exists (for the unit label and the unit's own forms)."""
    if ctx.vault_path.exists():
        return ctx.vault()
    return None


MAX_VALUES_BYTES = 1_000_000  # a filled form is a few kB


def read_values(source: str, stdin) -> dict[str, Any]:
    """Form values from a TOML or JSON file (or stdin for '-'); messages never echo content."""
    name = tr("standard in") if source == "-" else source
    from pathlib import Path

    try:
        if source == "-":
            text = stdin.read()
        elif Path(source).exists() and not Path(source).is_file():
            # a folder, /dev/zero or a named pipe: never read "to the end"
            raise RejectedInput(tr("Värdefilen {path} är ingen vanlig fil.").format(path=source))
        else:
            with open(source, "rb") as fh:
                raw = fh.read(MAX_VALUES_BYTES + 1)
            if len(raw) > MAX_VALUES_BYTES:
                raise RejectedInput(
                    tr("Värdefilen {path} är för stor (högst 1 MB).").format(path=source)
                )
            text = raw.decode("utf-8-sig")
    except FileNotFoundError:
        raise UsageError(tr("Värdefilen {path} finns inte.").format(path=source)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RejectedInput(
            tr("Kan inte läsa värdefilen {path}: {err}.").format(
                path=name, err=getattr(exc, "strerror", None) or type(exc).__name__
            )
        ) from None
    as_json = source.lower().endswith(".json") or (source == "-" and text.lstrip()[:1] == "{")
    import json
    import tomllib  # only when a values file is read

    try:
        data = json.loads(text) if as_json else tomllib.loads(text)
    except json.JSONDecodeError as exc:
        raise RejectedInput(
            tr("Värdefilen {path} är inte giltig JSON (rad {line}, kolumn {col}).").format(
                path=name, line=exc.lineno, col=exc.colno
            )
        ) from None
    except tomllib.TOMLDecodeError:
        raise RejectedInput(
            tr("Värdefilen {path} är inte giltig TOML eller JSON.").format(path=name)
        ) from None
    if not isinstance(data, dict):
        raise RejectedInput(tr("Värdefilen {path} ska innehålla nyckel = värde.").format(path=name))
    return data


def prompt_values(definition, ctx) -> dict[str, Any]:
    """Ask for each field on the terminal. Empty answer = leave the box empty for handwriting."""
    out = ctx.stderr

    def ask(prompt: str) -> str:
        out.write(prompt)
        out.flush()
        line = ctx.stdin.readline()
        if not line:
            raise EOFError
        return line.rstrip("\r\n")

    values: dict[str, Any] = {}
    out.write(tr("Fyll i blanketten. Tom rad = lämna rutan tom. Uppgifterna sparas inte.") + "\n")
    try:
        for block in definition.all_blocks():
            if block.type == "field" and block.lines > 1:
                out.write(
                    tr("{label} (flera rader; avsluta med en tom rad)").format(label=block.label)
                    + "\n"
                )
                lines = []
                while True:
                    line = ask("  ")
                    if not line:
                        break
                    lines.append(line)
                if lines:
                    values[block.key] = "\n".join(lines)
            elif block.type == "field":
                answer = ask(f"{block.label.rstrip(':')}: ")
                if answer:
                    values[block.key] = answer
            elif block.type == "choice":
                choices = "  ".join(
                    f"{i}) {o.label.rstrip(':')}" for i, o in enumerate(block.options, 1)
                )
                out.write(f"{block.label}: {choices}\n")
                answer = ask(tr("  nummer eller text: "))
                if answer.isdigit() and 1 <= int(answer) <= len(block.options):
                    values[block.key] = block.options[int(answer) - 1].code
                elif answer:
                    values[block.key] = answer
    except EOFError:
        pass
    return values


# --- handlers ---------------------------------------------------------------------------------


def cmd_intake(args, ctx) -> int:
    from po_desktop.services import printing  # reportlab loads only when printing

    vault = _optional_vault(ctx)
    values = None
    if args.values:
        values = read_values(args.values, ctx.stdin)
    elif not args.blank and hasattr(ctx.stdin, "isatty") and ctx.stdin.isatty():
        values = prompt_values(printing.load_form(vault, "intake"), ctx)
    out = printing.print_intake(vault, args.out, values)
    kind = tr("ifylld") if values else tr("tom")
    ctx.print(tr("Skrev {kind} blankett: {path}").format(kind=kind, path=out))
    return 0


def cmd_system_failure(args, ctx) -> int:
    from po_desktop.services import printing  # reportlab loads only when printing

    if not args.blank and not args.id:
        raise UsageError(tr("print system-failure: ange systemfelets ID, eller --blank"))
    if args.blank and args.id:
        raise UsageError(tr("print system-failure: ange antingen ID eller --blank, inte båda"))
    vault = _optional_vault(ctx) if args.blank else ctx.vault()
    out = printing.print_system_failure(
        vault, args.out, None if args.blank else args.id, ombud=args.ombud
    )
    ctx.print(tr("Skrev systemfelsblanketten: {path}").format(path=out))
    return 0


def cmd_stats(args, ctx) -> int:
    from po_desktop.domain.dates import parse_period
    from po_desktop.services import printing  # reportlab loads only when printing

    try:
        period = parse_period(args.period)
    except ValueError as exc:
        raise RejectedInput(str(exc)) from None
    vault = ctx.vault()
    ctx.require_mode("ombud")
    out = printing.print_period_stats(
        vault,
        period,
        args.out,
        internal=args.internal,
        with_system_failures=args.with_system_failures,
        compare=args.compare,
    )
    ctx.print(tr("Skrev statistiken för {period}: {path}").format(period=period.label, path=out))
    return 0


def cmd_notes(args, ctx) -> int:
    from po_desktop.services import printing  # reportlab loads only when printing

    out, n = printing.print_notes(ctx.vault(), args.alias, args.out)
    ctx.print(
        plural(
            n, tr("Skrev {n} anteckning: {path}"), tr("Skrev {n} anteckningar: {path}"), path=out
        )
    )
    return 0


def cmd_forms(args, ctx) -> int:
    from po_desktop.services import printing  # reportlab loads only when printing

    vault = ctx.vault() if (args.use or args.reset) else _optional_vault(ctx)
    if args.copy_to:
        for path in printing.copy_forms(vault, args.copy_to):
            ctx.print(tr("Kopierade {path}").format(path=path))
        return 0
    if args.use:
        for path in printing.set_forms_folder(vault, args.use):
            ctx.print(tr("Använder {path}").format(path=path))
    elif args.reset:
        printing.set_forms_folder(vault, None)
    for name, path in printing.forms_in_use(vault).items():
        ctx.print(f"{name}: {path}")
    return 0


def cmd_survey(args, ctx) -> int:
    from po_desktop.services import annual_report  # reportlab loads only when printing

    out = annual_report.print_survey_form(_optional_vault(ctx), args.out)
    ctx.print(tr("Skrev den tomma klientenkäten: {path}").format(path=out))
    return 0


def cmd_annual_report(args, ctx) -> int:
    from po_desktop.services import annual_report  # reportlab loads only when printing

    year = parse.year(args.year)
    vault = ctx.vault()
    ctx.require_mode("ombud")
    for path in annual_report.print_annual_report(
        vault, year, pdf=args.out, docx=args.docx, internal=args.internal
    ):
        ctx.print(tr("Skrev verksamhetsberättelsen {year}: {path}").format(year=year, path=path))
    return 0
