"""Text from outside (a bundle, a file name, a label) before it is stored or printed.

**Stored free text** (notes, systemfel, follow-ups, inquiries, activity titles, the year's
analysis, survey round names, aliases) goes through :func:`clean_text` at the service
boundary: what Word and other programs paste is made plain — a vertical tab (Shift+Enter), form
feed, NEL and U+2028/U+2029 become a line break, CR LF and CR a line feed; every other C0/C1
control (U+0001, ESC …), DEL, the bidi overrides and isolates, noncharacters (U+FFFE, U+FFFF,
U+FDD0–U+FDEF and the last two of every plane) and lone surrogates are removed; then NFC. So a
stored string can always be written to XML (.docx), a PDF, JSON and a terminal.

Control characters (C0 but tab/newline in free text, DEL, C1 — ESC sequences recolour or rewrite
a terminal line), bidi overrides and isolates (they reorder what a reader sees: "Trojan Source")
and line/paragraph separators are either **refused** at the boundary (:func:`unsafe_char`,
:func:`check_label`) or **stripped** before anything is printed to a terminal, a CSV cell or a PDF
(:func:`printable`).

**Echoing outside text in a message** (a refused label, a municipality, an alias, a value from
a bundle): :func:`visible` — every invisible character (controls, ESC of an ANSI sequence, bidi
controls, zero-width characters, soft hyphen, line separators, private-use and unassigned code
points) is written as ``<U+200B>``, and the text is cut. So "PO" + U+200B + "Mora" is shown as
``PO<U+200B>Mora``, never as a name that looks like "POMora". (``escape_for_json`` writes the
same characters as ``\\uXXXX`` inside JSON.) Pure: no Qt, no SQL.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "BIDI_CONTROLS",
    "char_name",
    "clean_text",
    "escape_for_json",
    "printable",
    "invisible_char",
    "unsafe_char",
    "visible",
]

BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_UNSAFE_ALWAYS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029" + "".join(sorted(BIDI_CONTROLS))
_UNSAFE_LINE = re.compile("[" + _UNSAFE_ALWAYS + "\t\n\r]")
_UNSAFE_MULTILINE = re.compile("[" + _UNSAFE_ALWAYS + "]")


def unsafe_char(text: str, *, multiline: bool = False) -> str | None:
    """The first control or bidi character in ``text`` (None when there is none). Free text
    (``multiline``) may hold tab, newline and carriage return; a label may not."""
    m = (_UNSAFE_MULTILINE if multiline else _UNSAFE_LINE).search(text)
    return m.group(0) if m else None


def char_name(ch: str) -> str:
    """``U+001B`` — how a refused character is named in a message (never printed raw)."""
    return f"U+{ord(ch):04X}"


_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"})


def invisible_char(c: str) -> bool:
    """A character a reader cannot see (or that changes what is seen): a control (C0, DEL, C1),
    a format character (zero-width space, soft hyphen, joiners, bidi controls, tags), a line or
    paragraph separator, a private-use, surrogate or unassigned code point."""
    return unicodedata.category(c) in _INVISIBLE_CATEGORIES


def visible(text: object, limit: int | None = 60) -> str:
    """Outside text as it may appear in a message: each invisible character written as
    ``<U+XXXX>`` (see :func:`invisible_char`), cut to ``limit`` characters with "…"."""
    value = text if isinstance(text, str) else str(text)
    if limit is not None and len(value) > 4 * limit:
        value = value[: 4 * limit]  # a huge value is never walked in full
    if not (value.isascii() and value.isprintable()):
        value = "".join(f"<{char_name(c)}>" if invisible_char(c) else c for c in value)
    if limit is not None and len(value) > limit:
        value = value[: limit - 1] + "…"
    return value


def printable(text: str, *, multiline: bool = False) -> str:
    """``text`` with control and bidi characters removed; in a single line, tab and line breaks
    become spaces. For a terminal, a CSV cell, a PDF."""
    if text.isascii() and text.isprintable():
        return text
    if not multiline:
        text = re.sub(r"[\t\n\r\u2028\u2029]+", " ", text)
    else:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
        text = text.replace("\u2029", "\n")
    return _UNSAFE_MULTILINE.sub("", text)


def _json_escape(c: str) -> str:
    n = ord(c)
    if n > 0xFFFF:  # a surrogate pair, as JSON writes it
        n -= 0x10000
        return f"\\u{0xD800 + (n >> 10):04x}\\u{0xDC00 + (n & 0x3FF):04x}"
    return f"\\u{n:04x}"


def escape_for_json(json_text: str) -> str:
    """JSON text (``ensure_ascii=False``) with every invisible character (DEL, C1, bidi and
    line separators, zero-width and other format characters: :func:`invisible_char`) written
    as a ``\\uXXXX`` escape: the same JSON value, harmless and visible on a terminal. (Tab, line
    feed and carriage return are JSON's own white space: a string holds them escaped.)"""
    if json_text.isascii() and json_text.isprintable():
        return json_text
    return "".join(
        _json_escape(c) if invisible_char(c) and c not in "\t\n\r" else c for c in json_text
    )


_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(
    chr(plane * 0x10000 + 0xFFFE) + chr(plane * 0x10000 + 0xFFFF) for plane in range(1, 17)
)
_REMOVED = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069"
    + _NONCHARACTERS
    + "\ud800-\udfff]"
)
_ASCII_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(text: str, *, multiline: bool = True) -> str:
    """Free text as it is stored (see the module text): line breaks as "\\n" (a single line:
    every tab and line break a space), controls, bidi overrides, noncharacters and lone
    surrogates removed, NFC. Leading and trailing space is left to the caller."""
    if text.isascii() and _ASCII_CONTROL.search(text) is None:
        return text if multiline or not ("\t" in text or "\n" in text) else _one_line(text)
    text = _REMOVED.sub("", _BREAKS.sub("\n", text))
    if not multiline:
        text = _one_line(text)
    return unicodedata.normalize("NFC", text)


def _one_line(text: str) -> str:
    return re.sub(r"[\t\n]+", " ", text)
