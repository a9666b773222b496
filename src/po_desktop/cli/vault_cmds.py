"""`init` and `vault …` commands."""

from __future__ import annotations

import contextlib

from po_desktop.cli import read_passphrase_file
from po_desktop.i18n import tr
from po_desktop.lazy import lazy_import

TYPE_CHECKING = False  # start-up: see po_desktop.cli
if TYPE_CHECKING:
    from po_desktop.services import vault_admin
else:  # loaded when a command runs, not when the parser is built
    vault_admin = lazy_import("po_desktop.services.vault_admin")


def register(sub) -> None:
    p = sub.add_parser("init", help=tr("skapa ett nytt valv (skriver aldrig över)"))
    p.add_argument("--unit-label", required=True, metavar="TEXT")
    p.add_argument("--municipality", action="append", default=[], metavar="NAME")
    p.add_argument("--fte", default=None, metavar="N.NN")
    p.add_argument(
        "--coordinator",
        action="store_true",
        help=tr("samordnarvalv: tar emot enheternas statistikpaket"),
    )
    p.add_argument(
        "--allow-short", action="store_true", help=tr("godta en lösenfras kortare än 8 tecken")
    )
    p.add_argument(
        "--statistics-since",
        metavar="HALF",
        help=tr("statistik förs från detta halvår, t.ex. 2025H2 (standard: innevarande halvår)"),
    )
    p.set_defaults(handler=cmd_init)

    vault = sub.add_parser("vault", help=tr("kontroll, säkerhetskopia, lösenfras"))
    vsub = vault.add_subparsers(dest="vault_command", metavar="SUBCOMMAND", required=True)
    c = vsub.add_parser("check", help=tr("lås upp och kontrollera valvets integritet"))
    c.set_defaults(handler=cmd_check)
    c = vsub.add_parser("change-passphrase", help=tr("byt lösenfras (efter en kontrollerad kopia)"))
    c.add_argument("--new-passphrase-file", required=True, metavar="FILE")
    c.add_argument(
        "--allow-short", action="store_true", help=tr("godta en lösenfras kortare än 8 tecken")
    )
    c.set_defaults(handler=cmd_change_passphrase)
    c = vsub.add_parser(
        "statistics-since",
        help=tr("visa eller ändra halvåret statistiken förs från (ombudsvalv)"),
    )
    c.add_argument(
        "--set",
        metavar="HALF",
        dest="statistics_since",
        help=tr("nytt första halvår, t.ex. 2025H2; tidigare perioder är ej rapporterade"),
    )
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_statistics_since)
    c = vsub.add_parser("backup", help=tr("krypterad säkerhetskopia till en fil"))
    c.add_argument("out", metavar="OUT")
    c.set_defaults(handler=cmd_backup)
    c = vsub.add_parser("restore", help=tr("återställ valvet från en säkerhetskopia"))
    c.add_argument("source", metavar="IN")
    c.set_defaults(handler=cmd_restore)
    c = vsub.add_parser("destroy", help=tr("förstör hela valvet (skrivs över, går inte att ångra)"))
    c.add_argument(
        "--include-backups",
        action="store_true",
        help=tr("förstör även valvets säkerhetskopior i mappen backups"),
    )
    c.add_argument(
        "--yes-destroy-everything",
        action="store_true",
        help=tr("bekräftelse utan terminal (annars skriver du enhetens namn)"),
    )
    c.set_defaults(handler=cmd_destroy)
    c = vsub.add_parser("backups", help=tr("valvets automatiska säkerhetskopior (lista, radera)"))
    bsub = c.add_subparsers(dest="backups_command", metavar="SUBCOMMAND", required=True)
    b = bsub.add_parser("list", help=tr("lista de automatiska säkerhetskopiorna med datum"))
    b.add_argument("--json", action="store_true")
    b.set_defaults(handler=cmd_backups_list)
    b = bsub.add_parser(
        "delete",
        help=tr("skriv över och ta bort automatiska säkerhetskopior gjorda före en tidpunkt"),
    )
    b.add_argument(
        "--before",
        required=True,
        metavar="DATE",
        help=tr("ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTTT:MM:SS (lokal tid)"),
    )
    b.set_defaults(handler=cmd_backups_delete)


