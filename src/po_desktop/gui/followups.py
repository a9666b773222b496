"""How follow-ups (bevakningar) are shown in tables: what it is about first, the date to watch
with a relative day beside it ("om 3 dagar", "2 dagar sen"), overdue in colour *and* words,
columns without content kept narrow. Presentation only; the dates come from the services."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from po_desktop.gui.models import Column
from po_desktop.gui.widgets import label_of
from po_desktop.i18n import relative_days, tr

NARROW_WIDTH = 36


def overdue_colour(f) -> QColor | None:
    """The danger colour of the palette in use (light or dark) for an overdue follow-up."""
    from po_desktop.gui.style import danger_colour

    return danger_colour() if getattr(f, "overdue", False) else None


def relative_due(f, today: dt.date | None = None) -> str:
    """"om 3 dagar", "i dag", "försenad – 2 dagar sen" (the word, not only the colour)."""
    if getattr(f, "due", None) is None or getattr(f, "done", False):
        return ""
    when = relative_days((f.due - (today or dt.date.today())).days)
    return tr("försenad – {when}").format(when=when) if f.overdue else when


def _due_text(f) -> str:
    """The date to watch; "(egen)" when the ombud chose it over the proposal."""
    if f.due is None:
        return ""
    if f.due_overridden:
        return tr("{date} (egen)").format(date=f.due.isoformat())
    return f.due.isoformat()


def _due_tooltip(f) -> str | None:
    parts = []
    if f.overdue:
        parts.append(tr("Försenad"))
    if f.due_overridden and f.proposed_due:
        parts.append(tr("Eget datum; förslaget var {date}").format(
            date=f.proposed_due.isoformat()))
    return " · ".join(parts) or None


def follow_up_columns(*, with_alias: bool = False, detailed: bool = False) -> list[Column]:
    """Kommentar first; the date to watch with its relative day beside it."""
    cols = [Column(tr("Kommentar"), lambda f: f.text, tooltip=lambda f: f.text)]
    if with_alias:
        cols.append(Column(tr("Alias"), lambda f: f.alias))
    cols += [
        Column(tr("Steg"), lambda f: label_of("follow_up_step", f.step)),
        Column(tr("Bevaka senast"), _due_text, foreground=overdue_colour,
               tooltip=_due_tooltip),
        Column(tr("När"), relative_due, foreground=overdue_colour),
    ]
    if detailed:
        cols += [
            Column(tr("Datum"), lambda f: f.date),
            Column(tr("Delgivet"), lambda f: f.served_on),
            Column(tr("Klar"), lambda f: f.done_on if f.done else None),
        ]
    return cols


def fit_columns(table: QTableView) -> None:
    """Size to contents; a column with no content in any row shrinks to a narrow strip."""
    table.resizeColumnsToContents()
    model = table.model()
    if model is None:
        return
    rows = model.rowCount()
    for col in range(model.columnCount()):
        empty = all(not model.index(r, col).data() for r in range(rows))
        if empty and rows:
            table.horizontalHeader().resizeSection(col, NARROW_WIDTH)


__all__ = ["fit_columns", "follow_up_columns", "overdue_colour", "relative_due"]
