"""`system-failure …`: the systemfel register (thin: parse, call
:mod:`po_desktop.services.casework`, print)."""

from __future__ import annotations

import argparse

from po_desktop.cli import parse
from po_desktop.cli.casework_common import code_label as _label
from po_desktop.cli.casework_common import cw, sf_fields
from po_desktop.cli.casework_common import day_text as _d
from po_desktop.cli.casework_common import ombud_vault as _vault
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr


def register(sub) -> None:
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
