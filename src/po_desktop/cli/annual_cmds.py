"""`activity …`, `survey …`, `analysis …` (annual.md; the commands of cli.md's last table).

Thin: parse strings, call :mod:`po_desktop.services.activities`, ``.survey``, ``.annual``,
print. Bad input is one line on stderr, exit 4, nothing stored.
"""

from __future__ import annotations

from po_desktop.cli import parse
from po_desktop.cli.output import number_text
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr


def _ombud(ctx):
    vault = ctx.vault()
    ctx.require_mode("ombud")
    return vault


# --- registration ------------------------------------------------------------------------------


def register(sub) -> None:
    a = sub.add_parser(
        "activity",
        help=tr("verksamhetsaktiviteter: information, uppsökande, utbildning, handledning …"),
    )
    asub = a.add_subparsers(dest="activity_command", metavar="SUBCOMMAND", required=True)
    p = asub.add_parser(
        "add",
        help=tr(
            "en aktivitet (genomförd med --date, planerad med --planned-month); skriver ut dess id"
        ),
    )
    p.add_argument(
        "--kind",
        metavar="K",
        help="information · outreach · training · supervision · steering_group · network · other",
    )
    p.add_argument("--title", metavar="TEXT")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--date", metavar="DATE")
    when.add_argument("--planned-month", metavar="YYYY-MM")
    p.add_argument("--audience", metavar="A", help=tr("målgrupp (information och uppsökande)"))
    p.add_argument("--participants", metavar="N")
    p.add_argument("--hours", metavar="H.H")
    p.set_defaults(handler=cmd_activity_add)
    p = asub.add_parser("done", help=tr("markera en planerad aktivitet som genomförd"))
    p.add_argument("activity_id", metavar="ID")
    p.add_argument("--date", required=True, metavar="DATE")
    p.set_defaults(handler=cmd_activity_done)
    p = asub.add_parser("list", help=tr("aktiviteterna (ett år)"))
    p.add_argument("--year", metavar="Y")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_activity_list)
    p = asub.add_parser("delete", help=tr("ta bort en aktivitet"))
    p.add_argument("activity_id", metavar="ID")
    p.set_defaults(handler=cmd_activity_delete)

    s = sub.add_parser("survey", help=tr("klientenkäten: omgångar, registrering, sammanställning"))
    ssub = s.add_subparsers(dest="survey_command", metavar="SUBCOMMAND", required=True)
    r = ssub.add_parser("round", help=tr("enkätomgångar"))
    rsub = r.add_subparsers(dest="survey_round_command", metavar="SUBCOMMAND", required=True)
    p = rsub.add_parser(
        "add", help=tr("en enkätomgång på den aktuella enkäten; skriver ut dess id")
    )
    p.add_argument("--label", required=True, metavar="TEXT")
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    p.add_argument("--handed-out", required=True, metavar="N")
    p.set_defaults(handler=cmd_round_add)
    p = rsub.add_parser("list", help=tr("enkätomgångarna, senaste först"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_round_list)
    resp = ssub.add_parser("response", help=tr("inlämnade enkäter"))
    psub = resp.add_subparsers(dest="survey_response_command", metavar="SUBCOMMAND", required=True)
    p = psub.add_parser(
        "add",
        help=tr(
            "en inlämnad enkät: ett svar per fråga (obesvarad fråga "
            "= no_answer); fritextsvar sparas inte"
        ),
    )
    p.add_argument("round_id", metavar="ROUND")
    p.add_argument(
        "--answer",
        action="extend",
        nargs="+",
        default=[],
        metavar="QID=CODE",
        help="1–5 · yes · no · dont_know · no_answer",
    )
    p.set_defaults(handler=cmd_response_add)
    p = ssub.add_parser("show", help=tr("en enkätomgångs sammanställning"))
    p.add_argument("round_id", metavar="ROUND")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_survey_show)

    n = sub.add_parser("analysis", help=tr("årets analys i verksamhetsberättelsen"))
    nsub = n.add_subparsers(dest="analysis_command", metavar="SUBCOMMAND", required=True)
    p = nsub.add_parser("set", help=tr("spara årets analys (texten från stdin om --text saknas)"))
    p.add_argument("--year", required=True, metavar="Y")
    p.add_argument("--text", metavar="TEXT")
    p.set_defaults(handler=cmd_analysis_set)
    p = nsub.add_parser("show", help=tr("visa årets analys"))
    p.add_argument("--year", required=True, metavar="Y")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_analysis_show)


