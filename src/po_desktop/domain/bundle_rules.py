"""What a unit label and a bundle's period may be (issue 20, items 1 and 9). Pure rules.

A **unit label** ("PO Mora") names a unit in every bundle and every merged report, so a look-alike
must not pass as a new unit: "PО Mora" with a Cyrillic О, a Greek ο, a small-capital ᴏ, a
combining accent or a trailing dot. :func:`clean_unit_label` is the one rule for every place a
label enters (the new-vault wizard and ``init``, Settings, ``coordinator expect``, a bundle at
import): after NFKC (fullwidth letters, ligatures), with every dash written as a hyphen and
invisible format characters dropped, a label holds only Latin letters (A–Z and the accented
letters of Latin-1 and Latin Extended-A: å ä ö é ü ø æ …), the digits 0–9, spaces and hyphens;
runs of white space become one space and trailing punctuation is dropped. :func:`label_key` is
how two labels are compared: case-folded, accents removed ("PO Morá" and "po mora" are one
unit), so a label differing only by an accent is the same unit, not a new one.

A **bundle period** lies within one calendar year between :data:`FIRST_YEAR` and
:data:`LAST_YEAR` (a year, a half year or any interval inside one year):
"0001-01-01..9999-12-31" is no statistics period.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from po_desktop.i18n import tr

MAX_LABEL_LENGTH = 120
FIRST_YEAR = 2000
LAST_YEAR = 2099
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_TRAILING = ".,;:!?·…'\"´`"
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Latin-1 Supplement and Latin Extended-A letters (å ä ö é ü ø æ ß ł …), not × ÷
_EXTRA_LETTERS = frozenset(
    chr(c) for c in range(0xC0, 0x180) if chr(c).isalpha() and chr(c) not in "×÷"
)


class BadLabel(ValueError):
    """A label that is no unit name; ``args[0]`` is the Swedish reason (one line)."""


def _allowed(c: str) -> bool:
    return ("a" <= c <= "z") or ("A" <= c <= "Z") or c in "0123456789 -" or c in _EXTRA_LETTERS


def clean_unit_label(text: object) -> str:
    """The label as it is stored and compared, or :class:`BadLabel` naming the problem."""
    if not isinstance(text, str):
        raise BadLabel(tr("enhetens namn ska vara text"))
    value = unicodedata.normalize("NFKC", text)
    for dash in _DASHES:
        value = value.replace(dash, "-")
    # a bidi control turns the text around on screen: refused, never silently dropped
    for c in value:
        if c in _BIDI:
            raise BadLabel(
                tr("enhetens namn innehåller ett osynligt styrtecken ({char})").format(
                    char=_char_name(c)
                )
            )
    # other invisible format characters (zero-width space, soft hyphen, joiners) are dropped
    value = "".join(c for c in value if unicodedata.category(c) != "Cf")
    value = " ".join(value.split())
    value = value.rstrip(_TRAILING + " ")
    if not value:
        raise BadLabel(tr('enhetens namn saknas (t.ex. "PO Mora")'))
    if len(value) > MAX_LABEL_LENGTH:
        raise BadLabel(
            tr("enhetens namn är för långt (högst {n} tecken)").format(n=MAX_LABEL_LENGTH)
        )
    for c in value:
        if not _allowed(c):
            raise BadLabel(
                tr(
                    "enhetens namn får bara innehålla latinska bokstäver (också å, ä, ö, é …), "
                    "siffror, mellanslag och bindestreck, inte {char}"
                ).format(char=_char_name(c))
            )
    return value


def label_key(text: str) -> str:
    """How two unit labels are compared: NFKC, dashes as hyphens, accents and combining marks
    removed, case-folded, white space collapsed, trailing punctuation dropped. ("PO Mora",
    "po  mora.", "PO Morá" → "po mora".) Defined for any text (an old label too)."""
    value = unicodedata.normalize("NFKC", text)
    for dash in _DASHES:
        value = value.replace(dash, "-")
    value = "".join(
        c
        for c in unicodedata.normalize("NFKD", value)
        if not unicodedata.combining(c)
        and (unicodedata.category(c) not in ("Cf", "Cc") or c.isspace())
    )
    return " ".join(value.split()).rstrip(_TRAILING + " ").casefold()


# Latin look-alikes a label rule cannot refuse (they are all Latin letters and digits): the
# digit 0 and the letter O, 1 / l / I, 5 / S, 8 / B, "rn" / "m", "vv" / "w", and a hyphen or a
# missing space. Two labels with the same skeleton and different label_keys look alike.
_LOOKALIKE_RUNS = (("rn", "m"), ("vv", "w"))
_LOOKALIKE_CHARS = str.maketrans({"0": "o", "1": "l", "i": "l", "5": "s", "8": "b", "-": " "})


def lookalike_key(text: str) -> str:
    """A label's look-alike skeleton: :func:`label_key`, then 0→o, 1/I→l, 5→s, 8→b, rn→m,
    vv→w, and no spaces or hyphens. "P0 Mora", "PO Mora", "P0-Mora", "POMora" and "PO Rnora"
    … share it where a reader could take one for the other."""
    value = label_key(text)
    for run, letter in _LOOKALIKE_RUNS:
        value = value.replace(run, letter)
    return "".join(value.translate(_LOOKALIKE_CHARS).split())


def municipality_key(name: str) -> str:
    """How two municipality names are compared (a bundle's breakdown, the merged report):
    NFKC, invisible format characters dropped, white space trimmed and collapsed, case-folded.
    "Mora", "mora ", "MORA", "Ｍｏｒａ" and "Mo\u200bra" are one municipality."""
    value = unicodedata.normalize("NFKC", name)
    value = "".join(c for c in value if unicodedata.category(c) != "Cf")
    return " ".join(value.split()).casefold()


def _char_name(c: str) -> str:
    name = unicodedata.name(c, "")
    code = f"U+{ord(c):04X}"
    return f"{code} {name}" if name else code


def period_problem(start: dt.date, end: dt.date) -> str | None:
    """Why ``start..end`` is no statistics period of a bundle (None: it is one)."""
    if not (FIRST_YEAR <= start.year <= LAST_YEAR and FIRST_YEAR <= end.year <= LAST_YEAR):
        return tr(
            "perioden {start} – {end} är ingen möjlig statistikperiod: den ska ligga mellan "
            "{first} och {last} (ett år, ett halvår eller en del av ett år)"
        ).format(start=start, end=end, first=FIRST_YEAR, last=LAST_YEAR)
    if start.year != end.year:
        return tr(
            "perioden {start} – {end} är ingen möjlig statistikperiod: den ska ligga inom "
            "ett kalenderår (ett år, ett halvår eller en del av ett år)"
        ).format(start=start, end=end)
    return None


__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "BadLabel",
    "clean_unit_label",
    "label_key",
    "lookalike_key",
    "municipality_key",
    "period_problem",
]