@contextlib.contextmanager
def _short_passphrase_hint():
    """The service's one line, plus how to say "use it anyway" on the command line."""
    try:
        yield
    except vault_admin.ShortPassphrase as exc:
        from po_desktop.errors import RejectedInput

        raise RejectedInput(exc.message + " " + tr("(Kommandoraden: --allow-short.)")) from None


def cmd_init(args, ctx) -> int:
    if not args.coordinator and args.fte is None:
        from po_desktop.errors import UsageError

        raise UsageError(tr("init: --fte krävs för ett ombudsvalv (t.ex. --fte 1.00)"))
    if args.coordinator and args.statistics_since is not None:
        from po_desktop.errors import UsageError

        raise UsageError(
            tr("init: --statistics-since gäller ombudsvalv; ett samordnarvalv har ingen.")
        )
    if args.statistics_since is not None:  # before the passphrase is asked for
        from po_desktop.services.recording import check_since

        check_since(args.statistics_since)
    path = ctx.vault_path
    if path.exists():
        from po_desktop.errors import RejectedInput

        raise RejectedInput(
            tr("Det finns redan en fil på {path}; ett valv skrivs aldrig över.").format(path=path)
        )
    passphrase = ctx.passphrase(confirm=True, prompt=tr("Välj lösenfras: "))
    with _short_passphrase_hint():
        vault = vault_admin.create_vault(
            path,
            passphrase,
            unit_label=args.unit_label,
            municipalities=args.municipality,
            fte=args.fte if args.fte is not None else "0",
            coordinator=args.coordinator,
            allow_short_passphrase=args.allow_short,
            statistics_since=args.statistics_since,
        )
    ctx._vault = vault
    kind = tr("samordnarvalv") if args.coordinator else tr("valv")
    ctx.print(tr("Skapade {kind} {path}").format(kind=kind, path=path))
    return 0


def cmd_statistics_since(args, ctx) -> int:
    from po_desktop.services import recording

    vault = ctx.vault()
    ctx.require_mode("ombud")
    if args.statistics_since is not None:
        recording.set_statistics_since(vault, args.statistics_since)
    since, source = recording.statistics_since_with_source(vault)
    if args.json:
        ctx.print_json({"statistics_since": since.label, "source": source})
        return 0
    ctx.print(
        tr("Statistik förs från {since}; tidigare perioder är ej rapporterade.").format(
            since=since.label
        )
    )
    return 0


def cmd_check(args, ctx) -> int:
    vault = ctx.vault()
    problems = vault_admin.check_vault(vault)
    if problems:
        for p in problems[:20]:
            ctx.print(p)
        from po_desktop.errors import CorruptVault

        raise CorruptVault(
            tr(
                "Integritetskontrollen hittade {n} fel i {path}. Återställ från en säkerhetskopia."
            ).format(n=len(problems), path=vault.path)
        )
    ctx.print(
        tr("ok: {path} (schema {rev}) klarade cipher_integrity_check och quick_check").format(
            path=vault.path, rev=vault.schema_revision()
        )
    )
    notice = vault_admin.kdf_notice(vault)
    if notice:
        ctx.print(notice)
    return 0


def cmd_change_passphrase(args, ctx) -> int:
    new = read_passphrase_file(args.new_passphrase_file)
    with _short_passphrase_hint():  # before the old passphrase is even asked for
        vault_admin.check_new_passphrase(new, allow_short=args.allow_short)
    vault = ctx.vault()
    change = vault_admin.rekey(vault, new, allow_short=args.allow_short)
    ctx.print(
        tr("Lösenfrasen är bytt. Kopia med den gamla lösenfrasen: {path}").format(
            path=change.backup
        )
    )
    if change.notice:
        ctx.print(change.notice)
    return 0


