"""argparse in the user's language, with no value echoed.

argparse words its help ("usage:", "positional arguments", "show this help message and exit")
and its errors ("the following arguments are required: …") through ``gettext``; this parser
answers those lookups with :func:`~po_desktop.i18n.tr` while it builds itself, parses and
formats help — nowhere else, so no other argparse user in the process is touched.

The same lookup keeps secrets off the screen: an error template that would repeat a value the
user typed (an unknown ``--name=value``, a stray word, an invalid choice, a value a flag does
not take) formats with that value shown as ``…`` — it may be a passphrase typed where it must
not be.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from po_desktop.errors import UsageError
from po_desktop.i18n import tr


class _Hidden:
    """A value as an error shows it: never."""

    def __repr__(self) -> str:
        return "…"

    __str__ = __repr__


def masked_token(token: str) -> str:
    """An unknown argument as a usage error may show it: an option's name, never a value."""
    if token.startswith("--"):
        name, eq, _value = token.partition("=")
        return name + ("=…" if eq else "")
    if token.startswith("-") and len(token) > 2:  # -Pvalue: a short option with its value
        return token[:2] + "…"
    if token.startswith("-") and token != "-":
        return token
    return "…"


def _hide_value(values: object) -> object:
    if isinstance(values, dict):
        return {**values, "value": _Hidden()}
    return _Hidden()


def _mask_tokens(values: object) -> object:
    return " ".join(masked_token(t) for t in str(values).split())


class _Template(str):
    """A translated template whose ``%`` first masks the values (see the module docstring)."""

    def __new__(cls, text: str, mask: Callable[[object], object]) -> _Template:
        template = super().__new__(cls, text)
        template._mask = mask
        return template

    _mask: Callable[[object], object]

    def __mod__(self, values: object) -> str:
        return str.__mod__(str(self), self._mask(values))


def _texts() -> dict[str, tuple[str, Callable[[object], object] | None]]:
    """argparse's English message id → (the translated template, how its values are masked)."""
    keep = None
    return {
        "usage: ": (tr("användning: "), keep),
        "positional arguments": (tr("argument"), keep),
        "options": (tr("flaggor"), keep),
        "optional arguments": (tr("flaggor"), keep),  # Python < 3.10
        "subcommands": (tr("underkommandon"), keep),
        "show this help message and exit": (tr("visa den här hjälpen och avsluta"), keep),
        "show program's version number and exit": (tr("visa programmets version"), keep),
        "argument %(argument_name)s: %(message)s": (
            tr("argumentet %(argument_name)s: %(message)s"),
            keep,
        ),
        "the following arguments are required: %s": (tr("det här krävs: %s"), keep),
        "one of the arguments %s is required": (tr("ett av argumenten %s krävs"), keep),
        "not allowed with argument %s": (tr("går inte att kombinera med %s"), keep),
        "expected one argument": (tr("ett värde krävs"), keep),
        "expected at most one argument": (tr("högst ett värde"), keep),
        "expected at least one argument": (tr("minst ett värde krävs"), keep),
        "unrecognized arguments: %s": (tr("okända argument: %s"), _mask_tokens),
        "ignored explicit argument %r": (tr("tar inget värde: %r"), _hide_value),
        "invalid choice: %(value)r (choose from %(choices)s)": (
            tr("ogiltigt val: %(value)r (välj bland %(choices)s)"),
            _hide_value,
        ),
        "invalid %(type)s value: %(value)r": (tr("ogiltigt värde: %(value)r"), _hide_value),
        "ambiguous option: %(option)s could match %(matches)s": (
            tr("flaggan %(option)s är tvetydig: %(matches)s"),
            keep,
        ),
        "%(prog)s: error: %(message)s\n": (tr("%(prog)s: fel: %(message)s\n"), keep),
    }


def _plural_texts() -> dict[str, tuple[str, str]]:
    return {"expected %s argument": (tr("%s värde krävs"), tr("%s värden krävs"))}


def gettext(message: str) -> str:
    found = _texts().get(message)
    if found is None:
        return message  # a message id of another Python version: English, never wrong
    text, mask = found
    if mask is None:
        return text
    return _Template(text, mask)


def ngettext(singular: str, plural: str, n: int) -> str:
    found = _plural_texts().get(singular)
    if found is None:
        return singular if n == 1 else plural
    return found[0] if n == 1 else found[1]


class _Translated:
    """argparse's gettext lookups answered by :func:`gettext` for the duration (nestable)."""

    def __enter__(self) -> None:
        self.saved = (getattr(argparse, "_"), getattr(argparse, "ngettext"))  # noqa: B009
        setattr(argparse, "_", gettext)  # noqa: B010 - names typeshed does not declare
        setattr(argparse, "ngettext", ngettext)  # noqa: B010

    def __exit__(self, *exc: object) -> None:
        setattr(argparse, "_", self.saved[0])  # noqa: B010
        setattr(argparse, "ngettext", self.saved[1])  # noqa: B010


class ArgumentParser(argparse.ArgumentParser):
    """argparse in the user's language; a usage error is one line and exit code 2. No
    abbreviated options: with them ``--passphrase SECRET`` would be taken as
    ``--passphrase-file SECRET``. No value typed is echoed in an error (see the module)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("allow_abbrev", False)
        with _Translated():
            super().__init__(*args, **kwargs)

    def parse_args(self, args=None, namespace=None):
        with _Translated():  # its own "unrecognized arguments" message
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        with _Translated():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with _Translated():
            return super().format_usage()

    def format_help(self) -> str:
        with _Translated():
            return super().format_help()

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(
            tr("{message} (se '{prog} --help')").format(message=message, prog=self.prog)
        )


__all__ = ["ArgumentParser", "gettext", "masked_token", "ngettext"]
