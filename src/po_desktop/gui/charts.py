"""A horizontal bar chart of one breakdown, painted with QPainter.

Why QPainter, and not QtCharts, QtGraphs or the PDFs' reportlab drawing:

- **QtCharts** is deprecated since Qt 6.10 (and its axes left old labels behind when a chart
  was reused, which this module had to work around).
- **QtGraphs**, its successor, is built on Qt Quick: a QML scene and a GPU (RHI) backend inside
  a ``QQuickWidget``. That is a large import for a few bars, and the places this program runs
  (remote desktops, virtual machines without a GPU, ``offscreen`` in the tests and the
  screenshots) are exactly where a Quick scene is least reliable.
- **The PDFs' drawing** (``printing.reports`` builds reportlab ``Drawing``\\ s,
  ``printing.chart_png`` rasterises them with Pillow for Word) would put a fixed-resolution
  picture in the window: blurred at 150 %, blind to a dark palette, re-rendered on every
  resize, and it would pull reportlab into the window's start-up.

QPainter is already loaded, draws sharply at any scale factor, takes its colours from the
palette (light and dark) and needs about as many lines as the QtCharts set-up did. What the
window and the PDFs share is the *data and its rules*, not the drawing code: ``show_bars``
takes the same ``(label, value)`` rows the PDFs' ``bar_chart`` takes, where a number is
drawn as a bar and a masked count (a string such as ``"<5"`` or ``"x"``) is drawn as a
**hatched bar** marked "maskerat" — never left out, so a question never looks as if everyone
gave the other answers. ``None`` (not reported) is drawn as "–" without a bar, a
:class:`Gap` as its own text without a bar (a year without inputs: "ej rapporterat", never 0
and never left out). Numbers are written by one formatter, :func:`default_number` (the
reports' :func:`po_desktop.domain.annual_model.fmt`: the user's decimal sign, a comma in
Swedish).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from po_desktop.i18n import local_decimal, tr

Value = object  # int | float: a bar; str: masked (hatched); None: "–"; Gap: its text


@dataclass(frozen=True)
class Gap:
    """A row without a figure, drawn as ``text`` without a bar (e.g. "ej rapporterat")."""

    text: str


def is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def default_number(value: float, decimals: int = 1) -> str:
    """Swedish digits: a space between thousands; decimals with the user's decimal sign, the
    rule of the reports' :func:`po_desktop.domain.annual_model.fmt` (a comma in Swedish)."""
    from po_desktop.domain.annual_model import fmt

    if float(value).is_integer():
        return f"{int(value):,}".replace(",", "\u00a0")
    if abs(value) < 1000:
        return fmt(float(value), decimals)
    return local_decimal(f"{value:,.{decimals}f}".replace(",", "\u00a0"))


def percent_number(value: float) -> str:
    """A percentage as the tables print it: two decimals, "54,28 %" (whole ticks "20 %")."""
    if float(value).is_integer():
        return f"{int(value)}\u00a0%"
    return default_number(value, 2) + "\u00a0%"


