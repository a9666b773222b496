"""Names and the two CSV files of the economy: population per municipality
(``kommun;folkmängd;folkmängd 18+``) and the year's actual costs per budget line
(``budgetpost;kronor``). Pure: bytes in, rows out, :class:`EconomyInputError` (with the line
number in ``detail``) for anything that is not a clean file.

Every cell from outside is hostile: a field of any length or a number of any number of digits
is refused with a line number, never an exception of the csv module or of ``int``.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass

from po_desktop.domain.economy_types import EconomyInputError

MAX_DIGITS = 12  # no count or amount in this file has more (10**12 kronor is the service's cap)
MAX_CELL = 1000  # no cell of these files is longer (a title line at most)

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"), "-")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def normalize_name(text: str) -> str:
    """A municipality name as typed or exported: NFKC, one kind of dash, no invisible
    characters, single spaces. (Matching is done on ``casefold()`` of this.)"""
    value = unicodedata.normalize("NFKC", str(text)).translate(_DASHES).translate(_INVISIBLE)
    # control and format characters (bidi overrides, NUL, ESC …) never belong in a name; white
    # space among them (tab, newline) becomes one space below
    value = "".join(c for c in value if c.isspace() or unicodedata.category(c) not in ("Cc", "Cf"))
    return " ".join(value.split())


@dataclass(frozen=True)
class PopulationRow:
    line: int
    name: str
    population_all: int
    population_18plus: int | None


@dataclass(frozen=True)
class AmountRow:
    line: int
    name: str
    amount: int


def count_cell(text: str) -> int | None:
    """``"279 515"`` / ``"279\u00a0515"`` / ``"279515"`` → 279515; None when not a count
    (also for more than :data:`MAX_DIGITS` digits); ``csv_negative`` for a negative one."""
    cleaned = normalize_name(text[: MAX_CELL + 1]).replace(" ", "")
    if cleaned.startswith("-") and cleaned[1:].isdigit():
        raise EconomyInputError("csv_negative", detail=text[:40])
    if not cleaned.isdigit() or not cleaned.isascii() or len(cleaned) > MAX_DIGITS:
        return None
    return int(cleaned)


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 (an older spreadsheet export)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _rows(raw: bytes) -> list[tuple[int, list[str]]]:
    """``;``-separated rows with their line numbers; a cell longer than :data:`MAX_CELL` or a
    field the csv module cannot read is ``csv_cell`` naming the line."""
    reader = csv.reader(io.StringIO(decode_text(raw), newline=""), delimiter=";")
    out: list[tuple[int, list[str]]] = []
    number = 0
    while True:
        number += 1
        try:
            cells = next(reader)
        except StopIteration:
            return out
        except csv.Error:
            raise EconomyInputError("csv_cell", detail=str(reader.line_num or number)) from None
        if any(len(c) > MAX_CELL for c in cells):
            raise EconomyInputError("csv_cell", detail=str(reader.line_num))
        out.append((reader.line_num, [c.strip() for c in cells]))


def parse_population_csv(raw: bytes) -> list[PopulationRow]:
    """``kommun;folkmängd;folkmängd 18+`` rows (the last column optional; a header row and empty
    lines skipped; a leading municipality code such as ``1880 Örebro`` dropped).

    Raises :class:`EconomyInputError` with the line number in ``detail`` for a non-numeric or
    negative number, an 18+ figure larger than the total, or a duplicate municipality."""
    rows: list[PopulationRow] = []
    seen: set[str] = set()
    for number, cells in _rows(raw):
        if not any(cells):
            continue
        if not rows and (len(cells) < 2 or not any(ch.isdigit() for ch in cells[1])):
            continue  # a title or header line before the first figures
        if len(cells) < 2 or (len(cells) > 3 and any(cells[3:])):
            raise EconomyInputError("csv_columns", detail=str(number))
        name = re.sub(r"^\d{4}\s+", "", normalize_name(cells[0]))
        try:
            total = count_cell(cells[1])
            adults = count_cell(cells[2]) if len(cells) > 2 and cells[2] else None
        except EconomyInputError as exc:
            raise EconomyInputError("csv_negative", name, str(number)) from exc
        if total is None or (len(cells) > 2 and cells[2] and adults is None):
            raise EconomyInputError("csv_number", name, str(number))
        if not name:
            raise EconomyInputError("csv_name", detail=str(number))
        if adults is not None and adults > total:
            raise EconomyInputError("csv_adults", name, str(number))
        if name.casefold() in seen:
            raise EconomyInputError("csv_duplicate", name, str(number))
        seen.add(name.casefold())
        rows.append(PopulationRow(number, name, total, adults))
    if not rows:
        raise EconomyInputError("csv_empty")
    return rows


def parse_amounts_csv(raw: bytes) -> list[AmountRow]:
    """``budgetpost;kronor`` rows: the year's actual cost per budget line (a header row and
    empty lines skipped; whole kronor with or without spaces between thousands; a trailing
    ``kr`` allowed). ``actual_*`` codes with the line number in ``detail``."""
    rows: list[AmountRow] = []
    seen: set[str] = set()
    for number, cells in _rows(raw):
        if not any(cells):
            continue
        value = cells[1] if len(cells) > 1 else ""
        value = re.sub(r"\s*kr\.?$", "", value, flags=re.IGNORECASE)
        if not rows and not any(ch.isdigit() for ch in value):
            continue  # a title or header line before the first amounts
        if len(cells) < 2 or any(cells[2:]):
            raise EconomyInputError("actual_columns", detail=str(number))
        name = normalize_name(cells[0])
        try:
            amount = count_cell(value)
        except EconomyInputError as exc:
            raise EconomyInputError("actual_negative", name, str(number)) from exc
        if amount is None:
            raise EconomyInputError("actual_number", name, str(number))
        if not name:
            raise EconomyInputError("actual_name", detail=str(number))
        if name.casefold() in seen:
            raise EconomyInputError("actual_duplicate", name, str(number))
        seen.add(name.casefold())
        rows.append(AmountRow(number, name, amount))
    if not rows:
        raise EconomyInputError("actual_empty")
    return rows
