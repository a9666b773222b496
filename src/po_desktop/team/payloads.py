"""The payload of each record type, validated strictly (the shape, not the vault's rules).

What each type may carry is the data minimisation of the team exchange:

``hello`` (public)
    a member's label and public keys, so colleagues can compare the fingerprint and add it.
``member_add`` / ``member_remove``
    the member list: who joined (keys, label) with the adder's view of the list; who left and
    the last sequence number of theirs that still counts.
``member_leave`` / ``member_rekey``
    a member announcing, about itself only, that it leaves (its records up to this one count),
    or its new X25519 public key (signed by its unchanged Ed25519 identity).
``inquiry``
    what an inquiry already holds: date, referral source, priority flags, outcome, the instance
    referred to, the outcome's date. Nothing that identifies a person.
``claim``
    who takes an inquiry ("Jag tar den" or an assignment by a colleague) and which earlier
    claims it replaces (two claims replacing the same ones are a conflict to resolve).
``absence`` / ``cover`` / ``cover_done``
    the dates away and the covering member; the absent member's follow-ups due then as alias,
    step and due date only (never note text); a done mark back.
``handover``
    one assignment with its notes and follow-ups, to the receiver alone, with the client's
    consent; ``receipt`` says it arrived.

Values stay JSON (dates as ``YYYY-MM-DD`` strings) after validation, so a payload can be kept
as it is; :func:`validate` returns a new dict with text normalised (NFC, no control characters
except line breaks and tabs in note text).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from po_desktop.team.records import HEX32, MEMBER_ID, unb64

TYPES = (
    "hello",
    "member_add",
    "member_remove",
    "member_leave",
    "member_rekey",
    "inquiry",
    "claim",
    "absence",
    "cover",
    "cover_done",
    "handover",
    "receipt",
)
PUBLIC_TYPES = frozenset({"hello"})

LABEL_MAX = 80
ALIAS_MAX = 40
NOTE_MAX = 100_000
TEXT_MAX = 20_000
_CODE = re.compile(r"[a-z0-9_]{1,40}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class PayloadError(ValueError):
    """The payload does not have the shape of its type (the message names the field)."""


Check = Callable[[Any, str], Any]


def _fail(where: str, what: str) -> PayloadError:
    return PayloadError(f"{where}: {what}")


def _text(max_chars: int, *, multiline: bool = False, required: bool = True) -> Check:
    def check(value: Any, where: str) -> Any:
        if not isinstance(value, str):
            raise _fail(where, "not text")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _fail(where, "not UTF-8") from None
        value = unicodedata.normalize("NFC", value)
        if (_CONTROL if multiline else _LINE_CONTROL).search(value):
            raise _fail(where, "control character")
        if not multiline:
            value = value.strip()
        if required and not value.strip():
            raise _fail(where, "empty")
        if len(value) > max_chars:
            raise _fail(where, "too long")
        return value

    return check


def _optional(check: Check) -> Check:
    def optional(value: Any, where: str) -> Any:
        return None if value is None else check(value, where)

    return optional


def _code(value: Any, where: str) -> str:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise _fail(where, "not a code")
    return value


def _hex32(value: Any, where: str) -> str:
    if not isinstance(value, str) or not HEX32.fullmatch(value):
        raise _fail(where, "not an id")
    return value


def _member_id(value: Any, where: str) -> str:
    if not isinstance(value, str) or not MEMBER_ID.fullmatch(value):
        raise _fail(where, "not a member id")
    return value


def _key32(value: Any, where: str) -> str:
    try:
        unb64(value, 32)
    except ValueError:
        raise _fail(where, "not a key") from None
    return str(value)


def _date(value: Any, where: str) -> str:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise _fail(where, "not a date")
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise _fail(where, "not a date") from None
    return value


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise _fail(where, "not true/false")
    return value


def _true(value: Any, where: str) -> bool:
    if value is not True:
        raise _fail(where, "must be true")
    return True


def _int_range(low: int, high: int) -> Check:
    def check(value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise _fail(where, "not a whole number in range")
        return value

    return check


def _list(item: Check, max_items: int, *, unique: bool = False) -> Check:
    def check(value: Any, where: str) -> list[Any]:
        if not isinstance(value, list) or len(value) > max_items:
            raise _fail(where, "not a list (or too long)")
        out = [item(v, f"{where}[{i}]") for i, v in enumerate(value)]
        if unique:
            seen = [repr(v) for v in out]
            if len(set(seen)) != len(seen):
                raise _fail(where, "repeated item")
        return out

    return check


def _object(fields: dict[str, Check]) -> Check:
    def check(value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise _fail(where, "not an object")
        if set(value) != set(fields):
            missing = sorted(set(fields) - set(value))
            extra = sorted(set(value) - set(fields))
            raise _fail(where, f"fields missing {missing} or unknown {extra}")
        return {name: check_(value[name], f"{where}.{name}") for name, check_ in fields.items()}

    return check


_MEMBER = _object(
    {
        "id": _member_id,
        "label": _text(LABEL_MAX),
        "sign": _key32,
        "enc": _key32,
    }
)
_ASSIGNMENT = _object(
    {
        "alias": _text(ALIAS_MAX),
        "gender": _code,
        "birth_year": _optional(_int_range(1850, 2200)),
        "municipality": _text(LABEL_MAX),
        "referral_source": _code,
        "priority_flags": _list(_code, 20, unique=True),
        "areas": _list(_code, 40, unique=True),
        "phase": _code,
        "start_date": _date,
        "first_visit_two_ombud": _bool,
    }
)
_NOTE = _object({"date": _date, "text": _text(NOTE_MAX, multiline=True)})
_FOLLOW_UP = _object(
    {
        "step": _code,
        "date": _date,
        "served_on": _optional(_date),
        "proposed_due": _optional(_date),
        "due": _optional(_date),
        "due_overridden": _bool,
        "text": _optional(_text(TEXT_MAX, multiline=True, required=False)),
        "done": _bool,
        "done_on": _optional(_date),
    }
)
_COVER_ITEM = _object({"key": _hex32, "alias": _text(ALIAS_MAX), "step": _code, "due": _date})

SCHEMAS: dict[str, Check] = {
    "hello": _object({"type": _code, "label": _text(LABEL_MAX), "sign": _key32, "enc": _key32}),
    "member_add": _object(
        {"type": _code, "member": _MEMBER, "roster": _list(_MEMBER, 64, unique=True)}
    ),
    "member_remove": _object(
        {"type": _code, "member": _member_id, "last_seq": _int_range(0, 2**53)}
    ),
    "member_leave": _object({"type": _code, "member": _member_id}),
    "member_rekey": _object({"type": _code, "member": _member_id, "enc": _key32}),
    "inquiry": _object(
        {
            "type": _code,
            "key": _hex32,
            "date": _date,
            "referral_source": _code,
            "priority_flags": _list(_code, 20, unique=True),
            "outcome": _code,
            "referred_to": _optional(_text(200)),
            "outcome_on": _optional(_date),
        }
    ),
    "claim": _object(
        {
            "type": _code,
            "inquiry_author": _member_id,
            "inquiry_key": _hex32,
            "taker": _member_id,
            "replaces": _list(_hex32, 64, unique=True),
        }
    ),
    "absence": _object(
        {
            "type": _code,
            "key": _hex32,
            "from": _date,
            "to": _date,
            "cover": _member_id,
            "cancelled": _bool,
        }
    ),
    "cover": _object({"type": _code, "absence": _hex32, "items": _list(_COVER_ITEM, 5000)}),
    "cover_done": _object({"type": _code, "absence": _hex32, "key": _hex32, "done_on": _date}),
    "handover": _object(
        {
            "type": _code,
            "key": _hex32,
            "consent": _true,
            "assignment": _ASSIGNMENT,
            "notes": _list(_NOTE, 20_000),
            "follow_ups": _list(_FOLLOW_UP, 20_000),
        }
    ),
    "receipt": _object({"type": _code, "handover": _hex32, "record": _hex32}),
}


def validate(obj: Any) -> dict[str, Any]:
    """The payload with its type's shape (a new, normalised dict); PayloadError otherwise."""
    if not isinstance(obj, dict):
        raise PayloadError("payload: not an object")
    kind = obj.get("type")
    if not isinstance(kind, str) or kind not in SCHEMAS:
        raise PayloadError("payload: unknown type")
    out: dict[str, Any] = SCHEMAS[kind](obj, kind)
    if kind == "absence" and out["to"] < out["from"]:
        raise PayloadError("absence: ends before it starts")
    return out


__all__ = ["PUBLIC_TYPES", "SCHEMAS", "TYPES", "PayloadError", "validate"]
