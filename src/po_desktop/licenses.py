"""The components bundled with po-desktop, their versions and licences (for the About dialog).

Versions come from the installed distributions' metadata (the PyInstaller build copies that
metadata); licence texts from the distribution's own licence file where it ships one, else from
``resources/licenses/``. No Qt here; :mod:`po_desktop.gui.about` shows it.
"""

from __future__ import annotations

import platform
import re
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
    licence: str  # short name, e.g. "LGPL-3.0"
    purpose: str  # one line (Swedish, through tr() in the dialog)
    text: str  # the licence text (may be long)
    distribution: str | None = None  # the installed distribution it comes from, if any


# What is not a Python distribution of its own (or is shown under another name first):
# name, distribution (for the version), licence, purpose, bundled licence file(s).
_COMPONENTS = [
    ("Python", None, "PSF-2.0", QT_TR_NOOP("programspråket"), ["Python-PSF.txt"]),
    (
        "Qt",
        "PySide6-Essentials",
        "LGPL-3.0",
        QT_TR_NOOP("fönster, utskrift och översättning"),
        ["LGPL-3.0.txt", "GPL-3.0.txt"],
    ),
    (
        "SQLCipher",
        "sqlcipher3",
        "BSD-3-Clause",
        QT_TR_NOOP("krypteringen av valvet"),
        ["SQLCipher-BSD.txt"],
    ),
    (
        "OpenSSL",
        None,
        "Apache-2.0",
        QT_TR_NOOP("kryptografin i SQLCipher (statiskt länkad)"),
        ["Apache-2.0.txt"],
    ),
    ("DejaVu", None, "Bitstream Vera", QT_TR_NOOP("typsnitt i PDF:erna"), ["DejaVu-fonts.txt"]),
    ("Lucide", None, "ISC / MIT", QT_TR_NOOP("ikonerna i fönstret"), ["Lucide-ISC.txt"]),
]

# What we know about the Python distributions (the list itself comes from importlib.metadata:
# every distribution po-desktop needs at run time, directly or through another one). A new
# dependency is listed without an entry here, with the licence its metadata declares.
# distribution (normalised) -> shown name, licence (None: from the metadata), purpose, files
_KNOWN: dict[str, tuple[str, str | None, str, list[str]]] = {
    "pyside6-essentials": ("PySide6", "LGPL-3.0", QT_TR_NOOP("Qt för Python"), ["LGPL-3.0.txt"]),
    "pyside6-addons": (
        "PySide6-Addons",
        "LGPL-3.0",
        QT_TR_NOOP("Qt för Python (PDF-visning)"),
        ["LGPL-3.0.txt"],
    ),
    "shiboken6": ("shiboken6", "LGPL-3.0", QT_TR_NOOP("Qt för Python"), ["LGPL-3.0.txt"]),
    "sqlcipher3": ("sqlcipher3", "Zlib", QT_TR_NOOP("SQLCipher för Python"), []),
    "sqlalchemy": ("SQLAlchemy", "MIT", QT_TR_NOOP("databaslagret"), []),
    "alembic": ("Alembic", "MIT", QT_TR_NOOP("uppgradering av valvets schema"), []),
    "mako": ("Mako", "MIT", QT_TR_NOOP("Alembics mallar"), []),
    "markupsafe": ("MarkupSafe", "BSD-3-Clause", QT_TR_NOOP("Alembics mallar"), []),
    "argon2-cffi": ("argon2-cffi", "MIT", QT_TR_NOOP("nyckeln från lösenfrasen (Argon2id)"), []),
    "argon2-cffi-bindings": ("argon2-cffi-bindings", "MIT", QT_TR_NOOP("Argon2"), []),
    "cffi": ("cffi", "MIT", QT_TR_NOOP("Argon2"), []),
    "pycparser": ("pycparser", "BSD-3-Clause", QT_TR_NOOP("Argon2"), []),
    "reportlab": ("ReportLab", "BSD-3-Clause", QT_TR_NOOP("PDF-blanketter och rapporter"), []),
    "pillow": ("Pillow", "MIT-CMU", QT_TR_NOOP("bilder (logotyper) i PDF:erna"), []),
    "holidays": ("holidays", "MIT", QT_TR_NOOP("helgdagar för överklagandefrister"), []),
    "python-dateutil": (
        "python-dateutil",
        "Apache-2.0 / BSD-3-Clause",
        QT_TR_NOOP("helgdagar"),
        [],
    ),
    "six": ("six", "MIT", QT_TR_NOOP("helgdagar"), []),
    "jsonschema": ("jsonschema", "MIT", QT_TR_NOOP("kontroll av statistikpaket"), []),
    "referencing": ("referencing", "MIT", QT_TR_NOOP("jsonschema"), []),
    "jsonschema-specifications": ("jsonschema-specifications", "MIT", QT_TR_NOOP("jsonschema"), []),
    "rpds-py": ("rpds-py", "MIT", QT_TR_NOOP("jsonschema"), []),
    "attrs": ("attrs", "MIT", QT_TR_NOOP("jsonschema"), []),
    "platformdirs": ("platformdirs", "MIT", QT_TR_NOOP("programmets mappar"), []),
    "zxcvbn": ("zxcvbn", "MIT", QT_TR_NOOP("lösenfrasens styrka"), []),
    "typing-extensions": ("typing-extensions", None, QT_TR_NOOP("databaslagret"), []),
    "tomlkit": ("tomlkit", "MIT", QT_TR_NOOP("inställningsfilen config.toml"), []),
    "phonenumberslite": (
        "phonenumbers (libphonenumber)",
        "Apache-2.0",
        QT_TR_NOOP("utländska telefonnummer i kontrollen av personuppgifter"),
        ["Apache-2.0.txt"],
    ),
    "python-docx": ("python-docx", "MIT", QT_TR_NOOP("verksamhetsberättelsen som Word-fil"), []),
    "lxml": ("lxml", "BSD-3-Clause", QT_TR_NOOP("python-docx"), []),
    "charset-normalizer": (
        "charset-normalizer",
        None,
        QT_TR_NOOP("PDF-blanketter och rapporter"),
        [],
    ),
}

