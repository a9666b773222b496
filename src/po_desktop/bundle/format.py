"""The statistics bundle (``.pobundle``, statistics.md §4): build, write, load and validate.

A bundle is plaintext UTF-8 JSON on purpose: it leaves the vault by design and holds only
counts and the systemfel list — never an alias, note, birth year or date of an individual
assignment. Its ``sha256`` is the hex digest of the canonical JSON (:func:`canonical_json`) of
every other member. The JSON Schema ``schema/statistics-bundle-1.json`` ships in the package
and is what :func:`load_and_validate` checks against.

:func:`load_and_validate` rejects a file whole with :class:`BundleRejected` naming the *first*
problem, checked in this order: unreadable or over 64 MiB · not UTF-8 · not JSON (duplicate
keys included) · not an object · unknown
``format`` · ``format_version`` newer than this application · negative count · schema ·
impossible date · period end before start · ``sha256`` · unknown profile · missing category ·
a breakdown that does not add up to its total · a systemfel list that does not match its count
or lies outside the period.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from po_desktop import __version__
from po_desktop.domain.dates import Period, parse_date
from po_desktop.domain.statistics import BREAKDOWN_LISTS, PARTITION_BREAKDOWNS
from po_desktop.errors import RejectedInput
from po_desktop.fileio import write_atomic
from po_desktop.i18n import tr

FORMAT = "po-desktop/statistics-bundle"
FORMAT_VERSION = 2  # the newest this application reads and writes (format_v2.py)
KNOWN_FORMAT_VERSIONS = (1, 2)
SUFFIX = ".pobundle"
SCHEMA_FILE = "statistics-bundle-1.json"
MAX_BYTES = 64 * 1024 * 1024  # a national year bundle is well under 1 MB


class BundleRejected(RejectedInput):
    """A bundle file that cannot be accepted; ``reason`` names the first problem."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = self.message


@dataclass(frozen=True)
class Bundle:
    """A validated bundle. ``data`` is the whole JSON object; ``text`` its canonical JSON."""

    data: dict
    text: str

    @property
    def bundle_id(self) -> str:
        return self.data["bundle_id"]

    @property
    def created_at(self) -> str:
        return self.data["created_at"]

    @property
    def created_at_utc(self) -> dt.datetime:
        return parse_timestamp(self.data["created_at"])

    @property
    def unit_id(self) -> str:
        return self.data["unit"]["id"]

    @property
    def unit_label(self) -> str:
        return self.data["unit"]["label"]

    @property
    def municipalities(self) -> list[str]:
        return list(self.data["unit"]["municipalities"])

    @property
    def period(self) -> Period:
        p = self.data["period"]
        return Period(dt.date.fromisoformat(p["start"]), dt.date.fromisoformat(p["end"]),
                      p["label"])

    @property
    def profile(self) -> str:
        return self.data["profile"]

    @property
    def figures(self) -> dict:
        return self.data["figures"]

    @property
    def system_failures(self) -> list[dict]:
        return self.data["system_failures"]

    @property
    def sha256(self) -> str:
        return self.data["sha256"]

    @property
    def format_version(self) -> int:
        return int(self.data["format_version"])


# --- canonical JSON and digest ---------------------------------------------------------------


