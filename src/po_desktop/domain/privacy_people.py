"""The name-and-address part of the personal-data scan (:mod:`po_desktop.domain.privacy`). Pure.

- **A person's full name**: a first name from the shipped list (``data/names.txt``, its
  "first names" sections) followed by a surname — one from the list's "surnames" section, or a
  Swedish surname shape (``…sson``, ``…ström``, ``…berg``, ``…gren``, ``…qvist``, ``…lund``
  …) — or the list's surname, a comma and a first name ("Svensson, Anna"). Capitalised or in
  capitals; in lower case only when both are unambiguous list names ("anna svensson", but not
  "per" or "bo", which are also Swedish words). A lone first name is no finding.
- **An address of a person**: a street and number ("Storgatan 5", "Storgatan 5B lgh 1102",
  "Olof Palmes gata 12", with …gatan/vägen/gränd/stigen/backen/torget/allén/leden/platsen)
  or a postcode ("123 45 Mora", "SE-123 45") is a finding when it is tied to a person: a name
  from the list near before it ("Anna Svensson, Storgatan 5", "Anna, Storgatan 5"), a word of
  dwelling before it ("bor på", "hemadress", "folkbokförd", "hembesök", "flyttade till"), a
  person right before it ("klienten på Storgatan 5") or a flat number after it ("lgh 1102").
  An office's address with no such tie ("Besöksadress Storgatan 5, 792 30 Mora") is prose.

Works on the privacy module's normalised text and returns ``(kind, start, end)`` in it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["find_addresses", "find_names", "name_lists"]

# First names that are also ordinary Swedish words (or read as one at a sentence start): they
# make a name only before a surname from the list, and never in lower case.
_AMBIGUOUS = frozenset(
    "per bo liv max hans sten gun siv alf kent ivar svea signe john ann ulla sune ture rune "
    "tove stina elin emil björk berg ek lind blom holm falk dahl strand ström ali malin nils "
    "lisa linda maja moa nora isak olle leo adam noah kalle carl karl jan bengt kjell".split()
)
_SURNAME_ENDINGS = (
    "sson",
    "ström",
    "strom",
    "berg",
    "gren",
    "qvist",
    "kvist",
    "quist",
    "lund",
    "holm",
    "dahl",
    "blad",
    "stedt",
    "löf",
)


@lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """``(first names, surnames)`` of ``data/names.txt``, case folded."""
    import unicodedata

    ref = resources.files("po_desktop.domain") / "data" / "names.txt"
    first: set[str] = set()
    last: set[str] = set()
    target = first
    for line in ref.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("#"):
            if "surname" in line:
                target = last
            elif "first name" in line:
                target = first
            continue
        if line:
            target.add(unicodedata.normalize("NFKC", line).casefold())
    return frozenset(first), frozenset(last)


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _case(word: str) -> str:
    """ "cap" (Anna, Anna-Lena), "upper" (ANNA), "lower" (anna) or "" (mixed: aNNa)."""
    if word.isupper() and len(word) >= 2:
        return "upper"
    if word.islower():
        return "lower"
    parts = word.split("-")
    if all(p[:1].isupper() and (p[1:].islower() or not p[1:]) for p in parts):
        return "cap"
    return ""


def _is_first(word: str, case: str) -> bool:
    first, _ = name_lists()
    parts = word.casefold().split("-")
    if not all(p in first for p in parts):
        return False
    return case in ("cap", "upper") or (case == "lower" and parts[0] not in _AMBIGUOUS)


def _is_surname(word: str, case: str, *, listed_only: bool) -> bool:
    _, last = name_lists()
    key = word.casefold()
    if key in last:
        return case in ("cap", "upper") or (case == "lower" and key not in _AMBIGUOUS)
    if listed_only or case not in ("cap", "upper") or len(key) < 5 or "-" in key:
        return False
    return key.endswith(_SURNAME_ENDINGS)


def find_names(text: str) -> list[tuple[str, int, int]]:
    """Every full name in ``text`` (normalised), as ``("name", start, end)``."""
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(words) - 1:
        s0, e0, w0 = words[i]
        c0 = _case(w0)
        found = None
        if c0 and _is_first(w0, c0):
            # first name(s), then a surname: "Anna Svensson", "Anna Maria Svensson"
            j = i
            ambiguous = w0.split("-")[0].casefold() in _AMBIGUOUS
            while j + 1 < len(words) and j - i < 3:
                gap = text[words[j][1] : words[j + 1][0]]
                if not (1 <= len(gap) <= 2 and gap.isspace()):
                    break
                w = words[j + 1][2]
                c = _case(w)
                if not c or (c0 != "lower" and c == "lower") or (c0 == "lower" and c != "lower"):
                    break
                if _is_surname(w, c, listed_only=ambiguous):
                    found = (s0, words[j + 1][1])
                    break
                if not _is_first(w, c):
                    break
                j += 1
        if found is None and c0 in ("cap", "upper") and _is_surname(w0, c0, listed_only=True):
            # "Svensson, Anna"
            s1, e1, w1 = words[i + 1]
            gap = text[e0:s1]
            c1 = _case(w1)
            if gap.strip() == "," and len(gap) <= 3 and c1 == c0 and _is_first(w1, c1):
                found = (s0, e1)
        if found is not None:
            out.append(("name", *found))
            while i < len(words) and words[i][0] < found[1]:
                i += 1
            continue
        i += 1
    return out


_STREET_SUFFIX = (
    r"(?:gatan|vägen|gränden|gränd|stigen|backen|torget|allén|allé|leden|platsen|esplanaden"
    r"|promenaden|gata|väg|stig|backe|torg)"
)
_HOUSE_NUMBER = (
    r"[1-9]\d{0,3}(?: ?[A-Za-z](?![^\W\d_]))?(?:\s{0,2}(?:lgh|lägenhet)\.?\s{0,2}\d{1,4})?"
)
_STREET = re.compile(
    r"(?<![^\W\d_])(?:[^\W\d_]{2,40}" + _STREET_SUFFIX + r"|(?:[^\W\d_]{2,30} ){1,2}"
    r"(?:gata|väg|gränd|allé|torg|plan|stig))"
    r"\s{1,2}" + _HOUSE_NUMBER + r"(?![\d,.]\d)",
    re.IGNORECASE,
)
_POSTCODE = re.compile(
    r"(?<![\w-])(?:(?:SE|S)- ?[1-9]\d{2} ?\d{2}(?!\d)|[1-9]\d{2} ?\d{2}(?= [A-ZÅÄÖ][a-zåäö]{2,}))"
)
_FLAT_AFTER = re.compile(r"\s{0,2},?\s{0,2}(?:lgh|lägenhet)\b", re.IGNORECASE)
_DWELLING_BEFORE = re.compile(
    r"\b(?:bor|bodde|boende|bosatt|bostad|bostaden|hemadress|hemadressen|bostadsadress|"
    r"bostadsadressen|folkbokförd|folkbokföringsadress|folkbokföringsadressen|flyttade|"
    r"flyttat|flyttar|flytt|hembesök|hembesöket|hemma|c/o|adress till (?:klienten|hen|honom|"
    r"henne)|(?:klientens|hans|hennes|hens|dess) (?:adress|bostad|lägenhet))\b[^.!?\n]{0,40}$",
    re.IGNORECASE,
)
_PERSON_RIGHT_BEFORE = re.compile(
    r"\b(?:klienten|kvinnan|mannen|personen|familjen|hen|han|hon|sonen|dottern|modern|fadern|"
    r"mamman|pappan|paret|ombudets klient)\s{0,2}(?:,|på|i|från|vid)?\s{0,2}$",
    re.IGNORECASE,
)


def _tied_to_a_person(text: str, start: int, end: int, names: list[tuple[str, int, int]]) -> bool:
    if any(s - 80 <= start and e <= end + 40 or start <= s <= end + 40 for _k, s, e in names):
        return True
    before = text[max(0, start - 60) : start]
    if _DWELLING_BEFORE.search(before) or _PERSON_RIGHT_BEFORE.search(before):
        return True
    if _FLAT_AFTER.match(text, end) or _FLAT_AFTER.search(text, start, end):
        return True
    # a list name just before: "Anna, Storgatan 5", "Svensson Storgatan 5"
    near = text[max(0, start - 30) : start]
    for m in _WORD.finditer(near):
        w = m.group(0)
        c = _case(w)
        if c in ("cap", "upper") and w.casefold() not in _AMBIGUOUS:
            if _is_first(w, c) or _is_surname(w, c, listed_only=True):
                return True
    return False


def find_addresses(
    text: str, names: list[tuple[str, int, int]] | None = None
) -> list[tuple[str, int, int]]:
    """Every street address or postcode in ``text`` (normalised) tied to a person."""
    if names is None:
        names = find_names(text)
    spans = [(m.start(), m.end()) for m in _STREET.finditer(text)]
    spans += [(m.start(), m.end()) for m in _POSTCODE.finditer(text)]
    tied = [(s, e) for s, e in spans if _tied_to_a_person(text, s, e, names)]
    if tied:
        # a postcode after a tied street belongs to the same address: "Storgatan 5, 123 45 Mora"
        for s, e in spans:
            if (s, e) not in tied and any(0 <= s - te <= 4 for _ts, te in tied):
                tied.append((s, e))
    return [("address", s, e) for s, e in sorted(set(tied))]
