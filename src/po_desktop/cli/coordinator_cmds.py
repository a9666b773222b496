"""`coordinator expect | match | accept | import | status | report | approve | reopen | withdraw |
unbind | rebind` (coordinator vault)."""

from __future__ import annotations

from po_desktop.cli import parse
from po_desktop.domain.safetext import printable
from po_desktop.errors import PoError, RejectedInput
from po_desktop.i18n import plural, tr

TYPE_CHECKING = False  # not typing's: the command modules load lazily and cheaply
if TYPE_CHECKING:
    from po_desktop.services.coordinator_types import MergedReport


def register(sub) -> None:
    c = sub.add_parser("coordinator", help=tr("samordnarens sammanställning av enheternas paket"))
    csub = c.add_subparsers(dest="coordinator_command", metavar="SUBCOMMAND", required=True)

    p = csub.add_parser("expect", help=tr("en enhet som förväntas rapportera"))
    p.add_argument("--unit-label", required=True, metavar="TEXT")
    p.add_argument(
        "--unit-id",
        metavar="ID",
        help=tr("enhets-id från redan importerade paket (minst 8 tecken räcker)"),
    )
    _add_yes(p)
    p.set_defaults(handler=cmd_expect)

    p = csub.add_parser(
        "match",
        help=tr("paketen med detta enhets-id kommer från en förväntad enhet (kommer ihåg det)"),
    )
    p.add_argument(
        "--unit-id",
        required=True,
        metavar="ID",
        help=tr("enhets-id (visas av 'coordinator status'; minst 8 tecken räcker)"),
    )
    p.add_argument(
        "--expected", required=True, metavar="TEXT", help=tr("den förväntade enhetens namn")
    )
    p.set_defaults(handler=cmd_match)

    p = csub.add_parser(
        "accept",
        help=tr(
            "godkänn en enhet som inte är förväntad: dess paket räknas i siffrorna "
            "(under namnet i paketet)"
        ),
    )
    p.add_argument(
        "--unit-id",
        required=True,
        metavar="ID",
        help=tr("enhets-id (visas av 'coordinator status'; minst 8 tecken räcker)"),
    )
    _add_yes(p)
    p.set_defaults(handler=cmd_accept)

    p = csub.add_parser(
        "rebind",
        help=tr(
            "enheten har en ny dator: släpp dess bundna nyckel; nästa signerade paket binder "
            "den nya (loggas)"
        ),
    )
    p.add_argument(
        "--unit-id",
        required=True,
        metavar="ID",
        help=tr("enhets-id (visas av 'coordinator status'; minst 8 tecken räcker)"),
    )
    p.set_defaults(handler=cmd_rebind)

    p = csub.add_parser("import", help=tr("importera statistikpaket (.pobundle)"))
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(handler=cmd_import)

    p = csub.add_parser("status", help=tr("vilka enheter har rapporterat för en period"))
    p.add_argument("--period", required=True, metavar="P")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_status)

    p = csub.add_parser("report", help=tr("sammanställd statistik för en period"))
    p.add_argument("--period", required=True, metavar="P")
    p.add_argument("--json", action="store_true")
    p.add_argument("--pdf", metavar="FILE", help=tr("rapporten som PDF (maskerad för publicering)"))
    p.add_argument(
        "--csv",
        metavar="FILE",
        help=tr("tabellen som CSV, maskerad för publicering (se --internal)"),
    )
    p.add_argument(
        "--internal",
        action="store_true",
        help=tr('CSV med exakta antal, märkt "internt" (får inte publiceras)'),
    )
    p.add_argument(
        "--threshold",
        type=int,
        default=5,
        metavar="N",
        help=tr("antal under N visas som <N vid publicering (standard 5)"),
    )
    p.add_argument(
        "--compare",
        metavar="P2",
        help=tr('visa siffrorna bredvid en tidigare period (--json: "compare")'),
    )
    p.set_defaults(handler=cmd_report)

    p = csub.add_parser(
        "annual-report", help=tr("den sammanställda verksamhetsberättelsen för ett år")
    )
    p.add_argument("--year", required=True, metavar="Y")
    p.add_argument("--pdf", required=True, metavar="FILE", help=tr("PDF-filen som skrivs"))
    p.add_argument("--docx", metavar="FILE", help=tr("samma rapport som Word-fil (.docx)"))
    p.add_argument(
        "--internal",
        action="store_true",
        help=tr("exakta tal märkta INTERNT; annars maskeras små tal för publicering"),
    )
    p.set_defaults(handler=cmd_annual_report)

    p = csub.add_parser("approve", help=tr("godkänn en period: senare paket för den avvisas"))
    p.add_argument("--period", required=True, metavar="P")
    p.add_argument(
        "--yes",
        action="store_true",
        help=tr("godkänn utan att fråga, också när förväntade enheter inte har rapporterat"),
    )
    p.set_defaults(handler=cmd_approve)

    p = csub.add_parser("reopen", help=tr("öppna en godkänd period igen"))
    p.add_argument("--period", required=True, metavar="P")
    p.set_defaults(handler=cmd_reopen)

    p = csub.add_parser("withdraw", help=tr("återkalla (radera) ett importerat paket; loggas"))
    p.add_argument(
        "bundle_id", metavar="BUNDLE_ID", help=tr("paketets bundle_id (minst de 8 första tecknen)")
    )
    p.set_defaults(handler=cmd_withdraw)

    p = csub.add_parser(
        "unbind",
        help=tr(
            "släpp en förväntad enhets koppling till sitt enhets-id (enheten har ett nytt valv)"
        ),
    )
    p.add_argument("--unit-label", required=True, metavar="TEXT")
    p.set_defaults(handler=cmd_unbind)

    from po_desktop.cli import economy_cmds

    economy_cmds.register(csub)