# --- activities --------------------------------------------------------------------------------


def cmd_activity_add(args, ctx) -> int:
    from po_desktop.domain import activities as dom
    from po_desktop.services import activities

    day = parse.date(args.date)
    planned = parse.value(dom.parse_planned_month, args.planned_month)
    participants = parse.value(dom.parse_participants, args.participants)
    hours = parse.value(dom.parse_hours, args.hours)
    view = activities.add_activity(
        _ombud(ctx),
        kind=args.kind,
        title=args.title,
        date=day,
        planned_month=planned,
        audience=args.audience,
        participants=participants,
        hours=hours,
    )
    ctx.print(view.id)
    return 0


def cmd_activity_done(args, ctx) -> int:
    from po_desktop.services import activities

    activity_id = parse.integer(args.activity_id, tr("Aktiviteten"))
    day = parse.date(args.date)  # --date is required: always a string here
    view = activities.mark_done(_ombud(ctx), activity_id, date=day)
    ctx.print(tr("Aktivitet {id} genomförd {date}.").format(id=view.id, date=day.isoformat()))
    return 0


def cmd_activity_list(args, ctx) -> int:
    from po_desktop.domain.categories import default_profile
    from po_desktop.services import activities

    year = parse.year(args.year)
    views = activities.list_activities(_ombud(ctx), year)
    if args.json:
        ctx.print_json([v.to_dict() for v in views])
        return 0
    profile = default_profile()
    if not views:
        ctx.print(tr("Inga aktiviteter."))
    for v in views:
        when = (
            v.date.isoformat() if v.date else tr("planerad {month}").format(month=v.planned_month)
        )
        extra = []
        if v.planned_month and v.date:
            extra.append(tr("planerad {month}").format(month=v.planned_month))
        if v.audience:
            extra.append(profile.label("audience", v.audience))
        if v.participants is not None:
            extra.append(tr("{n} deltagare").format(n=v.participants))
        if v.hours is not None:
            extra.append(tr("{h} tim").format(h=number_text(v.hours)))
        tail = f" ({', '.join(extra)})" if extra else ""
        ctx.print(f"{v.id}  {when}  {profile.label('activity_kind', v.kind)}: {v.title}{tail}")
    return 0


def cmd_activity_delete(args, ctx) -> int:
    from po_desktop.services import activities

    activity_id = parse.integer(args.activity_id, tr("Aktiviteten"))
    activities.delete_activity(_ombud(ctx), activity_id)
    ctx.print(tr("Aktivitet {id} borttagen.").format(id=activity_id))
    return 0


# --- survey ------------------------------------------------------------------------------------


def cmd_round_add(args, ctx) -> int:
    from po_desktop.services import survey

    view = survey.add_round(
        _ombud(ctx),
        label=args.label,
        date_from=parse.date(args.date_from),
        date_to=parse.date(args.date_to),
        handed_out=parse.integer(args.handed_out, tr("Antal utdelade enkäter")),
    )
    ctx.print(view.id)
    return 0


def cmd_round_list(args, ctx) -> int:
    from po_desktop.services import survey

    views = survey.list_rounds(_ombud(ctx))
    if args.json:
        ctx.print_json([v.to_dict() for v in views])
        return 0
    if not views:
        ctx.print(tr("Inga enkätomgångar."))
    for v in views:
        ctx.print(
            tr(
                "{id}  {label} ({start} – {end}): {n} av {h} registrerade, enkät {did} version {dv}"
            ).format(
                id=v.id,
                label=v.label,
                start=v.date_from.isoformat(),
                end=v.date_to.isoformat(),
                n=v.responses,
                h=survey.handed_out_text(v.handed_out),
                did=v.definition_id,
                dv=v.definition_version,
            )
        )
    return 0


