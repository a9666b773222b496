"""Found on the newcomer walk at 1366×768 (tools/screenshots.py): what a tired ombud or
coordinator would trip over, one test each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel


def _clipped(widget) -> bool:
    return widget.isVisible() and widget.width() < widget.sizeHint().width()


def test_new_assignment_dialog_shows_every_area_and_its_label_whole(unlocked_window, qtbot):
    view = unlocked_window.view("assignments")
    dialog = view.new_assignment()
    qtbot.waitExposed(dialog)
    label = dialog.form.labelForField(dialog.areas)
    assert isinstance(label, QLabel)
    assert not _clipped(label), label.text()
    boxes = dialog.areas.findChildren(QCheckBox)
    assert boxes
    assert not [b.text() for b in boxes if _clipped(b)]
    dialog.reject()


def _dark_palette():
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    dark = QPalette(QApplication.instance().palette())
    for role, colour in [
        (QPalette.ColorRole.Window, "#1f2328"),
        (QPalette.ColorRole.WindowText, "#e6e8eb"),
        (QPalette.ColorRole.Base, "#16191d"),
        (QPalette.ColorRole.Text, "#e6e8eb"),
    ]:
        dark.setColor(role, QColor(colour))
    return dark


def _cell_colours(table, row, col):
    """(background, text) of a cell as drawn: its own brushes, else the table's palette."""
    from PySide6.QtCore import Qt

    item = table.item(row, col)
    pal = table.palette()
    none = Qt.BrushStyle.NoBrush
    bg = item.background().color() if item.background().style() != none else pal.base().color()
    fg = item.foreground().color() if item.foreground().style() != none else pal.text().color()
    return bg, fg


def test_survey_tally_rows_stay_readable_in_a_dark_palette(unlocked_window, qtbot):
    import datetime as dt

    from PySide6.QtWidgets import QApplication

    from po_desktop.services import survey

    win = unlocked_window
    survey.add_round(
        win.vault,
        label="Hösten",
        date_from=dt.date(2026, 9, 1),
        date_to=dt.date(2026, 10, 31),
        handed_out=5,
    )
    app = QApplication.instance()
    light = app.palette()
    try:
        app.setPalette(_dark_palette())
        qtbot.wait(20)
        view = win.show_view("survey")
        table = view.entry.table
        assert table.rowCount() > 2
        qtbot.keyClick(view.entry, "4")  # row 1 is now the current one
        for row in (0, 1, 2):
            bg, fg = _cell_colours(table, row, 1)
            assert abs(bg.lightness() - fg.lightness()) > 100, (row, bg.name(), fg.name())
    finally:
        app.setPalette(light)
        qtbot.wait(20)


def test_statistics_compared_with_last_year_shows_the_labels_whole(unlocked_window, qtbot):
    win = unlocked_window
    win.resize(1366, 768)
    stats = win.show_view("statistics")
    stats.picker.kind.setCurrentIndex(1)  # a year
    qtbot.wait(20)
    stats.compare.setChecked(True)
    qtbot.wait(50)
    table = stats.panel.table
    assert not table.isColumnHidden(2)
    header = table.horizontalHeader()
    assert header.sectionSize(0) >= table.sizeHintForColumn(0)
    assert stats.panel.chart.width() >= 300  # the chart keeps its room


def _restore_drafts(win, qtbot):
    from PySide6.QtWidgets import QMessageBox

    boxes = [
        b for b in win.findChildren(QMessageBox) if b.objectName() == "draftsBox" and b.isVisible()
    ]
    assert len(boxes) == 1
    text = boxes[0].text()
    next(b for b in boxes[0].buttons() if b.objectName() == "restoreDrafts").click()
    qtbot.wait(20)
    return text


def test_a_half_written_activity_and_survey_round_survive_the_idle_lock(
    unlocked_window, passphrase, qtbot
):
    from tests.fixtures.gui_helpers import unlock

    win = unlocked_window
    view = win.show_view("activities")
    dialog = view.add_dialog()
    dialog.title.setText("Information på vårdcentralen")
    dialog.participants.setText("12")
    win.lock("test")
    assert win.vault is None
    unlock(win, passphrase, qtbot)
    assert "ny aktivitet" in _restore_drafts(win, qtbot)
    from po_desktop.gui.views.activities import ActivityDialog

    shown = [d for d in win.findChildren(ActivityDialog) if d.isVisible()]
    assert len(shown) == 1
    assert shown[0].title.text() == "Information på vårdcentralen"
    assert shown[0].participants.text() == "12"
    shown[0].reject()

    survey = win.show_view("survey")
    dialog = survey.new_round_dialog()
    dialog.label.setText("Våren")
    dialog.handed_out.setText("25")
    win.lock("test")
    unlock(win, passphrase, qtbot)
    assert "ny enkätomgång" in _restore_drafts(win, qtbot)
    from po_desktop.gui.views.survey import RoundDialog

    shown = [d for d in win.findChildren(RoundDialog) if d.isVisible()]
    assert len(shown) == 1
    assert (shown[0].label.text(), shown[0].handed_out.text()) == ("Våren", "25")
    shown[0].reject()


