"""The components bundled with po-desktop, their versions and licences (for the About dialog).

Versions come from the installed distributions' metadata (the PyInstaller build copies that
metadata); licence texts from the distribution's own licence file where it ships one, else from
``resources/licenses/``. No Qt here; :mod:`po_desktop.gui.about` shows it.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from po_desktop import __version__
from po_desktop.i18n import QT_TR_NOOP

LICENSE_DIR = Path(__file__).resolve().parent / "resources" / "licenses"
LUCIDE_VERSION = "1.62.0"  # the SVGs copied into resources/icons (npm pack lucide-static)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str          # short name, e.g. "LGPL-3.0"
    purpose: str          # one line (Swedish, through tr() in the dialog)
    text: str             # the licence text (may be long)


# name, distribution (for version and licence file), licence, purpose, bundled licence file(s)
_COMPONENTS = [
    ("Python", None, "PSF-2.0", QT_TR_NOOP("programspråket"), ["Python-PSF.txt"]),
    ("Qt", "PySide6-Essentials", "LGPL-3.0", QT_TR_NOOP("fönster, utskrift och översättning"),
     ["LGPL-3.0.txt", "GPL-3.0.txt"]),
    ("PySide6", "PySide6-Essentials", "LGPL-3.0", QT_TR_NOOP("Qt för Python"), ["LGPL-3.0.txt"]),
    ("shiboken6", "shiboken6", "LGPL-3.0", QT_TR_NOOP("Qt för Python"), ["LGPL-3.0.txt"]),
    ("SQLCipher", "sqlcipher3", "BSD-3-Clause", QT_TR_NOOP("krypteringen av valvet"),
     ["SQLCipher-BSD.txt"]),
    ("OpenSSL", None, "Apache-2.0", QT_TR_NOOP("kryptografin i SQLCipher (statiskt länkad)"),
     ["Apache-2.0.txt"]),
    ("sqlcipher3", "sqlcipher3", "Zlib", QT_TR_NOOP("SQLCipher för Python"), []),
    ("SQLAlchemy", "SQLAlchemy", "MIT", QT_TR_NOOP("databaslagret"), []),
    ("Alembic", "alembic", "MIT", QT_TR_NOOP("uppgradering av valvets schema"), []),
    ("Mako", "Mako", "MIT", QT_TR_NOOP("Alembics mallar"), []),
    ("MarkupSafe", "MarkupSafe", "BSD-3-Clause", QT_TR_NOOP("Alembics mallar"), []),
    ("argon2-cffi", "argon2-cffi", "MIT", QT_TR_NOOP("nyckeln från lösenfrasen (Argon2id)"), []),
    ("argon2-cffi-bindings", "argon2-cffi-bindings", "MIT", QT_TR_NOOP("Argon2"), []),
    ("cffi", "cffi", "MIT", QT_TR_NOOP("Argon2"), []),
    ("ReportLab", "reportlab", "BSD-3-Clause", QT_TR_NOOP("PDF-blanketter och rapporter"), []),
    ("Pillow", "pillow", "MIT-CMU", QT_TR_NOOP("bilder (logotyper) i PDF:erna"), []),
    ("DejaVu", None, "Bitstream Vera", QT_TR_NOOP("typsnitt i PDF:erna"), ["DejaVu-fonts.txt"]),
    ("holidays", "holidays", "MIT", QT_TR_NOOP("helgdagar för överklagandefrister"), []),
    ("python-dateutil", "python-dateutil", "Apache-2.0 / BSD-3-Clause", QT_TR_NOOP("helgdagar"),
     []),
    ("jsonschema", "jsonschema", "MIT", QT_TR_NOOP("kontroll av statistikpaket"), []),
    ("referencing", "referencing", "MIT", QT_TR_NOOP("jsonschema"), []),
    ("jsonschema-specifications", "jsonschema-specifications", "MIT", QT_TR_NOOP("jsonschema"), []),
    ("rpds-py", "rpds-py", "MIT", QT_TR_NOOP("jsonschema"), []),
    ("attrs", "attrs", "MIT", QT_TR_NOOP("jsonschema"), []),
    ("platformdirs", "platformdirs", "MIT", QT_TR_NOOP("programmets mappar"), []),
    ("zxcvbn", "zxcvbn", "MIT", QT_TR_NOOP("lösenfrasens styrka"), []),
    ("phonenumbers (libphonenumber)", "phonenumberslite", "Apache-2.0",
     QT_TR_NOOP("utländska telefonnummer i kontrollen av personuppgifter"), ["Apache-2.0.txt"]),
    ("python-docx", "python-docx", "MIT", QT_TR_NOOP("verksamhetsberättelsen som Word-fil"), []),
    ("lxml", "lxml", "BSD-3-Clause", QT_TR_NOOP("python-docx"), []),
    ("Lucide", None, "ISC / MIT", QT_TR_NOOP("ikonerna i fönstret"), ["Lucide-ISC.txt"]),
]


def _version(dist: str | None) -> str:
    if dist is None:  # Python itself
        return platform.python_version()
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return ""


def _engine_version(name: str) -> str:
    try:
        from po_desktop.storage.info import engine_versions

        versions = engine_versions()
    except Exception:  # noqa: BLE001 - the About dialog must open even if this fails
        return ""
    if name == "SQLCipher":
        return f"{versions['sqlcipher']} (SQLite {versions['sqlite']})"
    return versions["crypto"].removeprefix("OpenSSL ").split(" ")[0]


def _dist_licence_text(dist: str | None) -> str:
    if dist is None:
        return ""
    try:
        d = metadata.distribution(dist)
    except metadata.PackageNotFoundError:
        return ""
    for f in d.files or []:
        name = f.name.upper()
        if name.startswith(("LICENSE", "LICENCE", "COPYING")):
            try:
                return f.read_text(encoding="utf-8") or ""
            except (OSError, UnicodeDecodeError):
                continue
    return ""


def components() -> list[Component]:
    """Every bundled component with its version and licence text (empty version: not installed)."""
    out = []
    for name, dist, licence, purpose, files in _COMPONENTS:
        version = _version(dist) if (dist or name == "Python") else ""
        if name in ("SQLCipher", "OpenSSL"):
            version = _engine_version(name)
        if name == "Lucide":
            version = LUCIDE_VERSION
        texts = [(LICENSE_DIR / f).read_text("utf-8") for f in files if (LICENSE_DIR / f).exists()]
        if not texts:
            texts = [_dist_licence_text(dist)]
        out.append(Component(name, version, licence, purpose, "\n\n".join(t for t in texts if t)))
    return out


def program_licence() -> str:
    return "EUPL-1.2"


def program_version() -> str:
    return __version__
