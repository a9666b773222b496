"""`team init | join | status | members | add | remove | sync | inquiries | take | absence |
cover | cover-done | handover | handovers | notices | leave | rekey` (ombud vault): the team
exchange through a shared folder (services/team.py; README "Arbeta i team").

Exit codes as everywhere: 4 rejected input (a wrong fingerprint, no consent, an unknown member),
1 when the shared folder cannot be reached (nothing changes), 0 otherwise. A sync that refused
records still exits 0: what it refused is listed (and kept, see 'team notices')."""

from __future__ import annotations

import datetime as dt

from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.lazy import lazy_import

TYPE_CHECKING = False
if TYPE_CHECKING:
    from po_desktop.domain import dates
    from po_desktop.services import settings, team
else:
    team = lazy_import("po_desktop.services.team")
    dates = lazy_import("po_desktop.domain.dates")
    settings = lazy_import("po_desktop.services.settings")


def register(sub) -> None:
    t = sub.add_parser(
        "team", help=tr("arbeta i team: enhetens kö, bevakningar under frånvaro, överlämning")
    )
    tsub = t.add_subparsers(dest="team_command", metavar="SUBCOMMAND", required=True)

    p = tsub.add_parser("init", help=tr("starta ett team i en delad mapp"))
    p.add_argument("--folder", required=True, metavar="DIR", help=tr("den delade mappen"))
    p.add_argument("--name", required=True, metavar="TEXT", help=tr("ditt namn i teamet"))
    p.set_defaults(handler=cmd_init)

    p = tsub.add_parser("join", help=tr("be om att gå med i teamet i en delad mapp"))
    p.add_argument("--folder", required=True, metavar="DIR")
    p.add_argument("--name", required=True, metavar="TEXT", help=tr("ditt namn i teamet"))
    p.add_argument(
        "--fingerprint",
        required=True,
        metavar="DIGITS",
        help=tr("fingeravtrycket för kollegan som lägger till dig (25 siffror, läs upp)"),
    )
    p.set_defaults(handler=cmd_join)

    p = tsub.add_parser("status", help=tr("ditt fingeravtryck, medlemmar och senaste synk"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_status)

    p = tsub.add_parser("members", help=tr("teamets medlemmar och de som vill gå med"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_members)

    p = tsub.add_parser("add", help=tr("lägg till en kollega (fingeravtrycket jämfört högt)"))
    p.add_argument("fingerprint", nargs="+", metavar="DIGITS")
    p.set_defaults(handler=cmd_add)

    p = tsub.add_parser("remove", help=tr("ta bort en medlem ur teamet"))
    p.add_argument("member", metavar="MEMBER", help=tr("namn, fingeravtryck eller medlems-id"))
    p.set_defaults(handler=cmd_remove)

    p = tsub.add_parser("sync", help=tr("läs kollegornas filer och skriv din"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sync)

    p = tsub.add_parser("inquiries", help=tr("enhetens förfrågningar och kö"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_inquiries)

    p = tsub.add_parser("take", help=tr('"Jag tar den", eller fördela till en kollega'))
    p.add_argument("ref", metavar="REF", help=tr("förfrågans referens (se 'team inquiries')"))
    p.add_argument("--to", metavar="MEMBER", help=tr("kollegan som tar den (standard: du)"))
    p.set_defaults(handler=cmd_take)

    a = tsub.add_parser("absence", help=tr("frånvaro och vem som täcker upp"))
    asub = a.add_subparsers(dest="absence_command", metavar="SUBCOMMAND", required=True)
    p = asub.add_parser("add", help=tr("lägg in frånvaro"))
    p.add_argument("--from", dest="start", required=True, metavar="DATE")
    p.add_argument("--to", dest="end", required=True, metavar="DATE")
    p.add_argument("--cover", required=True, metavar="MEMBER", help=tr("kollegan som täcker"))
    p.set_defaults(handler=cmd_absence_add)
    p = asub.add_parser("list", help=tr("teamets aktuella och kommande frånvaro"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_absence_list)
    p = asub.add_parser("cancel", help=tr("ta bort din frånvaro"))
    p.add_argument("ref", metavar="REF")
    p.set_defaults(handler=cmd_absence_cancel)

    p = tsub.add_parser("cover", help=tr("bevakningar du täcker under kollegors frånvaro"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_cover)

    p = tsub.add_parser("cover-done", help=tr("markera en täckt bevakning som klar"))
    p.add_argument("ref", metavar="REF")
    p.add_argument("--date", metavar="DATE", help=tr("klart-datum (standard: i dag)"))
    p.set_defaults(handler=cmd_cover_done)

    p = tsub.add_parser("handover", help=tr("lämna över ett uppdrag till en kollega"))
    p.add_argument("alias", metavar="ALIAS")
    p.add_argument("--to", required=True, metavar="MEMBER")
    p.add_argument(
        "--consent", action="store_true", help=tr("klienten har samtyckt till överlämningen")
    )
    p.set_defaults(handler=cmd_handover)

    p = tsub.add_parser("handovers", help=tr("överlämningar till och från dig"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_handovers)

    p = tsub.add_parser("notices", help=tr("vad synkningarna avvisade eller noterade"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help=tr("även de som redan är kvitterade"))
    p.add_argument("--ack", action="store_true", help=tr("kvittera de noteringar som visas"))
    p.set_defaults(handler=cmd_notices)

    p = tsub.add_parser("leave", help=tr("lämna teamet (valvet glömmer teamets uppgifter)"))
    p.set_defaults(handler=cmd_leave)

    p = tsub.add_parser("rekey", help=tr("byt din krypteringsnyckel i teamet"))
    p.set_defaults(handler=cmd_rekey)


def _vault(ctx):
    vault = ctx.vault()
    ctx.require_mode("ombud")
    return vault


def _date(value: str | None, default: dt.date | None = None) -> dt.date:
    if value is None and default is not None:
        return default
    try:
        return dates.parse_date(value or "")
    except ValueError as exc:
        raise RejectedInput.nothing_saved(exc) from None


def _label(vault, list_name: str, code: str) -> str:
    return settings.vault_profile(vault).label(list_name, code)


def cmd_init(args, ctx) -> int:
    st = team.init_team(_vault(ctx), args.folder, args.name)
    ctx.print(tr("Teamet är startat i {folder}.").format(folder=st.folder))
    ctx.print(tr("Ditt fingeravtryck (läs upp det för kollegorna): {fp}").format(fp=st.fingerprint))
    return 0


def cmd_join(args, ctx) -> int:
    st = team.join_team(_vault(ctx), args.folder, args.name, args.fingerprint)
    ctx.print(
        tr("Du har bett om att gå med. Ditt fingeravtryck (läs upp det): {fp}").format(
            fp=st.fingerprint
        )
    )
    ctx.print(tr("När kollegan har lagt till dig: kör 'team sync'."))
    return 0


def _status_word(status: str) -> str:
    return {
        "member": tr("medlem"),
        "removed": tr("borttagen"),
        "pending": tr("väntar på att läggas till"),
    }.get(status, status)


def cmd_status(args, ctx) -> int:
    st = team.status(_vault(ctx))
    if st is None:
        if args.json:
            ctx.print_json(None)
        else:
            ctx.print(tr("Valvet är inte med i något team."))
        return 0
    if args.json:
        ctx.print_json(st.to_dict())
        return 0
    ctx.print(
        tr("Team i {folder}; du är {label} ({status}).").format(
            folder=st.folder, label=st.label, status=_status_word(st.status)
        )
    )
    ctx.print(tr("Ditt fingeravtryck: {fp}").format(fp=st.fingerprint))
    last = st.last_sync_at.isoformat(sep=" ") if st.last_sync_at else tr("aldrig")
    ctx.print(tr("Senaste synk: {at}").format(at=last))
    _print_members(ctx, list(st.members) + list(st.requests))
    return 0


def _print_members(ctx, rows) -> None:
    for m in rows:
        me = tr(" (du)") if m.me else ""
        ctx.print(f"{m.label}{me}\t{m.fingerprint}\t{_status_word(m.status)}")


def cmd_members(args, ctx) -> int:
    vault = _vault(ctx)
    rows = team.members(vault) + team.join_requests(vault)
    if args.json:
        ctx.print_json([m.to_dict() for m in rows])
        return 0
    _print_members(ctx, rows)
    return 0


def cmd_add(args, ctx) -> int:
    m = team.add_member(_vault(ctx), " ".join(args.fingerprint))
    ctx.print(tr("{label} är tillagd i teamet.").format(label=m.label))
    return 0


def cmd_remove(args, ctx) -> int:
    m = team.remove_member(_vault(ctx), args.member)
    ctx.print(
        tr("{label} är borttagen: nya poster krypteras inte längre till hen.").format(label=m.label)
    )
    return 0


def cmd_sync(args, ctx) -> int:
    r = team.sync(_vault(ctx))
    if args.json:
        ctx.print_json(r.to_dict())
        return 0
    ctx.print(
        tr("{files} filer lästa, {imported} nya poster, {published} publicerade.").format(
            files=r.files, imported=r.imported, published=r.published
        )
    )
    if not r.written:
        ctx.print(tr("Din fil kunde inte skrivas nu; den skrivs vid nästa synk."))
    for alias in r.handovers_received:
        ctx.print(tr("Mottaget uppdrag: {alias}").format(alias=alias))
    if r.handovers_purged:
        ctx.print(
            tr("{n} överlämnade uppdrag gallrade (kvitterade av mottagaren).").format(
                n=r.handovers_purged
            )
        )
    if r.covers_done:
        ctx.print(tr("{n} bevakningar klarmarkerade av kollega.").format(n=r.covers_done))
    if r.conflicts:
        ctx.print(
            tr("{n} förfrågningar har tagits av flera samtidigt: fördela dem igen.").format(
                n=r.conflicts
            )
        )
    for n in r.notices:
        ctx.print(_notice_line(n))
    return 0


def _notice_line(n) -> str:
    where = " ".join(
        part
        for part in (
            n.file or "",
            n.member or "",
            tr("post {seq}").format(seq=n.seq) if n.seq is not None else "",
        )
        if part
    )
    return f"{n.text}" + (f" [{where}]" if where else "")


def cmd_inquiries(args, ctx) -> int:
    vault = _vault(ctx)
    rows = team.unit_inquiries(vault)
    if args.json:
        ctx.print_json([u.to_dict() for u in rows])
        return 0
    if not rows:
        ctx.print(tr("Enheten har inga förfrågningar."))
    for u in rows:
        if u.conflict:
            who = tr("KONFLIKT: {names}").format(names=", ".join(u.conflict))
        else:
            who = u.taker_label or "–"
        flags = ", ".join(_label(vault, "priority_flag", f) for f in u.priority_flags)
        ctx.print(
            "\t".join(
                [
                    u.ref,
                    u.date.isoformat(),
                    _label(vault, "inquiry_outcome", u.outcome),
                    tr("registrerad av {label}").format(label=u.author_label),
                    tr("tas av {who}").format(who=who),
                    flags,
                ]
            )
        )
    return 0


def cmd_take(args, ctx) -> int:
    u = team.take_inquiry(_vault(ctx), args.ref, args.to)
    ctx.print(tr("Förfrågan {ref} tas av {label}.").format(ref=u.ref, label=u.taker_label))
    return 0


def cmd_absence_add(args, ctx) -> int:
    a = team.add_absence(_vault(ctx), _date(args.start), _date(args.end), args.cover)
    ctx.print(
        tr("Frånvaro {start}–{end} ({ref}); {label} täcker dina bevakningar.").format(
            start=a.start.isoformat(), end=a.end.isoformat(), ref=a.key[:8], label=a.cover_label
        )
    )
    return 0


def cmd_absence_list(args, ctx) -> int:
    rows = team.absences(_vault(ctx))
    if args.json:
        ctx.print_json([a.to_dict() for a in rows])
        return 0
    if not rows:
        ctx.print(tr("Ingen frånvaro inlagd."))
    for a in rows:
        ctx.print(
            tr("{ref}\t{label}\t{start}–{end}\ttäcks av {cover}").format(
                ref=a.key[:8],
                label=a.member_label,
                start=a.start.isoformat(),
                end=a.end.isoformat(),
                cover=a.cover_label,
            )
        )
    return 0


def cmd_absence_cancel(args, ctx) -> int:
    a = team.cancel_absence(_vault(ctx), args.ref)
    ctx.print(tr("Frånvaron {ref} är borttagen.").format(ref=a.key[:8]))
    return 0


def cmd_cover(args, ctx) -> int:
    vault = _vault(ctx)
    rows = team.cover_items(vault)
    if args.json:
        ctx.print_json([c.to_dict() for c in rows])
        return 0
    if not rows:
        ctx.print(tr("Du täcker inga bevakningar just nu."))
    for c in rows:
        done = tr("klar {date}").format(date=c.done_on.isoformat()) if c.done_on else ""
        ctx.print(
            "\t".join(
                [
                    c.key[:8],
                    c.due.isoformat(),
                    c.alias,
                    _label(vault, "follow_up_step", c.step),
                    tr("för {label}").format(label=c.member_label),
                    done,
                ]
            ).rstrip()
        )
    return 0


def cmd_cover_done(args, ctx) -> int:
    c = team.mark_cover_done(_vault(ctx), args.ref, _date(args.date, dt.date.today()))
    ctx.print(
        tr("Klar: {alias} ({due}); {label} får markeringen vid nästa synk.").format(
            alias=c.alias, due=c.due.isoformat(), label=c.member_label
        )
    )
    return 0


def cmd_handover(args, ctx) -> int:
    h = team.handover(_vault(ctx), args.alias, args.to, consent=bool(args.consent))
    ctx.print(
        tr(
            "{alias} är överlämnat till {label}. Din kopia gallras när {label} har tagit emot "
            "det (vid en senare synk)."
        ).format(alias=h.alias, label=h.peer_label)
    )
    return 0


def _handover_status(status: str) -> str:
    return {
        "sent": tr("skickad, väntar på kvittens"),
        "purged": tr("kvitterad, din kopia gallrad"),
        "changed": tr("ändrad efter överlämningen, inte gallrad"),
        "received": tr("mottagen"),
    }.get(status, status)


def cmd_handovers(args, ctx) -> int:
    rows = team.handovers(_vault(ctx))
    if args.json:
        ctx.print_json([h.to_dict() for h in rows])
        return 0
    if not rows:
        ctx.print(tr("Inga överlämningar."))
    for h in rows:
        way = tr("till {label}") if h.direction == "out" else tr("från {label}")
        ctx.print(
            "\t".join(
                [
                    h.created_at.date().isoformat(),
                    h.alias,
                    way.format(label=h.peer_label),
                    _handover_status(h.status),
                ]
            )
        )
    return 0


def cmd_notices(args, ctx) -> int:
    vault = _vault(ctx)
    rows = team.notices(vault, acknowledged=args.all)
    if args.json:
        ctx.print_json([n.to_dict() for n in rows])
    elif not rows:
        ctx.print(tr("Inga okvitterade noteringar från synkningarna."))
    for n in rows if not args.json else ():
        ctx.print(f"{n.at.isoformat(sep=' ')}\t{_notice_line(n)}")
    if args.ack and rows:
        done = team.acknowledge_notices(vault, max(n.id for n in rows))
        if not args.json:
            ctx.print(tr("{n} noteringar kvitterade.").format(n=done))
    return 0


def cmd_leave(args, ctx) -> int:
    was = team.leave_team(_vault(ctx))
    if was == "member":
        ctx.print(
            tr(
                "Du har lämnat teamet: kollegorna ser det när de synkar, och nya poster "
                "krypteras inte längre till dig. Valvet har glömt teamets uppgifter; dina "
                "uppdrag och förfrågningar finns kvar."
            )
        )
    else:
        ctx.print(tr("Valvet har glömt teamets uppgifter; dina uppdrag finns kvar."))
    return 0


def cmd_rekey(args, ctx) -> int:
    fingerprint = team.rekey(_vault(ctx))
    ctx.print(
        tr(
            "Ny krypteringsnyckel. Ditt nya fingeravtryck (läs upp det vid nästa möte): {fp}"
        ).format(fp=fingerprint)
    )
    ctx.print(tr("Kollegorna använder nyckeln när de har synkat; äldre poster går att läsa."))
    return 0
