"""The vault's identity: one Ed25519 key pair (signing) and one X25519 key pair (encryption).

Made on first use and kept inside the encrypted vault (the ``setting`` table, key
:data:`IDENTITY_KEY`, never through :mod:`services.settings`: it is not a setting a person
edits, and it is never printed, logged, exported or shown — only the public keys and the
fingerprint leave the vault). Two features use it:

* signed statistics bundles (the coordinator binds unit id → Ed25519 public key on first import);
* the team exchange (records signed with Ed25519, encrypted to the members' X25519 keys).

The fingerprint is what two people compare aloud or by phone: the first 20 bytes of SHA-256 over
both public keys, written as five groups of five digits (like Signal's safety numbers, short
enough to read out). :func:`fingerprint_of` computes it for a peer's public keys.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from typing import Any, Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

IDENTITY_KEY = "identity_keys"  # the setting row's key; its value is never shown


class _Store(Protocol):
    def get_setting(self, key: str, default: Any = None) -> Any: ...

    def set_settings(self, values: dict[str, Any]) -> None: ...


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint_of(signing_public: bytes, encryption_public: bytes = b"") -> str:
    """Five groups of five digits from both raw public keys (what people compare aloud)."""
    digest = hashlib.sha256(b"po-desktop identity v1\0" + signing_public + encryption_public)
    number = int.from_bytes(digest.digest()[:20], "big")
    digits = f"{number % 10**25:025d}"
    return " ".join(digits[i : i + 5] for i in range(0, 25, 5))


@dataclass(frozen=True)
class VaultIdentity:
    """The vault's keys. ``repr`` never shows the private keys."""

    signing_key: Ed25519PrivateKey
    encryption_key: X25519PrivateKey
    #: earlier X25519 keys (``team rekey``): kept to read records written to them
    previous_encryption_keys: tuple[X25519PrivateKey, ...] = ()

    def __repr__(self) -> str:
        return f"VaultIdentity(fingerprint={self.fingerprint!r})"

    @property
    def signing_public(self) -> bytes:
        """The raw 32-byte Ed25519 public key."""
        return _raw_public(self.signing_key.public_key())

    @property
    def encryption_public(self) -> bytes:
        """The raw 32-byte X25519 public key."""
        return _raw_public(self.encryption_key.public_key())

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.signing_public, self.encryption_public)

    @property
    def signing_fingerprint(self) -> str:
        """The fingerprint of the signing key alone (what a signed bundle carries)."""
        return fingerprint_of(self.signing_public)

    def sign(self, data: bytes) -> bytes:
        return self.signing_key.sign(data)


def _b64_private(key: Ed25519PrivateKey | X25519PrivateKey) -> str:
    return base64.b64encode(_raw_private(key)).decode("ascii")


def encoded(identity: VaultIdentity) -> dict[str, Any]:
    """The identity as the vault keeps it (the ``setting`` row :data:`IDENTITY_KEY`)."""
    out: dict[str, Any] = {
        "version": "1",
        "ed25519": _b64_private(identity.signing_key),
        "x25519": _b64_private(identity.encryption_key),
    }
    if identity.previous_encryption_keys:
        out["x25519_previous"] = [_b64_private(k) for k in identity.previous_encryption_keys]
    return out


_encode = encoded


def with_new_encryption_key(identity: VaultIdentity) -> VaultIdentity:
    """The same signing identity with a fresh X25519 key; the current one joins the earlier
    ones (records already written to it stay readable)."""
    return VaultIdentity(
        identity.signing_key,
        X25519PrivateKey.generate(),
        (identity.encryption_key, *identity.previous_encryption_keys),
    )


def without_previous_keys(identity: VaultIdentity) -> VaultIdentity:
    """The identity without its earlier X25519 keys (leaving a team: nothing left to read)."""
    return VaultIdentity(identity.signing_key, identity.encryption_key)


def _previous_keys(raw: Any) -> tuple[X25519PrivateKey, ...]:
    """The earlier X25519 keys; a damaged entry is skipped (never the identity itself)."""
    out = []
    for k in raw if isinstance(raw, list) else []:
        try:
            out.append(X25519PrivateKey.from_private_bytes(base64.b64decode(str(k), validate=True)))
        except (ValueError, TypeError):
            continue
    return tuple(out)


def _decode(raw: Any) -> VaultIdentity | None:
    if not isinstance(raw, dict):
        return None
    try:
        ed = base64.b64decode(str(raw["ed25519"]), validate=True)
        x = base64.b64decode(str(raw["x25519"]), validate=True)
        return VaultIdentity(
            Ed25519PrivateKey.from_private_bytes(ed),
            X25519PrivateKey.from_private_bytes(x),
            _previous_keys(raw.get("x25519_previous")),
        )
    except (KeyError, ValueError, TypeError):
        return None


def vault_identity(vault: _Store) -> VaultIdentity:
    """The vault's identity, made and stored on the first call (later calls return the same)."""
    found = _decode(vault.get_setting(IDENTITY_KEY))
    if found is not None:
        return found
    identity = VaultIdentity(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    vault.set_settings({IDENTITY_KEY: _encode(identity)})
    return identity


def replace_identity(vault: _Store) -> VaultIdentity:
    """A new identity (an explicit action: a suspected leak of the old keys). Peers must bind the
    new fingerprint again."""
    identity = VaultIdentity(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    vault.set_settings({IDENTITY_KEY: _encode(identity)})
    return identity


def signing_fingerprint(vault: _Store) -> str:
    """The fingerprint of the vault's signing key: what ``bundle export`` and the window's
    export show, and the coordinator compares by phone (made on first use, like the keys)."""
    return vault_identity(vault).signing_fingerprint


def verify(signing_public: bytes, signature: bytes, data: bytes) -> bool:
    """True when ``signature`` is a valid Ed25519 signature of ``data`` by that public key."""
    from cryptography.exceptions import InvalidSignature

    try:
        Ed25519PublicKey.from_public_bytes(signing_public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


__all__ = [
    "IDENTITY_KEY",
    "VaultIdentity",
    "fingerprint_of",
    "replace_identity",
    "signing_fingerprint",
    "verify",
    "vault_identity",
]
