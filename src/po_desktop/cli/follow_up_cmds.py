"""`follow-up …`: the bevakningar, with the appeal deadline computed from a served decision
(thin: parse, call :mod:`po_desktop.services.casework`, print)."""

from __future__ import annotations

from po_desktop.cli import parse
from po_desktop.cli.casework_common import code_label as _label
from po_desktop.cli.casework_common import cw
from po_desktop.cli.casework_common import day_text as _d
from po_desktop.cli.casework_common import ombud_vault as _vault
from po_desktop.i18n import tr


def register(sub) -> None:
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