def parse_answers(items: list[str]) -> dict[str, str]:
    """``["heard=5", "recommend=yes"]`` → ``{"heard": "5", "recommend": "yes"}``; a malformed
    or repeated question is refused (exit 4)."""
    from po_desktop.domain.activities import normalize_input

    out: dict[str, str] = {}
    for item in items:
        text = normalize_input(item or "")
        qid, sep, code = text.partition("=")
        qid, code = qid.strip(), code.strip()
        if not sep or not qid or not code:
            raise RejectedInput.nothing_saved(
                tr("svaret '{item}' ska skrivas FRÅGA=SVAR, t.ex. heard=4").format(item=item)
            )
        if qid in out:
            raise RejectedInput.nothing_saved(tr("fråga {qid} har fått två svar").format(qid=qid))
        out[qid] = code
    return out


def cmd_response_add(args, ctx) -> int:
    from po_desktop.services import survey

    round_id = parse.integer(args.round_id, tr("Enkätomgången"))
    answers = parse_answers(args.answer)
    view = survey.add_response(_ombud(ctx), round_id, answers)
    ctx.print(
        tr("Enkät registrerad: {n} av {h} utdelade.").format(
            n=view.responses, h=survey.handed_out_text(view.handed_out)
        )
    )
    return 0


def cmd_survey_show(args, ctx) -> int:
    from po_desktop.domain.survey import answer_label
    from po_desktop.services import survey

    round_id = parse.integer(args.round_id, tr("Enkätomgången"))
    tally = survey.round_tally(_ombud(ctx), round_id)
    if args.json:
        ctx.print_json(tally.to_dict())
        return 0
    r = tally.round
    ctx.print(
        tr("Enkätomgång {id}: {label} ({start} – {end}), enkät {did} version {dv}").format(
            id=r.id,
            label=r.label,
            start=r.date_from.isoformat(),
            end=r.date_to.isoformat(),
            did=r.definition_id,
            dv=r.definition_version,
        )
    )
    rate = "–" if tally.response_rate is None else number_text(tally.response_rate) + " %"
    ctx.print(
        tr("Svar: {n} av {h} utdelade ({rate})").format(
            n=tally.responses, h=survey.handed_out_text(r.handed_out), rate=rate
        )
    )
    for q in tally.questions:
        ctx.print(f"{q.id}: {q.text}")
        if q.by_answer is None:
            ctx.print("    " + tr("fritext: svaren läses på papperet och sparas inte"))
            continue
        cells = "  ".join(f"{answer_label(c)}: {n}" for c, n in q.by_answer.items())
        ctx.print(f"    {cells}")
        if q.type == "scale":
            ctx.print("    " + tr("medelvärde (1–5): {mean}").format(mean=number_text(q.mean)))
    return 0


# --- analysis ----------------------------------------------------------------------------------


def cmd_analysis_set(args, ctx) -> int:
    from po_desktop.services import annual

    year = parse.year(args.year)
    text = args.text if args.text is not None else ctx.read_text()
    if args.text is None and not text.strip():
        # `cat saknad.txt | po-desktop analysis set …` must not wipe the year's analysis
        raise RejectedInput(
            tr('Ingen text på stdin; analysen ändrades inte (ta bort den med --text "").')
        )
    vault = ctx.vault()
    view = annual.set_analysis(vault, year, text)
    if view.text:
        ctx.print(
            tr("Analysen för {year} sparad ({n} tecken).").format(year=year, n=len(view.text))
        )
    else:
        ctx.print(tr("Analysen för {year} är tom och borttagen.").format(year=year))
    return 0


def cmd_analysis_show(args, ctx) -> int:
    from po_desktop.services import annual

    year = parse.year(args.year)
    view = annual.get_analysis(ctx.vault(), year)
    if args.json:
        ctx.print_json(view.to_dict() if view else {"year": year, "text": "", "updated_at": None})
        return 0
    ctx.print(view.text if view else tr("Ingen analys för {year}.").format(year=year))
    return 0
