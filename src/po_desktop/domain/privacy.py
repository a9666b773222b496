"""Personal-data scanner for free text that may leave the vault (systemfel texts, aliases, unit
labels, municipality names, activity titles, analysis texts).

Finds Swedish personnummer / samordningsnummer (10 or 12 digits, one optional separator
``-``/``+``/space, a valid date — day + 60 for samordningsnummer — and the Luhn check), phone
numbers (Swedish written forms by a rule of its own; international ``+CC``/``00CC`` numbers via
libphonenumber), e-mail addresses (also ``anna @ kommun.se``, ``anna(at)kommun.se``,
``anna [at] kommun [dot] se``) and any of the vault's client aliases (case-insensitive, with the
genitive ``AB12s``/``AB12:s``, with separators or invisible characters inside).

The text is **normalised first** (:func:`normalize`): NFKC (fullwidth digits and ``＠``), every
dash and minus to ``-``, no-break and thin spaces to a space, format characters (soft hyphen,
zero-width space/joiner, bidi marks) dropped, other scripts' decimal digits to ASCII. Findings
carry the positions of the **original** text, so a GUI can mark them inline.

Every pattern has bounded repetition and every pass is linear in the length of the text: a
20,000-character field is scanned in a few milliseconds (``benchmarks/bench_privacy.py``).
Pure: no Qt, no SQL; the caller passes the aliases.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "Finding",
    "describe",
    "find_personal_data",
    "find_personnummer",
    "looks_like_identifier",
    "normalize",
    "scan_outgoing_text",
    "scan_outgoing_texts",
]

# --- normalisation ---------------------------------------------------------------------------

_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u2043")
_SPACES = frozenset(
    "\u00a0\u2007\u2009\u200a\u202f\u205f\u3000\u2000\u2001\u2002\u2003"
    "\u2004\u2005\u2006\u2008\u1680"
)


def _map_char(ch: str) -> str:
    if ch in _DASHES:
        return "-"
    if ch in _SPACES:
        return " "
    cat = unicodedata.category(ch)
    if cat == "Cf":
        return ""
    if cat == "Nd" and not ch.isascii():
        return str(unicodedata.decimal(ch))
    out = unicodedata.normalize("NFKC", ch)
    if out != ch:
        out = "".join(_map_char(c) if c != ch else c for c in out)
    return out


def normalize(text: str) -> tuple[str, list[int]]:
    """``(normalised, index)``: ``index[j]`` is the position in ``text`` of normalised char
    ``j``; ``index[len(normalised)] == len(text)``."""
    if text.isascii():
        return text, list(range(len(text) + 1))
    chars: list[str] = []
    index: list[int] = []
    cache: dict[str, str] = {}
    for i, ch in enumerate(text):
        if ch.isascii():
            chars.append(ch)
            index.append(i)
            continue
        rep = cache.get(ch)
        if rep is None:
            rep = cache[ch] = _map_char(ch)
        for c in rep:
            chars.append(c)
            index.append(i)
    index.append(len(text))
    return "".join(chars), index


# --- findings --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    kind: str  # "personnummer" | "phone" | "email" | "alias"
    text: str
    start: int
    end: int

    @property
    def label(self) -> str:
        return {
            "personnummer": "personnummer",
            "phone": "telefonnummer",
            "email": "e-postadress",
            "alias": "klientalias",
        }[self.kind]


class _Scan:
    """One normalised text and the way back to the original positions."""

    def __init__(self, original: str):
        self.original = original
        self.text, self.index = normalize(original)

    def finding(self, kind: str, start: int, end: int) -> Finding:
        o_start = self.index[start]
        o_end = self.index[end - 1] + 1 if end > start else o_start
        return Finding(kind, self.original[o_start:o_end], o_start, o_end)


# --- personnummer / samordningsnummer --------------------------------------------------------

_PNR = re.compile(r"(?<!\d)((?:19|20)?\d{2})(\d{2})(\d{2}) ?([-+]?) ?(\d{4})(?!\d)")
# The birth date written as a date, then the last four right after a dash or plus:
# "1980-01-15-1234", "80-01-15+1234". (Not after a space: "2026-03-01 0930" is a date and a
# time, "2025-07-01 - 2025-12-28" a range.)
_PNR_DASHED = re.compile(r"(?<![\d-])((?:19|20)?\d{2})-(\d{2})-(\d{2})([-+])(\d{4})(?![\d-])")


def _luhn_ok(digits10: str) -> bool:
    total = 0
    for i, ch in enumerate(digits10):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _plausible_date(yy: str, mm: str, dd: str) -> bool:
    month, day = int(mm), int(dd)
    if day > 60:  # samordningsnummer: day + 60
        day -= 60
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    try:
        dt.date(int(yy) if len(yy) == 4 else 2000, month, day)
    except ValueError:
        return month == 2 and day == 29  # leap day in an unknown century
    return True


def _personnummer(scan: _Scan) -> list[Finding]:
    out = []
    for pattern in (_PNR, _PNR_DASHED):
        for m in pattern.finditer(scan.text):
            yy, mm, dd, _sep, last4 = m.groups()
            if _plausible_date(yy, mm, dd) and _luhn_ok(yy[-2:] + mm + dd + last4):
                out.append(scan.finding("personnummer", m.start(), m.end()))
    return out


def find_personnummer(text: str) -> list[Finding]:
    return _personnummer(_Scan(text))


# --- phone numbers ---------------------------------------------------------------------------

_SEP = r"[ \-./()]{0,3}"
# The lookbehinds come after the first character, so the regex engine can skip ahead to a
# "+", "0" or "(" (a pattern that starts with a lookbehind is tried at every position).
# International: +CC or 00CC, not glued to a word or a "+", then digit groups (libphonenumber
# decides).
_PHONE_INTL = re.compile(r"(?:\+(?<![\w+]\+) ?|0(?<![\w+]0)0)[1-9](?:" + _SEP + r"\d){5,16}(?!\d)")
# Swedish national: 0 and an area code (never 00), 8–10 digits in all, any common grouping.
# Not right after "digit + separator", so the tail of a time, date or amount is no start.
_PHONE_SE = re.compile(
    r"(?:\((?<![\w+]\()(?<!\d[ .,:/-]\()0|0(?<![\w+]0)(?<!\d[ .,:/-]0))"
    r"[1-9](?:" + _SEP + r"\d){6,8}(?!\d)"
)
# A candidate that starts with a time range or a date is prose ("08.30-10.00 12 personer").
_TIME_OR_DATE = re.compile(
    r"\(?\d{1,2}[.:][0-5]\d(?!\d)[ \-]*\d{1,2}[.:][0-5]\d(?!\d)"  # 08.30-10.00
    r"|\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})(?!\d)"  # 05.06.2026, 05/06/26
    r"|\d{1,2}[./]\d{1,2}[ \-]+\d{1,2}[./]\d{1,2}(?!\d)"  # 05/06 - 12/06
)


# A number right after "dnr", "ärendenummer", "OCR", "bankgiro" … is a reference, not a phone.
_REFERENCE_BEFORE = re.compile(
    r"\b(?:dnr|diarie|ärende|mål|org|organisations|ocr|bankgiro|plusgiro|bg|pg|konto|faktura|"
    r"referens|ref)(?:-?nummer|\.? ?nr\.?)?[ .:#-]{0,3}"
    # an authority's abbreviation between, in capitals: "dnr FK 012345-2026", "Dnr SoN 0123-45"
    r"(?:(?-i:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]?[A-ZÅÄÖ]{0,4})[ .:#-]{1,3})?$",
    re.IGNORECASE,
)


def _intl_is_phone(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate.replace("(0)", ""))
    if digits.startswith("00"):
        digits = digits[2:]
    return _intl_digits_are_phone(digits)


@lru_cache(maxsize=4096)
def _intl_digits_are_phone(digits: str) -> bool:
    import phonenumbers

    if digits.startswith("46") and 7 <= len(digits) - 2 <= 9:
        return True  # a Swedish shape, valid or not
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_possible_number(number))


def _phones(scan: _Scan) -> list[Finding]:
    out = []
    for m in _PHONE_INTL.finditer(scan.text):
        if _intl_is_phone(m.group(0)):
            out.append(scan.finding("phone", m.start(), m.end()))
    for m in _PHONE_SE.finditer(scan.text):
        before = scan.text[max(0, m.start() - 24) : m.start()]
        if not _TIME_OR_DATE.match(m.group(0)) and not _REFERENCE_BEFORE.search(before):
            out.append(scan.finding("phone", m.start(), m.end()))
    return out


# --- e-mail ----------------------------------------------------------------------------------

_BR_OPEN, _BR_CLOSE = r"[(\[{<]", r"[)\]}>]"
_AT = re.compile(
    r"@|"
    + _BR_OPEN
    + r" {0,2}(?:at|snabel-?a|@) {0,2}"
    + _BR_CLOSE
    + r"|(?<=\w) (?:at|AT|snabel-?a) (?=\w)",
    re.IGNORECASE,
)
_DOT_WORD = _BR_OPEN + r" {0,2}(?:dot|punkt) {0,2}" + _BR_CLOSE + r"| (?:dot|punkt|DOT) "
_DOMAIN = re.compile(
    r" {0,3}([\w-]{1,63}(?:(?: {0,2}(?:\.|" + _DOT_WORD + r") {0,2})[\w-]{1,63})"
    r"{1,8})",
    re.IGNORECASE,
)
_LOCAL_CHARS = frozenset("!#$%&'*+/=?^`{|}~-.")


def _local_start(text: str, at: int) -> int:
    """Where the local part before position ``at`` starts (== at when there is none)."""
    i = at
    spaces = 0
    while i > 0 and text[i - 1] == " " and spaces < 3:
        i -= 1
        spaces += 1
    end = i
    while (
        i > 0
        and end - i < 64
        and (text[i - 1].isalnum() or text[i - 1] in _LOCAL_CHARS or text[i - 1] == "_")
    ):
        i -= 1
    while i < end and text[i] in ".-":  # a local part does not start with a dot
        i += 1
    return i if i < end else at


def _emails(scan: _Scan) -> list[Finding]:
    text = scan.text
    out = []
    for m in _AT.finditer(text):
        bare = m.group(0).strip().lower() == "at"
        start = _local_start(text, m.start())
        if start == m.start():
            continue
        d = _DOMAIN.match(text, m.end())
        if d is None:
            continue
        domain = d.group(1)
        labels = re.split(r" {0,2}(?:\.|" + _DOT_WORD + r") {0,2}", domain, flags=re.IGNORECASE)
        tld = labels[-1]
        if not (tld.isalpha() and len(tld) >= 2):
            continue
        if bare and not re.search(_DOT_WORD, domain, re.IGNORECASE):
            continue  # a bare word "at" counts only with a spelled-out "dot" after it
        out.append(scan.finding("email", start, d.end()))
    return out


# --- aliases ---------------------------------------------------------------------------------

_ALIAS_GAP = frozenset(" -._:/·'")
_GENITIVE = ("s", ":s", "'s", "\u2019s")


def _fold(ch: str) -> str:
    """A character's letters and digits, case-folded, without accents ("Å" -> "a")."""
    return "".join(c for c in unicodedata.normalize("NFD", ch.casefold()) if c.isalnum())


