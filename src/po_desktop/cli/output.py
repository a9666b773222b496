"""How the command line writes values in its text output (``--json`` writes them as they are)."""

from __future__ import annotations

from po_desktop.i18n import local_decimal


def number_text(value: object) -> str:
    """``1.5`` → "1,5", ``Decimal("1.50")`` → "1,50", ``12`` → "12" (the user's decimal sign);
    None (not reported) → "–"."""
    if value is None:
        return "–"
    return local_decimal(f"{value:g}" if isinstance(value, float) else str(value))


__all__ = ["number_text"]
