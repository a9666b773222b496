"""The start view's follow-up cards fit their table: the comment (then the step label) gives
way, elided with the whole text in its tooltip; the dates and "försenad – … sen" stay whole and
no card scrolls sideways."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from po_desktop.services import casework as cw
from tests.fixtures.gui_helpers import unlock

LONG = "Överklagande av beslut om bostadsanpassning, kontakta handläggaren och begär omprövning"


def test_follow_up_cards_fit_without_sideways_scrolling(
    make_window, vault, vault_path, passphrase, qtbot
):
    today = dt.date.today()
    for alias in ("AB12", "CD34", "EF56"):
        cw.add_assignment(
            vault,
            alias=alias,
            gender="woman",
            birth_year=1980,
            municipality="Mora",
            referral_source="self",
            start=dt.date(2024, 1, 5),
        )
        cw.add_follow_up(
            vault, alias, step="decision_served", date=today - dt.timedelta(days=40), text=LONG
        )
        cw.add_follow_up(
            vault,
            alias,
            step="application_posted",
            date=today,
            due=today + dt.timedelta(days=5),
            text=LONG,
        )
    vault.lock()
    win = make_window(vault_path)
    win.resize(1366, 768)
    unlock(win, passphrase, qtbot)
    view = win.show_view("start")
    qtbot.wait(50)
    for table in (view.overdue_table, view.upcoming_table):
        assert table.isVisible()
        header = table.horizontalHeader()
        assert header.length() <= table.viewport().width(), table.objectName()
        assert not table.horizontalScrollBar().isVisible(), table.objectName()
        last = header.count() - 1  # "När": "försenad – 19 dagar sen" whole
        assert header.sectionSize(last) >= table.sizeHintForColumn(last), table.objectName()
        # with a character to spare: an exact fit is elided at a fractional scale (150 %)
        fm = table.fontMetrics()
        longest = max(
            fm.horizontalAdvance(str(model_text))
            for model_text in (
                table.model().index(r, last).data() for r in range(table.model().rowCount())
            )
        )
        assert header.sectionSize(last) >= longest + 6 + fm.averageCharWidth(), table.objectName()
        model = table.model()
        # what gave way is elided on screen, whole in the tooltip
        assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == LONG
        step = model.index(0, 2)
        assert step.data(Qt.ItemDataRole.ToolTipRole) == step.data()
