"""The free-text fields of a systemfel and what they are called, declared once.

The service (validation messages, the personal-data refusal), the window (the form's questions)
and the printing and command line (which fields are scanned) all read :data:`TEXT_FIELDS`.
Texts are Swedish source text marked with ``QT_TR_NOOP``; translate with ``tr`` where shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from po_desktop.i18n import QT_TR_NOOP

SHORT_MAX_CHARS = 200


@dataclass(frozen=True)
class TextField:
    name: str  # the attribute / CLI option / bundle key
    subject: str  # the field as the subject of an error sentence ("Område saknas")
    in_list: str  # the field named in a list of findings ("område: personnummer")
    question: str  # the form's label
    required: bool = False
    short: bool = False  # one line (at most SHORT_MAX_CHARS), else a text box


TEXT_FIELDS: tuple[TextField, ...] = (
    TextField(
        "area",
        QT_TR_NOOP("Område"),
        QT_TR_NOOP("område"),
        QT_TR_NOOP("Område:"),
        required=True,
        short=True,
    ),
    TextField(
        "description",
        QT_TR_NOOP("Beskrivningen"),
        QT_TR_NOOP("beskrivning"),
        QT_TR_NOOP("Vilka brister gör att klienten söker stöd hos PO?"),
        required=True,
    ),
    TextField(
        "independence_effect",
        QT_TR_NOOP("Självständighet/beroende"),
        QT_TR_NOOP("ökar stödet självständighet eller beroende"),
        QT_TR_NOOP("Ökar stödet klientens självständighet eller beroendeställning?"),
    ),
    TextField(
        "measures",
        QT_TR_NOOP("Åtgärder"),
        QT_TR_NOOP("åtgärder"),
        QT_TR_NOOP("Åtgärder (vidtagna / föreslagna):"),
    ),
    TextField(
        "reported_to",
        QT_TR_NOOP("Rapporterat till"),
        QT_TR_NOOP("rapporterat till"),
        QT_TR_NOOP("Rapporterat till (ledningsgruppens kontakt):"),
        short=True,
    ),
    TextField(
        "feedback",
        QT_TR_NOOP("Återkopplingen"),
        QT_TR_NOOP("återkoppling"),
        QT_TR_NOOP("Återkopplingens innehåll:"),
    ),
)
BY_NAME: dict[str, TextField] = {f.name: f for f in TEXT_FIELDS}
NAMES: tuple[str, ...] = tuple(f.name for f in TEXT_FIELDS)

__all__ = ["BY_NAME", "NAMES", "SHORT_MAX_CHARS", "TEXT_FIELDS", "TextField"]
