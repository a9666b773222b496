"""The window's bar chart draws a masked count as a hatched "maskerat" bar (issue 19)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_masked_value_gets_a_hatched_bar(qtbot):
    from po_desktop.gui.charts import BarChart

    chart = BarChart()
    qtbot.addWidget(chart)
    chart.show_bars("Kön", [("kvinna", 12), ("man", "<5"), ("annat", 0)])
    series = chart.chart().series()[0]
    sets = {s.label(): s for s in series.barSets()}
    masked = sets["maskerat"]
    assert masked.brush().style() == Qt.BrushStyle.BDiagPattern
    # categories are drawn bottom-up: annat, man, kvinna
    assert [masked.at(i) > 0 for i in range(3)] == [False, True, False]
    assert chart.category_labels() == ["annat", "man (maskerat)", "kvinna"]
    chart.show_bars("Kön", [("kvinna", 12), ("man", 3)])  # nothing masked: one plain set
    assert len(chart.chart().series()[0].barSets()) == 1
