"""The specification in docs/spec/ stays true to the code that cites it.

- every citation like "statistics.md §3" (or "annual.md section 5") in the code, the tests,
  the benchmarks, the tools and the Markdown files names a file of docs/spec/ and a section
  heading ("## 3. …") that exists in it;
- every command of the real argparse parser, and every one of its arguments, is in the command
  reference of docs/spec/cli.md (§5), which ``tools/cli_reference.py --write`` regenerates;
- nothing in the repository points outside it (a spec folder beside the checkout, one
  machine's absolute paths), and the Markdown links of the README and the spec resolve.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "docs" / "spec"

# Where citations and outside references are looked for (the repository's own text files).
TEXT_SUFFIXES = {".py", ".md", ".toml", ".json", ".txt", ".cfg", ".yaml", ".yml", ".ts", ""}
SCANNED = ["src", "tests", "benchmarks", "tools", "docs", "forms", "packaging", ".ci"]
TOP_FILES = [
    "README.md",
    "ARCHITECTURE.md",
    "CONTRIBUTING.md",
    "pyproject.toml",
    ".pre-commit-config.yaml",
]
SKIPPED_DIRS = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", "screenshots"}

# "statistics.md §3", "``annual.md`` §4", "annual.md section 5", "product.md §2.1", "§2–§3"
CITATION = re.compile(r"\b([a-z][a-z0-9_-]*)\.md\W{0,3}?\s*(?:§\s*|section\s+)(\d+)")
HEADING = re.compile(r"^#{2,3} (\d+)\. ", re.MULTILINE)
# built so that this file does not contain what it looks for
OUTSIDE = ("shared" + "/spec", "/" + "work" + "/")


def _text_files() -> list[Path]:
    files = [ROOT / name for name in TOP_FILES if (ROOT / name).is_file()]
    for top in SCANNED:
        base = ROOT / top
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            parts = path.relative_to(ROOT).parts
            if any(part in SKIPPED_DIRS or part.endswith(".egg-info") for part in parts):
                continue
            if path.is_file() and path.suffix in TEXT_SUFFIXES:
                files.append(path)
    return files


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return ""


def _sections(name: str) -> set[int]:
    return {int(n) for n in HEADING.findall((SPEC / name).read_text(encoding="utf-8"))}


def test_the_spec_files_exist_and_are_numbered():
    for name in [
        "README.md",
        "product.md",
        "statistics.md",
        "bundle.md",
        "cli.md",
        "annual.md",
        "economy.md",
        "forms.md",
        "team.md",
        "glossary.md",
    ]:
        assert (SPEC / name).is_file(), name
    # the sections the code cites most, by the numbering the code was written against
    assert {1, 2, 3, 4, 5, 6} <= _sections("statistics.md")
    assert {1, 2, 3, 4, 5} <= _sections("annual.md")
    assert {1, 2, 3, 4, 5} <= _sections("product.md")
    assert {1, 2, 3} <= _sections("economy.md")


def test_every_citation_names_an_existing_section():
    citations: dict[tuple[str, int], list[str]] = {}
    for path in _text_files():
        for m in CITATION.finditer(_read(path)):
            key = (m.group(1) + ".md", int(m.group(2)))
            citations.setdefault(key, []).append(str(path.relative_to(ROOT)))
    assert len(citations) >= 20, "the citation pattern found almost nothing: is it broken?"
    missing_files = {
        f"{name} (cited in {where[0]})"
        for (name, _n), where in citations.items()
        if not (SPEC / name).is_file()
    }
    assert not missing_files, f"cited spec files that docs/spec/ lacks: {sorted(missing_files)}"
    missing_sections = [
        f"{name} §{n} (cited in {', '.join(sorted(set(where))[:3])})"
        for (name, n), where in sorted(citations.items())
        if n not in _sections(name)
    ]
    assert not missing_sections, f"cited sections that do not exist: {missing_sections}"


def test_the_citation_pattern_reads_the_forms_the_code_uses():
    found = [
        (m.group(1), m.group(2))
        for m in CITATION.finditer(
            "statistics.md §3; ``annual.md`` §4; annual.md section 5; product.md §2.1; "
            "(statistics.md §2–§3); forms/README.md and cli.md without a section"
        )
    ]
    assert found == [
        ("statistics", "3"),
        ("annual", "4"),
        ("annual", "5"),
        ("product", "2"),
        ("statistics", "2"),
    ]


def _cli_reference():
    spec = importlib.util.spec_from_file_location("cli_reference", ROOT / "tools/cli_reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _reference_rows() -> dict[str, str]:
    """``{command path: its row}`` of the generated table in cli.md."""
    ref = _cli_reference()
    text = (SPEC / "cli.md").read_text(encoding="utf-8")
    assert ref.BEGIN in text and ref.END in text, "cli.md lost its generated-table markers"
    block = text.split(ref.BEGIN, 1)[1].split(ref.END, 1)[0]
    rows = {}
    for line in block.splitlines():
        m = re.match(r"^\| `([^`]+)` \|", line)
        if m:
            rows[m.group(1)] = line
    return rows


def test_every_command_and_argument_of_the_parser_is_in_cli_md():
    ref = _cli_reference()
    from po_desktop.cli import build_parser

    parser = build_parser()
    rows = _reference_rows()
    commands = ref.commands(parser)
    assert len(commands) > 50
    hint = "run: .venv/bin/python tools/cli_reference.py --write"
    missing = [path for path, _p, _h in commands if path not in rows]
    assert not missing, f"commands missing from docs/spec/cli.md §5 ({hint}): {missing}"
    for path, child, _help in commands:
        for action in ref.arguments(child):
            names = action.option_strings or [str(action.metavar or action.dest)]
            for name in names:
                assert name in rows[path], f"{path}: {name} missing in cli.md §5 ({hint})"
    # and nothing documented there that the parser no longer has
    stale = sorted(set(rows) - {path for path, _p, _h in commands})
    assert not stale, f"cli.md §5 documents commands the parser lacks ({hint}): {stale}"


def test_nothing_points_outside_the_repository():
    offenders = []
    for path in _text_files():
        text = _read(path)
        for needle in OUTSIDE:
            if needle in text:
                line = text[: text.index(needle)].count("\n") + 1
                offenders.append(f"{path.relative_to(ROOT)}:{line}: {needle}")
    assert not offenders, "references outside the repository:\n" + "\n".join(offenders)


MD_LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


@pytest.mark.parametrize(
    "document",
    [
        "README.md",
        "ARCHITECTURE.md",
        "CONTRIBUTING.md",
        *sorted(str(p.relative_to(ROOT)) for p in SPEC.glob("*.md")),
    ],
)
def test_markdown_links_resolve(document):
    path = ROOT / document
    broken = [
        target
        for target in MD_LINK.findall(path.read_text(encoding="utf-8"))
        if "://" not in target and not (path.parent / target).exists()
    ]
    assert not broken, f"{document}: links to missing files: {broken}"
