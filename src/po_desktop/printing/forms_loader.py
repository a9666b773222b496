"""Form definitions (blanketter) as data: load, validate and locate them.

A definition is a TOML file (``forms.md``): ``[form]`` (title, unit, logo, footer), a list of
``[[header]]`` blocks (the box at the top right) and a list of ``[[block]]`` blocks (the body).
Block types: ``heading``, ``text``, ``field`` and ``choice``. Everything printed comes from the
file, so a municipality adapts texts, municipality list and logo without touching code.

Where a definition is looked for, first hit wins:
1. the folder named by the vault setting ``forms_folder``;
2. ``<user config dir>/forms/``;
3. the copy bundled with the application (``po_desktop/resources/forms/``).

A broken definition raises :class:`FormDefinitionError` whose one-line message names the file,
the key and the problem.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr

FORM_NAMES = ("intake", "system_failure", "grant_application")
SCHEMA_VERSION = 1
BLOCK_TYPES = ("heading", "text", "field", "choice")
TEXT_STYLES = ("normal", "small", "boxed")
MAX_LINES = 30


class FormDefinitionError(RejectedInput):
    """A form definition file cannot be used (exit code 4)."""

    def __init__(self, file: Path | str, key: str, problem: str):
        self.file = str(file)
        self.key = key
        self.problem = problem
        super().__init__(
            tr("Fel i blankettdefinitionen {file}: {key}: {problem}").format(
                file=self.file, key=key, problem=problem
            )
        )


@dataclass(frozen=True)
class Option:
    label: str
    code: str
    write_in: bool = False


@dataclass(frozen=True)
class Block:
    type: str
    key: str = ""
    label: str = ""
    text: str = ""
    help: str = ""
    lines: int = 1
    width: float = 1.0
    same_row: bool = False
    style: str = "normal"
    options: tuple[Option, ...] = ()
    columns: int = 1
    multiple: bool = False
    keep_together: bool = False  # heading: its section never breaks across pages


@dataclass(frozen=True)
class FormDefinition:
    id: str
    title: str
    source: Path
    unit: str = ""
    subtitle: str = ""
    logo: Path | None = None
    footer: str = ""
    header: tuple[Block, ...] = ()
    blocks: tuple[Block, ...] = ()

    def all_blocks(self) -> tuple[Block, ...]:
        return self.header + self.blocks

    def field_keys(self) -> list[str]:
        return [b.key for b in self.all_blocks() if b.type in ("field", "choice")]

    def printed_texts(self) -> list[str]:
        """Every text the blank form prints (title, headings, labels, help, options, texts)."""
        out = [self.title] + [t for t in (self.subtitle, self.unit, self.footer) if t]
        for b in self.all_blocks():
            out += [t for t in (b.label, b.text, b.help) if t]
            out += [o.label for o in b.options]
        return out


# --- validation -------------------------------------------------------------------------------

_TYPE_NAMES = {
    str: "text",
    int: "heltal",
    bool: "true/false",
    float: "tal",
    list: "lista",
    dict: "tabell",
}


class _Checker:
    def __init__(self, source: Path):
        self.source = source

    def fail(self, key: str, problem: str) -> FormDefinitionError:
        return FormDefinitionError(self.source, key, problem)

    def table(self, data: Any, key: str) -> dict:
        if not isinstance(data, dict):
            raise self.fail(key, tr("ska vara en tabell ([{key}])").format(key=key))
        return data

    def get(
        self,
        data: dict,
        key: str,
        path: str,
        kind: type,
        *,
        required: bool = False,
        default: Any = None,
    ) -> Any:
        full = f"{path}.{key}" if path else key
        if key not in data:
            if required:
                raise self.fail(full, tr("saknas (obligatorisk nyckel)"))
            return default
        value = data[key]
        ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        if kind is float:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if not ok:
            raise self.fail(
                full,
                tr("ska vara {kind}, inte {value!r}").format(
                    kind=_TYPE_NAMES.get(kind, kind.__name__), value=value
                ),
            )
        if kind is str and required and not value.strip():
            raise self.fail(full, tr("får inte vara tom"))
        return float(value) if kind is float else value

    def unknown(self, data: dict, allowed: set[str], path: str) -> None:
        for key in data:
            if key not in allowed:
                key = key if key.strip() else repr(key)  # an empty key must still show
                raise self.fail(
                    f"{path}.{key}" if path else key,
                    tr("okänd nyckel (stavfel?); tillåtna: {keys}").format(
                        keys=", ".join(sorted(allowed))
                    ),
                )


_BLOCK_KEYS = {
    "heading": {"type", "text", "keep_together"},
    "text": {"type", "text", "style"},
    "field": {"type", "key", "label", "help", "lines", "width", "same_row"},
    "choice": {
        "type",
        "key",
        "label",
        "help",
        "options",
        "columns",
        "multiple",
        "width",
        "same_row",
    },
}


def _block(c: _Checker, data: Any, path: str, seen_keys: set[str]) -> Block:
    data = c.table(data, path)
    btype = c.get(data, "type", path, str, required=True)
    if btype not in BLOCK_TYPES:
        raise c.fail(
            f"{path}.type",
            tr("okänd blocktyp {t!r}; tillåtna: {types}").format(
                t=btype, types=", ".join(BLOCK_TYPES)
            ),
        )
    c.unknown(data, _BLOCK_KEYS[btype], path)
    if btype == "heading":
        return Block(
            type=btype,
            text=c.get(data, "text", path, str, required=True),
            keep_together=c.get(data, "keep_together", path, bool, default=False),
        )
    if btype == "text":
        style = c.get(data, "style", path, str, default="normal")
        if style not in TEXT_STYLES:
            raise c.fail(
                f"{path}.style",
                tr("ska vara en av {styles}, inte {s!r}").format(
                    styles=", ".join(TEXT_STYLES), s=style
                ),
            )
        return Block(type=btype, text=c.get(data, "text", path, str, required=True), style=style)

    key = c.get(data, "key", path, str, required=True)
    if not key.replace("_", "").isalnum() or not key.isascii():
        raise c.fail(f"{path}.key", tr("ska bestå av a–z, 0–9 och _, inte {k!r}").format(k=key))
    if key in seen_keys:
        raise c.fail(f"{path}.key", tr("nyckeln {k!r} finns redan i blanketten").format(k=key))
    seen_keys.add(key)
    label = c.get(data, "label", path, str, required=True)
    help_text = c.get(data, "help", path, str, default="")
    width = c.get(data, "width", path, float, default=1.0)
    if not 0 < width <= 10:
        raise c.fail(f"{path}.width", tr("ska vara ett tal större än 0 och högst 10"))
    same_row = c.get(data, "same_row", path, bool, default=False)
    if btype == "field":
        lines = c.get(data, "lines", path, int, default=1)
        if not 1 <= lines <= MAX_LINES:
            raise c.fail(
                f"{path}.lines",
                tr("ska vara ett heltal från 1 till {n}, inte {v}").format(n=MAX_LINES, v=lines),
            )
        return Block(
            type=btype,
            key=key,
            label=label,
            help=help_text,
            lines=lines,
            width=width,
            same_row=same_row,
        )

    raw_options = c.get(data, "options", path, list, required=True)
    if not raw_options:
        raise c.fail(f"{path}.options", tr("får inte vara tom"))
    options: list[Option] = []
    for i, raw in enumerate(raw_options):
        opath = f"{path}.options[{i}]"
        if isinstance(raw, str):
            if not raw.strip():
                raise c.fail(opath, tr("får inte vara tom"))
            options.append(Option(label=raw, code=raw))
            continue
        if not isinstance(raw, dict):
            raise c.fail(
                opath,
                tr("ska vara en text eller {{ code = …, label = … }}, inte {v!r}").format(v=raw),
            )
        c.unknown(raw, {"code", "label", "write_in"}, opath)
        olabel = c.get(raw, "label", opath, str, required=True)
        options.append(
            Option(
                label=olabel,
                code=c.get(raw, "code", opath, str, default=olabel),
                write_in=c.get(raw, "write_in", opath, bool, default=False),
            )
        )
    columns = c.get(data, "columns", path, int, default=1)
    if not 1 <= columns <= 6:
        raise c.fail(
            f"{path}.columns", tr("ska vara ett heltal från 1 till 6, inte {v}").format(v=columns)
        )
    return Block(
        type=btype,
        key=key,
        label=label,
        help=help_text,
        options=tuple(options),
        columns=columns,
        multiple=c.get(data, "multiple", path, bool, default=False),
        width=width,
        same_row=same_row,
    )


MAX_LOGO_BYTES = 5 * 1024 * 1024
MAX_LOGO_PIXELS = 6_000_000  # e.g. 3000 x 2000; a logo is printed a few centimetres wide


def image_size(path: Path) -> tuple[int, int] | None:
    """(width, height) from a PNG, GIF or JPEG header, read without decoding the image
    (None: not one of those, or a damaged header)."""
    import struct

    with open(path, "rb") as f:
        head = f.read(32)
        if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
            return struct.unpack(">II", head[16:24])
        if head[:6] in (b"GIF87a", b"GIF89a"):
            return struct.unpack("<HH", head[6:10])
        if not head.startswith(b"\xff\xd8"):
            return None
        f.seek(2)
        for _ in range(10_000):  # JPEG: walk the segments to the frame header (SOFn)
            marker = f.read(2)
            while marker[:1] == b"\xff" and marker[1:2] == b"\xff":  # fill bytes
                marker = marker[1:] + f.read(1)
            if len(marker) < 2 or marker[0] != 0xFF:
                return None
            code = marker[1]
            if code in (0xD8, 0x01) or 0xD0 <= code <= 0xD7:
                continue
            length_bytes = f.read(2)
            if len(length_bytes) < 2:
                return None
            length = struct.unpack(">H", length_bytes)[0]
            if 0xC0 <= code <= 0xCF and code not in (0xC4, 0xC8, 0xCC):
                data = f.read(5)
                if len(data) < 5:
                    return None
                height, width = struct.unpack(">HH", data[1:5])
                return width, height
            if length < 2:
                return None
            f.seek(length - 2, 1)
    return None


def _check_image(c: _Checker, logo: Path) -> None:
    """Check the logo's size from its header (a 25 KB PNG may declare 10000 x 10000 pixels,
    over a gigabyte decoded), then decode it, so a damaged or huge image is a named refusal,
    not a failure mid-print."""
    from reportlab.lib.utils import ImageReader

    from po_desktop.fileio import FileRefused, require_regular_file

    try:
        require_regular_file(logo, what=tr("bildfilen"))  # a named pipe would hang the read
    except FileRefused as exc:
        raise c.fail("form.logo", exc.message) from None
    try:
        size_bytes = logo.stat().st_size
        dims = image_size(logo)
    except OSError as exc:
        raise c.fail(
            "form.logo",
            tr("kan inte läsa bildfilen {p} ({err})").format(p=logo, err=exc.strerror or exc),
        ) from None
    if size_bytes > MAX_LOGO_BYTES:
        raise c.fail(
            "form.logo",
            tr("bildfilen {p} är för stor ({mb:.1f} MB; högst {max} MB)").format(
                p=logo, mb=size_bytes / 1024 / 1024, max=MAX_LOGO_BYTES // 2**20
            ),
        )
    if dims is None:
        raise c.fail("form.logo", tr("bildfilen {p} är skadad eller inte en bild").format(p=logo))
    if dims[0] < 1 or dims[1] < 1 or dims[0] * dims[1] > MAX_LOGO_PIXELS:
        raise c.fail(
            "form.logo",
            tr(
                "bilden {p} är {w} × {h} bildpunkter; en logotyp får ha "
                "högst {max} miljoner bildpunkter"
            ).format(p=logo, w=dims[0], h=dims[1], max=MAX_LOGO_PIXELS // 1_000_000),
        )
    try:
        ImageReader(str(logo)).getRGBData()
    except Exception:  # noqa: BLE001 - image decoders raise anything on a damaged file
        raise c.fail(
            "form.logo", tr("bildfilen {p} är skadad eller inte en bild").format(p=logo)
        ) from None


def parse_definition(data: dict, source: Path) -> FormDefinition:
    c = _Checker(source)
    c.unknown(data, {"schema_version", "form", "header", "block"}, "")
    version = c.get(data, "schema_version", "", int, required=True)
    if version != SCHEMA_VERSION:
        raise c.fail(
            "schema_version",
            tr("version {v} stöds inte (programmet kan version {k})").format(
                v=version, k=SCHEMA_VERSION
            ),
        )
    form = c.table(data.get("form"), "form") if "form" in data else None
    if form is None:
        raise c.fail("form", tr("saknas (obligatorisk tabell [form])"))
    c.unknown(form, {"id", "title", "subtitle", "unit", "logo", "footer"}, "form")
    form_id = c.get(form, "id", "form", str, required=True)
    title = c.get(form, "title", "form", str, required=True)
    logo_text = c.get(form, "logo", "form", str, default="").strip()
    logo = None
    if logo_text:
        try:  # "~okänd_användare/…", a name too long for the file system, a NUL byte …
            logo = Path(logo_text).expanduser()
            if not logo.is_absolute():
                logo = source.parent / logo
            is_file = logo.is_file()
        except (OSError, RuntimeError, ValueError) as exc:
            raise c.fail(
                "form.logo",
                tr("ogiltig sökväg till bildfilen ({err})").format(
                    err=getattr(exc, "strerror", None) or exc
                ),
            ) from None
        if not is_file:
            raise c.fail("form.logo", tr("bildfilen {p} finns inte").format(p=logo))
        if logo.suffix.lower() not in (".png", ".jpg", ".jpeg", ".gif"):
            raise c.fail("form.logo", tr("ska vara en PNG-, JPG- eller GIF-bild"))
        _check_image(c, logo)

    seen: set[str] = set()

    def blocks(name: str, required: bool) -> tuple[Block, ...]:
        raw = c.get(data, name, "", list, required=required, default=[])
        if required and not raw:
            raise c.fail(name, tr("blanketten har inga block ([[{n}]])").format(n=name))
        return tuple(_block(c, b, f"{name}[{i}]", seen) for i, b in enumerate(raw))

    header = blocks("header", False)
    body = blocks("block", True)
    for i, b in enumerate(body):
        if b.same_row and (i == 0 or body[i - 1].type not in ("field", "choice")):
            raise c.fail(f"block[{i}].same_row", tr("kan bara fortsätta en rad efter ett fält"))
    return FormDefinition(
        id=form_id,
        title=title,
        source=source,
        unit=c.get(form, "unit", "form", str, default=""),
        subtitle=c.get(form, "subtitle", "form", str, default=""),
        logo=logo,
        footer=c.get(form, "footer", "form", str, default=""),
        header=header,
        blocks=body,
    )


DEFINITION_MAX_BYTES = 1024 * 1024


def load_definition(path: Path | str) -> FormDefinition:
    from po_desktop.fileio import FileRefused, read_limited

    path = Path(path)
    try:
        raw = read_limited(path, what=tr("filen"), max_bytes=DEFINITION_MAX_BYTES, show_path=False)
    except FileRefused as exc:
        if exc.reason == "missing":
            raise FormDefinitionError(path, "-", tr("filen finns inte")) from None
        raise FormDefinitionError(path, "-", exc.message.rstrip(".")) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
        return parse_definition(data, path)
    except UnicodeDecodeError:
        raise FormDefinitionError(path, "-", tr("filen är inte UTF-8")) from None
    except tomllib.TOMLDecodeError as exc:
        raise FormDefinitionError(
            path, "-", tr("inte giltig TOML: {err}").format(err=exc)
        ) from None
    except RecursionError:  # a = [[[[… thousands deep
        raise FormDefinitionError(
            path, "-", tr("för djupt nästlade listor eller tabeller")
        ) from None


# --- where definitions live -------------------------------------------------------------------


def bundled_forms_dir() -> Path:
    return Path(str(resources.files("po_desktop") / "resources" / "forms"))


def search_folders(vault_folder: os.PathLike[str] | str | None = None) -> list[Path]:
    """Where a definition is looked for, first match wins: the vault's own forms folder
    (``vault_folder``; the services read it from the vault's settings, this module reads no
    vault), config.toml's ``forms_folder``, the user's config folder, the shipped copies."""
    from po_desktop.paths import user_config_dir

    folders: list[Path] = []
    if vault_folder:
        folders.append(Path(str(vault_folder)).expanduser())
    from po_desktop.config import forms_folder as configured_forms_folder

    preset = configured_forms_folder()  # config.toml (an IT department's preset, or the user's)
    if preset is not None:
        folders.append(preset)
    folders.append(user_config_dir() / "forms")
    folders.append(bundled_forms_dir())
    return folders


def find_definition(name: str, vault_folder: os.PathLike[str] | str | None = None) -> Path:
    if name not in FORM_NAMES:
        raise KeyError(name)
    for folder in search_folders(vault_folder):
        candidate = folder / f"{name}.toml"
        if candidate.is_file():
            return candidate
    raise FormDefinitionError(bundled_forms_dir() / f"{name}.toml", "-", tr("filen finns inte"))


def load_form(name: str, vault_folder: os.PathLike[str] | str | None = None) -> FormDefinition:
    """The definition a unit uses for form ``name`` (its own copy, else the bundled one);
    with a vault, ask :func:`po_desktop.services.printing.load_form`."""
    return load_definition(find_definition(name, vault_folder))


__all__ = [
    "Block",
    "FORM_NAMES",
    "FormDefinition",
    "FormDefinitionError",
    "Option",
    "bundled_forms_dir",
    "find_definition",
    "load_definition",
    "load_form",
    "parse_definition",
    "search_folders",
]
