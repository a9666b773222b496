"""Split ``src/po_desktop/services/casework.py`` into the package ``services/casework/``.

Deterministic and re-runnable: it reads whatever ``casework.py`` is in the tree (with its
``# --- section ---`` markers), so it can run after the day's merges::

    python tools/split_casework.py            # split, ruff-fix the imports, print what it did
    python tools/split_casework.py --dry-run  # only print the plan

What it writes (and removes ``casework.py``):

* ``views.py``: the frozen view dataclasses (and what they need, such as ``_iso``);
* ``_common.py``: the constants before the first section, the helpers section, and the views
  section's exceptions and functions (``FreeTextRefused``, ``served_on_for``);
* one module per aggregate: ``assignments``, ``notes`` (notes and search), ``follow_ups``,
  ``inquiries``, ``system_failures``, ``purge``, ``overview`` (the start view). A section it
  does not know becomes a module named after the section title (``# --- drafts ---`` →
  ``drafts.py``), or ``_misc.py`` when the title makes no module name; ``--map`` overrides;
* ``__init__.py``: the old docstring and ``__all__``, every public name re-exported, plus the
  private names that any other file mentioning ``casework`` uses (e.g. ``_profile``).

Each module imports exactly the names its code uses (computed with ``ast``, scope-aware): the
original import block pruned, and ``from ._common import _date, …`` for names of sibling
modules. The layers are views → _common → aggregates → overview; a block used from a lower
layer moves down, a cycle between aggregates is broken by moving the private helpers it needs
into ``_common``. Every move is printed.

Monkeypatching: the package is a module subclass whose ``__setattr__`` also sets the name in
every submodule that holds the same object, so ``monkeypatch.setattr(casework, "_now", …)`` or
``(cw, "RANK_WINDOW", 5)`` patches where the name is used, and undoing it restores them all.

Also widens the mypy override for ``po_desktop.services.casework`` in ``pyproject.toml`` to
the submodules (``po_desktop.services.casework.*``).
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REL_SOURCE = Path("src/po_desktop/services/casework.py")
PACKAGE_NAME = "po_desktop.services.casework"
GENERATED_MARK = "by tools/split_casework.py"

SECTION_RE = re.compile(r"^# -{2,}\s*(?P<title>.*?)\s*-*\s*$")

# module → (rank, docstring). Lower ranks never import higher ones.
MODULES: dict[str, tuple[int, str]] = {
    "views": (0, "The frozen views the casework services return (never live ORM objects)."),
    "_common": (1, "Shared by the casework modules: limits, the clock, validation of input "
                   "(dates, texts, codes, municipality), finding an assignment by alias."),
    "assignments": (2, "Assignments (uppdrag): add, change, close, start from an inquiry, list."),
    "notes": (2, "Work notes (anteckningar) and their full-text search."),
    "follow_ups": (2, "Follow-ups (bevakningar): steps, due dates, done."),
    "inquiries": (2, "Inquiries (förfrågningar) and the waiting list."),
    "system_failures": (2, "Systemfel: the ombud's reports of failures in the system, "
                           "free of client data."),
    "purge": (2, "Purge (gallring): the retention period, destroying notes and follow-ups, "
                 "the purge log."),
    "overview": (3, "The start view: caseload, overdue and upcoming follow-ups, waiting list, "
                    "pending purges."),
    "_misc": (2, "Casework functions from sections tools/split_casework.py did not know."),
}
UNKNOWN_RANK = 2

# first matching keyword (in the lower-cased section title) wins
SECTION_KEYWORDS: list[tuple[str, str]] = [
    ("start view", "overview"), ("overview", "overview"), ("startvy", "overview"),
    ("view", "views"),
    ("helper", "_common"), ("validation", "_common"), ("common", "_common"),
    ("shared", "_common"),
    ("assignment", "assignments"), ("uppdrag", "assignments"),
    ("note", "notes"), ("search", "notes"), ("anteckning", "notes"),
    ("follow", "follow_ups"), ("bevakning", "follow_ups"),
    ("inquir", "inquiries"), ("förfrågning", "inquiries"),
    ("systemfel", "system_failures"), ("system failure", "system_failures"),
    ("purge", "purge"), ("gallring", "purge"),
]

EXCEPTION_BASES = {"Exception", "ValueError", "RejectedInput", "TypeError", "RuntimeError"}


def log(msg: str) -> None:
    print(msg)


# --- reading the module ------------------------------------------------------------------------


@dataclass
class Block:
    """One top-level statement of casework.py with its leading comments."""

    index: int
    node: ast.stmt
    start: int  # 1-based first line (decorators, leading comments included)
    end: int  # 1-based last line
    section: str  # the section title ("" before the first marker)
    defines: list[str]
    uses: set[str] = field(default_factory=set)
    global_writes: set[str] = field(default_factory=set)
    module: str = ""

    @property
    def name(self) -> str:
        return self.defines[0] if self.defines else f"<statement at line {self.start}>"


@dataclass
class Source:
    text: str
    lines: list[str]
    docstring: str | None
    future: list[str]  # "from __future__ import …" lines
    imports: list[ast.stmt]  # top-level import statements (and ``if TYPE_CHECKING:`` blocks)
    all_names: list[str] | None
    blocks: list[Block]
    sections: list[str]


def bound_names(target: ast.AST) -> Iterator[str]:
    for n in ast.walk(target):
        if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)):
            yield n.id


def import_bindings(node: ast.stmt) -> list[tuple[str, ast.stmt, ast.alias]]:
    """(bound name, import statement, alias) for an import or an ``if TYPE_CHECKING:``."""
    out: list[tuple[str, ast.stmt, ast.alias]] = []
    stmts = node.body if isinstance(node, ast.If) else [node]
    for st in stmts:
        if isinstance(st, ast.Import):
            for a in st.names:
                out.append((a.asname or a.name.split(".")[0], st, a))
        elif isinstance(st, ast.ImportFrom):
            for a in st.names:
                out.append((a.asname or a.name, st, a))
    return out


def is_type_checking_if(node: ast.stmt) -> bool:
    return (isinstance(node, ast.If) and not node.orelse
            and all(isinstance(s, (ast.Import, ast.ImportFrom)) for s in node.body)
            and "TYPE_CHECKING" in ast.unparse(node.test))


def defined_names(node: ast.stmt) -> list[str]:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.Assign):
        return sorted({n for t in node.targets for n in bound_names(t)})
    if isinstance(node, (ast.AnnAssign, ast.AugAssign)):
        return list(bound_names(node.target))
    names: list[str] = []
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
            names.append(sub.id)
        elif isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(sub.name)
    return list(dict.fromkeys(names))


def read_source(path: Path) -> Source:
    text = path.read_text("utf-8")
    lines = text.splitlines()
    tree = ast.parse(text, filename=str(path))
    markers: list[tuple[int, str]] = []
    for i, line in enumerate(lines, 1):
        m = SECTION_RE.match(line)
        if m and m.group("title"):
            markers.append((i, m.group("title")))

    def section_at(line: int) -> str:
        title = ""
        for ln, t in markers:
            if ln <= line:
                title = t
        return title

    docstring = ast.get_docstring(tree, clean=False)
    future: list[str] = []
    imports: list[ast.stmt] = []
    all_names: list[str] | None = None
    blocks: list[Block] = []
    body = tree.body
    if docstring is not None:
        body = body[1:]
    marker_lines = {ln for ln, _ in markers}
    prev_end = (tree.body[0].end_lineno or 0) if docstring is not None else 0
    for node in body:
        if isinstance(node, ast.ImportFrom) and node.module == "__future__":
            future.append(ast.unparse(node))
        elif isinstance(node, (ast.Import, ast.ImportFrom)) or is_type_checking_if(node):
            imports.append(node)
        elif (isinstance(node, (ast.Assign, ast.AnnAssign))
              and "__all__" in defined_names(node)):
            value = node.value
            if value is None:
                raise SystemExit("__all__ without a value")
            all_names = list(ast.literal_eval(value))
        else:
            first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
            start = first
            # leading comments directly above (not a section marker) belong to the block
            while (start - 1 > prev_end and lines[start - 2].lstrip().startswith("#")
                   and (start - 1) not in marker_lines):
                start -= 1
            blocks.append(Block(index=len(blocks), node=node, start=start,
                                end=node.end_lineno or node.lineno, section=section_at(first),
                                defines=defined_names(node)))
        prev_end = node.end_lineno or node.lineno
    return Source(text, lines, docstring, future, imports, all_names, blocks,
                  [t for _, t in markers])


def orphan_comments(src: Source) -> list[int]:
    """Comment lines that belong to no block (they are not copied): 1-based line numbers."""
    covered: set[int] = set()
    for b in src.blocks:
        covered.update(range(b.start, b.end + 1))
    tree = ast.parse(src.text)
    for node in tree.body:
        if not any(node is b.node for b in src.blocks):
            covered.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    return [i for i, line in enumerate(src.lines, 1)
            if line.lstrip().startswith("#") and i not in covered
            and not SECTION_RE.match(line)]


# --- what a block uses (scope-aware) -----------------------------------------------------------


class UsageVisitor(ast.NodeVisitor):
    """Free (global or builtin) names a top-level statement reads, and the globals it writes
    through ``global``."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.global_writes: set[str] = set()
        self.scopes: list[set[str]] = []  # function scopes (class scopes are not visible)

    # helpers
    def _is_local(self, name: str) -> bool:
        return any(name in scope for scope in self.scopes)

    def _load(self, name: str) -> None:
        if not self._is_local(name):
            self.used.add(name)

    @staticmethod
    def _locals_of(body: Iterable[ast.AST], args: ast.arguments | None) -> set[str]:
        names: set[str] = set()
        declared_global: set[str] = set()
        if args is not None:
            for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
                names.add(a.arg)
            if args.vararg:
                names.add(args.vararg.arg)
            if args.kwarg:
                names.add(args.kwarg.arg)
        stack: list[ast.AST] = list(body)
        while stack:
            n = stack.pop()
            if isinstance(n, (ast.Global, ast.Nonlocal)):
                declared_global.update(n.names)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(n.name)
                # decorators and defaults belong to this scope, the body does not
                stack.extend(getattr(n, "decorator_list", []))
                if isinstance(n, ast.ClassDef):
                    stack.extend(n.bases)
                continue
            if isinstance(n, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp,
                              ast.GeneratorExp)):
                for sub in ast.walk(n):  # walrus targets bind in the enclosing function
                    if isinstance(sub, ast.NamedExpr):
                        names.update(bound_names(sub.target))
                continue
            if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)):
                names.add(n.id)
            elif isinstance(n, (ast.Import, ast.ImportFrom)):
                for a in n.names:
                    names.add(a.asname or a.name.split(".")[0])
            elif isinstance(n, ast.ExceptHandler) and n.name:
                names.add(n.name)
            elif isinstance(n, (ast.MatchAs, ast.MatchStar)) and n.name:
                names.add(n.name)
            stack.extend(ast.iter_child_nodes(n))
        return names - declared_global

    # visitors
    def visit_Name(self, node: ast.Name) -> None:
        if isinstance(node.ctx, ast.Load):
            self._load(node.id)

    def visit_Global(self, node: ast.Global) -> None:
        self.global_writes.update(node.names)

    def _visit_annotation(self, ann: ast.expr | None) -> None:
        if ann is None:
            return
        if isinstance(ann, ast.Constant) and isinstance(ann.value, str):
            try:
                ann = ast.parse(ann.value, mode="eval").body
            except SyntaxError:
                return
        self.visit(ann)

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        args = node.args
        if not isinstance(node, ast.Lambda):
            for d in node.decorator_list:
                self.visit(d)
            self._visit_annotation(node.returns)
            for a in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
                if a is not None:
                    self._visit_annotation(a.annotation)
        for default in [*args.defaults, *args.kw_defaults]:
            if default is not None:
                self.visit(default)
        body: list[ast.AST] = [node.body] if isinstance(node, ast.Lambda) else list(node.body)
        self.scopes.append(self._locals_of(body, args))
        for st in body:
            self.visit(st)
        self.scopes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._visit_function(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self._visit_function(node)

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self._visit_function(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self._visit_annotation(node.annotation)
        if node.value is not None:
            self.visit(node.value)
        self.visit(node.target)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for d in node.decorator_list:
            self.visit(d)
        for b in node.bases:
            self.visit(b)
        for k in node.keywords:
            self.visit(k.value)
        # (names bound in the class body and read there again are rare: counted as global)
        for st in node.body:
            self.visit(st)

    def _visit_comprehension(self, node: ast.ListComp | ast.SetComp | ast.DictComp
                             | ast.GeneratorExp) -> None:
        gens = node.generators
        self.visit(gens[0].iter)  # evaluated in the enclosing scope
        targets: set[str] = set()
        for g in gens:
            targets.update(bound_names(g.target))
        self.scopes.append(targets)
        for i, g in enumerate(gens):
            if i:
                self.visit(g.iter)
            for cond in g.ifs:
                self.visit(cond)
        if isinstance(node, ast.DictComp):
            self.visit(node.key)
            self.visit(node.value)
        else:
            self.visit(node.elt)
        self.scopes.pop()

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _visit_comprehension


def analyse(block: Block) -> None:
    v = UsageVisitor()
    v.visit(block.node)
    block.uses = v.used - set(block.defines if not isinstance(
        block.node, (ast.Assign, ast.AnnAssign, ast.AugAssign)) else ())
    if isinstance(block.node, ast.AugAssign):
        block.uses |= set(block.defines)
    block.global_writes = v.global_writes


# --- placing blocks in modules -----------------------------------------------------------------


def slug(title: str) -> str:
    words = re.split(r"[^a-z0-9_]+", title.split("(")[0].strip().lower())
    return "_".join(w for w in words if w)


def module_for_section(title: str, overrides: dict[str, str]) -> tuple[str, bool]:
    """(module, known) for a section title."""
    if title in overrides:
        return overrides[title], True
    low = title.lower()
    if not low:
        return "_common", True
    for key, module in SECTION_KEYWORDS:
        if re.search(r"\b" + re.escape(key), low):
            return module, True
    name = slug(title)
    if name.isidentifier() and name not in MODULES and not name.startswith("_"):
        return name, False
    return "_misc", False


def rank(module: str) -> int:
    return MODULES[module][0] if module in MODULES else UNKNOWN_RANK


def is_exception_class(block: Block, by_name: dict[str, Block]) -> bool:
    node = block.node
    if not isinstance(node, ast.ClassDef):
        return False
    for b in node.bases:
        base = ast.unparse(b).split(".")[-1]
        if base in EXCEPTION_BASES or (base in by_name and base != block.name
                                       and is_exception_class(by_name[base], by_name)):
            return True
    return False


def place(src: Source, overrides: dict[str, str]) -> list[str]:
    """Assign ``block.module``; returns notes about what was moved."""
    notes: list[str] = []
    blocks = src.blocks
    by_name: dict[str, Block] = {}
    for b in blocks:
        for n in b.defines:
            if n in by_name and by_name[n] is not b:
                notes.append(f"{n} is defined twice (lines {by_name[n].start} and {b.start}); "
                             "both stay with the first")
                continue
            by_name[n] = b
    for b in blocks:
        analyse(b)

    unknown: dict[str, str] = {}
    for b in blocks:
        module, known = module_for_section(b.section, overrides)
        if not known:
            unknown[b.section] = module
        b.module = module
    for title, module in unknown.items():
        notes.append(f"section '{title}' is not a known aggregate: its code goes to {module}.py "
                     f"(override with --map '{title}=MODULE')")

    # views section: only the view classes (and what they alone need) stay in views.py
    def deps(b: Block) -> list[Block]:
        return [by_name[n] for n in sorted(b.uses) if n in by_name and by_name[n] is not b]

    view_blocks = [b for b in blocks if b.module == "views"]
    keep: set[int] = set()
    for b in view_blocks:
        if isinstance(b.node, ast.ClassDef) and not is_exception_class(b, by_name):
            keep.add(b.index)
    changed = True
    while changed:  # what the view classes use from the views section stays with them
        changed = False
        for b in view_blocks:
            if b.index in keep:
                for d in deps(b):
                    if d.module == "views" and d.index not in keep:
                        keep.add(d.index)
                        changed = True
    for b in view_blocks:
        if b.index not in keep:
            b.module = "_common"
            notes.append(f"{b.name}: in the views section but not a view → _common.py")

    # names that must stay together: a name defined twice, ``global`` writes
    for b in blocks:
        for n in b.defines:
            owner = by_name[n]
            if owner is not b and b.module != owner.module:
                b.module = owner.module
        for n in sorted(b.global_writes):
            if n in by_name and by_name[n].module != b.module:
                notes.append(f"{b.name} writes the global {n}: moved to {by_name[n].module}.py "
                             "with it")
                b.module = by_name[n].module

    # layers: a block used from a lower layer moves down; cycles between peers go to _common
    for _ in range(len(blocks) * 4):
        moved = False
        for b in blocks:
            for d in deps(b):
                if rank(d.module) > rank(b.module):
                    notes.append(f"{d.name}: used by {b.name} in {b.module}.py (a lower layer) "
                                 f"→ moved from {d.module}.py to {b.module}.py")
                    d.module = b.module
                    moved = True
        if moved:
            continue
        cycle = find_cycle(module_graph(blocks, deps))
        if not cycle:
            break
        # move the private helpers one module of the cycle takes from the next into _common
        a, b_mod = cycle[0], cycle[1]
        for b in blocks:
            if b.module != a:
                continue
            for d in deps(b):
                if d.module == b_mod:
                    target = "_common" if d.name.startswith("_") or not d.defines else a
                    notes.append(f"{d.name}: import cycle {' → '.join(cycle)} → moved from "
                                 f"{d.module}.py to {target}.py")
                    d.module = target
                    moved = True
        if not moved:
            raise SystemExit(f"cannot break the import cycle {cycle}")
    else:
        raise SystemExit("placing the blocks did not settle")
    return notes


def module_graph(blocks: list[Block],
                 deps: Callable[[Block], list[Block]]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for b in blocks:
        for d in deps(b):
            if d.module != b.module:
                graph.setdefault(b.module, set()).add(d.module)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        path.append(n)
        for m in sorted(graph.get(n, ())):
            if state.get(m) == 1:
                return path[path.index(m):] + [m]
            if m not in state:
                found = visit(m)
                if found:
                    return found
        path.pop()
        state[n] = 2
        return None

    for n in sorted(graph):
        if n not in state:
            found = visit(n)
            if found:
                return found
    return None


# --- writing the package -----------------------------------------------------------------------


def render_import(stmt: ast.stmt, keep: list[ast.alias]) -> str:
    def alias(a: ast.alias) -> str:
        return f"{a.name} as {a.asname}" if a.asname else a.name

    if isinstance(stmt, ast.Import):
        return "\n".join(f"import {alias(a)}" for a in keep)
    assert isinstance(stmt, ast.ImportFrom)
    head = f"from {'.' * stmt.level}{stmt.module or ''} import "
    one = head + ", ".join(alias(a) for a in keep)
    if len(one) <= 100:
        return one
    return head + "(\n" + "".join(f"    {alias(a)},\n" for a in keep) + ")"


def import_lines(src: Source, used: set[str]) -> list[str]:
    out: list[str] = []
    for node in src.imports:
        if isinstance(node, ast.If):  # if TYPE_CHECKING:
            inner = [import_lines_for(st, used) for st in node.body]
            inner = [s for s in inner if s]
            if inner:
                out.append(f"if {ast.unparse(node.test)}:\n"
                           + textwrap.indent("\n".join(inner), "    "))
        else:
            line = import_lines_for(node, used)
            if line:
                out.append(line)
    return out


def import_lines_for(stmt: ast.stmt, used: set[str]) -> str:
    keep = [a for name, _, a in import_bindings(stmt) if name in used]
    return render_import(stmt, keep) if keep else ""


def block_text(src: Source, b: Block) -> str:
    return "\n".join(src.lines[b.start - 1:b.end])


def module_text(src: Source, module: str, blocks: list[Block], by_name: dict[str, Block],
                doc: str) -> str:
    used: set[str] = set()
    for b in blocks:
        used |= b.uses
    own = {n for b in blocks for n in b.defines}
    doc = textwrap.fill(doc, width=96)
    parts = [f'"""{doc}"""', ""]
    parts += src.future or ["from __future__ import annotations"]
    imports = import_lines(src, used - own)
    siblings: dict[str, list[str]] = {}
    for n in sorted(used - own):
        if n in by_name:
            siblings.setdefault(by_name[n].module, []).append(n)
    sibling_lines = [render_import(ast.ImportFrom(module=m, names=[], level=1),
                                   [ast.alias(name=n) for n in sorted(names, key=sort_key)])
                     for m, names in sorted(siblings.items())]
    if imports or sibling_lines:
        parts.append("")
        parts += imports + sibling_lines
    body = ""
    current = None
    prev: Block | None = None
    for b in blocks:
        if prev is None:
            sep = ""
        elif prev.index == b.index - 1 and prev.section == b.section:
            sep = "\n" * (b.start - prev.end)  # neighbours in the old file: the old spacing
        else:
            sep = "\n\n\n"
        if b.section != current:
            current = b.section
            if (b.section and module not in ("_common", "views")
                    and len({x.section for x in blocks}) > 1):
                sep = ("\n\n\n" if prev else "") + f"# --- {b.section} ".ljust(98, "-") + "\n\n"
        body += sep + block_text(src, b)
        prev = b
    return "\n".join(parts) + "\n\n\n" + body + "\n"


def sort_key(name: str) -> tuple[int, str]:
    """isort's force-sort-within-sections order for imported names: CONSTANTS, Classes, funcs."""
    if name.isupper() or (name.lstrip("_").isupper()):
        return (0, name)
    if name.lstrip("_")[:1].isupper():
        return (1, name)
    return (2, name)


def private_names_used_elsewhere(root: Path, names: Iterable[str], package_dir: Path) -> set[str]:
    """Private names of casework.py that other files use: ``cw._x`` on a name bound to the
    module, ``from …casework import _x``, or a string ``"_x"`` / ``"….casework._x"`` (as
    ``monkeypatch.setattr`` takes) in a file that imports casework."""
    wanted = set(names)
    found: set[str] = set()
    for top in ("src", "tests", "tools", "benchmarks"):
        base = root / top
        for path in sorted(base.rglob("*.py")) if base.is_dir() else []:
            if package_dir in path.parents or path == package_dir.with_suffix(".py"):
                continue
            try:
                text = path.read_text("utf-8")
                tree = ast.parse(text)
            except (OSError, UnicodeDecodeError, SyntaxError):
                continue
            if "casework" not in text:
                continue
            aliases: set[str] = set()
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    for a in node.names:
                        if a.name == PACKAGE_NAME and a.asname:
                            aliases.add(a.asname)
                elif isinstance(node, ast.ImportFrom) and node.module:
                    for a in node.names:
                        if node.module == PACKAGE_NAME and a.name in wanted:
                            found.add(a.name)
                        elif f"{node.module}.{a.name}" == PACKAGE_NAME:
                            aliases.add(a.asname or a.name)
            for node in ast.walk(tree):
                if (isinstance(node, ast.Attribute) and node.attr in wanted
                        and ast.unparse(node.value).split(".")[-1] in aliases | {"casework"}):
                    found.add(node.attr)
                elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                    value = node.value.rsplit(".", 1)[-1]
                    if value in wanted and (node.value == value
                                            or node.value.startswith(PACKAGE_NAME + ".")):
                        found.add(value)
    return found


def init_text(src: Source, modules: dict[str, list[Block]], private: set[str]) -> str:
    doc = (src.docstring or "The casework services.").rstrip()
    doc += ("\n\nA package since the split " + GENERATED_MARK
            + ":\none module per aggregate, shared validation in ``_common``, the views in "
            "``views``. Setting\na name on this package (as ``monkeypatch.setattr`` does) also "
            "sets it in every submodule\nthat uses it.\n")
    lines = [f'"""{doc}"""', "", *(src.future or ["from __future__ import annotations"]), "",
             "import sys", "import types", ""]
    all_names = list(src.all_names or [])
    public_set = set(all_names)
    for blocks in modules.values():  # public names outside __all__ join it at the end
        for b in blocks:
            all_names += [n for n in b.defines if not n.startswith("_") and n not in public_set]
            public_set.update(b.defines)
    mods = sorted(modules)
    lines.append(render_import(ast.ImportFrom(module="", names=[], level=1),
                               [ast.alias(name=m) for m in mods]))
    for module in mods:
        names = sorted((n for b in modules[module] for n in b.defines
                        if not n.startswith("_") or n in private), key=sort_key)
        if names:
            aliases = [ast.alias(name=n, asname=n if n.startswith("_") else None) for n in names]
            lines.append(render_import(ast.ImportFrom(module=module, names=[], level=1),
                                       aliases))
    lines += ["", textwrap.fill("_SUBMODULES = (" + ", ".join(mods) + ")", width=99,
                                subsequent_indent="    "),
              "_MISSING = object()"]
    lines += ["", "", textwrap.dedent('''\
        class _Package(types.ModuleType):
            """Setting a name here (``monkeypatch.setattr(casework, "_now", …)``) sets it in every
            submodule holding the same object too: patches reach the code that uses the name."""

            def __setattr__(self, name: str, value: object) -> None:
                old = self.__dict__.get(name, _MISSING)
                if old is not _MISSING and not name.startswith("__"):
                    for module in _SUBMODULES:
                        if module.__dict__.get(name, _MISSING) is old:
                            setattr(module, name, value)
                super().__setattr__(name, value)


        sys.modules[__name__].__class__ = _Package
        ''').rstrip()]
    body = ", ".join(f'"{n}"' for n in all_names)
    wrapped = textwrap.fill(body, width=99, initial_indent="    ", subsequent_indent="    ",
                            break_on_hyphens=False, break_long_words=False)
    lines += ["", "__all__ = [", wrapped + ",", "]"]
    return "\n".join(lines) + "\n"


def find_ruff() -> list[str] | None:
    exe = Path(sys.executable).with_name("ruff")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("ruff")
    return [found] if found else None


def patch_pyproject(root: Path) -> str | None:
    path = root / "pyproject.toml"
    if not path.exists():
        return None
    text = path.read_text("utf-8")
    old = f'"{PACKAGE_NAME}"'
    new = f'"{PACKAGE_NAME}", "{PACKAGE_NAME}.*"'
    if old not in text or f'"{PACKAGE_NAME}.*"' in text:
        return None
    path.write_text(text.replace(old, new), "utf-8")
    return "pyproject.toml: mypy override for services.casework widened to its submodules"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--root", type=Path, default=ROOT, help="the repository (default: this one)")
    ap.add_argument("--dry-run", action="store_true", help="print the plan, write nothing")
    ap.add_argument("--map", action="append", default=[], metavar="SECTION=MODULE",
                    help="put a section's code in MODULE (repeatable)")
    ap.add_argument("--no-ruff", action="store_true", help="do not run ruff on the result")
    args = ap.parse_args(argv)

    root: Path = args.root.resolve()
    source_path = root / REL_SOURCE
    package_dir = source_path.with_suffix("")
    if not source_path.exists():
        if (package_dir / "__init__.py").exists():
            log(f"{REL_SOURCE} is gone and {package_dir.relative_to(root)}/ exists: already "
                "split, nothing to do.")
            return 0
        log(f"error: {source_path} not found")
        return 1
    if package_dir.exists():
        init = package_dir / "__init__.py"
        if not init.exists() or GENERATED_MARK not in init.read_text("utf-8"):
            log(f"error: {package_dir} exists and was not made by this script; move it away")
            return 1

    overrides: dict[str, str] = {}
    for item in args.map:
        title, _, module = item.partition("=")
        if not module.isidentifier():
            log(f"error: --map {item!r}: MODULE must be a Python name")
            return 2
        overrides[title.strip()] = module

    src = read_source(source_path)
    notes = place(src, overrides)
    by_name: dict[str, Block] = {}
    for b in src.blocks:  # a name defined twice stays with its first definition
        for n in b.defines:
            by_name.setdefault(n, b)
    modules: dict[str, list[Block]] = {}
    for b in src.blocks:
        modules.setdefault(b.module, []).append(b)

    clash = sorted(set(modules) & set(by_name))
    if clash:
        log(f"error: module name(s) {clash} are also names in casework.py; use --map")
        return 1

    defined = [n for b in src.blocks for n in b.defines]
    private = private_names_used_elsewhere(root, [n for n in defined if n.startswith("_")],
                                           package_dir)
    missing_all = [n for n in (src.all_names or []) if n not in by_name]
    if missing_all:
        log(f"error: __all__ names not defined in casework.py: {missing_all}")
        return 1

    for node in src.imports:
        if any(a.name == "*" for _, _, a in import_bindings(node)):
            log(f"error: 'import *' at line {node.lineno}: name the imports first")
            return 1
    orphans = orphan_comments(src)
    if orphans:
        notes.append(f"comment lines not attached to any code, NOT copied: {orphans}")
    log(f"split {REL_SOURCE} ({len(src.lines)} lines, {len(src.blocks)} top-level blocks, "
        f"sections: {', '.join(src.sections) or 'none'})")
    for module, blocks in sorted(modules.items(), key=lambda kv: (rank(kv[0]), kv[0])):
        names = [n for b in blocks for n in b.defines] or ["(statements)"]
        log(f"  {module}.py: {', '.join(names)}")
    for note in notes:
        log(f"  note: {note}")
    public_not_in_all = [n for n in defined if not n.startswith("_")
                         and src.all_names is not None and n not in src.all_names]
    if public_not_in_all:
        log(f"  note: public names not in __all__ (re-exported all the same): "
            f"{', '.join(public_not_in_all)}")
    log(f"  __init__.py re-exports {sum(not n.startswith('_') for n in defined)} public names"
        f" and these private ones used elsewhere: {', '.join(sorted(private)) or 'none'}")
    if args.dry_run:
        return 0

    if package_dir.exists():
        shutil.rmtree(package_dir)
    package_dir.mkdir()
    written: list[Path] = []
    for module, blocks in modules.items():
        doc = MODULES[module][1] if module in MODULES else (
            f"Casework: the '{blocks[0].section}' section.")
        path = package_dir / f"{module}.py"
        path.write_text(module_text(src, module, blocks, by_name, doc), "utf-8")
        written.append(path)
    init = package_dir / "__init__.py"
    init.write_text(init_text(src, modules, private), "utf-8")
    written.append(init)
    source_path.unlink()
    log(f"wrote {package_dir.relative_to(root)}/ ({len(written)} files), removed {REL_SOURCE}")
    msg = patch_pyproject(root)
    if msg:
        log(msg)

    ruff = None if args.no_ruff else find_ruff()
    if ruff:
        files = [str(p) for p in sorted(written)]
        subprocess.run([*ruff, "check", "--quiet", "--fix", "--select", "F401,I", *files],
                       cwd=root, check=False)
        rest = subprocess.run([*ruff, "check", "--quiet", "--output-format", "concise", *files],
                              cwd=root, check=False, capture_output=True, text=True)
        if rest.returncode:
            log("ruff still reports (fix by hand):\n" + rest.stdout.rstrip())
        else:
            log("ruff: clean")
    elif not args.no_ruff:
        log("ruff not found: imports not re-sorted (pip install ruff, then "
            "ruff check --fix --select F401,I src/po_desktop/services/casework)")
    # the package must import
    check = subprocess.run([sys.executable, "-c", f"import {PACKAGE_NAME} as m; "
                            "print(len(m.__all__) if hasattr(m, '__all__') else 0)"],
                           cwd=root, capture_output=True, text=True,
                           env={"PYTHONPATH": str(root / "src"), "PATH": "/usr/bin:/bin",
                                "PYTHONDONTWRITEBYTECODE": "1"})
    if check.returncode:
        log("error: the new package does not import:\n" + check.stderr.strip())
        return 1
    log(f"import check: {PACKAGE_NAME} imports, {check.stdout.strip()} names in __all__")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
