"""`coordinator economy staffing|actual|account|application …` (the grant-cycle issue): the
posts and their monthly staffing, the actual costs and the grant decided, the account
("Redovisning av statsbidrag för personligt ombud") and the application's texts."""

from __future__ import annotations

import argparse
import re
from decimal import Decimal
from typing import Any

from po_desktop.cli.economy_cmds import pair, parse_int, parse_year, vault_of
from po_desktop.errors import RejectedInput, UsageError
from po_desktop.i18n import local_decimal, tr


def register(esub: Any) -> None:
    st = esub.add_parser(
        "staffing", help=tr("årets tjänster: årsarbeten, statsbidrag, område, bemanning per månad")
    )
    ssub = st.add_subparsers(dest="staffing_command", metavar="set | remove", required=True)
    p = ssub.add_parser("set", help=tr("lägg till eller ändra en tjänst"))
    p.add_argument("--year", required=True, metavar="Y")
    p.add_argument(
        "--post", required=True, metavar="NAME", help=tr("tjänstens namn, t.ex. Ombud 1")
    )
    p.add_argument(
        "--fte", metavar="N.NN", help=tr("tjänstens årsarbeten (krävs för en ny tjänst)")
    )
    grant = p.add_mutually_exclusive_group()
    grant.add_argument(
        "--grant",
        dest="grant_eligible",
        action="store_true",
        default=None,
        help=tr("ger statsbidrag (en ny tjänst behöver --grant eller --no-grant)"),
    )
    grant.add_argument(
        "--no-grant",
        dest="grant_eligible",
        action="store_false",
        help=tr("ger inget statsbidrag (t.ex. chef utan klienter)"),
    )
    p.add_argument(
        "--municipality",
        action="append",
        metavar="NAME",
        help=tr("kommun som tjänsten är fördelad på (flera: ett område)"),
    )
    p.add_argument("--area", metavar="NAME", help=tr("områdets namn, t.ex. Västra"))
    p.add_argument(
        "--party",
        metavar="NAME",
        help=tr("parten som anställer och betalar tjänsten (nyckeln own_posts)"),
    )
    p.add_argument(
        "--months",
        metavar="M1 … M12",
        help=tr(
            "årsarbeten i tjänst per månad, tolv värden åtskilda av mellanslag eller semikolon"
        ),
    )
    p.add_argument(
        "--month",
        action="append",
        default=[],
        metavar="MONTH=N.NN",
        help=tr("ändra en månad (1–12)"),
    )
    p.set_defaults(handler=cmd_staffing_set)
    p = ssub.add_parser("remove", help=tr("ta bort en tjänst"))
    p.add_argument("--year", required=True, metavar="Y")
    p.add_argument("--post", required=True, metavar="NAME")
    p.set_defaults(handler=cmd_staffing_remove)

    ac = esub.add_parser("actual", help=tr("utfall per budgetpost och beslutat statsbidrag"))
    asub = ac.add_subparsers(dest="actual_command", metavar="set | import", required=True)
    p = asub.add_parser("set", help=tr("utfall, beslutat statsbidrag och fakturerat per kommun"))
    p.add_argument("--year", required=True, metavar="Y")
    p.add_argument(
        "--line",
        action="append",
        default=[],
        metavar="NAME=KR",
        help=tr("utfall för en budgetpost"),
    )
    p.add_argument(
        "--remove",
        action="append",
        default=[],
        metavar="NAME",
        help=tr("ta bort utfallet för en budgetpost"),
    )
    p.add_argument("--grant-decided", metavar="KR", help=tr("beslutat statsbidrag i kronor"))
    p.add_argument(
        "--grant-decided-fte",
        metavar="N.NN",
        help=tr("årsarbeten som statsbidraget beslutades för"),
    )
    p.add_argument(
        "--billed",
        action="append",
        default=[],
        metavar="MUNICIPALITY=KR",
        help=tr("fakturerat i förskott, om det skiljer sig från kostnadsfördelningen"),
    )
    p.add_argument(
        "--clear-billed",
        action="store_true",
        help=tr("fakturerat enligt kostnadsfördelningen igen"),
    )
    p.set_defaults(handler=cmd_actual_set)
    p = asub.add_parser("import", help=tr("utfall från en CSV budgetpost;kronor"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--year", required=True, metavar="Y")
    p.set_defaults(handler=cmd_actual_import)

    p = esub.add_parser("account", help=tr("redovisning av statsbidrag för personligt ombud"))
    p.add_argument("--year", required=True, metavar="Y")
    p.add_argument("--json", action="store_true", help=tr("redovisningen som JSON"))
    p.add_argument("--pdf", metavar="FILE", help=tr("redovisningen som PDF"))
    p.add_argument("--csv", metavar="FILE", help=tr("redovisningen som CSV"))
    p.set_defaults(handler=cmd_account)

    ap = esub.add_parser("application", help=tr("ansökans texter för året (återanvänds nästa år)"))
    apsub = ap.add_subparsers(dest="application_command", metavar="set | show", required=True)
    p = apsub.add_parser("set", help=tr("ändra ansökans texter"))
    p.add_argument("--year", required=True, metavar="Y")
    p.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="KEY=TEXT",
        help=tr("ett fält, t.ex. administration=Funktionsstödsförvaltningen"),
    )
    p.add_argument(
        "--propose",
        action="store_true",
        help=tr(
            "fyll tomma fält för utbildning och uppföljning med förslag ur föregående års siffror"
        ),
    )
    p.set_defaults(handler=cmd_application_set)
    p = apsub.add_parser("show", help=tr("visa ansökans texter"))
    p.add_argument("--year", required=True, metavar="Y")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_application_show)


