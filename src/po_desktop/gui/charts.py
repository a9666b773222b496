"""A horizontal bar chart of one breakdown (QtCharts). A masked count (a string such as "<5") is
drawn as a hatched "maskerat" bar of a fixed length, never left out."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter

from po_desktop.i18n import tr


class BarChart(QChartView):
    """One chart, two axes made once and reused.

    Removing an axis from a QChart does not take its painted labels off the scene (the removed
    axis lives on, and so do its graphics items), so switching the breakdown used to leave the
    old labels under the new ones — two x-axes, two sets of category names. The axes are
    therefore created once, attached to each new series, and only their categories and range
    change; :meth:`clear` removes the series and empties the axes, it never removes them."""

    def __init__(self, parent=None):
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setObjectName("barChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._chart.legend().setVisible(False)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setMinimumHeight(240)
        self._axis_y = QBarCategoryAxis()
        self._chart.addAxis(self._axis_y, Qt.AlignmentFlag.AlignLeft)
        self._axis_x = QValueAxis()
        self._axis_x.setLabelFormat("%d")
        self._chart.addAxis(self._axis_x, Qt.AlignmentFlag.AlignBottom)
        self._set_axes_visible(False)

    def _set_axes_visible(self, visible: bool) -> None:
        self._axis_x.setVisible(visible)
        self._axis_y.setVisible(visible)

    def show_bars(self, title: str, items: Sequence[tuple[str, object]]) -> None:
        self.clear()
        self._chart.setTitle(title)
        bars = QBarSet(title)
        masked = QBarSet(tr("maskerat"))
        labels = []
        top = 0.0
        numbers = [
            float(v) for _, v in items if isinstance(v, (int, float)) and not isinstance(v, bool)
        ]
        stub = max(1.0, 0.15 * max(numbers, default=1.0))  # a masked bar: fixed, implies nothing
        for label, value in reversed(items):  # first item on top
            number = (
                float(value)
                if isinstance(value, (int, float)) and not isinstance(value, bool)
                else None
            )
            if isinstance(value, str):
                label = f"{label} ({tr('maskerat')})"
            labels.append(label)
            bars.append(number if number is not None else 0.0)
            masked.append(stub if isinstance(value, str) else 0.0)
            top = max(top, number if number is not None else stub)
        if any(isinstance(v, str) for _, v in items):
            series: QHorizontalBarSeries | QHorizontalStackedBarSeries = (
                QHorizontalStackedBarSeries()
            )
            brush = QBrush(QColor(90, 90, 90), Qt.BrushStyle.BDiagPattern)
            masked.setBrush(brush)
            masked.setBorderColor(QColor(90, 90, 90))
            masked.setLabelColor(QColor(0, 0, 0, 0))  # its length is no number: no label
            series.append(bars)
            series.append(masked)
            series.setLabelsVisible(True)
        else:
            series = QHorizontalBarSeries()
            series.append(bars)
            series.setLabelsVisible(True)
        self._chart.addSeries(series)
        self._axis_y.append(labels)
        series.attachAxis(self._axis_y)
        ticks = min(6, max(2, math.ceil(top) + 1))
        step = max(1, math.ceil(top / (ticks - 1)))  # whole-number ticks: 0, 3, 6 … 15
        self._axis_x.setRange(0, step * (ticks - 1))
        self._axis_x.setTickCount(ticks)
        series.attachAxis(self._axis_x)
        self._set_axes_visible(True)

    def clear(self) -> None:
        self._chart.removeAllSeries()
        self._axis_y.clear()
        self._axis_x.setRange(0, 1)
        self._set_axes_visible(False)
        self._chart.setTitle("")

    def series_count(self) -> int:
        return len(self._chart.series())

    def axis_count(self) -> int:
        """Axes the chart has (always the same two) — for tests."""
        return len(self._chart.axes())

    def category_labels(self) -> list[str]:
        return list(self._axis_y.categories())
