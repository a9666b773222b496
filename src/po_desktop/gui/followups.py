"""How follow-ups (bevakningar) are shown in tables: what it is about first, the date to watch
with a relative day beside it ("om 3 dagar", "2 dagar sen"), overdue in colour *and* words,
columns without content kept narrow. Presentation only; the dates come from the services."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from po_desktop.gui.models import Column
from po_desktop.gui.widgets import label_of
from po_desktop.i18n import relative_days, tr

NARROW_WIDTH = 36
AUTO_HIDDEN = "poAutoHiddenColumns"


def overdue_colour(f) -> QColor | None:
    """The danger colour of the palette in use (light or dark) for an overdue follow-up."""
    from po_desktop.gui.style import danger_colour

    return danger_colour() if getattr(f, "overdue", False) else None


def relative_due(f, today: dt.date | None = None) -> str:
    """ "om 3 dagar", "i dag", "försenad – 2 dagar sen" (the word, not only the colour)."""
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
        parts.append(tr("Eget datum; förslaget var {date}").format(date=f.proposed_due.isoformat()))
    return " · ".join(parts) or None


def follow_up_columns(*, with_alias: bool = False, detailed: bool = False) -> list[Column]:
    """Kommentar first; the date to watch with its relative day beside it."""
    cols = [Column(tr("Kommentar"), lambda f: f.text, tooltip=lambda f: f.text)]
    if with_alias:
        cols.append(Column(tr("Alias"), lambda f: f.alias))
    cols += [
        Column(
            tr("Steg"),
            lambda f: label_of("follow_up_step", f.step),
            tooltip=lambda f: label_of("follow_up_step", f.step),  # whole when elided
        ),
        Column(tr("Bevaka senast"), _due_text, foreground=overdue_colour, tooltip=_due_tooltip),
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
    """Size to contents; a column with no content in any row shrinks to a narrow strip; and
    again whenever the table gets another width (a card shown, the window resized)."""
    if table.property(REFIT) is None:
        refit = _Refit(table)
        table.viewport().installEventFilter(refit)
        table.setProperty(REFIT, True)
    for col in table.property(AUTO_HIDDEN) or []:  # hidden by _fit_width for want of room
        table.horizontalHeader().showSection(col)
    table.setProperty(AUTO_HIDDEN, [])
    table.resizeColumnsToContents()
    model = table.model()
    if model is None:
        return
    rows = model.rowCount()
    for col in range(model.columnCount()):
        empty = all(not model.index(r, col).data() for r in range(rows))
        if empty and rows:
            table.horizontalHeader().resizeSection(col, NARROW_WIDTH)
    _fit_width(table)


MIN_COMMENT_WIDTH = 90
MIN_STEP_WIDTH = 80
LAST_COMMENT_WIDTH = 48
REFIT = "poRefitOnResize"


class _Refit(QObject):
    def __init__(self, table: QTableView):
        super().__init__(table)
        self.table = table
        self.width = -1

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched.width() != self.width:
            self.width = watched.width()
            fit_columns(self.table)
        return False


def _fit_width(table: QTableView) -> None:
    """Wider than the table? The comment column (first; its tooltip holds the whole text)
    gives up the difference, then the step column (elided, its tooltip holds the whole
    label), so the dates and "försenad – 3 dagar sen" stay whole and no column hides behind a
    horizontal scroll bar (at 150 % scale too)."""
    header = table.horizontalHeader()
    room = table.viewport().width()
    if room <= 0 or header.count() == 0 or header.isSectionHidden(0):
        return
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    used = sum(header.sectionSize(c) for c in shown)
    if header.stretchLastSection() and shown:
        # the stretched last column only fills what is left: count what its text needs, and
        # no less than the header's default size (what it falls back to when nothing is left)
        last = shown[-1]
        # plus a character of room: at a fractional scale (150 %) the painted text is a
        # fraction wider than the hint, and an exact fit was elided to "försenad – 3 dagar…"
        wanted = max(
            table.sizeHintForColumn(last) + table.fontMetrics().averageCharWidth(),
            header.sectionSizeHint(last),
            header.defaultSectionSize(),
        )
        used += wanted - header.sectionSize(last)
    over = used - room
    if over > 0:
        width = header.sectionSize(0)
        header.resizeSection(0, max(MIN_COMMENT_WIDTH, width - over))
        over -= width - header.sectionSize(0)
    model = table.model()
    for col in range(header.count() - 1, 0, -1):  # still too wide: empty strips go
        if over <= 0 or model is None:
            break
        if (
            header.sectionSize(col) == NARROW_WIDTH
            and not header.isSectionHidden(col)
            and not any(model.index(r, col).data() for r in range(model.rowCount()))
        ):
            header.hideSection(col)
            table.setProperty(AUTO_HIDDEN, [*(table.property(AUTO_HIDDEN) or []), col])
            over -= NARROW_WIDTH
    step = _column_titled(table, tr("Steg"))
    if over > 0 and step is not None:  # still too wide: the step label is elided too
        width = header.sectionSize(step)
        header.resizeSection(step, max(MIN_STEP_WIDTH, width - over))
        over -= width - header.sectionSize(step)
    if over > 0:  # the last resort: the comment down to a few letters
        width = header.sectionSize(0)
        header.resizeSection(0, max(LAST_COMMENT_WIDTH, width - over))


def _column_titled(table: QTableView, title: str) -> int | None:
    model = table.model()
    if model is None:
        return None
    for col in range(model.columnCount()):
        if model.headerData(col, Qt.Orientation.Horizontal) == title:
            return col
    return None


__all__ = ["fit_columns", "follow_up_columns", "overdue_colour", "relative_due"]