# --- staffing -----------------------------------------------------------------------------------


def parse_months(text: str) -> tuple[Decimal, ...]:
    from po_desktop.services.economy_text import parse_fte_value

    parts = [p for p in re.split(r"[;\s]+", str(text)[:400].strip()) if p]
    if len(parts) != 12:
        raise RejectedInput(
            tr("--months: ange tolv värden (ett per månad), inte {n}.").format(n=len(parts))
        )
    return tuple(parse_fte_value(p, tr("Månad {n}").format(n=i + 1)) for i, p in enumerate(parts))


def _month_changes(months: list[Decimal], changes: list[str]) -> list[Decimal]:
    from po_desktop.services.economy_text import parse_fte_value

    for text in changes:
        month, value = pair(text, "--month")
        index = parse_int(month, "--month", 2)
        if not 1 <= index <= 12:
            raise RejectedInput(tr("--month: månaden ska vara 1–12."))
        months[index - 1] = parse_fte_value(value, tr("Månad {n}").format(n=index))
    return months


def cmd_staffing_set(args: argparse.Namespace, ctx: Any) -> int:
    from dataclasses import replace

    from po_desktop.domain.economy import Post, normalize_name
    from po_desktop.services import economy
    from po_desktop.services.economy_text import parse_fte_value

    year = parse_year(args.year)
    vault = vault_of(ctx)
    current = next(
        (
            p
            for p in economy.economy(vault, year).inputs.posts
            if p.name.casefold() == normalize_name(args.post).casefold()
        ),
        None,
    )
    if current is None:
        if args.fte is None:
            raise RejectedInput(tr("En ny tjänst behöver sina årsarbeten (--fte)."))
        if args.grant_eligible is None:  # never assumed: it sets the grant
            raise RejectedInput(
                tr("Ange för en ny tjänst om den ger statsbidrag (--grant eller --no-grant).")
            )
        current = Post(args.post, Decimal(0), grant_eligible=args.grant_eligible)
    post = replace(current, name=normalize_name(args.post))
    if args.fte is not None:
        post = replace(post, fte=parse_fte_value(args.fte, args.post))
    if args.grant_eligible is not None:
        post = replace(post, grant_eligible=args.grant_eligible)
    if args.municipality is not None:
        post = replace(post, municipalities=tuple(args.municipality))
    if args.area is not None:
        post = replace(post, area=args.area or None)
    if args.party is not None:
        post = replace(post, party=args.party or None)
    if args.months is not None:
        post = replace(post, months=parse_months(args.months))
    if args.month:
        if post.months is None:  # the other eleven months are never assumed
            raise RejectedInput(
                tr("{name}: ange först alla tolv månader med --months.").format(name=post.name)
            )
        post = replace(post, months=tuple(_month_changes(list(post.months), args.month)))
    view = economy.set_post(vault, year, post)
    ctx.print(tr("Tjänsten {name} är sparad för {year}.").format(name=post.name, year=year))
    r = view.result
    ctx.print(
        tr("Årsarbeten {fte}, med statsbidrag {eligible}.").format(
            fte=local_decimal(f"{r.fte_total:.2f}"), eligible=local_decimal(f"{r.fte_eligible:.2f}")
        )
    )
    return 0


def cmd_staffing_remove(args: argparse.Namespace, ctx: Any) -> int:
    from po_desktop.services import economy

    year = parse_year(args.year)
    economy.remove_post(vault_of(ctx), year, args.post)
    ctx.print(tr("Tjänsten {name} är borttagen för {year}.").format(name=args.post, year=year))
    return 0


# --- the account ------------------------------------------------------------------------------


def cmd_actual_set(args: argparse.Namespace, ctx: Any) -> int:
    from po_desktop.services import economy_account as acc
    from po_desktop.services.economy_text import parse_fte_value, parse_kronor

    year = parse_year(args.year)
    vault = vault_of(ctx)
    amounts = {}
    for text in args.line:
        name, value = pair(text, "--line")
        amounts[name] = parse_kronor(value, name)
    billed = {}
    for text in args.billed:
        name, value = pair(text, "--billed")
        billed[name] = parse_kronor(value, name)
    account_changes: dict[str, Any] = {}
    if args.grant_decided is not None:
        account_changes["grant_decided"] = parse_kronor(args.grant_decided, "--grant-decided")
    if args.grant_decided_fte is not None:
        account_changes["grant_decided_fte"] = parse_fte_value(
            args.grant_decided_fte, "--grant-decided-fte"
        )
    if billed:
        account_changes["billed"] = billed
    if args.clear_billed:
        account_changes["clear_billed"] = True
    if not (amounts or args.remove or account_changes):
        raise UsageError(tr("coordinator economy actual set: inget att ändra (se --help)"))
    if account_changes:  # checked before the actual costs are written
        acc.set_account(vault, year, **account_changes)
    view = (
        acc.set_actual(vault, year, amounts, remove=args.remove)
        if (amounts or args.remove)
        else acc.account(vault, year)
    )
    ctx.print(tr("Utfallet för {year} är sparat.").format(year=year))
    ctx.stdout.write(format_account(view))
    return 0