def nice_ticks(top: float, most: int = 6) -> list[float]:
    """Whole, round tick values from 0 to at least ``top`` (0, 5, 10 … or 0, 20 000, …)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / max(1, most - 1)
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, step)
    count = math.ceil(top / step)
    return [float(i * step) for i in range(count + 1)]


class BarChart(QWidget):
    """One horizontal bar per ``(label, value)``, the first row on top, the value at the bar's
    end. Redrawn from the rows on every paint, so switching the breakdown leaves nothing of
    the previous one behind."""

    def __init__(self, parent=None, *, number: Callable[[float], str] = default_number):
        super().__init__(parent)
        self.setObjectName("barChart")
        self.setMinimumHeight(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._title = ""
        self._rows: list[tuple[str, Value]] = []
        self._number = number

    # --- data ---------------------------------------------------------------------------------

    def show_bars(
        self,
        title: str,
        items: Sequence[tuple[str, Value]],
        *,
        number: Callable[[float], str] | None = None,
    ) -> None:
        """Show ``items`` under ``title``; ``number`` formats the values (e.g. kronor)."""
        self._title = title
        self._rows = [(str(label), value) for label, value in items]
        if number is not None:
            self._number = number
        self.setAccessibleName(title)
        self.setAccessibleDescription(
            "; ".join(f"{label}: {self._value_text(value)}" for label, value in self._rows)
        )
        self.update()

    def clear(self) -> None:
        self._title = ""
        self._rows = []
        self.setAccessibleName("")
        self.setAccessibleDescription("")
        self.update()

    def title(self) -> str:
        return self._title

    def series_count(self) -> int:
        """1 while a breakdown is shown, 0 when cleared (what the lock test looks at)."""
        return 1 if self._rows else 0

    def category_labels(self) -> list[str]:
        """The rows' labels, top to bottom."""
        return [label for label, _ in self._rows]

    def gap_labels(self) -> list[str]:
        """The rows drawn without a bar and with their own text (a :class:`Gap`)."""
        return [label for label, value in self._rows if isinstance(value, Gap)]

    def value_texts(self) -> list[str]:
        """The rows' values as drawn, top to bottom."""
        return [self._value_text(value) for _, value in self._rows]

    def masked_labels(self) -> list[str]:
        """The rows drawn as a hatched "maskerat" bar."""
        return [label for label, value in self._rows if isinstance(value, str)]

    def _value_text(self, value: Value) -> str:
        if value is None:
            return "–"
        if isinstance(value, Gap):
            return value.text
        if isinstance(value, str):
            return tr("{value} (maskerat)").format(value=value)
        if is_number(value):
            return self._number(float(value))  # type: ignore[arg-type]
        return str(value)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 320)

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        if not self._rows:
            p.end()
            return
        text = pal.color(QPalette.ColorRole.Text)
        bar = pal.color(QPalette.ColorRole.Highlight)
        grid = pal.color(QPalette.ColorRole.Mid)
        font = QFont(self.font())
        fm = QFontMetricsF(font)
        pad = 8.0
        area = QRectF(self.rect()).adjusted(pad, pad, -pad, -pad)

        title_font = QFont(font)
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(text)
        title_h = QFontMetricsF(title_font).height() + 6
        p.drawText(
            QRectF(area.left(), area.top(), area.width(), title_h),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            self._title,
        )
        area.setTop(area.top() + title_h)

        values = [float(v) for _, v in self._rows if is_number(v)]  # type: ignore[arg-type]
        ticks = nice_ticks(max(values, default=0.0))
        top = ticks[-1] or 1.0
        axis_h = fm.height() + 6
        plot_bottom = area.bottom() - axis_h

        # rows: as tall as there is room for; a smaller font when the rows are many
        n = len(self._rows)
        row_h = max(1.0, (plot_bottom - area.top()) / n)
        if fm.height() > row_h - 2:
            font.setPointSizeF(max(6.0, font.pointSizeF() * (row_h - 2) / fm.height()))
            fm = QFontMetricsF(font)
        p.setFont(font)
        label_w = min(
            max(fm.horizontalAdvance(label) for label, _ in self._rows) + 6, area.width() * 0.4
        )
        value_room = max(fm.horizontalAdvance(self._value_text(v)) for _, v in self._rows) + 8
        plot = QRectF(
            area.left() + label_w,
            area.top(),
            max(10.0, area.width() - label_w - value_room),
            plot_bottom - area.top(),
        )

        # grid and value axis
        p.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
        for t in ticks:
            x = plot.left() + plot.width() * t / top
            p.drawLine(int(x), int(plot.top()), int(x), int(plot.bottom()))
            p.setPen(text)
            tick = self._number(t)
            tw = fm.horizontalAdvance(tick)
            p.drawText(
                QRectF(x - tw / 2 - 2, plot.bottom() + 2, tw + 4, axis_h),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                tick,
            )
            p.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
        p.setPen(QPen(text, 1))
        p.drawLine(int(plot.left()), int(plot.top()), int(plot.left()), int(plot.bottom()))

        bar_h = max(1.0, min(row_h * 0.7, fm.height() * 1.6))
        masked_w = min(plot.width() * 0.15, fm.horizontalAdvance("maskerat") * 1.5)
        hatch = QBrush(grid, Qt.BrushStyle.BDiagPattern)
        for i, (label, value) in enumerate(self._rows):
            y = plot.top() + i * row_h
            mid = y + row_h / 2
            p.setPen(text)
            shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 6)
            p.drawText(
                QRectF(area.left(), y, label_w - 6, row_h),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
            box = QRectF(plot.left(), mid - bar_h / 2, 0, bar_h)
            if is_number(value):
                box.setWidth(plot.width() * float(value) / top)  # type: ignore[arg-type]
                p.fillRect(box, bar)
            elif isinstance(value, str):  # masked: a hatched bar, never left out
                box.setWidth(masked_w)
                p.setPen(QPen(grid, 1))
                p.setBrush(hatch)
                p.drawRect(box)
                p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(text)
            p.drawText(
                QRectF(box.right() + 4, y, value_room + 40, row_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self._value_text(value),
            )
        p.end()


__all__ = ["BarChart", "Gap", "default_number", "nice_ticks", "percent_number"]