def test_economy_inputs_are_not_lost_by_a_year_change_or_the_lock(
    make_window, coordinator_vault, passphrase, qtbot
):
    from po_desktop.services import coordinator as co
    from po_desktop.services import economy as ec
    from tests.fixtures.gui_helpers import unlock

    v = coordinator_vault
    v.set_settings({"municipalities": ["Kiruna", "Pajala"]})
    co.expect_unit(v, "PO Lappland")
    path = v.path
    v.lock()
    win = make_window(path)
    unlock(win, passphrase, qtbot)
    view = win.show_view("economy")
    view.year.setValue(2016)
    view.grant.setText("302400")
    view.year.setValue(2017)  # another year: 2016's typed grant is saved first
    assert ec.economy(win.vault, 2016).inputs.grant_per_fte == 302_400
    assert view.grant.text() == "" and view.year.value() == 2017
    view.parties.setPlainText("Försäkringskassan")
    win.lock("test")
    assert view.parties.toPlainText() == ""
    unlock(win, passphrase, qtbot)
    assert ec.economy(win.vault, 2017).parties == ("Försäkringskassan",)
    # a cell that does not parse: the year stays, with what was typed and the reason
    view = win.show_view("economy")
    view.year.setValue(2017)
    view.grant.setText("trehundratusen")
    view.year.setValue(2018)
    assert view.year.value() == 2017
    assert view.grant.text() == "trehundratusen"
    assert "trehundratusen" in view.message.text()


def test_coordinator_annual_view_says_which_year_bundles_it_will_count(
    make_window, coordinator_vault, passphrase, qtbot
):
    from po_desktop.services import coordinator as co
    from tests.fixtures.gui_helpers import data_left_in, unlock

    v = coordinator_vault
    co.expect_unit(v, "PO Mora")
    co.expect_unit(v, "PO Falun")
    path = v.path
    v.lock()
    win = make_window(path)
    unlock(win, passphrase, qtbot)
    view = win.show_view("annual")
    view.year.setValue(2026)
    status = view.units_status
    assert status.isVisible()
    assert "0 av 2" in status.text()
    assert "PO Falun" in status.text() and "Enheter och import" in status.text()
    win.lock("test")
    assert not status.text()
    assert data_left_in(win) == []


def test_ombud_annual_view_has_no_units_line(unlocked_window):
    view = unlocked_window.show_view("annual")
    assert not view.units_status.isVisible()