def cmd_actual_import(args: argparse.Namespace, ctx: Any) -> int:
    from pathlib import Path

    from po_desktop.services import economy_account as acc

    year = parse_year(args.year)
    rows, _view = acc.import_actual(vault_of(ctx), year, Path(args.file))
    ctx.print(tr("Utfall importerat för {n} budgetposter.").format(n=len(rows)))
    return 0


def cmd_account(args: argparse.Namespace, ctx: Any) -> int:
    from po_desktop.fileio import check_output_paths
    from po_desktop.services import economy_account as acc

    year = parse_year(args.year)
    check_output_paths(args.csv, args.pdf)
    view = acc.account(vault_of(ctx), year)
    if args.csv:
        path = acc.write_account_csv(args.csv, view)
        ctx.stderr.write(tr("CSV skriven: {path}").format(path=path) + "\n")
    if args.pdf:
        from po_desktop.printing.economy_account import render_account

        path = render_account(view, args.pdf)
        ctx.stderr.write(tr("PDF skriven: {path}").format(path=path) + "\n")
    if args.json:
        ctx.print_json(view.to_dict())
    elif not args.csv and not args.pdf:
        ctx.stdout.write(format_account(view))
    return 0


def format_account(view: Any) -> str:
    from po_desktop.errors import one_line
    from po_desktop.services.economy_text import fte_text, kronor

    r = view.result
    lines = [tr("Redovisning av statsbidrag {year}").format(year=view.year)]
    lines.append(
        tr("Beslutat statsbidrag: {kr} kr för {fte} årsarbeten").format(
            kr=kronor(r.grant_decided), fte=fte_text(r.grant_decided_fte)
        )
    )
    lines.append(
        tr("Årsarbetsmånader med statsbidrag: {n}").format(n=fte_text(r.eligible_fte_months))
    )
    lines.append(tr("Förbrukat statsbidrag: {kr} kr").format(kr=kronor(r.grant_used)))
    lines.append(tr("Ej förbrukat att återredovisa: {kr} kr").format(kr=kronor(r.unspent)))
    lines.append(
        tr("Kostnad: budget {budget} kr, utfall {actual} kr").format(
            budget=kronor(r.budget_total), actual=kronor(r.actual_total)
        )
    )
    for s in r.settlements:
        if s.difference is None:
            continue
        if s.difference > 0:
            text = tr("tilläggsfaktura {kr} kr").format(kr=kronor(s.extra_invoice))
        elif s.difference < 0:
            text = tr("återbetalning {kr} kr").format(kr=kronor(s.refund))
        else:
            text = tr("ingen reglering")
        lines.append(f"  {one_line(s.name)}: {text}")
    lines += view.problem_lines()
    return "\n".join(lines) + "\n"


# --- the application's texts ------------------------------------------------------------------


def cmd_application_set(args: argparse.Namespace, ctx: Any) -> int:
    from po_desktop.services import economy_application as app

    year = parse_year(args.year)
    vault = vault_of(ctx)
    values: dict[str, str] = {}
    for text in args.field:
        key, sep, value = str(text).partition("=")
        if not sep:
            raise RejectedInput(tr("--field ska skrivas NYCKEL=TEXT."))
        values[key.strip()] = value
    if args.propose:
        current, _from = app.application_texts(vault, year)
        if not values.get("training", current.get("training")):
            values["training"] = app.propose_training(vault, year)
        if not values.get("follow_up", current.get("follow_up")):
            values["follow_up"] = app.propose_follow_up(vault, year)
    if not values:
        raise UsageError(tr("coordinator economy application set: inget att ändra (se --help)"))
    app.set_application(vault, year, values)
    ctx.print(tr("Ansökans texter för {year} är sparade.").format(year=year))
    return 0


def cmd_application_show(args: argparse.Namespace, ctx: Any) -> int:
    from po_desktop.services import economy_application as app

    year = parse_year(args.year)
    texts, from_year = app.application_texts(vault_of(ctx), year)
    if args.json:
        ctx.print_json({"year": year, "from_year": from_year, "fields": texts})
        return 0
    if from_year is not None and from_year != year:
        ctx.print(tr("(texterna från {year})").format(year=from_year))
    for key, label, _n in app.APPLICATION_FIELDS:
        ctx.print(f"{tr(label)}: {texts.get(key, '–')}")
    return 0
