"""A horizontal bar chart of one breakdown (QtCharts). Masked counts are never drawn."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter


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
        labels = []
        top = 0
        for label, value in reversed(items):  # first item on top
            labels.append(label)
            number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else 0
            bars.append(float(number))
            top = max(top, number)
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
