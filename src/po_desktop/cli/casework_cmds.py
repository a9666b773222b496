"""The casework commands: `assignment …` and `overview` here; `note …`, `follow-up …`,
`inquiry …` and `system-failure …` in their own modules (``note_cmds``, ``follow_up_cmds``,
``inquiry_cmds``, ``system_failure_cmds``), registered from :func:`register` in help order.

Thin: parse strings (:mod:`po_desktop.cli.parse`), call :mod:`po_desktop.services.casework`,
print. ``--json`` output is the views' ``to_dict()`` (documented in the README, "Casework
commands").
"""

from __future__ import annotations

import argparse

from po_desktop.cli import parse
from po_desktop.cli.casework_common import code_label as _label
from po_desktop.cli.casework_common import cw
from po_desktop.cli.casework_common import day_text as _d
from po_desktop.cli.casework_common import ombud_vault as _vault
from po_desktop.cli.output import number_text
from po_desktop.errors import RejectedInput
from po_desktop.i18n import plural, tr

# --- registration ------------------------------------------------------------------------------


def _assignment_flags(p, *, required: bool) -> None:
    p.add_argument(
        "--alias",
        required=required,
        metavar="A",
        help=tr("alias (pseudonym, t.ex. AB12); vid update: nytt alias"),
    )
    p.add_argument("--gender", required=required, metavar="G")
    p.add_argument(
        "--birth-year",
        required=required,
        metavar="YYYY",
        help=tr("födelseår, eller 'unknown' när uppgift saknas"),
    )
    p.add_argument("--municipality", required=required, metavar="NAME")
    p.add_argument(
        "--referral-source",
        metavar="R",
        help=tr("krävs vid add utan --from-inquiry") if required else None,
    )
    p.add_argument("--start", required=required, metavar="DATE")
    p.add_argument(
        "--priority-flag",
        action="append",
        metavar="F",
        help=tr("kan upprepas; vid update ersätts listan"),
    )
    p.add_argument(
        "--area", action="append", metavar="A", help=tr("kan upprepas; vid update ersätts listan")
    )
    p.add_argument("--phase", metavar="P", help="opening · working · closing")
    p.add_argument(
        "--first-visit-two-ombud",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=tr("första hembesöket gjordes av två ombud"),
    )