def _vault(ctx):
    vault = ctx.vault()
    ctx.require_mode("coordinator")
    return vault


def _add_yes(p) -> None:
    p.add_argument(
        "--yes",
        dest="lookalike_ok",
        action="store_true",
        help=tr(
            "namnet liknar en enhet som redan finns (t.ex. P0 Mora och PO Mora), men det är "
            "en annan enhet: godkänn ändå"
        ),
    )


def cmd_expect(args, ctx) -> int:
    from po_desktop.services import coordinator

    unit = coordinator.expect_unit(
        _vault(ctx), args.unit_label, unit_id=args.unit_id, lookalike_ok=args.lookalike_ok
    )
    ctx.print(tr("Förväntad enhet: {label}").format(label=unit["label"]))
    return 0


def cmd_match(args, ctx) -> int:
    from po_desktop.services import period_status

    r = period_status.match_unit(_vault(ctx), args.unit_id, args.expected)
    ctx.print(
        tr("Paketen med enhets-id {id} räknas nu som {label}.").format(
            id=r["unit_id"][:8], label=r["label"]
        )
    )
    return 0


def cmd_accept(args, ctx) -> int:
    from po_desktop.services import coordinator

    r = coordinator.accept_unit(_vault(ctx), args.unit_id, lookalike_ok=args.lookalike_ok)
    ctx.print(
        tr("{label} (enhets-id {id}) är godkänd; dess paket räknas nu i siffrorna.").format(
            label=r["label"], id=r["unit_id"][:8]
        )
    )
    return 0


def cmd_rebind(args, ctx) -> int:
    from po_desktop.services import coordinator

    r = coordinator.rebind_unit(_vault(ctx), args.unit_id)
    ctx.print(
        tr(
            "Nyckeln för {label} ({old}) är släppt; nästa signerade paket från enheten binder "
            "dess nya nyckel. Jämför den nya nyckeln med enheten per telefon efter importen."
        ).format(label=r.label, old=r.old_fingerprint)
    )
    return 0


def status_text() -> dict[str, str]:
    return {
        "imported": tr("importerad"),
        "already_imported": tr("redan importerad"),
        "replaced": tr("importerad, ersätter tidigare paket"),
        "superseded": tr("inte importerad: ersatt av en nyare export"),
        "rejected": tr("avvisad"),
        "conflict": tr("avvisad: konflikt"),
    }


