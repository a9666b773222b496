"""`assignment …`, `note …`, `follow-up …`, `inquiry …`, `system-failure …`, `overview`.

Thin: parse strings (dates with :func:`~po_desktop.domain.dates.parse_date`), call
:mod:`po_desktop.services.casework`, print. ``--json`` output is the views' ``to_dict()``
(documented in the README, "Casework commands").
"""

from __future__ import annotations

import argparse

from po_desktop.cli import parse
from po_desktop.cli.output import number_text
from po_desktop.errors import RejectedInput
from po_desktop.i18n import plural, tr
from po_desktop.lazy import lazy_import

TYPE_CHECKING = False  # start-up: see po_desktop.cli
if TYPE_CHECKING:
    from po_desktop.domain import categories
    from po_desktop.services import casework as cw
    from po_desktop.services import system_failure_fields as sf_fields
else:  # loaded when a command runs, not when the parser is built (fast --help, window start)
    cw = lazy_import("po_desktop.services.casework")
    sf_fields = lazy_import("po_desktop.services.system_failure_fields")
    categories = lazy_import("po_desktop.domain.categories")


def _vault(ctx):
    vault = ctx.vault()
    ctx.require_mode("ombud")
    return vault


def _label(list_name: str, code: str | None) -> str:
    return categories.default_profile().label(list_name, code) if code else ""


