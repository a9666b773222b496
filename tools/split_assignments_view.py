"""Move the shared table helpers out of ``gui/views/assignments.py`` into ``gui/tables.py``.

Deterministic and re-runnable, for after the day's merges (like ``tools/split_casework.py``)::

    python tools/split_assignments_view.py            # move, fix the importers, print it all
    python tools/split_assignments_view.py --dry-run  # only print the plan

Moved: every top-level function of ``assignments.py`` before its first ``# --- section ---``
marker (today ``make_table``, ``selected_record``, ``select_where`` and ``_overdue_colour``,
which becomes the public ``overdue_colour``), with the constants only they use. The new module
imports what they use (computed with ``ast``); ``assignments.py`` imports them back from
``po_desktop.gui.tables``. Every ``from po_desktop.gui.views.assignments import …`` of a moved
name in src/, tests/, tools/ and benchmarks/ is rewritten (function-local imports too), then
``ruff check --fix --select F401,I`` prunes and sorts the touched files.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import split_casework as sc  # noqa: E402  (the same ast helpers)

ROOT = Path(__file__).resolve().parents[1]
REL_SOURCE = Path("src/po_desktop/gui/views/assignments.py")
REL_TARGET = Path("src/po_desktop/gui/tables.py")
OLD_MODULE = "po_desktop.gui.views.assignments"
NEW_MODULE = "po_desktop.gui.tables"
RENAMES = {"_overdue_colour": "overdue_colour"}
DOC = ("Table helpers shared by the views: a sortable, filterable, read-only table over a "
       "record model, the selected record, selecting the row where a predicate holds, the "
       "colour of an overdue row.")


def log(msg: str) -> None:
    print(msg)


def typed(text: str) -> str:
    """``….record(idx)`` on ``table.model()`` (a FilterProxy at run time, a QAbstractItemModel
    to mypy) was covered by the assignments module's mypy override; tables.py gets no
    override, so those lines are marked instead."""
    return re.sub(r"^(.*\.record\(idx\))$", r"\1  # type: ignore[attr-defined]", text,
                  flags=re.MULTILINE)


def rename(text: str) -> str:
    for old, new in RENAMES.items():
        text = re.sub(rf"\b{re.escape(old)}\b", new, text)
    return text


def plan(src: sc.Source) -> list[sc.Block]:
    """The blocks to move: the functions before the first section, with the constants only
    they use."""
    for b in src.blocks:
        sc.analyse(b)
    first = [b for b in src.blocks if b.section == ""]
    moved = [b for b in first if isinstance(b.node, ast.FunctionDef)]
    staying = [b for b in src.blocks if b not in moved]
    for b in first:
        if b in moved or not b.defines:
            continue
        users = [x for x in src.blocks if set(b.defines) & x.uses]
        if users and all(u in moved for u in users):
            moved.append(b)
    moved.sort(key=lambda b: b.index)
    for b in moved:  # a moved block must not need one that stays
        needs = [n for n in b.uses for x in staying if x not in moved and n in x.defines]
        if needs:
            raise SystemExit(f"{b.name} uses {needs}, which stay in {REL_SOURCE}: move by hand")
    return moved


def insert_import(lines: list[str], tree: ast.Module, line: str) -> list[str]:
    """``line`` put before the first top-level first-party import that sorts after it."""
    after = None
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("po_desktop") and node.module > NEW_MODULE:
                return lines[:node.lineno - 1] + [line] + lines[node.lineno - 1:]
            if node.module.startswith("po_desktop"):
                after = node.end_lineno
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            after = node.end_lineno
    pos = after or 0
    return lines[:pos] + [line] + lines[pos:]


def rewrite_importer(path: Path, moved: set[str]) -> bool:
    text = path.read_text("utf-8")
    if OLD_MODULE not in text:
        return False
    tree = ast.parse(text)
    lines = text.splitlines()
    edits: list[tuple[int, int, list[str]]] = []
    renamed = False
    for node in ast.walk(tree):
        if not (isinstance(node, ast.ImportFrom) and node.module == OLD_MODULE):
            continue
        take = [a for a in node.names if a.name in moved]
        if not take:
            continue
        keep = [a for a in node.names if a.name not in moved]
        indent = re.match(r"\s*", lines[node.lineno - 1]).group(0)  # type: ignore[union-attr]
        new: list[str] = []
        if keep:
            new += sc.render_import(node, keep).splitlines()
        new_aliases = [ast.alias(name=RENAMES.get(a.name, a.name), asname=a.asname)
                       for a in take]
        renamed |= any(a.name in RENAMES and not a.asname for a in take)
        new += sc.render_import(ast.ImportFrom(module=NEW_MODULE, names=[], level=0),
                                new_aliases).splitlines()
        edits.append((node.lineno, node.end_lineno or node.lineno,
                      [indent + x if x.strip() else x for x in new]))
    if re.search(r"\bassignments\.(" + "|".join(map(re.escape, sorted(moved))) + r")\b", text):
        log(f"  warning: {path}: uses a moved name as an attribute of the assignments module; "
            "fix by hand")
    if not edits:
        return False
    for start, end, new in sorted(edits, reverse=True):
        lines[start - 1:end] = new
    out = "\n".join(lines) + "\n"
    if renamed:
        out = rename(out)
    path.write_text(out, "utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--no-ruff", action="store_true")
    args = ap.parse_args(argv)
    root: Path = args.root.resolve()
    source, target = root / REL_SOURCE, root / REL_TARGET
    if target.exists():
        log(f"{REL_TARGET} exists already: nothing to do.")
        return 0
    if not source.exists():
        log(f"error: {source} not found")
        return 1

    src = sc.read_source(source)
    moved = plan(src)
    if not moved:
        log("nothing to move (no functions before the first section marker)")
        return 0
    moved_names = {n for b in moved for n in b.defines}
    log(f"move to {REL_TARGET}: " + ", ".join(
        f"{n} → {RENAMES[n]}" if n in RENAMES else n for b in moved for n in b.defines))
    if args.dry_run:
        return 0

    # the new module
    used = set().union(*(b.uses for b in moved)) - moved_names
    body = "\n\n\n".join(typed(rename(sc.block_text(src, b))) for b in moved)
    head = [f'"""{textwrap.fill(DOC, width=96)}"""', "", *(src.future or []), ""]
    imports = sc.import_lines(src, used)
    target.write_text("\n".join(head + imports) + "\n\n\n" + body + "\n", "utf-8")

    # the view module: blocks out, the import in
    lines = src.lines[:]
    for b in sorted(moved, key=lambda b: b.start, reverse=True):
        del lines[b.start - 1:b.end]
    text = re.sub(r"\n{4,}", "\n\n\n", "\n".join(lines) + "\n")
    still_used: set[str] = set()
    for node in ast.parse(text).body:
        for sub in ast.walk(node):
            if isinstance(sub, ast.Name) and sub.id in moved_names:
                still_used.add(sub.id)
    if still_used:
        line = sc.render_import(ast.ImportFrom(module=NEW_MODULE, names=[], level=0),
                                [ast.alias(name=RENAMES.get(n, n))
                                 for n in sorted(still_used, key=lambda n: RENAMES.get(n, n))])
        text = "\n".join(insert_import(text.splitlines(), ast.parse(text), line)) + "\n"
        text = rename(text)
    source.write_text(text, "utf-8")
    touched = [target, source]
    log(f"wrote {REL_TARGET}; {REL_SOURCE} imports {', '.join(sorted(still_used)) or 'nothing'} "
        "from it")

    for top in ("src", "tests", "tools", "benchmarks"):
        base = root / top
        for path in sorted(base.rglob("*.py")) if base.is_dir() else []:
            if path in (source, target) or path.name == Path(__file__).name:
                continue
            if rewrite_importer(path, moved_names):
                touched.append(path)
                log(f"  importer rewritten: {path.relative_to(root)}")

    ruff = None if args.no_ruff else sc.find_ruff()
    if ruff:
        files = [str(p) for p in touched]
        subprocess.run([*ruff, "check", "--quiet", "--fix", "--select", "F401,I", *files],
                       cwd=root, check=False)
        rest = subprocess.run([*ruff, "check", "--quiet", "--output-format", "concise",
                               str(target)], cwd=root, check=False,
                              capture_output=True, text=True)
        log("ruff: clean" if not rest.returncode else
            "ruff still reports (fix by hand):\n" + rest.stdout.rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