def cmd_import(args, ctx) -> int:
    from po_desktop.services import coordinator

    vault = _vault(ctx)
    results = coordinator.import_bundles(vault, args.files)
    texts = status_text()
    for r in results:
        what = texts[r.status]
        about = f" ({r.unit_label}, {r.period_label})" if r.unit_label else ""
        reason = f": {r.reason}" if r.reason and r.status in coordinator.FAILED_STATUSES else ""
        ctx.print(f"{r.path}: {what}{about}{reason}")
        if r.ok and r.status != "already_imported":
            ctx.print("  " + _signature_line(r))
            if not r.counted:
                ctx.print(
                    "  "
                    + tr(
                        "inte förväntad enhet: paketet räknas inte i siffrorna förrän du "
                        "godkänner den (coordinator accept --unit-id ID, match eller expect)"
                    )
                )
        if r.warning:
            ctx.stderr.write(
                tr("po-desktop: varning för {path}: {warning}").format(
                    path=r.path, warning=r.warning
                )
                + "\n"
            )
    failed = [r for r in results if not r.ok]
    if failed:
        if len(failed) == len(results):
            msg = tr("po-desktop: ingen av {total} filer importerades.").format(total=len(results))
        else:
            msg = tr(
                "po-desktop: {n} av {total} filer importerades inte; de övriga är importerade."
            ).format(n=len(failed), total=len(results))
        ctx.stderr.write(msg + "\n")
        return RejectedInput.exit_code
    return 0


def _signature_line(r) -> str:
    if r.fingerprint is None:
        return tr("osignerat paket (äldre format): avsändaren kan inte kontrolleras")
    if r.new_key:
        return tr(
            "ny nyckel bunden för enheten: {fingerprint} – jämför med enheten per telefon "
            "(enheten ser sin i bundle export)"
        ).format(fingerprint=r.fingerprint)
    return tr("signerat med enhetens nyckel {fingerprint}").format(fingerprint=r.fingerprint)


def cmd_status(args, ctx) -> int:
    from po_desktop.services.period_status import fmt_time, period_status

    status = period_status(_vault(ctx), args.period)
    if args.json:
        ctx.print_json(status.to_dict())
        return 0
    ctx.print(status.summary())
    if status.approved_on:
        ctx.print(tr("Godkänd {date}.").format(date=status.approved_on.isoformat()))
    for u in status.units:
        if not u.received:
            state = tr("saknas")
        else:
            state = tr("mottagen {at}").format(at=fmt_time(u.first_received_at))
            if not u.on_time:
                state += tr(" (efter sista dag)")
            if u.replaced:
                state += " " + plural(
                    u.replaced, tr("({n} ersatt paket)"), tr("({n} ersatta paket)")
                )
            state += " · " + u.signature_text
        extra = ""
        if not u.expected:
            extra = tr(
                " (inte förväntad, räknas inte; enhets-id {id}: godkänn med 'coordinator "
                "accept' eller koppla med 'coordinator match')"
            ).format(id=(u.unit_id or "")[:8])
        elif u.bundle_label and u.bundle_label != u.label:
            extra = f" ({u.bundle_label})"
        ctx.print(f"  {u.label}{extra}: {state}")
    return 0


