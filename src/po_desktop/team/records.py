"""One record per line: parse (hostile bytes), seal (sign + encrypt), open (decrypt).

A line is canonical JSON ``{"h": header, "c": body, "s": signature}``:

``h``
    ``{"v": 1, "team": <32 hex>, "author": <member id>, "seq": <1…>, "id": <32 hex>,
    "at": "YYYY-MM-DDTHH:MM:SSZ", "to": [{"m": <member id>, "e": <ephemeral X25519 public,
    base64>, "k": <wrapped content key, base64>}…], "n": <nonce, base64, "" when public>}``
``c``
    base64 of the body: the payload's canonical JSON encrypted with ChaCha20-Poly1305 under the
    record's content key (the header's canonical bytes as associated data), or the payload
    itself when ``to`` is empty (only a ``hello`` may be public: see :mod:`.payloads`).
``s``
    base64 Ed25519 signature by the author over ``MAGIC + canonical(h) + b"\\0" + body``.

The content key is wrapped for each recipient as a sealed box: a fresh X25519 key pair, the
shared secret through HKDF-SHA256 (info binds both public keys) to a one-time key that seals the
content key with ChaCha20-Poly1305 (associated data: record id and recipient). A member id is
the first 24 hex digits of SHA-256 over its Ed25519 public key, so a header cannot name another
member's id with one's own key.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import io
import json
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from po_desktop.i18n import tr

FORMAT_VERSION = 1
SUFFIX = ".poteam"
MAGIC = b"po-desktop team record v1\0"
WRAP_INFO = b"po-desktop team key wrap v1\0"
MAX_LINE_BYTES = 32 * 1024 * 1024  # a handover with its notes is the largest record
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_RECORDS_PER_FILE = 200_000
MAX_RECIPIENTS = 64
MAX_SEQ = 2**53

MEMBER_ID = re.compile(r"[0-9a-f]{24}")
HEX32 = re.compile(r"[0-9a-f]{32}")
_AT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_HEADER_KEYS = frozenset({"v", "team", "author", "seq", "id", "at", "to", "n"})
_ZERO_NONCE = b"\0" * 12


def member_id_of(signing_public: bytes) -> str:
    """The member id a signing key speaks for (24 hex digits)."""
    return hashlib.sha256(b"po-desktop team member v1\0" + signing_public).hexdigest()[:24]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(value: Any, length: int | None = None) -> bytes:
    """Strict base64 of a string (``length``: exactly so many bytes); ValueError otherwise."""
    if not isinstance(value, str):
        raise ValueError("not a string")
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValueError("not base64") from None
    if length is not None and len(raw) != length:
        raise ValueError("wrong length")
    return raw


def canonical(obj: Any) -> bytes:
    """Canonical JSON: keys sorted, no spaces, UTF-8."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError("duplicate key")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _no_float(text: str) -> Any:
    raise ValueError("no decimals here")


def strict_json(data: bytes) -> Any:
    """JSON that refuses duplicate keys, NaN/Infinity, decimals, invalid UTF-8 and deep nesting
    (ValueError for all of them)."""
    try:
        text = data.decode("utf-8")
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_float=_no_float,
        )
    except (UnicodeDecodeError, RecursionError) as exc:
        raise ValueError(type(exc).__name__) from None
    except json.JSONDecodeError as exc:
        raise ValueError(exc.msg) from None


def now_at() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Problem:
    """A refused record (or file): where, what kind, and a reason that never quotes content."""

    line_no: int
    kind: str  # malformed · truncated · oversize · version · too_many · unreadable · file_size
    reason: str


@dataclass(frozen=True)
class Record:
    """A parsed (not yet verified, not yet decrypted) record."""

    team: str
    author: str
    seq: int
    record_id: str
    at: str
    wrapped: tuple[tuple[str, bytes, bytes], ...]  # (member id, ephemeral public, wrapped key)
    nonce: bytes
    body: bytes
    signature: bytes
    header_bytes: bytes
    line: bytes
    line_no: int = 0

    @property
    def public(self) -> bool:
        return not self.wrapped

    @property
    def recipients(self) -> tuple[str, ...]:
        return tuple(m for m, _e, _k in self.wrapped)

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.line).hexdigest()


def _bad(line_no: int, reason: str, kind: str = "malformed") -> Problem:
    return Problem(line_no, kind, reason)


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _valid_at(value: Any) -> bool:
    if not isinstance(value, str) or not _AT.fullmatch(value):
        return False
    try:
        dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return False
    return True


