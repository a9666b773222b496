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

from po_desktop.domain.privacy_people import find_addresses, find_names

__all__ = [
    "Finding",
    "describe",
    "find_personal_data",
    "fold_confusables",
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
    kind: str  # "personnummer" | "phone" | "email" | "alias" | "name" | "address"
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
            "name": "namn",
            "address": "adress",
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

# A personnummer is written in many groupings: "820314-1232", "820314.1232", "820314/1232",
# "82.03.14-1232", "82 03 14-1232", "1982-03-14-1232", "820 314 1232", "8 2 0 3 1 4 1 2 3 2".
# The scan reads runs of digit groups joined by one separator each (a space, tab or newline,
# "-", "+", ".", "/", or a dash or plus with a space around it) and tries every run of 10 or 12
# digits that starts and ends at a group boundary. A run counts when its separators are all
# the same, or all the same but a last "-"/"+" before the final four: so a date and a time
# ("2024-03-14 14.30", "2024-03-14 1430") or a date range ("2024-03-14-2024-03-20": the run
# must not be glued to more digits by "-", "." or "/") is prose. Then a valid date and Luhn.
_DIGIT_GROUP = re.compile(r"\d+")
# (also "_", ":" and "," between the groups, and a line break after a "-"/"+", as when a text
# is wrapped: "820314-\n1232", "820314_1232", "820314:1232", "820314,1232")
_GROUP_GAP = re.compile(r"[ \t]?\r?\n[ \t]?|[ \t]|[ \t]?[-+](?:[ \t]|\r?\n)?|[./_:,]")
# separators that glue a digit group to a longer number, a date or a range
_GLUE = frozenset("-./_:,")


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


def _gap_kind(gap: str) -> str | None:
    """The separator a gap between two digit groups stands for (None: the groups are apart)."""
    if not gap or _GROUP_GAP.fullmatch(gap) is None:
        return None
    core = gap.strip(" \t\r\n")
    if not core:
        return "\n" if "\n" in gap else " "
    return core


def _pnr_digits_ok(digits: str) -> bool:
    if len(digits) == 12:
        if digits[:2] not in ("19", "20"):
            return False
        yy, rest = digits[:4], digits[4:]
    else:
        yy, rest = digits[:2], digits[2:]
    mm, dd, last4 = rest[:2], rest[2:4], rest[4:]
    return _plausible_date(yy, mm, dd) and _luhn_ok(yy[-2:] + mm + dd + last4)


def _separators_ok(seps: list[str]) -> bool:
    seps = [" " if s == "\n" else s for s in seps]
    if len(set(seps)) <= 1:
        return True
    return seps[-1] in "-+" and len(set(seps[:-1])) == 1


def _personnummer(scan: _Scan) -> list[Finding]:
    text = scan.text
    groups = [(m.start(), m.end()) for m in _DIGIT_GROUP.finditer(text)]
    # gaps[i]: the separator between group i and group i + 1 (None: not joined)
    gaps = [_gap_kind(text[groups[i][1] : groups[i + 1][0]]) for i in range(len(groups) - 1)]
    out = []
    for i, (start, _end) in enumerate(groups):
        if i > 0 and gaps[i - 1] in _GLUE:
            continue  # the tail of a longer number, date or range
        digits = ""
        seps: list[str] = []
        for j in range(i, len(groups)):
            if j > i:
                sep = gaps[j - 1]
                if sep is None:
                    break
                seps.append(sep)
            digits += text[groups[j][0] : groups[j][1]]
            if len(digits) > 12:
                break
            if len(digits) not in (10, 12):
                continue
            glued = j + 1 < len(groups) and gaps[j] in _GLUE
            if not glued and _separators_ok(seps) and _pnr_digits_ok(digits):
                out.append(scan.finding("personnummer", start, groups[j][1]))
                break
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


# A Swedish number written with the country code but without "+" or "00": "46701234567",
# "46 70-123 45 67". Only a number libphonenumber calls valid, not followed by an amount unit.
_PHONE_BARE_46 = re.compile(r"4(?<![\w+.,]4)6" + _SEP + r"[1-9](?:" + _SEP + r"\d){6,8}(?!\d)")
_AMOUNT_AFTER = re.compile(r" ?(?:kr|kronor|sek|st|%|procent|personer|timmar|dagar)\b", re.I)


def _bare_46_is_phone(candidate: str) -> bool:
    import phonenumbers

    digits = re.sub(r"\D", "", candidate)
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_number(number))


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
    for m in _PHONE_BARE_46.finditer(scan.text):
        before = scan.text[max(0, m.start() - 24) : m.start()]
        if (
            not _AMOUNT_AFTER.match(scan.text, m.end())
            and not _REFERENCE_BEFORE.search(before)
            and _bare_46_is_phone(m.group(0))
        ):
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
    + r" {0,2}(?P<bracket>at|a|snabel-?a|@) {0,2}"
    + _BR_CLOSE
    + r"|(?<=\w) (?P<bare>at|AT|snabel-?a) (?=\w)"
    # "anna-at-kommun.se", "anna_at_kommun.se"
    + r"|(?<=\w)[-_](?P<joined>at|snabel-?a)[-_](?=\w)",
    re.IGNORECASE,
)
# A domain written as one word with real dots: what a weakly spelled "at" needs after it.
_COMPACT_DOMAIN = re.compile(r"[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
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
        bare = m.group("bare") is not None
        # "(a)" and "-at-" are ordinary in prose ("punkt (a)", "up-at-"): they count only before
        # a domain written as one word with real dots ("kommun.se")
        weak = m.group("joined") is not None or (m.group("bracket") or "").lower() == "a"
        start = _local_start(text, m.start())
        if start == m.start():
            continue
        d = _DOMAIN.match(text, m.end())
        if d is None:
            continue
        domain = d.group(1)
        labels = re.split(r" {0,2}(?:\.|" + _DOT_WORD + r") {0,2}", domain, flags=re.IGNORECASE)
        tld = labels[-1]
        if not (tld.isalpha() and 2 <= len(tld) <= 24):
            continue
        compact = _COMPACT_DOMAIN.fullmatch(domain) is not None
        if (weak or bare) and not compact:
            if weak or not re.search(_DOT_WORD, domain, re.IGNORECASE):
                continue  # a bare "at" needs "kommun.se" or a spelled-out "dot" after it
        out.append(scan.finding("email", start, d.end()))
    return out


# --- aliases ---------------------------------------------------------------------------------

# Between an alias' characters: up to three of these ("AB - 12", "A.B.12", a tab or a line
# break from a pasted table).
_ALIAS_GAP = frozenset(" -._:/·'\t\n\r")
_ALIAS_GAP_MAX = 3
_GENITIVE = ("s", ":s", "'s", "\u2019s")
# After an alias that ends in a digit, a Swedish ending of up to three letters: "AB12an",
# "AB12ans", "AB12or".
_INFLECTION_MAX = 3

# Letters of other scripts that look like Latin ones (after case folding), from Unicode's
# confusables (TR39): Cyrillic and Greek look-alikes, small capitals, Latin variants.
_CONFUSABLE = str.maketrans(
    {
        # Cyrillic
        "а": "a", "в": "b", "с": "c", "е": "e", "һ": "h", "і": "i", "ј": "j", "к": "k",
        "м": "m", "н": "h", "о": "o", "р": "p", "ԛ": "q", "ѕ": "s", "т": "t", "у": "y",
        "х": "x", "ԝ": "w", "ѵ": "v", "ӏ": "l", "ё": "e", "ї": "i", "з": "3", "б": "6",
        # Greek
        "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "μ": "m", "ν": "v",
        "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ζ": "z", "γ": "y", "ς": "c",
        # small capitals and other Latin variants
        "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ɪ": "i",
        "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r",
        "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z", "ı": "i",
    }
)  # fmt: skip


_CONFUSABLE_CASED = str.maketrans(
    {
        **{chr(k): v for k, v in _CONFUSABLE.items()},
        **{
            chr(k).upper(): (v.upper() if isinstance(v, str) else v)
            for k, v in _CONFUSABLE.items()
            if chr(k).upper() != chr(k) and len(chr(k).upper()) == 1
        },
    }
)


def fold_confusables(text: str) -> str:
    """``text`` with look-alike letters of other scripts as Latin letters, case kept
    ("Аnna" with a Cyrillic "А" -> "Anna")."""
    return text if text.isascii() else text.translate(_CONFUSABLE_CASED)


def _fold(ch: str) -> str:
    """A character's letters and digits, case-folded, without accents ("Å" -> "a"), look-alike
    letters of other scripts as the Latin letter ("А" Cyrillic -> "a")."""
    folded = unicodedata.normalize("NFD", ch.casefold().translate(_CONFUSABLE))
    return "".join(c for c in folded if c.isalnum()).translate(_CONFUSABLE)


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
            # the gaps between the alias' characters: at most three separator characters
            ok = True
            for k in range(pos, pos + len(alias) - 1):
                a, b = where[k], where[k + 1]
                if b - a <= 1:
                    continue
                gap = text[a + 1 : b]
                if len(gap) <= _ALIAS_GAP_MAX and all(c in _ALIAS_GAP for c in gap):
                    continue
                marks_dropped = [c for c in gap if unicodedata.category(c) != "Mn"]
                if len(marks_dropped) > _ALIAS_GAP_MAX or any(
                    c not in _ALIAS_GAP for c in marks_dropped
                ):
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
                if end < len(text) and text[end].isalnum() and alias[-1].isdigit():
                    run = end
                    while run < len(text) and run - end <= _INFLECTION_MAX and text[run].isalpha():
                        run += 1
                    if run - end <= _INFLECTION_MAX and not (
                        run < len(text) and text[run].isalnum()
                    ):
                        end = run  # "AB12an", "AB12ans"
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
    names = find_names(scan.text)
    for kind, start, end in names + find_addresses(scan.text, names):
        found.append(scan.finding(kind, start, end))
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
    """For aliases: refuse anything shaped like a personnummer, e-mail or phone number (a name
    is :func:`po_desktop.domain.aliases.name_problem`'s, with its own advice)."""
    hits = [f for f in find_personal_data(value) if f.kind not in ("name", "address")]
    if hits:
        return hits[0]
    digits = re.sub(r"\D", "", normalize(value)[0])
    if len(digits) >= 10:  # a long digit run is too close to a personnummer/phone
        return Finding("personnummer", value, 0, len(value))
    return None


def describe(findings: list[Finding]) -> str:
    """One line listing what was found, e.g. 'personnummer "850101-1234", e-postadress "a@b.se"'."""
    return ", ".join(f'{f.label} "{f.text}"' for f in findings)