def register(sub) -> None:
    # assignment
    a = sub.add_parser("assignment", help=tr("uppdrag: lägg till, ändra, avsluta, lista"))
    asub = a.add_subparsers(dest="assignment_command", metavar="SUBCOMMAND", required=True)
    p = asub.add_parser("add", help=tr("nytt uppdrag"))
    _assignment_flags(p, required=True)
    p.add_argument(
        "--from-inquiry",
        metavar="ID",
        help=tr(
            "förfrågan som antas: kontaktväg och prioritering hämtas från den "
            "och dess utfall blir antagen"
        ),
    )
    p.set_defaults(handler=cmd_assignment_add)
    p = asub.add_parser("update", help=tr("ändra ett uppdrags uppgifter"))
    p.add_argument("target", metavar="ALIAS")
    _assignment_flags(p, required=False)
    p.add_argument("--no-priority-flags", action="store_true", help=tr("töm prioriteringarna"))
    p.add_argument("--no-areas", action="store_true", help=tr("töm uppdragsområdena"))
    p.add_argument("--end", metavar="DATE", help=tr("rätta slutdatum (avslutat uppdrag)"))
    p.add_argument("--reason", metavar="R", help=tr("rätta avslutsorsak (avslutat uppdrag)"))
    p.set_defaults(handler=cmd_assignment_update)
    p = asub.add_parser("close", help=tr("avsluta; anteckningarna gallras enligt gallringsregeln"))
    p.add_argument("target", metavar="ALIAS")
    p.add_argument("--end", required=True, metavar="DATE")
    p.add_argument("--reason", required=True, metavar="R")
    p.set_defaults(handler=cmd_assignment_close)
    p = asub.add_parser("list", help=tr("aktiva (eller alla) uppdrag"))
    p.add_argument("--all", action="store_true", help=tr("även avslutade"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_assignment_list)
    p = asub.add_parser("show", help=tr("ett uppdrag"))
    p.add_argument("target", metavar="ALIAS")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_assignment_show)
    p = asub.add_parser("purge-log", help=tr("gallringsloggen (utan innehåll)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_purge_log)

    from po_desktop.cli import follow_up_cmds, inquiry_cmds, note_cmds, system_failure_cmds

    for module in (note_cmds, follow_up_cmds, inquiry_cmds, system_failure_cmds):
        module.register(sub)  # help order: assignment, note, follow-up, inquiry, system-failure

    o = sub.add_parser("overview", help=tr("startvyn: ärendemängd, bevakningar, väntelista"))
    o.add_argument("--json", action="store_true")
    o.set_defaults(handler=cmd_overview)


# --- assignment --------------------------------------------------------------------------------


def _assignment_changes(args, *, update: bool) -> dict:
    changes: dict = {}
    if args.alias is not None:
        changes["alias"] = args.alias
    if args.gender is not None:
        changes["gender"] = args.gender
    if args.birth_year is not None:
        unknown = args.birth_year.strip().casefold() in ("unknown", "okänt", "uppgift saknas")
        changes["birth_year"] = (
            cw.BIRTH_YEAR_UNKNOWN if unknown else parse.integer(args.birth_year, tr("Födelseåret"))
        )
    if args.municipality is not None:
        changes["municipality"] = args.municipality
    if args.referral_source is not None:
        changes["referral_source"] = args.referral_source
    if args.start is not None:
        changes["start"] = parse.date(args.start)
    if args.priority_flag is not None:
        changes["priority_flags"] = args.priority_flag
    if args.area is not None:
        changes["areas"] = args.area
    if args.phase is not None:
        changes["phase"] = args.phase
    if args.first_visit_two_ombud is not None:
        changes["first_visit_two_ombud"] = args.first_visit_two_ombud
    if update:
        if args.no_priority_flags:
            changes["priority_flags"] = []
        if args.no_areas:
            changes["areas"] = []
        if args.end is not None:
            changes["end"] = parse.date(args.end)
        if args.reason is not None:
            changes["reason"] = args.reason
    return changes


def _print_assignment(ctx, a: cw.AssignmentView) -> None:
    status = (
        tr("aktivt")
        if a.active
        else tr("avslutat {end} ({reason})").format(
            end=_d(a.end_date), reason=_label("end_reason", a.end_reason)
        )
    )
    ctx.print(
        f"{a.alias}\t{tr('start')} {_d(a.start_date)}\t{status}\t"
        f"{_label('phase', a.phase)}\t{_label('gender', a.gender)}\t{a.birth_year or ''}\t"
        f"{a.municipality}"
    )


def cmd_assignment_add(args, ctx) -> int:
    from po_desktop.errors import UsageError

    if args.from_inquiry is None and args.referral_source is None:
        raise UsageError(tr("assignment add: --referral-source krävs (eller --from-inquiry ID)"))
    changes = _assignment_changes(args, update=False)
    if args.from_inquiry is not None:
        inquiry_id = parse.integer(args.from_inquiry, tr("Förfrågans id"))
        a = cw.start_assignment_from_inquiry(_vault(ctx), inquiry_id, **changes)
        ctx.print(
            tr(
                "Uppdraget {alias} är tillagt (start {start}) från förfrågan {id}, som nu "
                "är antagen."
            ).format(alias=a.alias, start=_d(a.start_date), id=inquiry_id)
        )
        return 0
    a = cw.add_assignment(_vault(ctx), **changes)
    ctx.print(
        tr("Uppdraget {alias} är tillagt (start {start}).").format(
            alias=a.alias, start=_d(a.start_date)
        )
    )
    return 0


def cmd_assignment_update(args, ctx) -> int:
    changes = _assignment_changes(args, update=True)
    if not changes:
        raise RejectedInput(
            tr("Inget att ändra: ange minst en flagga (se 'assignment update --help').")
        )
    a = cw.update_assignment(_vault(ctx), args.target, **changes)
    ctx.print(tr("Uppdraget {alias} är ändrat.").format(alias=a.alias))
    return 0


def _notes_count(n: int) -> str:
    return plural(n, tr("{n} anteckning"), tr("{n} anteckningar"))


def _follow_ups_count(n: int) -> str:
    return plural(n, tr("{n} bevakning"), tr("{n} bevakningar"))


def cmd_assignment_close(args, ctx) -> int:
    end = parse.date(args.end)
    vault = _vault(ctx)
    a = cw.close_assignment(vault, args.target, end=end, reason=args.reason)
    if a.purged:
        entry = next(
            (e for e in reversed(cw.purge_log(vault)) if e.assignment_ref == a.alias), None
        )
        ctx.print(
            tr(
                "Uppdraget är avslutat {end}. Gallrat: {notes} och {follow_ups}; "
                "uppdraget heter nu {ref}."
            ).format(
                end=_d(a.end_date),
                notes=_notes_count(entry.notes_count if entry else 0),
                follow_ups=_follow_ups_count(entry.follow_ups_count if entry else 0),
                ref=a.alias,
            )
        )
    else:
        ctx.print(
            tr(
                "Uppdraget {alias} är avslutat {end}. Anteckningar och bevakningar gallras {on}."
            ).format(alias=a.alias, end=_d(a.end_date), on=_d(cw.purge_date(vault, end)))
        )
    _tell_about_backups(ctx, vault, a)
    return 0


def _tell_about_backups(ctx, vault, a) -> None:
    """Automatic backups still hold the notes: say so, and offer to delete them (a question on a
    terminal, else the command that does it)."""
    from po_desktop.services import backups as bk

    info = bk.closing_backups(
        vault,
        a.alias,
        purged=a.purged,
        purge_on=None if a.purged else cw.purge_date(vault, a.end_date),
    )
    if info.message is None:
        return
    ctx.print(info.message)
    if info.delete_before is None:
        return
    stamp = info.delete_before.isoformat(timespec="seconds")
    if hasattr(ctx.stdin, "isatty") and ctx.stdin.isatty():
        ctx.stdout.write(tr("Radera dem nu? [j/N] "))
        ctx.stdout.flush()
        if ctx.stdin.readline().strip().lower() in ("j", "ja", "y", "yes"):
            deleted = bk.delete_automatic_backups(vault, before=info.delete_before)
            ctx.print(tr("Raderade automatiska säkerhetskopior: {n}.").format(n=len(deleted)))
            return
    ctx.print(
        tr("Radera dem med: po-desktop vault backups delete --before {stamp}").format(stamp=stamp)
    )


def cmd_assignment_list(args, ctx) -> int:
    rows = cw.list_assignments(_vault(ctx), include_closed=args.all)
    if args.json:
        ctx.print_json([a.to_dict() for a in rows])
        return 0
    if not rows:
        ctx.print(tr("Inga uppdrag."))
    for a in rows:
        _print_assignment(ctx, a)
    return 0


def cmd_assignment_show(args, ctx) -> int:
    a = cw.get_assignment(_vault(ctx), args.target)
    if args.json:
        ctx.print_json(a.to_dict())
        return 0
    _print_assignment(ctx, a)
    ctx.print(
        tr(
            "kontaktväg: {r}; prioritering: {p}; områden: {ar}; första besöket av två ombud: {two}"
        ).format(
            r=_label("referral_source", a.referral_source),
            p=", ".join(_label("priority_flag", c) for c in a.priority_flags) or "–",
            ar=", ".join(_label("area", c) for c in a.areas) or "–",
            two=tr("ja") if a.first_visit_two_ombud else tr("nej"),
        )
    )
    return 0


def cmd_purge_log(args, ctx) -> int:
    from po_desktop.services.backups import purge_backup_status

    vault = _vault(ctx)
    rows = cw.purge_log(vault)
    status = purge_backup_status(vault)
    if args.json:
        ctx.print_json(
            [{**e.to_dict(), **(status[e.id].to_dict() if e.id in status else {})} for e in rows]
        )
        return 0
    if not rows:
        ctx.print(tr("Ingen gallring har gjorts."))
    for e in rows:
        line = tr("{at}\t{ref}\t{notes}, {follow_ups} gallrade").format(
            at=e.purged_at.isoformat(sep=" "),
            ref=e.assignment_ref,
            notes=_notes_count(e.notes_count),
            follow_ups=_follow_ups_count(e.follow_ups_count),
        )
        if e.id in status:
            line += "; " + status[e.id].describe()
        ctx.print(line)
    return 0


# --- overview ----------------------------------------------------------------------------------


def cmd_overview(args, ctx) -> int:
    v = cw.start_view(_vault(ctx))
    if args.json:
        ctx.print_json(v.to_dict())
        return 0
    c = v.caseload
    ctx.print(
        tr("Aktiva uppdrag: {n} (mål {lo}–{hi} för {fte} årsarbeten)").format(
            n=c.active,
            lo=number_text(c.target_min),
            hi=number_text(c.target_max),
            fte=number_text(c.fte),
        )
    )
    ctx.print(
        tr("Äldre än 18 månader: {list}").format(
            list=", ".join(a.alias for a in v.over_18_months) or "–"
        )
    )
    ctx.print(
        tr("Försenade bevakningar: {n}; kommande 14 dagar: {m}").format(
            n=len(v.overdue), m=len(v.upcoming)
        )
    )
    ctx.print(tr("Väntelistan: {n}").format(n=v.waiting_count))
    return 0