def parse_line(line: bytes, line_no: int = 0) -> Record | Problem:
    """One line → a :class:`Record` whose every field has the right type and size, or a
    :class:`Problem`. Never raises on the line's content."""
    try:
        obj = strict_json(line)
    except ValueError:
        return _bad(line_no, tr("ingen giltig JSON"))
    if not isinstance(obj, dict) or set(obj) != {"h", "c", "s"}:
        return _bad(line_no, tr("posten har inte fälten h, c och s"))
    h = obj["h"]
    if not isinstance(h, dict) or set(h) != _HEADER_KEYS:
        return _bad(line_no, tr("postens huvud har fel fält"))
    if not _int(h["v"]):
        return _bad(line_no, tr("formatversionen är inget heltal"))
    if h["v"] != FORMAT_VERSION:
        return _bad(
            line_no,
            tr("formatversion {v} är okänd (en nyare po-desktop?)").format(v=h["v"]),
            "version",
        )
    if not isinstance(h["team"], str) or not HEX32.fullmatch(h["team"]):
        return _bad(line_no, tr("team-id är ogiltigt"))
    if not isinstance(h["author"], str) or not MEMBER_ID.fullmatch(h["author"]):
        return _bad(line_no, tr("medlems-id är ogiltigt"))
    if not _int(h["seq"]) or not 1 <= h["seq"] <= MAX_SEQ:
        return _bad(line_no, tr("löpnumret är ogiltigt"))
    if not isinstance(h["id"], str) or not HEX32.fullmatch(h["id"]):
        return _bad(line_no, tr("post-id är ogiltigt"))
    if not _valid_at(h["at"]):
        return _bad(line_no, tr("tidpunkten är ogiltig"))
    to = h["to"]
    if not isinstance(to, list) or len(to) > MAX_RECIPIENTS:
        return _bad(line_no, tr("mottagarlistan är ogiltig"))
    wrapped: list[tuple[str, bytes, bytes]] = []
    try:
        for entry in to:
            if not isinstance(entry, dict) or set(entry) != {"m", "e", "k"}:
                raise ValueError
            member = entry["m"]
            if not isinstance(member, str) or not MEMBER_ID.fullmatch(member):
                raise ValueError
            wrapped.append((member, unb64(entry["e"], 32), unb64(entry["k"], 48)))
        if len({m for m, _e, _k in wrapped}) != len(wrapped):
            raise ValueError
        nonce = unb64(h["n"], 12) if wrapped else b""
        if not wrapped and h["n"] != "":
            raise ValueError
        body = unb64(obj["c"])
        signature = unb64(obj["s"], 64)
    except ValueError:
        return _bad(line_no, tr("mottagare, nyckel eller signatur är ogiltig"))
    return Record(
        team=h["team"],
        author=h["author"],
        seq=h["seq"],
        record_id=h["id"],
        at=h["at"],
        wrapped=tuple(wrapped),
        nonce=nonce,
        body=body,
        signature=signature,
        header_bytes=canonical(h),
        line=line,
        line_no=line_no,
    )


@dataclass(frozen=True)
class FileRead:
    records: tuple[Record, ...]
    problems: tuple[Problem, ...]


def _read_stream(fh: BinaryIO) -> FileRead:
    records: list[Record] = []
    problems: list[Problem] = []
    line_no = 0
    while True:
        chunk = fh.readline(MAX_LINE_BYTES + 1)
        if not chunk:
            break
        line_no += 1
        if len(chunk) > MAX_LINE_BYTES and not chunk.endswith(b"\n"):
            while True:  # skip the rest of the long line without holding it
                more = fh.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            problems.append(_bad(line_no, tr("raden är för lång"), "oversize"))
            continue
        complete = chunk.endswith(b"\n")
        line = chunk.rstrip(b"\r\n")
        if not line.strip():
            continue
        result = parse_line(line, line_no)
        if isinstance(result, Problem):
            if not complete:
                result = _bad(line_no, tr("sista raden är avkortad"), "truncated")
            problems.append(result)
        else:
            records.append(result)
        if len(records) + len(problems) >= MAX_RECORDS_PER_FILE:
            problems.append(_bad(line_no, tr("för många poster i filen"), "too_many"))
            break
    return FileRead(tuple(records), tuple(problems))


def read_bytes(data: bytes) -> FileRead:
    """:func:`read_file` of a file's content already in memory."""
    return _read_stream(io.BytesIO(data))


