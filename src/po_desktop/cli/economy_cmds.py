"""`coordinator economy …` and `print grant-application` (economy.md, cli.md, the grant-cycle
issue).

`coordinator economy --year Y` (the results) and its sub-commands share the name ``economy``:
the ``economy`` parser has its own options (``--year --json --csv --pdf``) *and* optional
sub-commands (``set``, ``import-population``, ``municipality``, ``staffing``, ``actual``,
``account``, ``application``: the last four in :mod:`.economy_account_cmds`). Without a
sub-command the results are shown; a sub-command's own options are parsed by its parser.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
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
    esub = e.add_subparsers(
        dest="economy_command",
        metavar="[set | import-population | municipality | staffing | actual | account "
        "| application]",
    )
    _register_set(esub)
    p = esub.add_parser(
        "import-population",
        help=tr("folkmängd per kommun från en CSV kommun;folkmängd;folkmängd 18+"),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--as-of", required=True, metavar="DATE")
    p.set_defaults(handler=cmd_import_population)
    p = esub.add_parser("municipality", help=tr("lägg till eller ta bort en kommun som faktureras"))
    p.add_argument("action", choices=("add", "remove"))
    p.add_argument("name", metavar="NAME")
    p.set_defaults(handler=cmd_municipality)

    from po_desktop.cli import economy_account_cmds

    economy_account_cmds.register(esub)


def _register_set(esub: Any) -> None:
    p = esub.add_parser(
        "set", help=tr("årets underlag: statsbidrag, nyckel, andelar, budget, årsarbeten")
    )
    p.add_argument("--year", required=True, metavar="Y")
    p.add_argument("--grant-per-fte", metavar="KR")
    p.add_argument(
        "--key",
        metavar="KEY",
        help="fixed | population_18plus | population_all | active_clients | own_posts",
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
        metavar="NAME=KIND:KR[@PARTY]",
        help=tr(
            "en budgetpost (samma namn ersätter posten); PO-påslag som procent: "
            "NAMN=staff_overhead:38.46%%; @PART: en parts egen kostnad (nyckeln own_posts)"
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
        "--billings-per-year",
        metavar="N",
        help=tr(
            "faktureringar per år, 1–12 (t.ex. 2: halvår); utan den visas inga belopp per faktura"
        ),
    )
    p.add_argument(
        "--population",
        action="append",
        default=[],
        metavar="MUNICIPALITY=ALL[:18PLUS]",
        help=tr("folkmängd för en kommun (med --as-of); :18PLUS ensamt anger bara 18+"),
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
    p.add_argument(
        "--other-party",
        action="append",
        metavar="TEXT",
        help=tr(
            "en part som inte är en kommun, t.ex. ett samordningsförbund (alla anges tillsammans)"
        ),
    )
    p.add_argument(
        "--amount-per-party",
        metavar="KR",
        help=tr("fast belopp per part (nyckeln own_posts; 0 tar bort)"),
    )
    p.add_argument(
        "--index-from-previous",
        metavar="PCT",
        help=tr("årets budget = föregående års, uppräknad med procentsatsen"),
    )
    p.set_defaults(handler=cmd_set)


def register_print(psub: Any) -> None:
    c = psub.add_parser(
        "grant-application", help=tr("underlag för ansökan om statsbidrag (samordnarvalv)")
    )
    c.add_argument("--year", metavar="Y", help=tr("året (krävs utom med --blank)"))
    c.add_argument("--out", required=True, metavar="FILE")
    c.add_argument("--blank", action="store_true", help=tr("en tom blankett att fylla i för hand"))
    for option, text in (
        ("--contact-title", tr("kontaktpersonens befattning")),
        ("--contact-name", tr("kontaktpersonens namn")),
        ("--contact-address", tr("kontaktpersonens postadress")),
        ("--contact-phone", tr("kontaktpersonens telefon")),
        ("--contact-email", tr("kontaktpersonens e-post")),
        ("--signatory-name", tr("namnförtydligande och befattning")),
    ):
        c.add_argument(option, metavar="TEXT", help=text + tr(" (sparas inte)"))
    c.set_defaults(handler=cmd_grant_application)


# --- values ---------------------------------------------------------------------------------


def vault_of(ctx: Any) -> Any:
    vault = ctx.vault()
    ctx.require_mode("coordinator")
    return vault


def parse_int(text: str, option: str, digits: int = 6) -> int:
    """A whole number of at most ``digits`` digits (cli/parse.py's one integer rule)."""
    value = parse.integer(text, option)
    if len(str(value)) > digits:
        raise RejectedInput.nothing_saved(
            tr("{what} måste vara ett heltal: '{value}'").format(what=option, value=str(text)[:40])
        )
    return value


def parse_year(text: str) -> int:
    from po_desktop.services.economy import check_year

    return check_year(parse.year(text))


def parse_date(text: str) -> Any:
    return parse.date(text)


def pair(text: str, option: str) -> tuple[str, str]:
    from po_desktop.domain.economy import normalize_name
    from po_desktop.services.economy_text import shown

    name, sep, value = str(text).rpartition("=")
    name = normalize_name(name)
    if not sep or not name or not value.strip():
        raise RejectedInput(
            tr("{option} ska skrivas NAMN=VÄRDE, inte {text}.").format(
                option=option, text=shown(text)
            )
        )
    return name, value.strip()


def parse_budget(text: str) -> Any:
    """``NAME=KIND:KR[@PARTY]`` or ``NAME=staff_overhead:38.46%``."""
    from po_desktop.services.economy_text import parse_budget as parse

    try:
        return parse(text)
    except RejectedInput as exc:
        raise RejectedInput(f"--budget: {exc.message}") from None


def _fte_map(values: list[str]) -> dict[str, Decimal | None]:
    from po_desktop.services.economy_text import parse_fte_value

    out: dict[str, Decimal | None] = {}
    for text in values:
        label, value = pair(text, "--fte")
        out[label] = None if value == "bundle" else parse_fte_value(value, label)
    return out


def _population(values: list[str]) -> dict[str, tuple[int | None, int | None]]:
    from po_desktop.services.economy_text import parse_count

    out: dict[str, tuple[int | None, int | None]] = {}
    for text in values:
        name, value = pair(text, "--population")
        total, _, adults = value.partition(":")
        out[name] = (
            parse_count(total, name) if total.strip() else None,
            parse_count(adults, name) if adults.strip() else None,
        )
    return out


def _shares(values: list[str]) -> dict[str, Decimal]:
    from po_desktop.services.economy_text import parse_percent

    shares: dict[str, Decimal] = {}
    for text in values:
        name, value = pair(text, "--share")
        if name.casefold() in {n.casefold() for n in shares}:
            raise RejectedInput(tr("{name} finns två gånger.").format(name=name))
        shares[name] = parse_percent(value, name)
    return shares


# --- commands -------------------------------------------------------------------------------


def cmd_economy(args: argparse.Namespace, ctx: Any) -> int:
    from po_desktop.fileio import check_output_paths
    from po_desktop.services import economy

    if args.economy_year is None:
        raise UsageError(tr("coordinator economy: ange --year Y (eller ett underkommando)"))
    year = parse_year(args.economy_year)
    check_output_paths(args.economy_csv, args.economy_pdf)  # before any file is written
    view = economy.economy(vault_of(ctx), year)
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
    from po_desktop.services.economy_text import fte_text, key_label, kronor, percent

    r = view.result
    lines = [tr("Ekonomi {year} ({key})").format(year=r.year, key=key_label(r.key))]
    lines.append(
        tr("Årsarbeten: {fte} (med statsbidrag {eligible})").format(
            fte=fte_text(r.fte_shown), eligible=fte_text(r.eligible_shown)
        )
    )
    for u in r.units:
        source = {"bundle": tr("årspaket"), "entered": tr("angivet")}.get(u.source or "", "–")
        lines.append(f"  {one_line(u.label)}: {fte_text(u.fte)} ({source})")
    lines.append(tr("Total kostnad: {kr} kr").format(kr=kronor(r.cost_shown)))
    lines.append(
        tr("Statsbidrag: {kr} kr ({share} av kostnaden)").format(
            kr=kronor(r.grant), share=percent(r.grant_share_percent)
        )
    )
    if r.municipalities_total is not None:
        lines.append(tr("Kommunernas del: {kr} kr").format(kr=kronor(r.municipalities_total)))
    lines += view.status_lines()  # the one problem line (never a negative amount)
    for m in r.municipalities:
        lines.append(
            tr("  {name}: {pct}, {kr} kr per år, {inh} kr per invånare").format(
                name=one_line(m.name),
                pct=percent(m.share_percent),
                kr=kronor(m.amount),
                inh=kronor(m.per_inhabitant),
            )
        )
    lines.append(
        tr("Invånare per årsarbete: {n} (riktmärke 25 000–30 000)").format(
            n=kronor(r.inhabitants_per_fte)
        )
    )
    if r.caseload_per_fte is not None:
        lines.append(
            tr("Pågående uppdrag vid årets slut per årsarbete: {n} (riktmärke 10–15)").format(
                n=local_decimal(f"{r.caseload_per_fte:.1f}")
            )
        )
    if r.active_per_fte is not None:
        lines.append(
            tr("Klienter under året per årsarbete: {n}").format(
                n=local_decimal(f"{r.active_per_fte:.1f}")
            )
        )
    if view.previous is None:
        lines.append(tr("{year}: ej rapporterat").format(year=r.year - 1))
    return "\n".join(lines) + "\n"


def _value_changes(args: argparse.Namespace) -> dict[str, Any]:
    from po_desktop.services.economy_text import parse_kronor

    changes: dict[str, Any] = {}
    if args.grant_per_fte is not None:
        changes["grant_per_fte"] = parse_kronor(args.grant_per_fte, "--grant-per-fte")
    if args.key is not None:
        changes["key"] = args.key
    if args.share:
        changes["shares"] = _shares(args.share)
    if args.budget:
        changes["budget"] = [parse_budget(t) for t in args.budget]
    if args.remove_budget:
        changes["remove_budget"] = list(args.remove_budget)
    if args.fte:
        changes["fte"] = _fte_map(args.fte)
    if args.billings_per_year is not None:
        changes["billings_per_year"] = parse_int(args.billings_per_year, "--billings-per-year")
    if args.amount_per_party is not None:
        changes["amount_per_party"] = parse_kronor(args.amount_per_party, "--amount-per-party")
    return changes


def _other_changes(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if args.population:
        if not args.as_of:
            raise RejectedInput(tr("Ange folkmängdens datum (--as-of ÅÅÅÅ-MM-DD)."))
        changes["population"] = _population(args.population)
        changes["population_as_of"] = parse_date(args.as_of)
    elif args.as_of:
        raise UsageError(tr("--as-of hör till --population"))
    for option, key in (
        ("applicant", "applicant"),
        ("ledningsgrupp_party", "parties"),
        ("other_party", "other_parties"),
    ):
        if getattr(args, option) is not None:
            changes[key] = getattr(args, option)
    return changes


def cmd_set(args: argparse.Namespace, ctx: Any) -> int:
    from po_desktop.services import economy
    from po_desktop.services.economy_text import parse_percent

    year = parse_year(args.year)
    changes = {**_value_changes(args), **_other_changes(args)}
    if not changes and args.index_from_previous is None:
        raise UsageError(tr("coordinator economy set: inget att ändra (se --help)"))
    if args.index_from_previous is not None:
        changes["index_from_previous"] = parse_percent(
            args.index_from_previous, "--index-from-previous", low=-50, high=50
        )
    # one call, one transaction: the index and the other changes, or nothing
    view = economy.set_inputs(vault_of(ctx), year, **changes)
    ctx.print(tr("Ekonomin för {year} är sparad.").format(year=year))
    ctx.stdout.write(format_text(view))
    return 0


def cmd_import_population(args: argparse.Namespace, ctx: Any) -> int:
    from pathlib import Path

    from po_desktop.services import economy

    as_of = parse_date(args.as_of)
    rows = economy.import_population(vault_of(ctx), Path(args.file), as_of)
    ctx.print(
        tr("Folkmängd per {date} importerad för {n} kommuner.").format(
            date=as_of.isoformat(), n=len(rows)
        )
    )
    return 0


def cmd_municipality(args: argparse.Namespace, ctx: Any) -> int:
    from po_desktop.services import economy

    vault = vault_of(ctx)
    if args.action == "add":
        names = economy.add_municipality(vault, args.name)
    else:
        names = economy.remove_municipality(vault, args.name)
    ctx.print(tr("Kommuner som faktureras: {names}").format(names=", ".join(names) or "–"))
    return 0


def cmd_grant_application(args: argparse.Namespace, ctx: Any) -> int:
    from po_desktop.services import economy
    from po_desktop.services.printing import print_grant_application

    vault = vault_of(ctx)
    contact = {
        key: getattr(args, key) for key in economy.CONTACT_FIELDS if getattr(args, key, None)
    }
    if args.blank:
        year = parse_year(args.year) if args.year else None
        path = print_grant_application(vault, year, args.out, contact, blank=True)
    else:
        if args.year is None:
            raise UsageError(tr("print grant-application: ange --year Y (eller --blank)"))
        path = print_grant_application(vault, parse_year(args.year), args.out, contact)
    ctx.print(tr("PDF skriven: {path}").format(path=path))
    return 0
