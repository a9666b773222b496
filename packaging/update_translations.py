"""Maintain the English translation.

    python packaging/update_translations.py            # lupdate (.py -> .ts), then lrelease (.ts -> .qm)
    python packaging/update_translations.py --release  # only lrelease (after editing the .ts)
    python packaging/update_translations.py --missing  # list strings still without English
    python packaging/update_translations.py --apply en.json  # fill in {"Svensk text": "English"}

Workflow after adding or changing Swedish text in the code: run it, translate the new
``<message>`` entries in ``src/po_desktop/resources/translations/po_desktop_en.ts`` (Qt Linguist:
``pyside6-linguist``, or any editor — remove ``type="unfinished"``), run it with ``--release``,
commit the ``.ts`` and ``.qm``. ``tests/test_translations.py`` fails until every string is
translated and the ``.qm`` is current.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "src" / "po_desktop"
TS_DIR = PKG / "resources" / "translations"
LANGUAGES = {"en": "en_GB"}


def tool(name: str) -> str:
    """``pyside6-<name>`` from this Python's environment (or PATH)."""
    exe_dir = Path(sys.executable).parent
    for candidate in (exe_dir / f"pyside6-{name}", exe_dir / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    sys.exit(f"update_translations: pyside6-{name} saknas (kommer med PySide6)")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PKG.rglob("*.py")
                  if "migrations" not in p.parts)


def ts_path(lang: str) -> Path:
    return TS_DIR / f"po_desktop_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TS_DIR / f"po_desktop_{lang}.qm"


def lupdate(lang: str) -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    cmd = [tool("lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "sv_SE",
           "-target-language", LANGUAGES[lang], *sources(), "-ts", str(ts_path(lang))]
    subprocess.run(cmd, check=True, cwd=ROOT)


def lrelease(lang: str) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts_path(lang)), "-qm", str(qm_path(lang))],
                   check=True, cwd=ROOT)


def missing(lang: str) -> list[tuple[str, str]]:
    out = []
    for ctx in ET.parse(ts_path(lang)).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            t = msg.find("translation")
            if t is None or t.get("type") == "unfinished" or not (t.text or "").strip():
                out.append((name, msg.findtext("source") or ""))
    return out


def apply(lang: str, mapping: dict[str, str]) -> int:
    """Fill unfinished messages whose source is in ``mapping``; returns how many."""
    tree = ET.parse(ts_path(lang))
    done = 0
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source") or ""
        t = msg.find("translation")
        if t is None or src not in mapping:
            continue
        if t.get("type") == "unfinished" or not (t.text or "").strip():
            t.text = mapping[src]
            t.attrib.pop("type", None)
            done += 1
    tree.write(ts_path(lang), encoding="utf-8", xml_declaration=True)
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile .ts -> .qm")
    parser.add_argument("--missing", action="store_true", help="list untranslated strings")
    parser.add_argument("--apply", type=Path, metavar="JSON",
                        help='fill in translations from {"source": "translation"}')
    args = parser.parse_args(argv)
    for lang in LANGUAGES:
        if args.apply:
            import json

            mapping = json.loads(args.apply.read_text("utf-8"))
            print(f"filled {apply(lang, mapping)} translations")
        if args.missing:
            for ctx, src in missing(lang):
                print(f"[{ctx}] {src}")
            continue
        if not args.release:
            lupdate(lang)
        lrelease(lang)
        todo = missing(lang)
        print(f"{ts_path(lang).relative_to(ROOT)}: {len(todo)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
