"""Key derivation and the vault file's plaintext salt header.

SQLCipher keeps the first 16 bytes of the file in plaintext as its per-database salt. We supply
a raw 256-bit key *and* those 16 salt bytes ourselves (``PRAGMA key = "x'<key><salt>'"``), so the
salt doubles as our header: it records the Argon2id parameters used for this file, which means a
vault (and each backup) stays one self-describing file and the parameters can be raised later by
re-keying.

Header layout (16 bytes):

====  ======  =========================================================
byte  size    meaning
====  ======  =========================================================
0     2       magic ``b"P\\xd0"`` (never the start of a plain SQLite file)
2     1       header format version (1)
3     1       Argon2id time cost
4     1       log2 of Argon2id memory cost in KiB
5     1       Argon2id parallelism
6     7       random salt bytes
13    3       key check: first 3 bytes of HMAC-SHA256(key, "po-desktop key check")
====  ======  =========================================================

The Argon2id salt is bytes 0..12 (so the parameters are bound into the derivation). The key check
lets us tell a wrong passphrase from a damaged file; it gives an attacker nothing they would not
get by testing page 1's HMAC, and every guess still costs a full Argon2id run.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

MAGIC = b"P\xd0"
HEADER_VERSION = 1
HEADER_SIZE = 16
KEY_SIZE = 32
SQLITE_PLAIN_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_log2_kib: int
    parallelism: int

    @property
    def memory_kib(self) -> int:
        return 1 << self.memory_log2_kib


# 128 MiB, 5 passes, 2 lanes: about 0.5–0.7 s on the 2-core reference machine (see README).
# 128 MiB rather than 256 keeps the GUI's peak memory at unlock under 300 MB; the extra passes
# keep the cost per guess the same.
DEFAULT_KDF = KdfParams(time_cost=5, memory_log2_kib=17, parallelism=2)
# What a header may ask for, checked before any work: a crafted header must not make an unlock
# cost minutes and gigabytes (the one-byte fields would allow 255 passes over 2^255 KiB).
MAX_KDF = KdfParams(time_cost=10, memory_log2_kib=20, parallelism=8)  # 1 GiB, 10 passes, 8 lanes
# The weakest parameters accepted when reading a header or writing one (1 MiB, one pass: what
# early and test vaults use). Anything between this floor and DEFAULT_KDF still opens, and is
# raised to DEFAULT_KDF at the next passphrase change (:func:`raised_params`).
MIN_KDF = KdfParams(time_cost=1, memory_log2_kib=10, parallelism=1)


def params_in_range(params: KdfParams) -> bool:
    """True when ``params`` lie between :data:`MIN_KDF` and :data:`MAX_KDF` (each field)."""
    return (
        MIN_KDF.time_cost <= params.time_cost <= MAX_KDF.time_cost
        and MIN_KDF.memory_log2_kib <= params.memory_log2_kib <= MAX_KDF.memory_log2_kib
        and MIN_KDF.parallelism <= params.parallelism <= MAX_KDF.parallelism
        and params.memory_kib >= 8 * params.parallelism
    )  # Argon2's own minimum


def below_default(params: KdfParams) -> bool:
    """True when any field of ``params`` is weaker than today's :data:`DEFAULT_KDF`."""
    return raised_params(params) != params


def raised_params(params: KdfParams) -> KdfParams:
    """The parameters for a re-key: each field at least today's default (never lowered)."""
    default = DEFAULT_KDF
    return KdfParams(
        time_cost=min(max(params.time_cost, default.time_cost), MAX_KDF.time_cost),
        memory_log2_kib=min(
            max(params.memory_log2_kib, default.memory_log2_kib), MAX_KDF.memory_log2_kib
        ),
        parallelism=min(max(params.parallelism, default.parallelism), MAX_KDF.parallelism),
    )


class HeaderError(Exception):
    """The first bytes are not a po-desktop vault header."""

    def __init__(self, kind: str):
        super().__init__(kind)
        self.kind = kind  # "empty", "plain_sqlite", "foreign", "newer", "bad_params"


@dataclass(frozen=True)
class Header:
    params: KdfParams
    random: bytes
    check: bytes

    def kdf_salt(self) -> bytes:
        return _prefix(self.params, self.random)

    def to_bytes(self) -> bytes:
        return self.kdf_salt() + self.check

    def with_check(self, key: bytes) -> Header:
        """This header with the check bytes ``key`` would have (SQLCipher's salt as written)."""
        return Header(self.params, self.random, key_check(key))


def _prefix(params: KdfParams, random: bytes) -> bytes:
    return (
        MAGIC
        + bytes([HEADER_VERSION, params.time_cost, params.memory_log2_kib, params.parallelism])
        + random
    )


def derive_key(passphrase: str, params: KdfParams, salt: bytes) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_SIZE,
        type=Type.ID,
    )


def key_check(key: bytes) -> bytes:
    return hmac.new(key, b"po-desktop key check", hashlib.sha256).digest()[:3]


def new_header_and_key(passphrase: str, params: KdfParams | None = None) -> tuple[Header, bytes]:
    params = params or DEFAULT_KDF
    if not params_in_range(params):
        raise ValueError("Argon2id parameters outside the accepted range")
    random = secrets.token_bytes(7)
    key = derive_key(passphrase, params, _prefix(params, random))
    return Header(params, random, key_check(key)), key


def parse_header(raw: bytes) -> Header:
    if len(raw) < HEADER_SIZE:
        raise HeaderError("empty")
    if raw[:HEADER_SIZE] == SQLITE_PLAIN_MAGIC:
        raise HeaderError("plain_sqlite")
    if raw[:2] != MAGIC:
        raise HeaderError("foreign")
    if raw[2] > HEADER_VERSION:
        raise HeaderError("newer")
    if raw[2] != HEADER_VERSION:
        raise HeaderError("foreign")
    params = KdfParams(time_cost=raw[3], memory_log2_kib=raw[4], parallelism=raw[5])
    if not params_in_range(params):  # before any Argon2id work: capped and floored
        raise HeaderError("bad_params")
    return Header(params, raw[6:13], raw[13:16])


def read_header(path: os.PathLike[str] | str) -> Header:
    with open(path, "rb") as fh:
        return parse_header(fh.read(HEADER_SIZE))


def unlock_key(passphrase: str, header: Header) -> bytes | None:
    """The key for this header, or None when the passphrase does not match its check bytes."""
    key = derive_key(passphrase, header.params, header.kdf_salt())
    if not hmac.compare_digest(key_check(key), header.check):
        return None
    return key


def key_and_check(passphrase: str, header: Header) -> tuple[bytes, bool]:
    """The derived key and whether it matches the header's check bytes. A key that does not
    match may still open the file when the check bytes themselves are damaged: the caller can
    test it against page 1 (``Header.with_check``) to tell damage from a wrong passphrase."""
    key = derive_key(passphrase, header.params, header.kdf_salt())
    return key, hmac.compare_digest(key_check(key), header.check)


def pragma_key_literal(key: bytes, header: Header) -> str:
    """The SQL literal for ``PRAGMA key`` / ``ATTACH … KEY``: raw key plus explicit salt."""
    return "\"x'" + key.hex() + header.to_bytes().hex() + "'\""
