"""`print …` commands: the forms, the period statistics and an assignment's notes as PDF.

Filled intake values come from ``--values FILE`` (TOML or JSON; ``-`` reads standard input) or
from prompts on a terminal. They are used for that one PDF and never stored anywhere else.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from po_desktop.errors import RejectedInput, UsageError
from po_desktop.i18n import tr


def register(sub) -> None:
    p = sub.add_parser("print", help=tr("skriv ut blanketter, statistik och anteckningar som PDF"))
    psub = p.add_subparsers(dest="print_command", metavar="SUBCOMMAND", required=True)

    c = psub.add_parser("intake", help=tr("blanketten Ansökan om personligt ombud"))
    c.add_argument("--out", required=True, metavar="FILE", help=tr("PDF-filen som skrivs"))
    group = c.add_mutually_exclusive_group()
    group.add_argument("--blank", action="store_true", help=tr("tom blankett att fylla i för hand"))
    group.add_argument("--values", metavar="FILE",
                       help=tr("ifyllda uppgifter (TOML eller JSON, '-' = standard in); "
                               "sparas aldrig"))
    c.set_defaults(handler=cmd_intake)

    c = psub.add_parser("system-failure", help=tr("blanketten Identifiera systemfel"))
    c.add_argument("id", nargs="?", metavar="ID", help=tr("systemfelets id (utelämnas med --blank)"))
    c.add_argument("--out", required=True, metavar="FILE")
    c.add_argument("--blank", action="store_true", help=tr("tom blankett"))
    c.add_argument("--ombud", default="", metavar="TEXT",
                   help=tr("ombudets namn eller beteckning på blanketten"))
    c.set_defaults(handler=cmd_system_failure)

    c = psub.add_parser("stats", help=tr("periodens statistik med diagram"))
    c.add_argument("--period", required=True, metavar="P")
    c.add_argument("--out", required=True, metavar="FILE")
    c.add_argument("--internal", action="store_true",
                   help=tr("exakta tal (internt); annars maskeras små tal för publicering"))
    c.add_argument("--with-system-failures", action="store_true",
                   help=tr("ta med periodens systemfel per myndighet"))
    c.set_defaults(handler=cmd_stats)

    c = psub.add_parser("notes", help=tr("ett uppdrags anteckningar, till klienten vid avslut"))
    c.add_argument("alias", metavar="ALIAS")
    c.add_argument("--out", required=True, metavar="FILE")
    c.set_defaults(handler=cmd_notes)


# --- helpers ----------------------------------------------------------------------------------

def _optional_vault(ctx):
    """The vault when its file exists (for the unit label and the unit's own forms)."""
    if ctx.vault_path.exists():
        return ctx.vault()
    return None


def _unit_label(vault) -> str:
    return str(vault.get_setting("unit_label") or "") if vault is not None else ""


def read_values(source: str, stdin) -> dict[str, Any]:
    """Form values from a TOML or JSON file (or stdin for '-'); messages never echo content."""
    name = tr("standard in") if source == "-" else source
    try:
        text = stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(tr("Värdefilen {path} finns inte.").format(path=source)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RejectedInput(tr("Kan inte läsa värdefilen {path}: {err}.")
                            .format(path=name, err=getattr(exc, "strerror", None)
                                    or type(exc).__name__)) from None
    as_json = source.lower().endswith(".json") or (source == "-" and text.lstrip()[:1] == "{")
    try:
        data = json.loads(text) if as_json else tomllib.loads(text)
    except json.JSONDecodeError as exc:
        raise RejectedInput(tr("Värdefilen {path} är inte giltig JSON (rad {line}, kolumn {col})."
                               ).format(path=name, line=exc.lineno, col=exc.colno)) from None
    except tomllib.TOMLDecodeError:
        raise RejectedInput(tr("Värdefilen {path} är inte giltig TOML eller JSON.")
                            .format(path=name)) from None
    if not isinstance(data, dict):
        raise RejectedInput(tr("Värdefilen {path} ska innehålla nyckel = värde.")
                            .format(path=name))
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
                out.write(tr("{label} (flera rader; avsluta med en tom rad)").format(
                    label=block.label) + "\n")
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
                choices = "  ".join(f"{i}) {o.label.rstrip(':')}"
                                    for i, o in enumerate(block.options, 1))
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
    from po_desktop.printing.forms import render_form
    from po_desktop.printing.forms_loader import load_form

    vault = _optional_vault(ctx)
    definition = load_form("intake", vault)
    values = None
    if args.values:
        values = read_values(args.values, ctx.stdin)
    elif not args.blank and hasattr(ctx.stdin, "isatty") and ctx.stdin.isatty():
        values = prompt_values(definition, ctx)
    out = render_form(definition, args.out, values, unit_label=_unit_label(vault))
    kind = tr("ifylld") if values else tr("tom")
    ctx.print(tr("Skrev {kind} blankett: {path}").format(kind=kind, path=out))
    return 0


SYSTEM_FAILURE_FIELDS = ("identified_on", "authority", "area", "description",
                         "independence_effect", "measures", "reported_to", "reported_on",
                         "feedback_requested_on", "feedback_received_on", "feedback")


def system_failure_values(sf, *, unit_label: str, ombud: str = "") -> dict[str, Any]:
    """Form values of one systemfel (a ``SystemFailureView`` or dict); no client data exists."""
    data = sf.to_dict() if hasattr(sf, "to_dict") else dict(sf)
    values = {k: data.get(k) for k in SYSTEM_FAILURE_FIELDS if data.get(k) not in (None, "")}
    values["unit"] = unit_label
    if ombud:
        values["ombud"] = ombud
    return values


SCANNED_TEXT_FIELDS = ("area", "description", "independence_effect", "measures", "reported_to",
                       "feedback")


def refuse_personal_data(vault, system_failures) -> None:
    """Systemfel text leaves the vault on paper: scan it again (an alias may have been added
    since it was stored) and refuse to print client data."""
    from po_desktop.domain.privacy import describe
    from po_desktop.services.casework import check_free_text

    for sf in system_failures:
        data = sf.to_dict() if hasattr(sf, "to_dict") else dict(sf)
        for name in SCANNED_TEXT_FIELDS:
            findings = check_free_text(vault, data.get(name) or "")
            if findings:
                raise RejectedInput(
                    tr("Systemfelet {id} ({field}) innehåller klientuppgifter: {what}. Ändra "
                       "systemfelet först; ingen PDF skrevs.")
                    .format(id=data.get("id"), field=name, what=describe(findings)))


def cmd_system_failure(args, ctx) -> int:
    from po_desktop.printing.forms import render_form
    from po_desktop.printing.forms_loader import load_form

    if not args.blank and not args.id:
        raise UsageError(tr("print system-failure: ange systemfelets ID, eller --blank"))
    if args.blank and args.id:
        raise UsageError(tr("print system-failure: ange antingen ID eller --blank, inte båda"))
    if args.blank:
        vault = _optional_vault(ctx)
        values = {"unit": _unit_label(vault)} if vault is not None else {}
    else:
        from po_desktop.services.casework import get_system_failure

        vault = ctx.vault()
        sf = get_system_failure(vault, args.id)
        refuse_personal_data(vault, [sf])
        values = system_failure_values(sf, unit_label=_unit_label(vault), ombud=args.ombud)
    definition = load_form("system_failure", vault)
    known = set(definition.field_keys())
    values = {k: v for k, v in values.items() if k in known}  # a unit's form may omit fields
    out = render_form(definition, args.out, values, unit_label=_unit_label(vault))
    ctx.print(tr("Skrev systemfelsblanketten: {path}").format(path=out))
    return 0


def cmd_stats(args, ctx) -> int:
    from po_desktop.domain.dates import parse_period
    from po_desktop.printing.reports import render_period_stats
    from po_desktop.services import statistics

    try:
        period = parse_period(args.period)
    except ValueError as exc:
        raise RejectedInput(str(exc)) from None
    vault = ctx.vault()
    ctx.require_mode("ombud")
    figures = statistics.period_figures(vault, period)
    sfs = None
    if args.with_system_failures:
        from po_desktop.services.casework import list_system_failures

        sfs = [s for s in list_system_failures(vault) if period.contains(s.identified_on)]
        refuse_personal_data(vault, sfs)
    out = render_period_stats(figures, period.to_dict(), _unit_label(vault), args.out,
                              mask_threshold=None if args.internal else 5,
                              system_failures=sfs)
    ctx.print(tr("Skrev statistiken för {period}: {path}").format(period=period.label, path=out))
    return 0


def cmd_notes(args, ctx) -> int:
    from po_desktop.printing.reports import render_assignment_notes
    from po_desktop.services.casework import list_notes

    vault = ctx.vault()
    notes = list_notes(vault, args.alias)
    out = render_assignment_notes(args.alias, notes, args.out, unit_label=_unit_label(vault))
    ctx.print(tr("Skrev {n} anteckningar: {path}").format(n=len(notes), path=out))
    return 0