def read_file(path: Path) -> FileRead:
    """Every record of a team file, each bad line refused alone (oversize lines are skipped
    without being held in memory). A file that cannot be read is one problem."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return FileRead((), (_bad(0, tr("ingen vanlig fil"), "unreadable"),))
        if st.st_size > MAX_FILE_BYTES:
            return FileRead((), (_bad(0, tr("filen är för stor"), "file_size"),))
        with open(path, "rb") as fh:
            return _read_stream(fh)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return FileRead((), (_bad(0, reason, "unreadable"),))


# --- signing and encryption ----------------------------------------------------------------


def _raw_public(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _signed_message(header_bytes: bytes, body: bytes) -> bytes:
    return MAGIC + header_bytes + b"\0" + body


def verify(record: Record, signing_public: bytes) -> bool:
    """True when the author's key signed exactly this header and body."""
    if member_id_of(signing_public) != record.author:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(signing_public).verify(
            record.signature, _signed_message(record.header_bytes, record.body)
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def _wrap_aad(record_id: str, member: str) -> bytes:
    """Associated data of a wrapped key: the record and the recipient it is for."""
    return (record_id + ":" + member).encode("ascii")


def _one_time_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=WRAP_INFO + ephemeral_public + recipient_public,
    )
    return hkdf.derive(shared)


def seal(
    *,
    team: str,
    signing_key: Ed25519PrivateKey,
    seq: int,
    record_id: str,
    at: str,
    payload: dict[str, Any],
    recipients: Sequence[tuple[str, bytes]],
) -> bytes:
    """The line (without newline) of a record signed by ``signing_key``. ``recipients``:
    ``(member id, raw X25519 public key)``; none makes a public record. ValueError when the
    line would be larger than :data:`MAX_LINE_BYTES`."""
    author = member_id_of(_raw_public(signing_key))
    plain = canonical(payload)
    header: dict[str, Any] = {
        "v": FORMAT_VERSION,
        "team": team,
        "author": author,
        "seq": seq,
        "id": record_id,
        "at": at,
        "to": [],
        "n": "",
    }
    content_key = b""
    if recipients:
        content_key = ChaCha20Poly1305.generate_key()
        nonce = os.urandom(12)
        to = []
        for member, public in sorted(dict(recipients).items()):
            ephemeral = X25519PrivateKey.generate()
            e_pub = _raw_public(ephemeral)
            shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
            wrapped = ChaCha20Poly1305(_one_time_key(shared, e_pub, public)).encrypt(
                _ZERO_NONCE, content_key, _wrap_aad(record_id, member)
            )
            to.append({"m": member, "e": b64(e_pub), "k": b64(wrapped)})
        header["to"] = to
        header["n"] = b64(nonce)
    header_bytes = canonical(header)
    body = (
        ChaCha20Poly1305(content_key).encrypt(nonce, plain, header_bytes) if recipients else plain
    )
    signature = signing_key.sign(_signed_message(header_bytes, body))
    line = canonical({"h": header, "c": b64(body), "s": b64(signature)})
    if len(line) > MAX_LINE_BYTES:
        raise ValueError("record too large")
    return line


class NotForMe(Exception):
    """This member is not among the record's recipients."""


def open_body(record: Record, member: str, encryption_key: X25519PrivateKey) -> bytes:
    """The plaintext body: the record's own bytes when public, else decrypted with this
    member's key. NotForMe when not a recipient; ValueError when it does not decrypt."""
    if record.public:
        return record.body
    for m, e_pub, wrapped in record.wrapped:
        if m != member:
            continue
        public = _raw_public(encryption_key)
        try:
            shared = encryption_key.exchange(X25519PublicKey.from_public_bytes(e_pub))
            content_key = ChaCha20Poly1305(_one_time_key(shared, e_pub, public)).decrypt(
                _ZERO_NONCE, wrapped, _wrap_aad(record.record_id, member)
            )
            return ChaCha20Poly1305(content_key).decrypt(
                record.nonce, record.body, record.header_bytes
            )
        except (InvalidTag, ValueError):
            raise ValueError("does not decrypt") from None
    raise NotForMe(record.record_id)


__all__ = [
    "FORMAT_VERSION",
    "MAX_LINE_BYTES",
    "MEMBER_ID",
    "SUFFIX",
    "FileRead",
    "NotForMe",
    "Problem",
    "Record",
    "canonical",
    "member_id_of",
    "now_at",
    "open_body",
    "parse_line",
    "read_bytes",
    "read_file",
    "seal",
    "strict_json",
    "verify",
]
