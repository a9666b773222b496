"""Entry point of the graphical application (built in its own issue)."""

from __future__ import annotations


def run_gui(args) -> int:
    from po_desktop.errors import PoError

    raise PoError("Det grafiska programmet är ännu inte byggt; använd kommandona (po-desktop --help).")