def _skeleton(text: str) -> tuple[str, list[int]]:
    """Letters and digits of ``text``, case-folded and without accents (so an alias typed with
    a decomposed "å" is still found), with their positions. Combining marks are skipped."""
    chars: list[str] = []
    where: list[int] = []
    cache: dict[str, str] = {}
    for i, ch in enumerate(text):
        if ch.isascii():
            if ch.isalnum():
                chars.append(ch.lower())
                where.append(i)
            continue
        folded = cache.get(ch)
        if folded is None:
            folded = cache[ch] = _fold(ch)
        for c in folded:
            chars.append(c)
            where.append(i)
    return "".join(chars), where


_ASCII_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")
_ASCII_ALNUM = re.compile(r"[0-9A-Za-z]")


def _aliases(scan: _Scan, aliases: Iterable[str]) -> list[Finding]:
    wanted = {
        s for s in (_skeleton(normalize(a.strip())[0])[0] for a in aliases if a) if len(s) >= 2
    }
    if not wanted:
        return []
    text = scan.text
    if text.isascii():  # the common case, at C speed: positions only when an alias is there
        skel = _ASCII_NOT_ALNUM.sub("", text).lower()
        wanted = {a for a in wanted if a in skel}
        if not wanted:
            return []
        where = [m.start() for m in _ASCII_ALNUM.finditer(text)]
    else:
        skel, where = _skeleton(text)
    out = []
    for alias in wanted:
        pos = skel.find(alias)
        while pos != -1:
            first, last = where[pos], where[pos + len(alias) - 1]
            pos_next = skel.find(alias, pos + 1)
            if first > 0 and text[first - 1].isalnum():
                pos = pos_next
                continue
            # the gaps between the alias' characters: at most two separator characters
            ok = True
            for k in range(pos, pos + len(alias) - 1):
                a, b = where[k], where[k + 1]
                if b - a <= 1:
                    continue
                gap = text[a + 1 : b]
                if len(gap) <= 2 and all(c in _ALIAS_GAP for c in gap):
                    continue
                marks_dropped = [c for c in gap if unicodedata.category(c) != "Mn"]
                if len(marks_dropped) > 2 or any(c not in _ALIAS_GAP for c in marks_dropped):
                    ok = False
                    break
            if ok:
                end = last + 1
                for suffix in _GENITIVE:
                    if text.startswith(suffix, end) and not (
                        end + len(suffix) < len(text) and text[end + len(suffix)].isalnum()
                    ):
                        end += len(suffix)
                        break
                if end < len(text) and text[end].isalnum():
                    ok = False
                if ok:
                    out.append(scan.finding("alias", first, end))
            pos = pos_next
    return out