def _d(value) -> str:
    return value.isoformat() if value else "–"


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

    # note
    n = sub.add_parser("note", help=tr("arbetsanteckningar och sökning"))
    nsub = n.add_subparsers(dest="note_command", metavar="SUBCOMMAND", required=True)
    p = nsub.add_parser(
        "add",
        help=tr("ny anteckning; texten från stdin om --text saknas"),
        description=_note_text_help(),
    )
    p.add_argument("target", metavar="ALIAS")
    p.add_argument("--date", required=True, metavar="DATE")
    p.add_argument("--text", metavar="TEXT", help=_text_option_help())
    p.set_defaults(handler=cmd_note_add)
    p = nsub.add_parser(
        "update",
        help=tr("ändra en anteckning; texten från stdin om --text saknas"),
        description=_note_text_help(),
    )
    p.add_argument("note_id", metavar="ID")
    p.add_argument("--date", metavar="DATE")
    p.add_argument("--text", metavar="TEXT", help=_text_option_help())
    p.set_defaults(handler=cmd_note_update)
    p = nsub.add_parser("delete", help=tr("förstör en anteckning"))
    p.add_argument("note_id", metavar="ID")
    p.set_defaults(handler=cmd_note_delete)
    p = nsub.add_parser("list", help=tr("ett uppdrags anteckningar"))
    p.add_argument("target", metavar="ALIAS")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_note_list)
    p = nsub.add_parser("search", help=tr("fritextsökning i alla anteckningar"))
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--limit", default="50", metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_note_search)

    # follow-up
    f = sub.add_parser("follow-up", help=tr("bevakningar"))
    fsub = f.add_subparsers(dest="follow_up_command", metavar="SUBCOMMAND", required=True)
    p = fsub.add_parser(
        "add", help=tr("ett bevakningssteg; med --served-on beräknas överklagandefristen")
    )
    p.add_argument("target", metavar="ALIAS")
    p.add_argument("--step", required=True, metavar="STEP")
    p.add_argument("--date", required=True, metavar="DATE")
    p.add_argument("--served-on", metavar="DATE")
    p.add_argument("--due", metavar="DATE", help=tr("egen sista dag (ersätter förslaget)"))
    p.add_argument("--text", metavar="TEXT")
    p.set_defaults(handler=cmd_follow_up_add)
    p = fsub.add_parser("list", help=tr("öppna bevakningar, närmast först"))
    p.add_argument("--overdue", action="store_true", help=tr("bara försenade"))
    p.add_argument("--alias", metavar="A", help=tr("bara detta uppdrag"))
    p.add_argument("--all", action="store_true", help=tr("även klara"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_follow_up_list)
    p = fsub.add_parser("done", help=tr("markera en bevakning som klar"))
    p.add_argument("follow_up_id", metavar="ID")
    p.add_argument("--on", metavar="DATE", help=tr("datum (standard: i dag)"))
    p.set_defaults(handler=cmd_follow_up_done)

    # inquiry
    q = sub.add_parser("inquiry", help=tr("förfrågningar och väntelista"))
    qsub = q.add_subparsers(dest="inquiry_command", metavar="SUBCOMMAND", required=True)
    p = qsub.add_parser("add", help=tr("ny förfrågan"))
    p.add_argument("--date", required=True, metavar="DATE")
    p.add_argument("--referral-source", required=True, metavar="R")
    p.add_argument("--outcome", required=True, metavar="O")
    p.add_argument("--priority-flag", action="append", default=[], metavar="F")
    p.add_argument("--referred-to", metavar="TEXT", help=tr("instans vid hänvisning"))
    p.set_defaults(handler=cmd_inquiry_add)
    p = qsub.add_parser("update", help=tr("ändra en förfrågan (t.ex. utfall)"))
    p.add_argument("inquiry_id", metavar="ID")
    p.add_argument("--date", metavar="DATE")
    p.add_argument("--referral-source", metavar="R")
    p.add_argument("--outcome", metavar="O")
    p.add_argument("--outcome-on", metavar="DATE")
    p.add_argument("--priority-flag", action="append", metavar="F")
    p.add_argument("--no-priority-flags", action="store_true")
    p.add_argument("--referred-to", metavar="TEXT")
    p.set_defaults(handler=cmd_inquiry_update)
    p = qsub.add_parser("list", help=tr("väntelistan i prioritetsordning"))
    p.add_argument("--waiting", action="store_true", help=tr("bara väntelistan"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_inquiry_list)

    # system-failure
    s = sub.add_parser("system-failure", help=tr("systemfel"))
    ssub = s.add_subparsers(dest="system_failure_command", metavar="SUBCOMMAND", required=True)
    for name, required in (("add", True), ("update", False)):
        p = ssub.add_parser(
            name,
            help=tr("nytt systemfel; skriver ut dess id")
            if required
            else tr("ändra ett systemfel"),
        )
        if not required:
            p.add_argument("sf_id", metavar="ID")
        p.add_argument("--identified-on", required=required, metavar="DATE")
        p.add_argument(
            "--authority",
            required=required,
            metavar="A",
            help=tr("ansvarig myndighet: en kod i profilen, t.ex. social_insurance"),
        )
        p.add_argument("--area", required=required, metavar="TEXT")
        p.add_argument("--description", required=required, metavar="TEXT")
        p.add_argument(
            "--independence-effect",
            metavar="TEXT",
            help=tr("ökar stödet självständighet eller beroende?"),
        )
        p.add_argument("--measures", metavar="TEXT")
        p.add_argument("--reported-to", metavar="TEXT")
        p.add_argument("--reported-on", metavar="DATE")
        p.add_argument("--feedback-requested-on", metavar="DATE")
        p.add_argument("--feedback-received", action=argparse.BooleanOptionalAction, default=None)
        p.add_argument("--feedback-received-on", metavar="DATE")
        p.add_argument("--feedback", metavar="TEXT")
        p.set_defaults(handler=cmd_sf_add if required else cmd_sf_update)
    p = ssub.add_parser("list", help=tr("systemfelsregistret"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sf_list)
    p = ssub.add_parser("show", help=tr("ett systemfel"))
    p.add_argument("sf_id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sf_show)

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
            ).format(alias=a.alias, end=_d(a.end_date), on=_d(cw.purge_date(vault, a.end_date)))
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


# --- notes -------------------------------------------------------------------------------------


def _note_text_help() -> str:
    return tr(
        "Skicka anteckningens text på stdin (t.ex. 'po-desktop note add AB12 --date "
        "2026-02-01 < text.txt' eller via en pipe), eller skriv den när du får frågan i "
        "terminalen och avsluta med Ctrl-D. Undvik --text: allt på kommandoraden syns för "
        "andra i processlistan och hamnar i skalets historik."
    )


def _text_option_help() -> str:
    return tr(
        "anteckningens text; syns i processlistan och skalets historik, så använd hellre stdin"
    )


def _note_text(args, ctx) -> str:
    """--text if given (visible to others, see the help), else stdin; on a terminal the user is
    asked to type the note and end it with Ctrl-D."""
    if args.text is not None:
        return args.text
    if hasattr(ctx.stdin, "isatty") and ctx.stdin.isatty():
        print(
            tr(
                "Skriv anteckningen och avsluta med Ctrl-D på en egen rad (Ctrl-Z och Enter i "
                "Windows):"
            ),
            file=ctx.stderr,
            flush=True,
        )
    return ctx.read_text()


def cmd_note_add(args, ctx) -> int:
    day = parse.date(args.date)
    vault = _vault(ctx)
    n = cw.add_note(vault, args.target, date=day, text=_note_text(args, ctx))
    ctx.print(
        tr("Anteckning {id} sparad för {alias} ({date}).").format(
            id=n.id, alias=n.alias, date=_d(n.date)
        )
    )
    return 0


def cmd_note_update(args, ctx) -> int:
    day = parse.date(args.date)
    note_id = parse.integer(args.note_id, "ID")
    vault = _vault(ctx)
    n = cw.update_note(vault, note_id, text=_note_text(args, ctx), date=day)
    ctx.print(tr("Anteckning {id} ändrad.").format(id=n.id))
    return 0


def cmd_note_delete(args, ctx) -> int:
    note_id = parse.integer(args.note_id, "ID")
    cw.delete_note(_vault(ctx), note_id)
    ctx.print(tr("Anteckning {id} är förstörd.").format(id=note_id))
    return 0


def cmd_note_list(args, ctx) -> int:
    rows = cw.list_notes(_vault(ctx), args.target)
    if args.json:
        ctx.print_json([n.to_dict() for n in rows])
        return 0
    if not rows:
        ctx.print(tr("Inga anteckningar."))
    for n in rows:
        ctx.print(f"[{n.id}] {_d(n.date)}")
        ctx.print(n.text)
        ctx.print("")
    return 0


def cmd_note_search(args, ctx) -> int:
    limit = parse.integer(args.limit, "--limit")
    hits = cw.search_notes(_vault(ctx), args.query, limit=limit)
    if args.json:
        ctx.print_json([h.to_dict() for h in hits])
        return 0
    if not hits:
        ctx.print(tr("Inga träffar."))
    for h in hits:
        ctx.print(f"{h.alias}\t{_d(h.date)}\t[{h.note_id}]\t{h.snippet}")
    return 0


# --- follow-ups --------------------------------------------------------------------------------


def cmd_follow_up_add(args, ctx) -> int:
    day, served, due = parse.date(args.date), parse.date(args.served_on), parse.date(args.due)
    f = cw.add_follow_up(
        _vault(ctx),
        args.target,
        step=args.step,
        date=day,
        served_on=served,
        due=due,
        text=args.text,
    )
    line = tr("Bevakning {id} sparad ({step}).").format(
        id=f.id, step=_label("follow_up_step", f.step)
    )
    if f.due_kind == "overridden":
        line += " " + tr("Sista dag {due} (egen; förslaget var {proposed}).").format(
            due=_d(f.due), proposed=_d(f.proposed_due)
        )
    elif f.due_kind == "appeal":
        line += " " + tr(
            "Sista dag för överklagande {due} (tre veckor från delgivningen {served})."
        ).format(due=_d(f.due), served=_d(f.served_on))
    elif f.due_kind == "watch":
        line += " " + tr("Bevaka senast {due} (förslag för steget; ändra med --due).").format(
            due=_d(f.due)
        )
    elif f.due_kind == "own":
        line += " " + tr("Sista dag {due}.").format(due=_d(f.due))
    ctx.print(line)
    return 0


def cmd_follow_up_list(args, ctx) -> int:
    rows = cw.list_follow_ups(
        _vault(ctx), overdue_only=args.overdue, alias=args.alias, include_done=args.all
    )
    if args.json:
        ctx.print_json([f.to_dict() for f in rows])
        return 0
    if not rows:
        ctx.print(tr("Inga öppna bevakningar."))
    for f in rows:
        flags = []
        if f.overdue:
            flags.append(tr("FÖRSENAD"))
        if f.due_overridden:
            flags.append(tr("egen sista dag, förslag {d}").format(d=_d(f.proposed_due)))
        if f.done:
            flags.append(tr("klar {d}").format(d=_d(f.done_on)))
        ctx.print(
            f"[{f.id}]\t{f.alias}\t{_label('follow_up_step', f.step)}\t{_d(f.date)}\t"
            f"{tr('sista dag') if f.served_on else tr('bevaka senast')} {_d(f.due)}\t"
            f"{'; '.join(flags)}".rstrip()
        )
    return 0


def cmd_follow_up_done(args, ctx) -> int:
    fid = parse.integer(args.follow_up_id, "ID")
    import datetime as dt

    on = parse.date(args.on) or dt.date.today()
    f = cw.complete_follow_up(_vault(ctx), fid, on)
    ctx.print(tr("Bevakning {id} är klar ({on}).").format(id=f.id, on=_d(f.done_on)))
    return 0


# --- inquiries ---------------------------------------------------------------------------------


def cmd_inquiry_add(args, ctx) -> int:
    q = cw.add_inquiry(
        _vault(ctx),
        date=parse.date(args.date),
        referral_source=args.referral_source,
        outcome=args.outcome,
        priority_flags=args.priority_flag,
        referred_to=args.referred_to,
    )
    ctx.print(
        tr("Förfrågan {id} sparad ({outcome}).").format(
            id=q.id, outcome=_label("inquiry_outcome", q.outcome)
        )
    )
    return 0


def cmd_inquiry_update(args, ctx) -> int:
    qid = parse.integer(args.inquiry_id, "ID")
    changes: dict = {}
    if args.date is not None:
        changes["date"] = parse.date(args.date)
    if args.referral_source is not None:
        changes["referral_source"] = args.referral_source
    if args.outcome is not None:
        changes["outcome"] = args.outcome
    if args.outcome_on is not None:
        changes["outcome_on"] = parse.date(args.outcome_on)
    if args.priority_flag is not None:
        changes["priority_flags"] = args.priority_flag
    if args.no_priority_flags:
        changes["priority_flags"] = []
    if args.referred_to is not None:
        changes["referred_to"] = args.referred_to
    if not changes:
        raise RejectedInput(tr("Inget att ändra: ange minst en flagga."))
    q = cw.update_inquiry(_vault(ctx), qid, **changes)
    ctx.print(
        tr("Förfrågan {id} ändrad ({outcome}).").format(
            id=q.id, outcome=_label("inquiry_outcome", q.outcome)
        )
    )
    return 0


def cmd_inquiry_list(args, ctx) -> int:
    rows = cw.list_inquiries(_vault(ctx), waiting_only=args.waiting)
    if args.json:
        ctx.print_json([q.to_dict() for q in rows])
        return 0
    if not rows:
        ctx.print(tr("Väntelistan är tom.") if args.waiting else tr("Inga förfrågningar."))
    for q in rows:
        flags = ", ".join(_label("priority_flag", c) for c in q.priority_flags) or "–"
        extra = f"\t{q.referred_to}" if q.referred_to else ""
        ctx.print(
            f"[{q.id}]\t{_d(q.date)}\t{_label('inquiry_outcome', q.outcome)}\t{flags}\t"
            f"{_label('referral_source', q.referral_source)}{extra}"
        )
    return 0


# --- system failures ---------------------------------------------------------------------------


def _sf_changes(args) -> dict:
    changes: dict = {}
    for name in ("identified_on", "reported_on", "feedback_requested_on", "feedback_received_on"):
        value = getattr(args, name)
        if value is not None:
            changes[name] = parse.date(value)
    for name in ("authority", *sf_fields.NAMES):
        value = getattr(args, name)
        if value is not None:
            changes[name] = value
    if args.feedback_received is not None:
        changes["feedback_received"] = args.feedback_received
    return changes


def cmd_sf_add(args, ctx) -> int:
    sf = cw.add_system_failure(_vault(ctx), **_sf_changes(args))
    ctx.print(sf.id)
    return 0


def cmd_sf_update(args, ctx) -> int:
    changes = _sf_changes(args)
    if not changes:
        raise RejectedInput(tr("Inget att ändra: ange minst en flagga."))
    sf = cw.update_system_failure(_vault(ctx), args.sf_id, **changes)
    ctx.print(tr("Systemfel {id} ändrat.").format(id=sf.id))
    return 0


def cmd_sf_list(args, ctx) -> int:
    rows = cw.list_system_failures(_vault(ctx))
    if args.json:
        ctx.print_json([f.to_dict() for f in rows])
        return 0
    if not rows:
        ctx.print(tr("Inga systemfel."))
    for f in rows:
        reported = (
            tr("rapporterat {d}").format(d=_d(f.reported_on))
            if f.reported_on
            else tr("ej rapporterat")
        )
        fb = tr("återkoppling fått") if f.feedback_received else tr("ingen återkoppling")
        ctx.print(
            f"{f.id}\t{_d(f.identified_on)}\t{_label('authority', f.authority)}\t"
            f"{f.area}\t{reported}\t{fb}"
        )
    return 0


def cmd_sf_show(args, ctx) -> int:
    f = cw.get_system_failure(_vault(ctx), args.sf_id)
    if args.json:
        ctx.print_json(f.to_dict())
        return 0
    for label, value in (
        (tr("id"), f.id),
        (tr("identifierat"), _d(f.identified_on)),
        (tr("ansvarig myndighet"), _label("authority", f.authority)),
        (tr("område"), f.area),
        (tr("beskrivning"), f.description),
        (tr("självständighet/beroende"), f.independence_effect or "–"),
        (tr("åtgärder"), f.measures or "–"),
        (tr("rapporterat till"), f.reported_to or "–"),
        (tr("rapporterat"), _d(f.reported_on)),
        (tr("återkoppling begärd"), _d(f.feedback_requested_on)),
        (
            tr("återkoppling fått"),
            (tr("ja ") + _d(f.feedback_received_on)) if f.feedback_received else tr("nej"),
        ),
        (tr("återkoppling"), f.feedback or "–"),
    ):
        ctx.print(f"{label}: {value}")
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
