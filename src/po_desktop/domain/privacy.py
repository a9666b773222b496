"""Personal-data scanner for free text that may leave the vault (systemfel texts, aliases).

Finds Swedish personnummer / samordningsnummer (10 or 12 digits, with or without '-'/'+',
Luhn-checked, plausible date), phone numbers (Swedish mobile/landline shapes, +46), e-mail
addresses, and any of the vault's client aliases as a whole word (case-insensitive).
Pure: the caller passes the aliases.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_PNR = re.compile(r"(?<![\d])((?:19|20)?\d{2})(\d{2})(\d{2})\s?([-+]?)\s?(\d{4})(?![\d])")
_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# +46 / 0046 / 0 followed by 6–12 more digits, allowing spaces, dashes and parentheses.
_PHONE = re.compile(r"(?<![\w+])(?:\+46|0046|0)[\s\-()]*\d(?:[\s\-()]*\d){5,11}(?![\d])")


@dataclass(frozen=True)
class Finding:
    kind: str  # "personnummer" | "phone" | "email" | "alias"
    text: str
    start: int
    end: int

    @property
    def label(self) -> str:
        return {"personnummer": "personnummer", "phone": "telefonnummer",
                "email": "e-postadress", "alias": "klientalias"}[self.kind]


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
    year = int(yy) if len(yy) == 4 else 2000 + int(yy)
    try:
        dt.date(year if len(yy) == 4 else 2000, month, day)
    except ValueError:
        return month == 2 and day == 29  # leap day in an unknown century
    return True


def find_personnummer(text: str) -> list[Finding]:
    out = []
    for m in _PNR.finditer(text):
        yy, mm, dd, _sep, last4 = m.groups()
        if not _plausible_date(yy, mm, dd):
            continue
        if _luhn_ok(yy[-2:] + mm + dd + last4):
            out.append(Finding("personnummer", m.group(0), m.start(), m.end()))
    return out


def find_personal_data(text: str, aliases: list[str] | tuple[str, ...] = ()) -> list[Finding]:
    """Every finding in ``text``, in order of position (overlaps removed, first wins)."""
    if not text:
        return []
    found: list[Finding] = []
    found += find_personnummer(text)
    found += [Finding("email", m.group(0), m.start(), m.end()) for m in _EMAIL.finditer(text)]
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if 8 <= len(digits) <= 13:
            found.append(Finding("phone", m.group(0).strip(), m.start(), m.end()))
    for alias in {a.strip() for a in aliases if a and len(a.strip()) >= 2}:
        pattern = re.compile(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", re.IGNORECASE)
        found += [Finding("alias", m.group(0), m.start(), m.end()) for m in pattern.finditer(text)]
    found.sort(key=lambda f: (f.start, -f.end))
    result: list[Finding] = []
    last_end = -1
    for f in found:
        if f.start >= last_end:
            result.append(f)
            last_end = f.end
    return result


def looks_like_identifier(value: str) -> Finding | None:
    """For aliases: refuse anything shaped like a personnummer, e-mail or phone number."""
    hits = find_personal_data(value)
    if hits:
        return hits[0]
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 10:  # a long digit run is too close to a personnummer/phone
        return Finding("personnummer", value, 0, len(value))
    return None


def describe(findings: list[Finding]) -> str:
    """One line listing what was found, e.g. 'personnummer "850101-1234", e-postadress "a@b.se"'."""
    return ", ".join(f'{f.label} "{f.text}"' for f in findings)
