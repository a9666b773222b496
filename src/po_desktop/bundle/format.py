"""The statistics bundle (``.pobundle``, statistics.md §4): build, write, load and validate.

A bundle is plaintext UTF-8 JSON on purpose: it leaves the vault by design and holds only
counts and the systemfel list — never an alias, note, birth year or date of an individual
assignment. Its ``sha256`` is the hex digest of the canonical JSON (:func:`canonical_json`) of
every other member. The JSON Schema ``schema/statistics-bundle-1.json`` ships in the package
and is what :func:`load_and_validate` checks against.

:func:`load_and_validate` rejects a file whole with :class:`BundleRejected` naming the *first*
problem, checked in this order: unreadable or over 8 MiB · not UTF-8 · not JSON (duplicate
keys included) · a lone surrogate (``"\\ud800"``) · not an object · unknown
``format`` · ``format_version`` newer than this application · negative count · schema ·
more than 500 systemfel or 3,000,000 characters of their text · impossible date or time ·
period end before start · a period outside one year of 2000–2099 ·
``created_at`` more than a day in the future · a control or bidi character in any text · a unit
label that is no unit name (``domain.bundle_rules``) · ``sha256`` · the signature (version 3,
``format_v3.py``) · unknown profile · missing category ·
an ``authority`` that is not a code of the profile · a breakdown that does not add up to its
total · a systemfel list that does not match its count or lies outside the period.

Numbers are strict (the helpers below are shared by every format version): a count is a JSON
integer (``1.0`` and ``1e300`` are not), and no number is infinite or NaN (``1e400``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypedDict

from po_desktop import __version__
from po_desktop.domain.dates import Period, parse_date, parse_timestamp, period_label
from po_desktop.domain.safetext import char_name, escape_for_json, unsafe_char
from po_desktop.errors import RejectedInput
from po_desktop.fileio import write_atomic
from po_desktop.i18n import tr

from .strict_json import (  # the strict reading (figures_check, format_v2 take shown here)
    MAX_DEPTH,
    DuplicateKey,
    NotFinite,
    first_surrogate,
    is_strict_int,
    loads_strict,
    nesting_depth,
    shown,
)

FORMAT = "po-desktop/statistics-bundle"
FORMAT_VERSION = 3  # the newest this application reads and writes (format_v3.py: signed)
KNOWN_FORMAT_VERSIONS = (1, 2, 3)
SUFFIX = ".pobundle"
SCHEMA_FILE = "statistics-bundle-1.json"
MAX_BYTES = 8 * 1024 * 1024  # a national year bundle is well under 1 MB
# What one bundle may carry so that the merged report still renders in seconds
# (benchmarks/bench_printing.py: 3 M characters of systemfel text ≈ 6 s, 60 MB):
MAX_SYSTEM_FAILURES = 500  # a unit identifies a few dozen a year
MAX_SYSTEM_FAILURE_TEXT = 3_000_000  # characters, summed over every systemfel's texts
MAX_FUTURE = dt.timedelta(days=1)  # created_at may be ahead of the coordinator's clock by this
# systemfel texts may hold line breaks and tabs; every other text of a bundle is one line
MULTILINE_FIELDS = frozenset({"area", "description", "measures", "feedback"})


class BundleRejected(RejectedInput):
    """A bundle file that cannot be accepted; ``reason`` names the first problem."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = self.message


class BundleSystemFailure(TypedDict):
    """One item of a bundle's ``system_failures`` (the schema's keys, every one required)."""

    id: str
    identified_on: str
    authority: str
    area: str
    description: str
    measures: str | None
    reported_on: str | None
    feedback_received: bool
    feedback: str | None


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
        return Period(
            dt.date.fromisoformat(p["start"]), dt.date.fromisoformat(p["end"]), p["label"]
        )

    @property
    def profile(self) -> str:
        return self.data["profile"]

    @property
    def figures(self) -> dict:
        return self.data["figures"]

    @property
    def system_failures(self) -> list[BundleSystemFailure]:
        return self.data["system_failures"]

    @property
    def sha256(self) -> str:
        return self.data["sha256"]

    @property
    def format_version(self) -> int:
        return int(self.data["format_version"])

    @property
    def public_key(self) -> bytes | None:
        """The raw Ed25519 key a signed (version 3) bundle was verified with; None: unsigned."""
        from po_desktop.bundle.format_v3 import public_key_of

        return public_key_of(self.data)