def test_economy_budget_sort_is_shown_and_chosen_in_swedish(
    make_window, coordinator_vault, passphrase, qtbot
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    from po_desktop.services import economy as ec
    from tests.fixtures.gui_helpers import unlock

    v = coordinator_vault
    ec.set_inputs(v, 2016, budget=[ec.parse_budget("Löner=staff:3240000")])
    path = v.path
    v.lock()
    win = make_window(path)
    unlock(win, passphrase, qtbot)
    view = win.show_view("economy")
    view.year.setValue(2016)
    assert view.budget.item(0, 1).text() == "personalkostnad"  # not the code "staff"
    assert view.parsed_inputs()["budget"][0].kind == "staff"
    # the sort is chosen from the labels
    index = view.budget.model().index(0, 1)
    delegate = view.budget.itemDelegateForColumn(1)
    editor = delegate.createEditor(view.budget.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    assert editor.currentData() == "staff"
    assert "personalomkostnad (PO-påslag)" in [editor.itemText(i) for i in range(editor.count())]
    editor.setCurrentIndex(editor.findData("premises"))
    delegate.setModelData(editor, view.budget.model(), index)
    assert view.budget.item(0, 1).text() == "lokaler"
    assert view.budget.item(0, 1).data(Qt.ItemDataRole.UserRole) == "premises"
    assert view.parsed_inputs()["budget"][0].kind == "premises"
    assert view.save_now()
    assert ec.economy(win.vault, 2016).inputs.budget[0].kind == "premises"


def test_follow_up_tables_fit_their_width_at_1366(unlocked_window, qtbot):
    import datetime as dt

    from po_desktop.services import casework as cw

    win = unlocked_window
    win.resize(1366, 768)
    today = dt.date.today()
    cw.add_assignment(
        win.vault,
        alias="QW12",
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=today,
    )
    cw.add_follow_up(
        win.vault,
        "QW12",
        step="application_posted",
        date=today - dt.timedelta(days=40),
        due=today - dt.timedelta(days=3),
        text="Bostadstillägg och försörjningsstöd för hela hösten",
    )
    cw.add_follow_up(win.vault, "QW12", step="decision_served", date=today, served_on=today)
    view = win.show_view("assignments")
    view.open_item(("QW12", "follow_ups"))
    qtbot.wait(50)
    view.refresh()
    view.open_item(("QW12", "follow_ups"))
    qtbot.wait(50)
    tables = [view.follow_table]
    start = win.show_view("start")
    qtbot.wait(50)
    tables += [
        t
        for t in start.findChildren(type(view.follow_table))
        if t.model() is not None
        and t.model().rowCount()
        and t.model().headerData(0, Qt.Orientation.Horizontal) == "Kommentar"
    ]
    assert len(tables) >= 2
    for table in tables:
        header = table.horizontalHeader()
        used = sum(
            header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)
        )
        assert used <= table.viewport().width() + 1, (table.objectName(), used)
        when = [
            c
            for c in range(header.count())
            if table.model().headerData(c, Qt.Orientation.Horizontal) == "När"
        ][0]
        assert header.sectionSize(when) >= table.sizeHintForColumn(when), table.objectName()


def test_a_restored_dialog_stays_over_its_own_view(unlocked_window, passphrase, qtbot):
    from tests.fixtures.gui_helpers import unlock

    win = unlocked_window
    sf = win.show_view("system_failures")
    sf.new_failure()
    sf.fields["area"].setText("Boende")
    activities = win.show_view("activities")
    dialog = activities.add_dialog()
    dialog.title.setText("Information på biblioteket")
    win.lock("test")
    unlock(win, passphrase, qtbot)
    text = _restore_drafts(win, qtbot)
    assert "systemfel" in text and "ny aktivitet" in text
    assert sf.fields["area"].text() == "Boende"
    assert win.current_view() is activities
    from po_desktop.gui.views.activities import ActivityDialog

    assert [d.title.text() for d in win.findChildren(ActivityDialog) if d.isVisible()] == [
        "Information på biblioteket"
    ]


def test_a_new_coordinator_vault_says_what_to_do_first(
    make_window, coordinator_vault, passphrase, qtbot
):
    from tests.fixtures.gui_helpers import unlock

    v = coordinator_vault
    path = v.path
    v.lock()
    win = make_window(path)
    unlock(win, passphrase, qtbot)
    view = win.show_view("coordinator")
    assert view.no_units_hint.isVisible() and "Lägg till" in view.no_units_hint.text()
    view.new_unit.setText("PO Mora")
    qtbot.keyClick(view.new_unit, Qt.Key.Key_Return)
    assert view.units_model.rowCount() == 1
    assert not view.no_units_hint.isVisible()


def test_an_empty_survey_form_needs_a_second_enter(unlocked_window, qtbot):
    import datetime as dt

    from po_desktop.services import survey

    win = unlocked_window
    survey.add_round(
        win.vault,
        label="Hösten",
        date_from=dt.date(2026, 9, 1),
        date_to=dt.date(2026, 10, 31),
        handed_out=5,
    )
    view = win.show_view("survey")
    qtbot.keyClick(view.entry, "4")
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    assert view.counter.text() == "Inmatade enkäter: 1 av 5 utdelade"
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)  # a double Enter: not counted
    assert view.counter.text() == "Inmatade enkäter: 1 av 5 utdelade"
    assert "inga svar" in view.message.text()
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)  # meant: a form returned without ticks
    assert view.counter.text() == "Inmatade enkäter: 2 av 5 utdelade"
    qtbot.keyClick(view.entry, "5")
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    assert view.counter.text() == "Inmatade enkäter: 3 av 5 utdelade"
    assert survey.get_round(win.vault, view.round_id()).responses == 3