def cmd_backup(args, ctx) -> int:
    vault = ctx.vault()
    out = vault_admin.backup_vault(vault, args.out)
    ctx.print(tr("Säkerhetskopia skriven och kontrollerad: {path}").format(path=out))
    return 0


def cmd_restore(args, ctx) -> int:
    from po_desktop.fileio import require_regular_file

    require_regular_file(args.source, what=tr("Säkerhetskopian"))  # before asking anything
    passphrase = ctx.passphrase(prompt=tr("Säkerhetskopians lösenfras: "))
    moved = vault_admin.restore_vault(args.source, ctx.vault_path, passphrase)
    ctx.print(
        tr("Valvet {path} är återställt från {src}.").format(path=ctx.vault_path, src=args.source)
    )
    if moved:
        ctx.print(tr("Det tidigare valvet är sparat (krypterat) som {path}").format(path=moved))
    return 0


def cmd_destroy(args, ctx) -> int:
    from po_desktop.errors import RejectedInput, UsageError

    interactive = hasattr(ctx.stdin, "isatty") and ctx.stdin.isatty()
    if not interactive and not args.yes_destroy_everything:
        raise UsageError(
            tr("vault destroy utan terminal kräver --yes-destroy-everything; inget har förstörts.")
        )
    vault_admin.require_vault_file(ctx.vault_path)
    passphrase = ctx.passphrase()
    vault = vault_admin.open_vault(ctx.vault_path, passphrase)
    ctx._vault = vault  # locked by ctx.close() whatever happens
    backups = vault_admin.list_backups(vault.path)
    if not args.yes_destroy_everything:
        label = vault_admin.unit_label(vault)
        ctx.print(
            tr("Valvet {path} ({label}) skrivs över och tas bort. Det går inte att ångra.").format(
                path=vault.path, label=label
            )
        )
        if backups:
            which = (
                tr("Dessa säkerhetskopior förstörs också:")
                if args.include_backups
                else tr("Dessa säkerhetskopior finns kvar (krypterade):")
            )
            ctx.print(which)
            for b in backups:
                ctx.print("  " + str(b))
        ctx.stdout.write(tr("Skriv enhetens namn ({label}) för att bekräfta: ").format(label=label))
        ctx.stdout.flush()
        if not vault_admin.confirmation_matches(vault, ctx.stdin.readline()):
            raise RejectedInput(
                tr("Bekräftelsen stämmer inte med enhetens namn; inget har förstörts.")
            )
    report = vault_admin.destroy_vault(vault, passphrase, include_backups=args.include_backups)
    ctx.print(
        tr("Valvet är förstört: {n} filer överskrivna och borttagna.").format(
            n=len(report.destroyed)
        )
    )
    for b in report.backups_destroyed:
        ctx.print(tr("Förstörd säkerhetskopia: {path}").format(path=b))
    if report.backups_kept:
        ctx.print(tr("Säkerhetskopior finns kvar (krypterade; ta bort dem med --include-backups):"))
        for b in report.backups_kept:
            ctx.print("  " + str(b))
    return 0


def cmd_backups_list(args, ctx) -> int:
    from po_desktop.services import backups as bk

    vault_admin.require_vault_file(ctx.vault_path)
    found = bk.automatic_backups(ctx.vault_path)
    if args.json:
        ctx.print_json([b.to_dict() for b in found])
        return 0
    if not found:
        ctx.print(tr("Inga automatiska säkerhetskopior."))
    for b in found:
        ctx.print(f"{b.made_at.isoformat(sep=' ')}\t{bk.kind_label(b.kind)}\t{b.path}")
    return 0


def cmd_backups_delete(args, ctx) -> int:
    from po_desktop.services import backups as bk

    before = bk.parse_before(args.before)
    deleted = bk.delete_automatic_backups(ctx.vault(), before=before)
    for b in deleted:
        ctx.print(tr("Raderad (överskriven): {path}").format(path=b.path))
    ctx.print(tr("Raderade automatiska säkerhetskopior: {n}.").format(n=len(deleted)))
    return 0
