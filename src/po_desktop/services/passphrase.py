"""The passphrase rule, one for creating a vault and for changing its passphrase.

A passphrase shorter than :data:`MIN_CHARS` is refused everywhere (window and command line) unless
the user explicitly accepts it ("använd den ändå" in the window, ``--allow-short`` on the command
line); an empty one is always refused. A long but guessable one is allowed with a warning: the
window shows :func:`passphrase_policy`'s warnings as advice.

Strength comes from zxcvbn, imported only when a passphrase is rated (start-up stays fast). Since
zxcvbn 4.5 it raises on input longer than 72 characters, so only the first
:data:`ZXCVBN_MAX_CHARS` are rated (a longer passphrase is at least as strong). The unit's label
and municipalities are passed as ``user_inputs``: a passphrase built from them is weak.
"""

from __future__ import annotations

from collections.abc import Iterable

from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr

MIN_CHARS = 8
ZXCVBN_MAX_CHARS = 72
#: zxcvbn score (0–4) from which no warning is given.
GOOD_SCORE = 3


def strength(passphrase: str, user_inputs: Iterable[str] = ()) -> tuple[int, str]:
    """zxcvbn score 0–4 and a Swedish word for it ("" for an empty passphrase)."""
    if not passphrase:
        return 0, ""
    from zxcvbn import zxcvbn

    inputs = [w for x in user_inputs if x for w in (str(x), *str(x).split())]
    score = int(zxcvbn(passphrase[:ZXCVBN_MAX_CHARS], user_inputs=inputs)["score"])
    words = [tr("mycket svag"), tr("svag"), tr("godtagbar"), tr("stark"), tr("mycket stark")]
    return score, words[max(0, min(score, 4))]


def passphrase_policy(passphrase: str, user_inputs: Iterable[str] = ()) -> tuple[bool, list[str]]:
    """``(ok, warnings)``: ``ok`` is False when the passphrase breaks the rule (too short) and
    may not be used; ``warnings`` explain what is wrong or weak (Swedish, one sentence each).
    ``ok`` with warnings: it may be used after the user confirms."""
    if len(passphrase) < MIN_CHARS:
        return False, [tr("Lösenfrasen är för kort (minst {n} tecken).").format(n=MIN_CHARS)]
    score, word = strength(passphrase, user_inputs)
    if score < GOOD_SCORE:
        return True, [
            tr("Lösenfrasen är {word} och lätt att gissa. Flera ovanliga ord är bättre.").format(
                word=word
            )
        ]
    return True, []


class ShortPassphrase(RejectedInput):
    """A new passphrase under :data:`MIN_CHARS` without an explicit "use it anyway"."""


def passphrase_too_short(passphrase: str) -> bool:
    return len(passphrase) < MIN_CHARS


def require_acceptable(passphrase: str, *, allow_short: bool = False) -> None:
    """The one rule for a new passphrase (vault creation and change, window and command line):
    never empty; shorter than :data:`MIN_CHARS` only when the user explicitly accepts it.
    Refused: :class:`RejectedInput` (:class:`ShortPassphrase` when only the length is wrong)."""
    if not isinstance(passphrase, str) or not passphrase:
        raise RejectedInput(tr("Lösenfrasen får inte vara tom."))
    if passphrase_too_short(passphrase) and not allow_short:
        raise ShortPassphrase(
            tr(
                "Lösenfrasen är för kort (minst {n} tecken). Välj en längre, eller bekräfta att "
                "du vill använda den ändå."
            ).format(n=MIN_CHARS)
        )


#: The names the window and the command line use (one rule, :func:`require_acceptable`).
MIN_PASSPHRASE_LENGTH = MIN_CHARS
check_new_passphrase = require_acceptable

__all__ = [
    "GOOD_SCORE",
    "MIN_CHARS",
    "MIN_PASSPHRASE_LENGTH",
    "ShortPassphrase",
    "check_new_passphrase",
    "passphrase_policy",
    "passphrase_too_short",
    "require_acceptable",
    "strength",
]
