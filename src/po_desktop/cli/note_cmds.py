"""`note …`: an assignment's work notes and the search over them (thin: parse, call
:mod:`po_desktop.services.casework`, print). The note's text comes from stdin, not the
command line, unless ``--text`` is asked for."""

from __future__ import annotations

from po_desktop.cli import parse
from po_desktop.cli.casework_common import cw
from po_desktop.cli.casework_common import day_text as _d
from po_desktop.cli.casework_common import ombud_vault as _vault
from po_desktop.i18n import tr


def register(sub) -> None:
    n = sub.add_parser("note", help=tr("arbetsanteckningar och sökning"))
    nsub = n.add_subparsers(dest="note_command", metavar="SUBCOMMAND", required=True)
    p = nsub.add_parser(
        "add",
        help=tr("ny anteckning; texten från stdin om --text saknas"),
        description=_note_text_help(),
    )
    p.add_argument("target", metavar="ALIAS")
    p.add_argument("--date", required=True, metavar="DATE")
    p.add_argument("--text", metavar="TEXT", help=_text_option_help())
    p.set_defaults(handler=cmd_note_add)
    p = nsub.add_parser(
        "update",
        help=tr("ändra en anteckning; texten från stdin om --text saknas"),
        description=_note_text_help(),
    )
    p.add_argument("note_id", metavar="ID")
    p.add_argument("--date", metavar="DATE")
    p.add_argument("--text", metavar="TEXT", help=_text_option_help())
    p.set_defaults(handler=cmd_note_update)
    p = nsub.add_parser("delete", help=tr("förstör en anteckning"))
    p.add_argument("note_id", metavar="ID")
    p.set_defaults(handler=cmd_note_delete)
    p = nsub.add_parser("list", help=tr("ett uppdrags anteckningar"))
    p.add_argument("target", metavar="ALIAS")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_note_list)
    p = nsub.add_parser("search", help=tr("fritextsökning i alla anteckningar"))
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--limit", default="50", metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_note_search)


# --- notes -------------------------------------------------------------------------------------


def _note_text_help() -> str:
    return tr(
        "Skicka anteckningens text på stdin (t.ex. 'po-desktop note add AB12 --date "
        "2026-02-01 < text.txt' eller via en pipe), eller skriv den när du får frågan i "
        "terminalen och avsluta med Ctrl-D. Undvik --text: allt på kommandoraden syns för "
        "andra i processlistan och hamnar i skalets historik."
    )


def _text_option_help() -> str:
    return tr(
        "anteckningens text; syns i processlistan och skalets historik, så använd hellre stdin"
    )


def _note_text(args, ctx) -> str:
    """--text if given (visible to others, see the help), else stdin; on a terminal the user is
    asked to type the note and end it with Ctrl-D."""
    if args.text is not None:
        return args.text
    if hasattr(ctx.stdin, "isatty") and ctx.stdin.isatty():
        print(
            tr(
                "Skriv anteckningen och avsluta med Ctrl-D på en egen rad (Ctrl-Z och Enter i "
                "Windows):"
            ),
            file=ctx.stderr,
            flush=True,
        )
    return ctx.read_text()


def cmd_note_add(args, ctx) -> int:
    day = parse.date(args.date)
    vault = _vault(ctx)
    n = cw.add_note(vault, args.target, date=day, text=_note_text(args, ctx))
    ctx.print(
        tr("Anteckning {id} sparad för {alias} ({date}).").format(
            id=n.id, alias=n.alias, date=_d(n.date)
        )
    )
    return 0


def cmd_note_update(args, ctx) -> int:
    day = parse.date(args.date)
    note_id = parse.integer(args.note_id, "ID")
    vault = _vault(ctx)
    n = cw.update_note(vault, note_id, text=_note_text(args, ctx), date=day)
    ctx.print(tr("Anteckning {id} ändrad.").format(id=n.id))
    return 0


def cmd_note_delete(args, ctx) -> int:
    note_id = parse.integer(args.note_id, "ID")
    cw.delete_note(_vault(ctx), note_id)
    ctx.print(tr("Anteckning {id} är förstörd.").format(id=note_id))
    return 0


def cmd_note_list(args, ctx) -> int:
    rows = cw.list_notes(_vault(ctx), args.target)
    if args.json:
        ctx.print_json([n.to_dict() for n in rows])
        return 0
    if not rows:
        ctx.print(tr("Inga anteckningar."))
    for n in rows:
        ctx.print(f"[{n.id}] {_d(n.date)}")
        ctx.print(n.text)
        ctx.print("")
    return 0


def cmd_note_search(args, ctx) -> int:
    limit = parse.integer(args.limit, "--limit")
    hits = cw.search_notes(_vault(ctx), args.query, limit=limit)
    if args.json:
        ctx.print_json([h.to_dict() for h in hits])
        return 0
    if not hits:
        ctx.print(tr("Inga träffar."))
    for h in hits:
        ctx.print(f"{h.alias}\t{_d(h.date)}\t[{h.note_id}]\t{h.snippet}")
    return 0
