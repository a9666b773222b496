"""`inquiry …`: inquiries and the waiting list in priority order (thin: parse, call
:mod:`po_desktop.services.casework`, print)."""

from __future__ import annotations

from po_desktop.cli import parse
from po_desktop.cli.casework_common import code_label as _label
from po_desktop.cli.casework_common import cw
from po_desktop.cli.casework_common import day_text as _d
from po_desktop.cli.casework_common import ombud_vault as _vault
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr


def register(sub) -> None:
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
