"""`stats` and `bundle export` (ombud vault)."""

from __future__ import annotations

from po_desktop.domain.safetext import printable
from po_desktop.i18n import tr


def register(sub) -> None:
    p = sub.add_parser("stats", help=tr("statistiken för en period (statistics.md §3)"))
    p.add_argument(
        "--period",
        required=True,
        metavar="P",
        help=tr("2026, 2026H1, 2026H2 eller 2026-01-01..2026-03-31"),
    )
    p.add_argument("--json", action="store_true", help=tr("maskinläsbart"))
    p.add_argument(
        "--compare", metavar="P2", help=tr("visa siffrorna bredvid en tidigare period, t.ex. 2025")
    )
    p.set_defaults(handler=cmd_stats)

    b = sub.add_parser("bundle", help=tr("statistikpaket till samordnaren"))
    bsub = b.add_subparsers(dest="bundle_command", metavar="SUBCOMMAND", required=True)
    e = bsub.add_parser("export", help=tr("skriv ett .pobundle för en period"))
    e.add_argument("--period", required=True, metavar="P")
    e.add_argument("--out", required=True, metavar="FILE")
    e.set_defaults(handler=cmd_bundle_export)


def cmd_stats(args, ctx) -> int:
    from po_desktop.services import statistics
    from po_desktop.services.report_table import format_text

    period = statistics.as_period(args.period)
    earlier = statistics.as_period(args.compare) if args.compare is not None else None
    vault = ctx.vault()
    ctx.require_mode("ombud")
    from po_desktop.services.recording import before_start_reason

    reason = before_start_reason(vault, period)
    if reason is not None:  # backfilled records make no reported period: "–", never a count
        if args.json:
            ctx.print_json(
                {"period": period.to_dict(), "figures": None, "reported": False, "reason": reason}
            )
        else:
            ctx.print(tr("{label}: {reason}").format(label=period.label, reason=reason))
        return 0
    if earlier is not None:
        return _stats_compare(ctx, vault, period, earlier, args.json)
    figures = _stats_figures(vault, period)
    if args.json:
        ctx.print_json({"period": period.to_dict(), "figures": figures})
        return 0
    from po_desktop.services import settings

    profile = settings.vault_profile(vault)
    ctx.print(
        tr("Statistik för {unit}, period {label} ({start} – {end})").format(
            unit=settings.get(vault, settings.UNIT_LABEL),
            label=period.label,
            start=period.start.isoformat(),
            end=period.end.isoformat(),
        )
    )
    ctx.stdout.write(printable(format_text(figures, profile), multiline=True))
    _write_annual_text(ctx, figures, profile)
    return 0


# --- the year's account (annual.md): activities, survey, --compare ----------------------------


def _stats_figures(vault, period) -> dict:
    from po_desktop.services.annual import year_figures

    return year_figures(vault, period)


def _write_annual_text(ctx, figures, profile) -> None:
    from po_desktop.services.annual_table import format_annual_text

    ctx.stdout.write(printable(format_annual_text(figures, profile), multiline=True))


def _stats_compare(ctx, vault, period, earlier, as_json: bool) -> int:
    from po_desktop.services import settings
    from po_desktop.services.annual import compare
    from po_desktop.services.annual_table import format_comparison_text

    c = compare(vault, period, earlier)
    if as_json:
        ctx.print_json(c.to_dict())
        return 0
    profile = settings.vault_profile(vault)
    ctx.print(
        tr("Statistik för {unit}, period {label} jämförd med {earlier}").format(
            unit=settings.get(vault, settings.UNIT_LABEL), label=period.label, earlier=earlier.label
        )
    )
    text = format_comparison_text(
        c.figures, c.earlier_figures, c.changes, profile, period.label, earlier.label
    )
    ctx.stdout.write(printable(text, multiline=True))
    return 0


def cmd_bundle_export(args, ctx) -> int:
    from po_desktop.services import statistics

    period = statistics.as_period(args.period)
    vault = ctx.vault()
    ctx.require_mode("ombud")
    out = statistics.export_bundle(vault, period, args.out)
    ctx.print(tr("Statistikpaket för {label} skrivet: {path}").format(label=period.label, path=out))
    from po_desktop.services.identity import signing_fingerprint

    ctx.print(
        tr(
            "Signerat med valvets nyckel {fingerprint}; läs upp den för samordnaren när du "
            "skickar första paketet (eller från en ny dator)."
        ).format(fingerprint=signing_fingerprint(vault))
    )
    return 0