_REQ_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def normalise(name: str) -> str:
    """A distribution name as PEP 503 compares them (``PySide6_Essentials``:
    ``pyside6-essentials``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = "po-desktop") -> list[str]:
    """Every installed distribution ``root`` needs at run time, directly or not (no extras),
    normalised, in the order found. A requirement whose marker does not hold here is simply
    not installed, and so not listed."""
    seen: list[str] = []
    todo = [root]
    while todo:
        dist = todo.pop(0)
        try:
            requires = metadata.requires(dist) or []
        except metadata.PackageNotFoundError:
            continue
        for req in requires:
            if "extra ==" in req.replace("extra==", "extra =="):
                continue
            m = _REQ_NAME.match(req)
            if not m:
                continue
            name = normalise(m.group(1))
            if name in seen or name == normalise(root):
                continue
            try:
                metadata.distribution(name)
            except metadata.PackageNotFoundError:
                continue
            seen.append(name)
            todo.append(name)
    return seen


def _metadata_licence(dist: str) -> str:
    try:
        meta = metadata.metadata(dist)
    except metadata.PackageNotFoundError:
        return ""
    expression = (meta.get_all("License-Expression") or [""])[0]
    if expression:
        return str(expression)
    short = str((meta.get_all("License") or [""])[0] or "")
    if short and len(short) <= 40 and "\n" not in short:
        return short
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License ::"):
            return classifier.split("::")[-1].strip()
    return ""


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
    """Every bundled component with its version and licence text (empty version: not installed):
    Python, Qt, SQLCipher, OpenSSL and the fonts, then every runtime distribution found by
    :func:`runtime_distributions`."""
    out = [
        Component(
            "po-desktop",
            __version__,
            program_licence(),
            QT_TR_NOOP("det här programmet"),
            program_licence_text(),
        )
    ]
    for name, dist, licence, purpose, files in _COMPONENTS:
        version = _version(dist) if (dist or name == "Python") else ""
        if name in ("SQLCipher", "OpenSSL"):
            version = _engine_version(name)
        if name == "Lucide":
            version = LUCIDE_VERSION
        out.append(Component(name, version, licence, purpose, _text(files, dist)))
    # The installed closure, plus every known component that is installed (an editable install
    # whose metadata predates a new dependency; a frozen build without our metadata).
    dists = runtime_distributions()
    dists += [d for d in _KNOWN if d not in dists and _version(d)]
    known_first = sorted(
        dists, key=lambda d: (d not in _KNOWN, list(_KNOWN).index(d) if d in _KNOWN else 0, d)
    )
    for dist in known_first:
        shown, known_licence, purpose, files = _KNOWN.get(dist, (dist, None, "", []))
        if not _version(dist) and dist not in _KNOWN:
            continue
        out.append(
            Component(
                shown,
                _version(dist),
                known_licence or _metadata_licence(dist),
                purpose,
                _text(files, dist),
                distribution=dist,
            )
        )
    return out


def _text(files: list[str], dist: str | None) -> str:
    texts = [(LICENSE_DIR / f).read_text("utf-8") for f in files if (LICENSE_DIR / f).exists()]
    if not texts:
        texts = [_dist_licence_text(dist)]
    return "\n\n".join(t for t in texts if t)


def program_licence() -> str:
    """The programme's own licence (SPDX), as pyproject.toml declares it."""
    return "EUPL-1.2"


def program_licence_text() -> str:
    """The EUPL-1.2 text shipped with the programme (``resources/licenses/EUPL-1.2.txt``, the
    same text as the repository's ``LICENSE``)."""
    path = LICENSE_DIR / "EUPL-1.2.txt"
    return path.read_text("utf-8") if path.exists() else ""


def program_version() -> str:
    return __version__
