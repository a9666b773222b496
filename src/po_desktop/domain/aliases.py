"""Aliases that look like a person's name are refused. Pure.

An alias stands for a client without identifying them ("AB12"). A name typed as the alias —
"Anna Svensson", "Tova", "Eva12" — would put the client's identity into the vault, every note's
header, the follow-up lists and a printed page. :func:`name_problem` recognises:

- two or more capitalised words ("Anna Svensson", "Kim Lee", "Anna-Lena Berg");
- a run of letters that is one of Sweden's common first names or surnames (the list
  ``data/names.txt``, from SCB's public name statistics). Letters are split from digits and
  punctuation ("Eva12" → "Eva"); a run of at most three capital letters ("EVA1", "ANN2") is
  read as initials and allowed, as initials and digits are what we ask for.

The text is normalised first (NFKC, invisible characters removed, case folded), so look-alike
letters, full-width forms and zero-width joiners do not hide a name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from po_desktop.domain.safetext import visible
from po_desktop.i18n import tr

MIN_NAME_LETTERS = 3
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
    "\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff]"
)
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def normalise(text: str) -> str:
    """NFKC, invisible characters removed, look-alike letters of other scripts as Latin ones
    (a Cyrillic "А" hides no name), whitespace collapsed (case kept)."""
    from po_desktop.domain.privacy import fold_confusables

    value = unicodedata.normalize("NFKC", text or "")
    value = fold_confusables(_INVISIBLE.sub("", value))
    return re.sub(r"\s+", " ", value).strip()


@lru_cache(maxsize=1)
def common_names() -> frozenset[str]:
    """The shipped list, normalised and case folded."""
    ref = resources.files("po_desktop.domain") / "data" / "names.txt"
    names = set()
    for line in ref.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            names.add(normalise(line).casefold())
    return frozenset(names)


def _capitalised(word: str) -> bool:
    parts = [p for p in word.split("-") if p]
    return bool(parts) and all(
        len(p) >= 2 and p[0].isupper() and p[1:].isalpha() and p[1:].islower() for p in parts
    )


def name_problem(alias: str) -> str | None:
    """Why ``alias`` looks like a person's name (one Swedish line), or None."""
    value = normalise(alias)
    words = value.split(" ")
    if sum(1 for w in words if _capitalised(w)) >= 2:
        return tr(
            "aliaset '{alias}' ser ut som ett namn (flera ord med stor bokstav); använd "
            "initialer och siffror, t.ex. AB12"
        ).format(alias=visible(value))
    names = common_names()
    for run in _LETTER_RUN.findall(value):
        if len(run) < MIN_NAME_LETTERS or (len(run) <= 3 and run.isupper()):
            continue
        if run.casefold() in names:
            return tr(
                "aliaset '{alias}' innehåller namnet {name}; använd initialer och "
                "siffror, t.ex. AB12"
            ).format(alias=visible(value), name=visible(run))
    return None


__all__ = ["MIN_NAME_LETTERS", "common_names", "name_problem", "normalise"]
