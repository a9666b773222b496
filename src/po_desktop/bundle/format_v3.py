"""Bundle format version 3 (issue 20): a version-2 bundle signed by the unit's vault.

Version 3 is version 2 plus the optional unstated activity counts (``activities_unstated``,
bundle.md §4) and one member::

    "signature": {"algorithm": "ed25519",
                  "public_key": "<base64 of the 32-byte Ed25519 public key>",
                  "value": "<base64 of the 64-byte signature>"}

The signature is over :func:`signed_bytes`: the domain tag ``po-desktop statistics-bundle v3``,
a NUL byte, then the canonical JSON (``format.canonical_json``) of every member except
``signature`` and ``sha256`` — so the public key is not signed by itself, but every number, the
unit, the period, the ``bundle_id`` and ``created_at`` are. ``sha256`` stays what it was: the
digest of every other member (the signature included), a check against damage, not against a
forger.

What a valid signature proves: the bundle was made by the vault holding that key and was not
changed since. Whether that key is the unit's is the coordinator's binding (trust on first use,
``services.coordinator_keys``); this module only checks that the signature matches the key the
bundle carries.
"""

from __future__ import annotations

import base64
import binascii
import copy
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from po_desktop.i18n import tr

VERSION = 3
SCHEMA_FILE = "statistics-bundle-3.json"
ALGORITHM = "ed25519"
DOMAIN_TAG = b"po-desktop statistics-bundle v3\0"
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
# base64 of exactly 32 and 64 bytes (44 and 88 characters with their padding)
_B64_32 = "^[A-Za-z0-9+/]{43}=$"
_B64_64 = "^[A-Za-z0-9+/]{86}==$"


def derive_schema(v2: dict[str, Any]) -> dict[str, Any]:
    """The version-3 schema from the version-2 schema: ``format_version`` 3, ``signature`` and
    the optional unstated activity counts (``bundle.activities_unstated``)."""
    s = copy.deepcopy(v2)
    s["$id"] = s.get("$id", "").replace("statistics-bundle-2.json", SCHEMA_FILE)
    s["title"] = "po-desktop statistics bundle, format version 3 (version 2, signed with Ed25519)"
    s["properties"]["format_version"] = {"const": VERSION}
    s["properties"]["signature"] = {
        "type": "object",
        "properties": {
            "algorithm": {"const": ALGORITHM},
            "public_key": {"type": "string", "pattern": _B64_32},
            "value": {"type": "string", "pattern": _B64_64},
        },
        "required": ["algorithm", "public_key", "value"],
        "additionalProperties": False,
    }
    s["required"] = [*s["required"], "signature"]
    from po_desktop.bundle.activities_unstated import extend_schema

    extend_schema(s)  # the unstated activity counts (optional: earlier builds lack them)
    return s


@lru_cache(maxsize=1)
def validator() -> Any:
    """The version-2 schema as this build derives it, extended by :func:`derive_schema`, with
    the strict validator class of version 1 (the three versions never drift apart)."""
    from jsonschema import Draft202012Validator

    from po_desktop.bundle import format as fmt
    from po_desktop.bundle import format_v2

    derived = derive_schema(format_v2.derive_schema(fmt.schema()))
    Draft202012Validator.check_schema(derived)
    return fmt._strict_validator_class()(fmt._inline_refs(derived, derived.get("$defs", {})))


def signed_bytes(bundle: dict[str, Any]) -> bytes:
    """What the signature covers: the tag, then the canonical JSON of every member but
    ``signature`` and ``sha256``."""
    from po_desktop.bundle.format import canonical_json

    payload = {k: v for k, v in bundle.items() if k not in ("signature", "sha256")}
    return DOMAIN_TAG + canonical_json(payload)


def sign(bundle: dict[str, Any], public_key: bytes, signer: Callable[[bytes], bytes]) -> None:
    """Add ``format_version`` 3 and the ``signature`` member to ``bundle`` (in place, before its
    ``sha256`` is computed). ``signer`` signs bytes with the vault's Ed25519 key."""
    if len(public_key) != PUBLIC_KEY_BYTES:
        raise ValueError("an Ed25519 public key is 32 bytes")
    bundle["format_version"] = VERSION
    bundle.pop("signature", None)
    signature = signer(signed_bytes(bundle))
    bundle["signature"] = {
        "algorithm": ALGORITHM,
        "public_key": base64.b64encode(public_key).decode("ascii"),
        "value": base64.b64encode(signature).decode("ascii"),
    }


def _b64(text: str, size: int) -> bytes | None:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    # the canonical encoding only: the same bytes never travel as two different texts
    if len(raw) != size or base64.b64encode(raw).decode("ascii") != text:
        return None
    return raw


def public_key_of(bundle: dict[str, Any]) -> bytes | None:
    """The raw public key a (validated) version-3 bundle carries; None for versions 1 and 2."""
    sig = bundle.get("signature")
    if not isinstance(sig, dict):
        return None
    return _b64(str(sig.get("public_key", "")), PUBLIC_KEY_BYTES)


def check_signature(bundle: dict[str, Any]) -> None:
    """BundleRejected unless the signature is a valid Ed25519 signature of
    :func:`signed_bytes` by the public key the bundle carries."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from po_desktop.bundle.format import BundleRejected

    sig = bundle["signature"]
    key = _b64(sig["public_key"], PUBLIC_KEY_BYTES)
    value = _b64(sig["value"], SIGNATURE_BYTES)
    if key is None or value is None:
        raise BundleRejected(tr("signaturen har fel form (signature.public_key eller value)"))
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(value, signed_bytes(bundle))
    except (InvalidSignature, ValueError):
        raise BundleRejected(
            tr(
                "signaturen stämmer inte: paketet är ändrat efter exporten eller inte "
                "signerat av den nyckel det bär; be enheten exportera igen"
            )
        ) from None


def write_schema_file(folder: Any = None) -> Any:
    """Regenerate the shipped version-3 schema from the shipped version-2 schema."""
    import json
    from pathlib import Path

    folder = Path(folder or Path(__file__).resolve().parent / "schema")
    v2 = json.loads((folder / "statistics-bundle-2.json").read_text(encoding="utf-8"))
    out = folder / SCHEMA_FILE
    out.write_text(
        json.dumps(derive_schema(v2), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return out


if __name__ == "__main__":  # pragma: no cover - maintenance entry point
    print(write_schema_file())