# --- the scan --------------------------------------------------------------------------------


def find_personal_data(text: str, aliases: Iterable[str] = ()) -> list[Finding]:
    """Every finding in ``text``, in order of position (overlaps removed, first wins)."""
    if not text:
        return []
    scan = _Scan(text)
    found: list[Finding] = []
    found += _personnummer(scan)
    found += _emails(scan)
    found += _phones(scan)
    found += _aliases(scan, aliases)
    found.sort(key=lambda f: (f.start, -f.end))
    result: list[Finding] = []
    last_end = -1
    for f in found:
        if f.start >= last_end:
            result.append(f)
            last_end = f.end
    return result


def scan_outgoing_text(text: str | None, aliases: Iterable[str] = ()) -> list[Finding]:
    """The one check for any free text that leaves a vault or enters a coordinator's: systemfel
    fields, unit label, municipality names, activity titles, the year's analysis text …"""
    return find_personal_data(text or "", aliases)


def scan_outgoing_texts(
    texts: Iterable[tuple[str, str | None]], aliases: Iterable[str] = ()
) -> list[tuple[str, list[Finding]]]:
    """``[(where, findings)]`` for each ``(where, text)`` that holds personal data."""
    alias_list = list(aliases)
    out = []
    for where, text in texts:
        hits = scan_outgoing_text(text, alias_list)
        if hits:
            out.append((where, hits))
    return out


def looks_like_identifier(value: str) -> Finding | None:
    """For aliases: refuse anything shaped like a personnummer, e-mail or phone number."""
    hits = find_personal_data(value)
    if hits:
        return hits[0]
    digits = re.sub(r"\D", "", normalize(value)[0])
    if len(digits) >= 10:  # a long digit run is too close to a personnummer/phone
        return Finding("personnummer", value, 0, len(value))
    return None


def describe(findings: list[Finding]) -> str:
    """One line listing what was found, e.g. 'personnummer "850101-1234", e-postadress "a@b.se"'."""
    return ", ".join(f'{f.label} "{f.text}"' for f in findings)
