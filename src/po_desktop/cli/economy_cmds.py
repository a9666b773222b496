"""`coordinator economy …` and `print grant-application` (economy.md, cli.md).

`coordinator economy --year Y` (the results) and `coordinator economy set …` /
`coordinator economy import-population FILE` share the name ``economy``: the ``economy`` parser
has its own options (``--year --json --csv --pdf``) *and* optional sub-commands (``set``,
``import-population``). Without a sub-command the results are shown; a sub-command's own
options are parsed by its parser (argparse copies them over the parent's).
"""

from __future__ import annotations

import argparse
from typing import Any

from po_desktop.cli import parse
from po_desktop.errors import RejectedInput, UsageError
from po_desktop.i18n import local_decimal, tr


def register(csub: Any) -> None:
    e = csub.add_parser(
        "economy", help=tr("kostnad, statsbidrag, fördelningsnyckel och belopp per kommun")
    )
    e.add_argument(
        "--year",
        dest="economy_year",
        metavar="Y",
        help=tr("året som visas (krävs utan underkommando)"),
    )
    e.add_argument(
        "--json", dest="economy_json", action="store_true", help=tr("resultatet som JSON")
    )
    e.add_argument(
        "--csv", dest="economy_csv", metavar="FILE", help=tr("kostnadsfördelningen som CSV")
    )
    e.add_argument(
        "--pdf", dest="economy_pdf", metavar="FILE", help=tr("kostnadsfördelningen som PDF")
    )
    e.set_defaults(handler=cmd_economy)
    esub = e.add_subparsers(dest="economy_command", metavar="[set | import-population]")

    p = esub.add_parser(
        "set", help=tr("årets underlag: statsbidrag, nyckel, andelar, budget, årsarbeten")
    )
    p.add_argument("--year", required=True, metavar="Y")
    p.add_argument("--grant-per-fte", metavar="KR")
    p.add_argument(
        "--key", metavar="KEY", help="fixed | population_18plus | population_all | active_clients"
    )
    p.add_argument(
        "--share",
        action="append",
        default=[],
        metavar="MUNICIPALITY=PCT",
        help=tr(
            "fast andel i procent; alla kommuners andelar ges tillsammans och ska summera till 100"
        ),
    )
    p.add_argument(
        "--budget",
        action="append",
        default=[],
        metavar="NAME=KIND:KR",
        help=tr(
            "en budgetpost (samma namn ersätter posten); PO-påslag som "
            "procent: NAMN=staff_overhead:38.46%%"
        ),
    )
    p.add_argument("--remove-budget", action="append", default=[], metavar="NAME")
    p.add_argument(
        "--fte",
        action="append",
        default=[],
        metavar="UNIT_LABEL=N.NN",
        help=tr("årsarbeten för en enhet (ersätter årspaketets); UNIT=bundle tar bort det angivna"),
    )
    p.add_argument(
        "--billings-per-year", metavar="N", help=tr("faktureringar per år (standard 2, halvår)")
    )
    p.add_argument(
        "--population",
        action="append",
        default=[],
        metavar="MUNICIPALITY=ALL[:18PLUS]",
        help=tr("folkmängd för en kommun (med --as-of)"),
    )
    p.add_argument("--as-of", metavar="DATE", help=tr("folkmängdens datum"))
    p.add_argument(
        "--applicant", metavar="MUNICIPALITY", help=tr("sökande kommun på ansökan om statsbidrag")
    )
    p.add_argument(
        "--ledningsgrupp-party",
        action="append",
        metavar="TEXT",
        help=tr("en part i ledningsgruppen (alla anges tillsammans)"),
    )
    p.set_defaults(handler=cmd_set)

    p = esub.add_parser(
        "import-population",
        help=tr("folkmängd per kommun från en CSV kommun;folkmängd;folkmängd 18+"),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--as-of", required=True, metavar="DATE")
    p.set_defaults(handler=cmd_import_population)


def register_print(psub: Any) -> None:
    c = psub.add_parser(
        "grant-application", help=tr("underlag för ansökan om statsbidrag (samordnarvalv)")
    )
    c.add_argument("--year", required=True, metavar="Y")
    c.add_argument("--out", required=True, metavar="FILE")
    for option, text in (
        ("--contact-title", tr("kontaktpersonens befattning")),
        ("--contact-name", tr("kontaktpersonens namn")),
        ("--contact-address", tr("kontaktpersonens postadress")),
        ("--contact-phone", tr("kontaktpersonens telefon")),
        ("--contact-email", tr("kontaktpersonens e-post")),
    ):
        c.add_argument(option, metavar="TEXT", help=text + tr(" (sparas inte)"))
    c.set_defaults(handler=cmd_grant_application)


def _vault(ctx: Any) -> Any:
    vault = ctx.vault()
    ctx.require_mode("coordinator")
    return vault


def _year(text: str) -> int:
    from po_desktop.services.economy import check_year

    return check_year(parse.year(text))


def cmd_economy(args: argparse.Namespace, ctx: Any) -> int:
    from po_desktop.services import economy

    if args.economy_year is None:
        raise UsageError(tr("coordinator economy: ange --year Y (eller set / import-population)"))
    from po_desktop.fileio import check_output_paths

    year = _year(args.economy_year)
    check_output_paths(args.economy_csv, args.economy_pdf)  # before any file is written
    view = economy.economy(_vault(ctx), year)
    if args.economy_csv:
        path = economy.write_economy_csv(args.economy_csv, view)
        ctx.stderr.write(tr("CSV skriven: {path}").format(path=path) + "\n")
    if args.economy_pdf:
        from po_desktop.printing.economy import render_cost_distribution

        path = render_cost_distribution(view, args.economy_pdf)
        ctx.stderr.write(tr("PDF skriven: {path}").format(path=path) + "\n")
    if view.not_counted:
        from po_desktop.domain.safetext import printable

        ctx.stderr.write(
            tr(
                "po-desktop: årspaket som inte räknas (enheten är inte förväntad): {units}; "
                "godkänn med coordinator accept --unit-id ID"
            ).format(units=printable(", ".join(view.not_counted)))
            + "\n"
        )
    if args.economy_json:
        ctx.print_json(view.to_dict())
    elif not args.economy_csv and not args.economy_pdf:
        ctx.stdout.write(format_text(view))
    return 0


def format_text(view: Any) -> str:
    from po_desktop.errors import one_line
    from po_desktop.services.economy import key_label, kronor, message

    r = view.result
    lines = [tr("Ekonomi {year} ({key})").format(year=r.year, key=key_label(r.key))]

    def pct(v: Any) -> str:
        return "–" if v is None else local_decimal(f"{v:.2f}") + " %"

    lines.append(tr("Årsarbeten: {fte}").format(fte=local_decimal(f"{r.fte_total:.2f}")))
    for u in r.units:
        fte = "–" if u.fte is None else local_decimal(f"{u.fte:.2f}")
        source = {"bundle": tr("årspaket"), "entered": tr("angivet")}.get(u.source or "", "–")
        lines.append(f"  {one_line(u.label)}: {fte} ({source})")
    lines.append(tr("Total kostnad: {kr} kr").format(kr=kronor(r.cost_total)))
    lines.append(
        tr("Statsbidrag: {kr} kr ({share} av kostnaden)").format(
            kr=kronor(r.grant), share=pct(r.grant_share_percent)
        )
    )
    lines.append(tr("Kommunernas del: {kr} kr").format(kr=kronor(r.municipalities_total)))
    if r.problem is not None:
        lines.append(message(r.problem))
    for m in r.municipalities:
        lines.append(
            tr("  {name}: {pct}, {kr} kr per år, {inh} kr per invånare").format(
                name=one_line(m.name),
                pct=pct(m.share_percent),
                kr=kronor(m.amount),
                inh=kronor(m.per_inhabitant),
            )
        )
    return "\n".join(lines) + "\n"


def _split_pairs(values: list[str], option: str) -> list[tuple[str, str]]:
    from po_desktop.services.economy import _pair

    return [_pair(v, option) for v in values]


def cmd_set(args: argparse.Namespace, ctx: Any) -> int:
    from decimal import Decimal

    from po_desktop.services import economy

    year = _year(args.year)
    changes: dict[str, Any] = {}
    if args.grant_per_fte is not None:
        changes["grant_per_fte"] = economy.parse_kronor(args.grant_per_fte, "--grant-per-fte")
    if args.key is not None:
        changes["key"] = args.key
    if args.share:
        shares: dict[str, Decimal] = {}
        for text in args.share:
            name, pct = economy.parse_share(text)
            if name.casefold() in {n.casefold() for n in shares}:
                raise RejectedInput(tr("{name} finns två gånger.").format(name=name))
            shares[name] = pct
        changes["shares"] = shares
    if args.budget:
        changes["budget"] = [economy.parse_budget(t) for t in args.budget]
    if args.remove_budget:
        changes["remove_budget"] = list(args.remove_budget)
    if args.fte:
        fte: dict[str, Decimal | None] = {}
        for label, value in _split_pairs(args.fte, "--fte"):
            fte[label] = None if value == "bundle" else economy.parse_fte_value(value, label)
        changes["fte"] = fte
    if args.billings_per_year is not None:
        changes["billings_per_year"] = parse.integer(args.billings_per_year, "--billings-per-year")
    if args.population:
        if not args.as_of:
            raise RejectedInput(tr("Ange folkmängdens datum (--as-of ÅÅÅÅ-MM-DD)."))
        population: dict[str, tuple[int, int | None]] = {}
        for name, value in _split_pairs(args.population, "--population"):
            total, _, adults = value.partition(":")
            population[name] = (
                economy.parse_kronor(total, name) if total else -1,
                economy.parse_kronor(adults, name) if adults else None,
            )
        changes["population"] = population
        changes["population_as_of"] = parse.date(args.as_of)
    elif args.as_of:
        raise UsageError(tr("--as-of hör till --population"))
    if args.applicant is not None:
        changes["applicant"] = args.applicant
    if args.ledningsgrupp_party is not None:
        changes["parties"] = args.ledningsgrupp_party
    if not changes:
        raise UsageError(tr("coordinator economy set: inget att ändra (se --help)"))
    view = economy.set_inputs(_vault(ctx), year, **changes)
    ctx.print(tr("Ekonomin för {year} är sparad.").format(year=year))
    ctx.stdout.write(format_text(view))
    return 0


def cmd_import_population(args: argparse.Namespace, ctx: Any) -> int:
    from pathlib import Path

    from po_desktop.services import economy

    as_of = parse.date(args.as_of)
    rows = economy.import_population(_vault(ctx), Path(args.file), as_of)
    ctx.print(
        tr("Folkmängd per {date} importerad för {n} kommuner.").format(
            date=as_of.isoformat(), n=len(rows)
        )
    )
    return 0


def cmd_grant_application(args: argparse.Namespace, ctx: Any) -> int:
    from po_desktop.services import economy
    from po_desktop.services.printing import print_grant_application

    vault = _vault(ctx)
    contact = {
        key: getattr(args, key) for key in economy.CONTACT_FIELDS if getattr(args, key, None)
    }
    path = print_grant_application(vault, _year(args.year), args.out, contact)
    ctx.print(tr("PDF skriven: {path}").format(path=path))
    return 0