# --- canonical JSON and digest ---------------------------------------------------------------


def canonical_json(obj: Any) -> bytes:
    """Keys sorted, separators ``,`` and ``:``, no white space, UTF-8, non-ASCII kept."""
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def digest(bundle: dict) -> str:
    """The ``sha256`` of a bundle: over the canonical JSON of every member but ``sha256``."""
    return hashlib.sha256(
        canonical_json({k: v for k, v in bundle.items() if k != "sha256"})
    ).hexdigest()


def utc_timestamp(now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.UTC)
    return now.astimezone(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


# --- building and writing --------------------------------------------------------------------


def build_bundle(
    *,
    unit_id: str,
    unit_label: str,
    municipalities: list[str],
    period: Period,
    profile: str,
    figures: dict,
    system_failures: list[dict],
    bundle_id: str | None = None,
    created_at: str | None = None,
    public_key: bytes | None = None,
    signer: Callable[[bytes], bytes] | None = None,
) -> dict:
    """A complete bundle object (with its ``sha256``), members in the order of §4. With
    ``public_key`` and ``signer`` (the vault's Ed25519 key) it is signed: format version 3."""
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
    if signer is not None and public_key is not None:
        from po_desktop.bundle.format_v3 import sign

        if bundle["format_version"] != 2:
            raise ValueError("a signed bundle (format 3) carries the annual figures of format 2")
        sign(bundle, public_key, signer)
    bundle["sha256"] = digest(bundle)
    return bundle


def bundle_bytes(bundle: dict) -> bytes:
    """The file content: indented for a human reader (the digest does not depend on layout)."""
    return (json.dumps(bundle, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode(
        "utf-8"
    )


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
    return _strict_validator_class()(_inline_refs(schema(), schema().get("$defs", {})))


def _strict_validator_class():
    """Draft 2020-12 where ``integer`` means a JSON integer: ``1.0`` is a number, not a count."""
    from jsonschema import Draft202012Validator, validators

    checker = Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda _checker, value: is_strict_int(value)
    )
    return validators.extend(Draft202012Validator, type_checker=checker)


def _where(path: Any) -> str:
    parts = [str(p) if not isinstance(p, int) else f"[{p}]" for p in path]
    # a key from the file may hold a bidi or C1 character: written as \uXXXX in a message
    return escape_for_json(".".join(parts).replace(".[", "[")) or tr("(hela filen)")


def _schema_reason(error) -> str:
    where = _where(error.absolute_path)
    v = error.validator
    if v == "required":
        missing = [k for k in error.validator_value if k not in (error.instance or {})]
        field = ".".join(
            filter(
                None,
                [
                    _where(error.absolute_path) if error.absolute_path else "",
                    missing[0] if missing else "?",
                ],
            )
        )
        return tr("fältet {field} saknas").format(field=escape_for_json(field))
    if v == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        field = ".".join(
            filter(
                None,
                [
                    _where(error.absolute_path) if error.absolute_path else "",
                    extra[0] if extra else "?",
                ],
            )
        )
        return tr("okänt fält {field} (bundlen får bara innehålla formatets fält)").format(
            field=escape_for_json(field)
        )
    if v == "type" and error.validator_value == "integer" and isinstance(error.instance, float):
        return tr("{where} ska vara ett heltal, inte {value}").format(
            where=where, value=shown(error.instance, 40)
        )
    if v == "type":
        return tr("{where} har fel typ (ska vara {type})").format(
            where=where, type=error.validator_value
        )
    if v == "minimum":
        return tr("{where} är mindre än {min}").format(where=where, min=error.validator_value)
    if v in ("pattern", "const", "oneOf", "format"):
        return tr("{where} har fel form: {value}").format(where=where, value=shown(error.instance))
    if v == "maximum":
        return tr("{where} är större än {max}").format(where=where, max=error.validator_value)
    return tr("{where}: {message}").format(
        where=where, message=escape_for_json(error.message[:120])
    )


def _first_negative(node: Any, path: tuple[str, ...] = ()) -> tuple[str, Any] | None:
    if isinstance(node, dict):
        for k, v in node.items():
            found = _first_negative(v, path + (str(k),))
            if found:
                return found
    elif isinstance(node, list):
        for i, v in enumerate(node):
            found = _first_negative(v, path + (str(i),))
            if found:
                return found
    elif isinstance(node, (int, float)) and not isinstance(node, bool):
        # -0.0 too: no count, hour or FTE is written with a minus sign ("-0,0" in a report)
        if node < 0 or (isinstance(node, float) and math.copysign(1.0, node) < 0):
            return ".".join(path), node
    return None


def check_size_of_texts(failures: list[dict[str, Any]]) -> None:
    """At most :data:`MAX_SYSTEM_FAILURES` systemfel and :data:`MAX_SYSTEM_FAILURE_TEXT`
    characters of their text: what the merged report can print in seconds, not minutes."""
    if len(failures) > MAX_SYSTEM_FAILURES:
        raise BundleRejected(
            tr("paketet har {n} systemfel; högst {max} ryms i ett paket").format(
                n=len(failures), max=MAX_SYSTEM_FAILURES
            )
        )
    total = sum(len(v) for sf in failures for v in sf.values() if isinstance(v, str))
    if total > MAX_SYSTEM_FAILURE_TEXT:
        raise BundleRejected(
            tr(
                "systemfelens texter är {n} tecken tillsammans; högst {max} ryms i ett paket"
            ).format(n=total, max=MAX_SYSTEM_FAILURE_TEXT)
        )


def load_and_validate(source: os.PathLike | str | bytes, now: dt.datetime | None = None) -> Bundle:
    """Read and check one bundle; raise :class:`BundleRejected` naming the first problem.
    ``now`` (UTC, aware) is the clock ``created_at`` is checked against. The checks run in
    this order, each on what the ones before it let through."""
    data = _parse(_read(source))
    version = _check_envelope(data)
    _check_schema(data, version)
    _check_period(data, now)
    _check_texts(data)
    _check_content(data, version)
    return Bundle(data=data, text=canonical_json(data).decode("utf-8"))


def _read(source: os.PathLike | str | bytes) -> bytes:
    """The file's bytes (at most MAX_BYTES): no directory, device or pipe is read."""
    if isinstance(source, bytes):
        raw = source
    else:
        try:
            if Path(source).stat().st_size > MAX_BYTES:
                raise BundleRejected(tr("filen är för stor för ett statistikpaket"))
            if not Path(source).is_file() and not Path(source).is_dir():
                # /dev/zero, a named pipe: never read "to the end"
                raise BundleRejected(tr("är ingen vanlig fil (inget statistikpaket)"))
            with open(source, "rb") as fh:
                raw = fh.read(MAX_BYTES + 1)
        except IsADirectoryError:
            raise BundleRejected(tr("är en mapp, inte en fil")) from None
        except FileNotFoundError:
            raise BundleRejected(tr("filen finns inte")) from None
        except OSError as exc:
            raise BundleRejected(
                tr("kan inte läsa filen: {err}").format(err=exc.strerror or exc)
            ) from None
    if len(raw) > MAX_BYTES:
        raise BundleRejected(tr("filen är för stor för ett statistikpaket"))
    return raw


def _parse(raw: bytes) -> Any:
    """UTF-8 JSON, strictly: no duplicate key, no infinite number, not nested without end."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BundleRejected(tr("inte en UTF-8-textfil (inget statistikpaket)")) from None
    try:
        data = loads_strict(text)
    except RecursionError:  # "[[[[…" a hundred thousand deep: not a bundle, not a traceback
        raise BundleRejected(
            tr("inte giltig JSON: för djupt nästlad (inget statistikpaket)")
        ) from None
    except NotFinite as exc:
        raise BundleRejected(
            tr("talet {value} är oändligt stort; ett statistikpaket har bara ändliga tal").format(
                value=exc.args[0]
            )
        ) from None
    except DuplicateKey as exc:
        raise BundleRejected(
            tr("inte giltig JSON för ett statistikpaket: nyckeln {key} finns två gånger").format(
                key=exc.args[0]
            )
        ) from None
    except (json.JSONDecodeError, ValueError) as exc:
        line = getattr(exc, "lineno", "?")
        raise BundleRejected(
            tr("inte giltig JSON (avkortad eller skadad fil?), rad {line}").format(line=line)
        ) from None
    return data


def _check_envelope(data: Any) -> int:
    """An object of our format and a known version, with no lone surrogate and no negative
    count; returns the format version."""
    surrogate = first_surrogate(data)
    if surrogate:  # "\ud800" alone is no text: it cannot even be written out again
        raise BundleRejected(
            tr(
                "{where} innehåller ogiltig Unicode (ett ensamt surrogattecken); "
                "inget statistikpaket"
            ).format(where=surrogate)
        )
    if not isinstance(data, dict):
        raise BundleRejected(tr("inte ett JSON-objekt (inget statistikpaket)"))
    if nesting_depth(data) > MAX_DEPTH:  # the recursive checks below must not overflow
        raise BundleRejected(
            tr("för djupt nästlad JSON (högst {n} nivåer; inget statistikpaket)").format(
                n=MAX_DEPTH
            )
        )
    fmt = data.get("format")
    if fmt != FORMAT:
        if fmt is None:
            raise BundleRejected(tr("fältet format saknas (inget statistikpaket)"))
        raise BundleRejected(
            tr("okänt format {fmt} (väntade {expected})").format(fmt=shown(fmt), expected=FORMAT)
        )
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise BundleRejected(
            tr(
                "formatversion {v} är nyare än programmet kan läsa (högst {max}); "
                "uppdatera po-desktop"
            ).format(v=version, max=FORMAT_VERSION)
        )
    if version not in KNOWN_FORMAT_VERSIONS or not is_strict_int(version):  # 2.0 is no 2
        raise BundleRejected(tr("okänd formatversion {v}").format(v=shown(version, 40)))
    negative = _first_negative(data.get("figures"), ("figures",))
    if negative:
        raise BundleRejected(
            tr("negativt antal i {field} ({value})").format(
                field=escape_for_json(negative[0]), value=negative[1]
            )
        )
    return int(version)


def _check_schema(data: dict[str, Any], version: int) -> None:
    validator = _validator() if version == 1 else _validator_v2(version)
    if not validator.is_valid(data):
        errors = sorted(
            validator.iter_errors(data),
            key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))),
        )
        raise BundleRejected(_schema_reason(errors[0]))
    check_size_of_texts(data["system_failures"])


def _check_period(data: dict[str, Any], now: dt.datetime | None) -> None:
    """Dates that exist, a period whose label matches it, a credible ``created_at``."""
    try:
        start = parse_date(data["period"]["start"])
        end = parse_date(data["period"]["end"])
        for sf in data["system_failures"]:
            parse_date(sf["identified_on"])
            if sf["reported_on"] is not None:
                parse_date(sf["reported_on"])
    except ValueError as exc:
        raise BundleRejected(str(exc)) from None
    try:
        created = parse_timestamp(data["created_at"])
    except (ValueError, OverflowError):  # the pattern passed, the calendar did not
        # ("2026-13-45…", or "9999-12-31T23:59:59-23:59", which is after year 9999 in UTC)
        raise BundleRejected(
            tr("created_at {at} är ingen tidpunkt som finns").format(
                at=shown(data["created_at"], 44)
            )
        ) from None
    if end < start:
        raise BundleRejected(
            tr("perioden slutar {end} före sin början {start}").format(end=end, start=start)
        )
    if data["period"]["label"] != period_label(start, end):
        raise BundleRejected(
            tr(
                "period.label {label} stämmer inte med perioden {start} – {end} "
                "(väntade {expected})"
            ).format(
                label=shown(data["period"]["label"], 44),
                start=start,
                end=end,
                expected=period_label(start, end),
            )
        )
    from po_desktop.domain.bundle_rules import period_problem

    impossible = period_problem(start, end)
    if impossible:
        raise BundleRejected(impossible)
    check_created_at(created, now)


def _check_texts(data: dict[str, Any]) -> None:
    """No control character anywhere; a unit label a coordinator can use."""
    from po_desktop.domain.bundle_rules import BadLabel, clean_unit_label

    unsafe = first_unsafe_text(data)
    if unsafe:
        raise BundleRejected(
            tr(
                "{where} innehåller ett styrtecken ({char}); sådana tecken "
                "tillåts inte i ett statistikpaket"
            ).format(where=unsafe[0], char=char_name(unsafe[1]))
        )
    try:
        clean_unit_label(data["unit"]["label"])
    except BadLabel as exc:
        raise BundleRejected(
            tr("unit.label {label}: {reason}").format(
                label=shown(data["unit"]["label"], 60), reason=exc.args[0]
            )
        ) from None


def _check_content(data: dict[str, Any], version: int) -> None:
    """The checksum, the signature (format 3), the profile's codes and the figures."""
    if digest(data) != data["sha256"]:
        raise BundleRejected(
            tr("kontrollsumman (sha256) stämmer inte: filen är ändrad eller skadad efter exporten")
        )
    if version == 3:
        from po_desktop.bundle.format_v3 import check_signature

        check_signature(data)
    from po_desktop.bundle.figures_check import check_profile

    check_profile(data)
    _check_capacity(data["figures"])
    if version >= 2:
        _check_v2(data)


MAX_MUNICIPALITIES = 290  # Sweden's municipalities: more keys is no unit's breakdown


def first_unsafe_text(
    node: Any, path: tuple[Any, ...] = (), multiline_fields: frozenset[str] = MULTILINE_FIELDS
) -> tuple[str, str] | None:
    """``(where, character)`` of the first control or bidi character in any string (keys
    included) of ``node``; free-text members named in ``multiline_fields`` may hold line breaks
    and tabs."""
    stack: list[tuple[Any, tuple[Any, ...]]] = [(node, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            name = where[-1] if where else ""
            bad = unsafe_char(item, multiline=name in multiline_fields)
            if bad:
                return _where(where), bad
        elif isinstance(item, dict):
            for key, value in reversed(list(item.items())):
                bad = unsafe_char(key)
                if bad:
                    return _where(where + (key,)), bad
                stack.append((value, where + (key,)))
        elif isinstance(item, list):
            stack.extend((v, where + (i,)) for i, v in reversed(list(enumerate(item))))
    return None


def check_created_at(created: dt.datetime, now: dt.datetime | None = None) -> None:
    """A bundle made more than a day "in the future" is refused: a forged far-future
    ``created_at`` would supersede every genuine re-export for good."""
    now = now or dt.datetime.now(dt.UTC)
    if created > now + MAX_FUTURE:
        raise BundleRejected(
            tr(
                "created_at {at} ligger mer än ett dygn i framtiden; kontrollera "
                "datorns klocka hos enheten och exportera igen"
            ).format(at=created.isoformat(timespec="seconds"))
        )


def decimals(value: Any) -> int:
    """How many decimals a JSON number was written with (``1.50`` → 1, ``2`` → 0)."""
    from decimal import Decimal

    exponent = Decimal(str(value)).normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _check_capacity(figures: dict) -> None:
    """statistics.md §3: ``fte`` two decimals; ``active_per_fte`` is ``ongoing_at_end / fte``
    to one decimal, null when fte is 0."""
    from po_desktop.domain.statistics import active_per_fte

    capacity = figures["capacity"]
    fte, ratio = capacity["fte"], capacity["active_per_fte"]
    if decimals(fte) > 2:
        raise BundleRejected(
            tr("figures.capacity.fte har fler än två decimaler ({value})").format(
                value=shown(fte, 30)
            )
        )
    if fte == 0 and ratio is not None:
        raise BundleRejected(
            tr(
                "siffrorna går inte ihop: figures.capacity.active_per_fte är {value} "
                "men fte är 0 (då ska den vara null)"
            ).format(value=shown(ratio, 30))
        )
    expected = active_per_fte(figures["assignments"]["ongoing_at_end"], fte)
    if ratio != expected:
        raise BundleRejected(
            tr(
                "siffrorna går inte ihop: figures.capacity.active_per_fte är {value}, "
                "men ongoing_at_end / fte är {expected}"
            ).format(value=shown(ratio, 30), expected="null" if expected is None else expected)
        )


# --- format version 2 (annual.md §5): everything it adds lives in format_v2.py ----------------


def _format_version_for(figures: dict) -> int:
    from po_desktop.bundle.format_v2 import format_version_for

    return format_version_for(figures)


def _validator_v2(version: int = 2):
    if version == 3:
        from po_desktop.bundle.format_v3 import validator as v3

        return v3()
    from po_desktop.bundle.format_v2 import validator

    return validator()


def _check_v2(data: dict) -> None:
    from po_desktop.bundle.format_v2 import check_figures

    check_figures(data)