def cmd_report(args, ctx) -> int:
    from po_desktop.domain.categories import load_profile
    from po_desktop.services import coordinator
    from po_desktop.services.report_table import format_text, write_report_csv

    if args.threshold < 2:
        raise RejectedInput(tr("--threshold måste vara minst 2."))
    if args.internal and not args.csv:
        raise RejectedInput(tr("--internal gäller CSV-filen: ange också --csv FIL."))
    if getattr(args, "compare", None) is not None:  # before any file is written
        from po_desktop.services.annual import check_earlier

        check_earlier(args.period, args.compare)
    from po_desktop.fileio import check_output_paths

    check_output_paths(args.csv, args.pdf)  # a wrong second path writes no first file
    report = coordinator.require_reported(coordinator.merged_report(_vault(ctx), args.period))
    left_out = coordinator.not_counted_text(report)
    if left_out:
        hint = tr("godkänn en enhet med coordinator accept --unit-id ID (eller match/expect)")
        ctx.stderr.write(
            tr("po-desktop: {text} {hint}").format(text=printable(left_out), hint=hint) + "\n"
        )
    earlier = None
    if getattr(args, "compare", None) is not None:  # no unit then: "ej rapporterat", never 0
        earlier = coordinator.merged_report(_vault(ctx), args.compare)
    profile = load_profile(report["profile"])
    if args.csv:
        path = write_report_csv(
            args.csv,
            report,
            internal=args.internal,
            threshold=args.threshold,
            comparison=_published_compare(ctx, args, report, internal=args.internal),
        )
        ctx.stderr.write(
            tr("CSV skriven ({kind}): {path}").format(
                kind=tr("internt, exakta antal")
                if args.internal
                else tr("maskerad för publicering"),
                path=path,
            )
            + "\n"
        )
    if args.pdf:
        try:
            from po_desktop.printing.reports import render_coordinator_report
        except ImportError:
            raise PoError(
                tr("PDF-rapporten finns inte i den här versionen ännu; använd --csv eller --json.")
            ) from None
        from po_desktop.services.compare_output import pdf_options
        from po_desktop.services.period_status import period_status

        pc = _published_compare(ctx, args, report, internal=False)
        out = render_coordinator_report(
            report,
            args.pdf,
            mask_threshold=args.threshold,
            status=period_status(_vault(ctx), args.period),
            **pdf_options(pc),
        )
        ctx.stderr.write(tr("PDF skriven: {path}").format(path=out or args.pdf) + "\n")
    if earlier is not None:
        return _report_compare(ctx, args, report, earlier, profile)
    if args.json:
        ctx.print_json(report)
    elif not args.csv and not args.pdf:
        ctx.print(
            tr("Sammanställning för {label} ({start} – {end}): {n} enheter").format(
                label=report["period"]["label"],
                start=report["period"]["start"],
                end=report["period"]["end"],
                n=report["units_counted"],
            )
        )
        if report["missing_units"]:
            ctx.print(tr("Saknas: {units}").format(units=", ".join(report["missing_units"])))
        if report.get("unsigned_units"):
            ctx.print(
                tr("Osignerade paket (äldre format): {units}").format(
                    units=", ".join(report["unsigned_units"])
                )
            )
        ctx.stdout.write(printable(format_text(report["figures"], profile), multiline=True))
        _write_annual_text(ctx, report, profile)
    return 0


def cmd_approve(args, ctx) -> int:
    from po_desktop.services import coordinator
    from po_desktop.services.period_status import period_status

    vault = _vault(ctx)
    status = period_status(vault, args.period)
    missing = status.missing
    if missing and not status.approved_on and not args.yes:
        _confirm_missing(ctx, missing)
    r = coordinator.approve_period(vault, args.period)
    if missing:
        ctx.stderr.write(
            tr("po-desktop: godkänd utan {units}.").format(units=", ".join(missing)) + "\n"
        )
    ctx.print(
        tr("Perioden {label} är godkänd {date}; senare paket för den avvisas.").format(
            label=r["period"]["label"], date=r["approved_on"]
        )
    )
    return 0


def _confirm_missing(ctx, missing) -> None:
    """Approving without some expected units: asked on a terminal (like the window does),
    ``--yes`` required otherwise; nothing is approved unless confirmed."""
    from po_desktop.errors import UsageError

    units = printable(", ".join(missing))
    if not (hasattr(ctx.stdin, "isatty") and ctx.stdin.isatty()):
        raise UsageError(
            plural(
                len(missing),
                tr(
                    "coordinator approve: {n} förväntad enhet har inte rapporterat ({units}); "
                    "godkänn ändå med --yes. Inget godkändes."
                ),
                tr(
                    "coordinator approve: {n} förväntade enheter har inte rapporterat ({units}); "
                    "godkänn ändå med --yes. Inget godkändes."
                ),
                units=units,
            )
        )
    ctx.stdout.write(
        plural(
            len(missing),
            tr("{n} förväntad enhet har inte rapporterat: {units}. Godkänn perioden ändå? [j/N] "),
            tr(
                "{n} förväntade enheter har inte rapporterat: {units}. "
                "Godkänn perioden ändå? [j/N] "
            ),
            units=units,
        )
    )
    ctx.stdout.flush()
    if ctx.stdin.readline().strip().casefold() not in ("j", "ja", "y", "yes"):
        raise RejectedInput(tr("Perioden godkändes inte."))


