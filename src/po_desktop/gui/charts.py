"""A horizontal bar chart of one breakdown (QtCharts). Masked counts are never drawn."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter


class BarChart(QChartView):
    def __init__(self, parent=None):
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setObjectName("barChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._chart.legend().setVisible(False)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setMinimumHeight(240)

    def show_bars(self, title: str, items: list[tuple[str, object]]) -> None:
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
        axis_y = QBarCategoryAxis()
        axis_y.append(labels)
        self._chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setRange(0, max(1, top))
        axis_x.setLabelFormat("%d")
        axis_x.setTickCount(min(6, max(2, int(top) + 1)))
        self._chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)

    def clear(self) -> None:
        self._chart.removeAllSeries()
        for axis in self._chart.axes():
            self._chart.removeAxis(axis)
        self._chart.setTitle("")

    def series_count(self) -> int:
        return len(self._chart.series())