def canonical_json(obj: Any) -> bytes:
    """Keys sorted, separators ``,`` and ``:``, no white space, UTF-8, non-ASCII kept."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def digest(bundle: dict) -> str:
    """The ``sha256`` of a bundle: over the canonical JSON of every member but ``sha256``."""
    return hashlib.sha256(canonical_json({k: v for k, v in bundle.items()
                                          if k != "sha256"})).hexdigest()


def utc_timestamp(now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.timezone.utc)
    return now.astimezone(dt.timezone.utc).isoformat(timespec="microseconds").replace(
        "+00:00", "Z")


def parse_timestamp(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc)


# --- building and writing --------------------------------------------------------------------


def build_bundle(*, unit_id: str, unit_label: str, municipalities: list[str], period: Period,
                 profile: str, figures: dict, system_failures: list[dict],
                 bundle_id: str | None = None, created_at: str | None = None) -> dict:
    """A complete bundle object (with its ``sha256``), members in the order of §4."""
    bundle = {
        "format": FORMAT,
        "format_version": _format_version_for(figures),
        "bundle_id": bundle_id or str(uuid.uuid4()),
        "created_at": created_at or utc_timestamp(),
        "producer": {"app": "po-desktop", "version": __version__},
        "unit": {"id": unit_id, "label": unit_label, "municipalities": list(municipalities)},
        "period": period.to_dict(),
        "profile": profile,
        "figures": figures,
        "system_failures": list(system_failures),
    }
    bundle["sha256"] = digest(bundle)
    return bundle


def bundle_bytes(bundle: dict) -> bytes:
    """The file content: indented for a human reader (the digest does not depend on layout)."""
    return (json.dumps(bundle, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode(
        "utf-8")


def write_bundle_atomic(path: os.PathLike | str, bundle: dict) -> Path:
    """Write to a temp file in the same folder, fsync, then ``os.replace`` onto ``path``.

    A reader never sees a half-written bundle; on any failure the old file (if any) is kept."""
    return write_atomic(path, bundle_bytes(bundle), create_folder=True)


# --- loading and validating -----------------------------------------------------------------


@lru_cache(maxsize=1)
def schema() -> dict:
    ref = resources.files("po_desktop.bundle") / "schema" / SCHEMA_FILE
    return json.loads(ref.read_text(encoding="utf-8"))


def _inline_refs(node: Any, defs: dict) -> Any:
    """The schema with every local ``#/$defs/…`` reference replaced by its target: the same
    rules (the format has no recursive definitions), validated about five times faster."""
    if isinstance(node, dict):
        if "$ref" in node:
            return _inline_refs(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
        return {k: _inline_refs(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline_refs(x, defs) for x in node]
    return node


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(schema())
    return Draft202012Validator(_inline_refs(schema(), schema().get("$defs", {})))


def _where(path) -> str:
    parts = [str(p) if not isinstance(p, int) else f"[{p}]" for p in path]
    return ".".join(parts).replace(".[", "[") or tr("(hela filen)")


def _schema_reason(error) -> str:
    where = _where(error.absolute_path)
    v = error.validator
    if v == "required":
        missing = [k for k in error.validator_value if k not in (error.instance or {})]
        field = ".".join(filter(None, [_where(error.absolute_path) if error.absolute_path
                                       else "", missing[0] if missing else "?"]))
        return tr("fältet {field} saknas").format(field=field)
    if v == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        field = ".".join(filter(None, [_where(error.absolute_path) if error.absolute_path
                                       else "", extra[0] if extra else "?"]))
        return tr("okänt fält {field} (bundlen får bara innehålla formatets fält)").format(
            field=field)
    if v == "type":
        return tr("{where} har fel typ (ska vara {type})").format(where=where,
                                                                 type=error.validator_value)
    if v == "minimum":
        return tr("{where} är mindre än {min}").format(where=where, min=error.validator_value)
    if v in ("pattern", "const", "oneOf", "format"):
        return tr("{where} har fel form: {value}").format(where=where,
                                                          value=json.dumps(error.instance,
                                                                           ensure_ascii=False)[:60])
    return tr("{where}: {message}").format(where=where, message=error.message[:120])


def _first_negative(node: Any, path: tuple[str, ...] = ()) -> tuple[str, Any] | None:
    if isinstance(node, dict):
        for k, v in node.items():
            found = _first_negative(v, path + (str(k),))
            if found:
                return found
    elif isinstance(node, (int, float)) and not isinstance(node, bool) and node < 0:
        return ".".join(path), node
    return None


def load_and_validate(source: os.PathLike | str | bytes) -> Bundle:
    """Read and check one bundle; raise :class:`BundleRejected` naming the first problem."""
    if isinstance(source, bytes):
        raw = source
    else:
        try:
            if Path(source).stat().st_size > MAX_BYTES:
                raise BundleRejected(tr("filen är för stor för ett statistikpaket"))
            raw = Path(source).read_bytes()
        except IsADirectoryError:
            raise BundleRejected(tr("är en mapp, inte en fil")) from None
        except FileNotFoundError:
            raise BundleRejected(tr("filen finns inte")) from None
        except OSError as exc:
            raise BundleRejected(tr("kan inte läsa filen: {err}").format(
                err=exc.strerror or exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BundleRejected(tr("inte en UTF-8-textfil (inget statistikpaket)")) from None
    if len(raw) > MAX_BYTES:
        raise BundleRejected(tr("filen är för stor för ett statistikpaket"))
    try:
        data = json.loads(text, parse_constant=_refuse_constant,
                          object_pairs_hook=_refuse_duplicates)
    except RecursionError:  # "[[[[…" a hundred thousand deep: not a bundle, not a traceback
        raise BundleRejected(tr("inte giltig JSON: för djupt nästlad (inget statistikpaket)")) \
            from None
    except _DuplicateKey as exc:
        raise BundleRejected(tr("inte giltig JSON för ett statistikpaket: nyckeln {key} finns "
                                "två gånger").format(key=exc.args[0])) from None
    except (json.JSONDecodeError, ValueError) as exc:
        line = getattr(exc, "lineno", "?")
        raise BundleRejected(tr("inte giltig JSON (avkortad eller skadad fil?), rad {line}")
                             .format(line=line)) from None
    if not isinstance(data, dict):
        raise BundleRejected(tr("inte ett JSON-objekt (inget statistikpaket)"))
    if _nesting_depth(data) > MAX_DEPTH:  # the recursive checks below must not overflow
        raise BundleRejected(tr("för djupt nästlad JSON (högst {n} nivåer; inget statistikpaket)")
                             .format(n=MAX_DEPTH))
    fmt = data.get("format")
    if fmt != FORMAT:
        if fmt is None:
            raise BundleRejected(tr("fältet format saknas (inget statistikpaket)"))
        raise BundleRejected(tr("okänt format {fmt} (väntade {expected})").format(
            fmt=json.dumps(fmt, ensure_ascii=False)[:60], expected=FORMAT))
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise BundleRejected(tr("formatversion {v} är nyare än programmet kan läsa (högst {max}); "
                                "uppdatera po-desktop").format(v=version, max=FORMAT_VERSION))
    if version not in KNOWN_FORMAT_VERSIONS or isinstance(version, bool):
        raise BundleRejected(tr("okänd formatversion {v}").format(
            v=json.dumps(version, ensure_ascii=False)[:40]))
    negative = _first_negative(data.get("figures"), ("figures",))
    if negative:
        raise BundleRejected(tr("negativt antal i {field} ({value})").format(
            field=negative[0], value=negative[1]))
    validator = _validator() if version == 1 else _validator_v2()
    if not validator.is_valid(data):
        errors = sorted(validator.iter_errors(data),
                        key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
        raise BundleRejected(_schema_reason(errors[0]))
    try:
        start = parse_date(data["period"]["start"])
        end = parse_date(data["period"]["end"])
        for i, sf in enumerate(data["system_failures"]):
            parse_date(sf["identified_on"])
            if sf["reported_on"] is not None:
                parse_date(sf["reported_on"])
        created = parse_timestamp(data["created_at"])
    except ValueError as exc:
        raise BundleRejected(str(exc)) from None
    del created
    if end < start:
        raise BundleRejected(tr("perioden slutar {end} före sin början {start}").format(
            end=end, start=start))
    if digest(data) != data["sha256"]:
        raise BundleRejected(tr("kontrollsumman (sha256) stämmer inte: filen är ändrad eller "
                                "skadad efter exporten"))
    _check_profile(data)
    if version == 2:
        _check_v2(data)
    return Bundle(data=data, text=canonical_json(data).decode("utf-8"))


MAX_DEPTH = 32  # a real bundle is 4 levels deep


def _nesting_depth(node: Any) -> int:
    """Depth of nested lists/dicts, computed without recursion."""
    deepest, stack = 0, [(node, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            deepest = max(deepest, depth)
            if depth > MAX_DEPTH:
                return depth
            stack.extend((child, depth + 1) for child in item)
    return deepest


class _DuplicateKey(Exception):
    pass


def _refuse_duplicates(pairs):
    out = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(json.dumps(key, ensure_ascii=False)[:60])
        out[key] = value
    return out


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not allowed")


def _check_profile(data: dict) -> None:
    from po_desktop.domain.categories import load_profile

    try:
        profile = load_profile(data["profile"])
    except (KeyError, ValueError, OSError):
        raise BundleRejected(tr("okänd statistikprofil {name}").format(
            name=data["profile"])) from None
    figures = data["figures"]
    for (group, key), list_name in BREAKDOWN_LISTS.items():
        cells = figures[group][key]
        codes = profile.codes(list_name)
        for code in codes:
            if code not in cells:
                raise BundleRejected(tr("kategorin {code} saknas i figures.{group}.{key}").format(
                    code=code, group=group, key=key))
        for code in cells:
            if code not in codes:
                raise BundleRejected(tr("okänd kategori {code} i figures.{group}.{key}").format(
                    code=code, group=group, key=key))
    for (group, key), (tgroup, tkey) in PARTITION_BREAKDOWNS.items():
        total = sum(figures[group][key].values())
        if total != figures[tgroup][tkey]:
            raise BundleRejected(tr("siffrorna går inte ihop: summan av figures.{group}.{key} är "
                                    "{sum}, men figures.{tgroup}.{tkey} är {total}").format(
                group=group, key=key, sum=total, tgroup=tgroup, tkey=tkey,
                total=figures[tgroup][tkey]))
    a = figures["assignments"]
    if a["active"] != a["ended"] + a["ongoing_at_end"]:
        raise BundleRejected(tr("siffrorna går inte ihop: active är inte ended + ongoing_at_end"))
    listed = data["system_failures"]
    if len(listed) != figures["system_failures"]["identified"]:
        raise BundleRejected(tr("siffrorna går inte ihop: {n} systemfel i listan, men "
                                "figures.system_failures.identified är {m}").format(
            n=len(listed), m=figures["system_failures"]["identified"]))
    start, end = data["period"]["start"], data["period"]["end"]
    for sf in listed:
        if not start <= sf["identified_on"] <= end:
            raise BundleRejected(tr("systemfelet {id} identifierades {day}, utanför perioden")
                                 .format(id=sf["id"], day=sf["identified_on"]))


# --- format version 2 (annual.md §5): everything it adds lives in format_v2.py ----------------


def _format_version_for(figures: dict) -> int:
    from po_desktop.bundle.format_v2 import format_version_for

    return format_version_for(figures)


def _validator_v2():
    from po_desktop.bundle.format_v2 import validator

    return validator()


def _check_v2(data: dict) -> None:
    from po_desktop.bundle.format_v2 import check_figures

    check_figures(data)