def cmd_reopen(args, ctx) -> int:
    from po_desktop.services import coordinator

    r = coordinator.reopen_period(_vault(ctx), args.period)
    ctx.print(tr("Perioden {label} är öppen igen.").format(label=r["period"]["label"]))
    return 0


def cmd_withdraw(args, ctx) -> int:
    from po_desktop.services import coordinator

    r = coordinator.withdraw_bundle(_vault(ctx), args.bundle_id)
    ctx.print(
        tr("Paketet {id} ({unit}, {period}) är återkallat.").format(
            id=r["bundle_id"], unit=r["unit_label"], period=r["period"]
        )
    )
    if r["restored"]:
        ctx.print(tr("Nu gäller paketet {id}.").format(id=r["restored"]))
    return 0


def cmd_unbind(args, ctx) -> int:
    from po_desktop.services import coordinator

    r = coordinator.unbind_unit(_vault(ctx), args.unit_label)
    ctx.print(
        tr(
            "Enheten {label} är inte längre kopplad till ett enhets-id; nästa paket kopplar den."
        ).format(label=r["label"])
    )
    return 0


def _published_compare(ctx, args, report: MergedReport, *, internal: bool):
    """``--compare`` in the CSV and the PDF: both periods as one document prints them."""
    if getattr(args, "compare", None) is None:
        return None
    from po_desktop.services.compare_output import merged

    return merged(_vault(ctx), report, args.compare, None if internal else args.threshold)


def _report_compare(ctx, args, report: MergedReport, earlier: MergedReport, profile) -> int:
    """``coordinator report --compare P2``: the merged figures beside an earlier period's."""
    from po_desktop.domain.comparison import compare_figures
    from po_desktop.services.annual_table import format_comparison_text

    reported = bool(earlier.get("units_counted"))
    before = earlier["figures"] if reported else None
    changes = compare_figures(report["figures"], before) if reported else None
    if args.json:
        compare = {"period": earlier["period"], "figures": before, "change": changes}
        if not reported:
            compare["reported"] = False
            compare["reason"] = tr("ej rapporterat: ingen enhet har rapporterat {period}").format(
                period=earlier["period"]["label"]
            )
        ctx.print_json({**report, "compare": compare})
        return 0
    if not args.csv and not args.pdf:
        ctx.print(
            tr("Sammanställning för {label} jämförd med {earlier}").format(
                label=report["period"]["label"], earlier=earlier["period"]["label"]
            )
        )
        text = format_comparison_text(
            report["figures"],
            before,
            changes,
            profile,
            report["period"]["label"],
            earlier["period"]["label"],
        )
        ctx.stdout.write(printable(text, multiline=True))
    return 0


def _write_annual_text(ctx, report: MergedReport, profile) -> None:
    """Activities and the survey (annual.md), "–" where no unit reported them."""
    from po_desktop.services.annual_table import format_annual_text

    ctx.stdout.write(printable(format_annual_text(report["figures"], profile), multiline=True))
    if report.get("annual_not_reported"):
        ctx.print(
            tr("Utan aktiviteter och enkät (paketformat 1): {units}").format(
                units=", ".join(report["annual_not_reported"])
            )
        )


def cmd_annual_report(args, ctx) -> int:
    from po_desktop.services import annual_report  # reportlab loads only when printing

    year = parse.year(args.year)
    vault = _vault(ctx)
    from po_desktop.services import coordinator

    left_out = coordinator.not_counted_text(
        coordinator.merged_report(vault, annual_report.year_period(year))
    )
    if left_out:
        hint = tr("godkänn en enhet med coordinator accept --unit-id ID (eller match/expect)")
        ctx.stderr.write(
            tr("po-desktop: {text} {hint}").format(text=printable(left_out), hint=hint) + "\n"
        )
    for path in annual_report.print_annual_report(
        vault, year, pdf=args.pdf, docx=args.docx, internal=args.internal
    ):
        ctx.print(
            tr("Skrev den sammanställda verksamhetsberättelsen {year}: {path}").format(
                year=year, path=path
            )
        )
    return 0
