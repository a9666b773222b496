"""Issue 12's correctness traps in the window: the appeal deadline follows the served date live,
every step shows a date to watch, nothing statistical is filled in for the user, aliases that
are names are refused inline, follow-up tables say what and when."""

from __future__ import annotations

import datetime as dt

from po_desktop.domain.deadlines import appeal_deadline, next_working_day
from po_desktop.services import casework as cw
from tests.fixtures.gui_helpers import set_date, table_texts


def _assignment(vault, alias="AB12"):
    return cw.add_assignment(
        vault,
        alias=alias,
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=dt.date.today() - dt.timedelta(days=30),
    )


def _follow_up_dialog(win):
    _assignment(win.vault)
    view = win.show_view("assignments")
    view.refresh()
    view.open_item("AB12")
    return view, view.new_follow_up()


# --- trap 1 ------------------------------------------------------------------------------------


def test_decision_served_deadline_follows_the_date_live(unlocked_window):
    view, dialog = _follow_up_dialog(unlocked_window)
    today = dt.date.today()
    dialog.step.set_code("decision_served")
    assert not dialog.served.isChecked()  # no second date copied from "today"
    assert "Delgivet" in dialog.date_label.text()
    first = today - dt.timedelta(days=3)
    set_date(dialog.date, first)
    assert appeal_deadline(first).isoformat() in dialog.proposal.text()
    later = today + dt.timedelta(days=5)
    set_date(dialog.date, later)  # the proposal moves with the one date
    deadline = appeal_deadline(later)
    assert deadline.isoformat() in dialog.proposal.text()
    assert f"{(deadline - today).days} dagar kvar" in dialog.proposal.text()
    assert dialog.due.date().toPython() == deadline
    dialog.accept()
    assert not dialog.error.text(), dialog.error.text()
    f = cw.list_follow_ups(unlocked_window.vault)[0]
    assert (f.served_on, f.due, f.due_overridden) == (later, deadline, False)


def test_another_served_date_is_an_explicit_choice(unlocked_window):
    view, dialog = _follow_up_dialog(unlocked_window)
    dialog.step.set_code("decision_served")
    day = dt.date.today()
    set_date(dialog.date, day)
    set_date(dialog.served_on, day - dt.timedelta(days=10))
    assert appeal_deadline(day).isoformat() in dialog.proposal.text()  # not ticked: ignored
    assert dialog.served.isVisible() and "annan dag" in dialog.served.text()
    dialog.served.setChecked(True)
    assert appeal_deadline(day - dt.timedelta(days=10)).isoformat() in dialog.proposal.text()
    dialog.accept()
    f = cw.list_follow_ups(unlocked_window.vault)[0]
    assert f.served_on == day - dt.timedelta(days=10)
    view.follow_table.selectRow(0)
    edit = view.edit_follow_up()
    assert edit is not None and edit.served.isChecked()
    edit.reject()


# --- trap 2 ------------------------------------------------------------------------------------


def test_a_step_without_a_deadline_gets_a_watch_date(unlocked_window):
    view, dialog = _follow_up_dialog(unlocked_window)
    day = dt.date.today() - dt.timedelta(days=3)
    dialog.step.set_code("application_posted")
    set_date(dialog.date, day)
    expected = next_working_day(day + dt.timedelta(days=7))
    assert "Bevaka senast" in dialog.proposal.text()
    assert expected.isoformat() in dialog.proposal.text()
    dialog.text.setText("Bostadsbidrag")
    dialog.accept()
    f = cw.list_follow_ups(unlocked_window.vault)[0]
    assert (f.due, f.due_overridden) == (expected, False)
    # Kommentar first, the date to watch and a relative day beside it
    row = table_texts(view.follow_table)[0]
    assert row[0] == "Bostadsbidrag" and row[2] == expected.isoformat()
    days = (expected - dt.date.today()).days
    assert row[3] == {0: "i dag", 1: "i morgon"}.get(days, f"om {days} dagar")
    start = unlocked_window.show_view("start")
    if days <= 14:
        assert [r[0] for r in table_texts(start.upcoming_table)] == ["Bostadsbidrag"]


def test_overdue_is_said_in_words_not_only_colour(unlocked_window):
    win = unlocked_window
    _assignment(win.vault)
    today = dt.date.today()
    cw.add_follow_up(
        win.vault,
        "AB12",
        step="other",
        date=today - dt.timedelta(days=30),
        due=today - dt.timedelta(days=2),
        text="Ansökan FK",
    )
    start = win.show_view("start")
    row = table_texts(start.overdue_table)[0]
    assert row[0] == "Ansökan FK" and "försenad" in row[-1] and "2 dagar sen" in row[-1]


# --- trap 3 ------------------------------------------------------------------------------------


def test_new_assignment_starts_unchosen_and_refuses_alias_only(unlocked_window):
    win = unlocked_window
    view = win.show_view("assignments")
    dialog = view.new_assignment()
    assert dialog.gender.code() is None and dialog.gender.currentText() == "Välj…"
    assert dialog.referral_source.code() is None
    assert dialog.birth_year.year() is None and dialog.birth_year.text() == "Välj…"
    dialog.alias.setText("AB12")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text().startswith("Välj")
    assert cw.list_assignments(win.vault, include_closed=True) == []
    dialog.gender.set_code("unknown")  # "uppgift saknas" is a real choice
    dialog.birth_year.stepBy(1)  # the first step lands on a plausible year, not 1900
    assert dialog.birth_year.year() == 1980
    dialog.municipality.setCurrentIndex(dialog.municipality.findData("Mora"))
    dialog.referral_source.set_code("self")
    set_date(dialog.start, dt.date(2026, 1, 5))  # typed, never today (test_no_invented_dates)
    dialog.accept()
    assert cw.get_assignment(win.vault, "AB12").gender == "unknown"


def test_birth_year_uppgift_saknas_is_a_choice(unlocked_window):
    win = unlocked_window
    dialog = win.show_view("assignments").new_assignment()
    dialog.alias.setText("QX7")
    dialog.gender.set_code("woman")
    dialog.municipality.setCurrentIndex(dialog.municipality.findData("Mora"))
    dialog.referral_source.set_code("self")
    set_date(dialog.start, dt.date(2026, 1, 5))
    dialog.accept()
    assert dialog.isVisible() and "födelseår" in dialog.error.text()  # not chosen: refused
    dialog.birth_year_unknown.setChecked(True)
    assert not dialog.birth_year.isEnabled()
    dialog.accept()
    assert not dialog.isVisible()
    assert cw.get_assignment(win.vault, "QX7").birth_year is None


def test_systemfel_authority_must_be_chosen(unlocked_window):
    win = unlocked_window
    view = win.show_view("system_failures")
    view.new_failure()
    assert view.authority.code() is None
    view.fields["area"].setText("Försörjningsstöd")
    view.fields["description"].setPlainText("Långa handläggningstider.")
    set_date(view.identified_on, dt.date(2026, 2, 3))
    assert view.save() is None
    assert view.message.text().startswith("Välj") and cw.list_system_failures(win.vault) == []


# --- trap 4 ------------------------------------------------------------------------------------


def test_a_name_as_alias_is_refused_inline(unlocked_window):
    win = unlocked_window
    dialog = win.show_view("assignments").new_assignment()
    dialog.alias.setText("Anna Svensson")
    assert dialog.alias_error.isVisible() and "AB12" in dialog.alias_error.text()
    dialog.alias.setText("AS12")
    assert not dialog.alias_error.isVisible()
    dialog.alias.setText("Tova")
    dialog.gender.set_code("woman")
    dialog.birth_year.setValue(1990)
    dialog.municipality.setCurrentIndex(dialog.municipality.findData("Mora"))
    dialog.referral_source.set_code("self")
    dialog.accept()
    assert dialog.isVisible() and "initialer" in dialog.error.text()
    assert cw.list_assignments(win.vault, include_closed=True) == []


# --- trap 5: charts ----------------------------------------------------------------------------


def _chart_image(chart):
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    return chart.grab().toImage()


def test_switching_the_breakdown_leaves_one_clean_chart(qtbot):
    from po_desktop.gui.charts import BarChart

    switched, fresh = BarChart(), BarChart()
    for c in (switched, fresh):
        qtbot.addWidget(c)
        c.resize(600, 320)
        c.show()
    long_labels = [
        ("brukar-/intresseorganisation", 7),
        ("Arbetsförmedlingen", 3),
        ("anhörig/närstående", 0),
        ("klienten själv", 12),
        ("socialtjänst", 1),
    ]
    final = [("kvinna", 4), ("man", 2)]
    switched.show_bars("Kontaktväg", long_labels)
    _chart_image(switched)  # painted, as on screen, before each switch
    switched.show_bars("Åldersgrupp", [("18–24", 1), ("65+", 30), ("uppgift saknas", 2)])
    _chart_image(switched)
    switched.clear()
    _chart_image(switched)
    switched.show_bars("Kön", final)
    fresh.show_bars("Kön", final)
    assert switched.series_count() == 1
    assert switched.category_labels() == ["kvinna", "man"]  # top to bottom
    a, b = _chart_image(switched), _chart_image(fresh)
    # the whole left axis strip and the bottom axis strip: the same pixels as a chart that
    # never showed anything else (old labels left behind would differ)
    w, h = a.width(), a.height()
    assert (w, h) == (b.width(), b.height())
    regions = [(0, 0, w // 3, h), (0, h - h // 5, w, h // 5)]
    for x0, y0, rw, rh in regions:
        assert a.copy(x0, y0, rw, rh) == b.copy(x0, y0, rw, rh), (x0, y0)


def test_statistics_panel_switches_cleanly(qtbot):
    from po_desktop.domain.categories import default_profile
    from po_desktop.domain.dates import parse_period
    from po_desktop.domain.statistics import compute_figures
    from po_desktop.gui.views.statistics import FiguresPanel

    panel = FiguresPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 500)
    panel.show()
    figures = compute_figures(parse_period("2026H1"), [], [], [], "1.0", [], default_profile())
    panel.show_figures(figures, default_profile())
    assert panel.breakdown.count() >= 3
    for i in [1, 2, 0, 2, 1]:
        panel.breakdown.setCurrentIndex(i)
        _chart_image(panel.chart)
        assert panel.chart.series_count() == 1
    shown = set(panel.chart.category_labels())
    from po_desktop.gui.views.statistics import breakdown_items

    assert shown == {
        label for label, _ in breakdown_items(panel._rows, panel.breakdown.currentData())
    }


# --- trap 6: the coordinator ------------------------------------------------------------------


def _coordinator_window(make_window, coordinator_vault, passphrase, qtbot, tmp_path):
    import uuid

    from po_desktop.services import coordinator as co
    from tests.fixtures.coordinator_helpers import unit_bundle, write
    from tests.fixtures.gui_helpers import unlock

    v = coordinator_vault
    for label in ("Leksand", "PO Mora", "PO Orsa"):
        co.expect_unit(v, label)
    leksand = str(uuid.uuid4())
    year = dt.date.today().year
    files = [
        write(tmp_path, "l.pobundle", unit_bundle(leksand, "PO Leksand")),
        write(tmp_path, "m.pobundle", unit_bundle(label="PO Mora")),
        write(
            tmp_path,
            "open.pobundle",
            unit_bundle(
                label="PO Orsa", period=str(year), created_at=f"{year}-01-02T10:00:00.000000Z"
            ),
        ),
    ]
    path = v.path
    v.lock()
    win = make_window(path)
    unlock(win, passphrase, qtbot)
    return win, files, leksand


def test_coordinator_matches_an_unknown_unit_once(
    make_window, coordinator_vault, passphrase, qtbot, tmp_path
):
    from po_desktop.services import period_status as ps

    win, files, leksand = _coordinator_window(
        make_window, coordinator_vault, passphrase, qtbot, tmp_path
    )
    view = win.show_view("coordinator")
    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        view.import_files([str(f) for f in files])
    results = table_texts(view.results_table)
    # a period that has not ended: imported, with a visible warning
    open_row = [r for r in results if r[0] == "open.pobundle"][0]
    assert open_row[1] == "importerad – varning" and "har inte slutat" in open_row[4]
    assert "Varning för 1 paket" in view.import_message.text()
    # "Har skickat paket" says which period
    units = {r[0]: r[1] for r in table_texts(view.units_table)}
    assert units["PO Mora"].startswith("2026H1 (mottaget ") and units["Leksand"] == "inget paket än"
    assert len(units["PO Mora"]) == len("2026H1 (mottaget 2026-11-30 09:04)")
    # the unknown sender is offered as an expected unit
    assert view.senders_box.isVisible()
    assert view.sender_choice.currentData() == leksand
    assert [view.match_choice.itemText(i) for i in range(view.match_choice.count())] == ["Leksand"]
    view.match_button.click()
    assert not view.senders_box.isVisible()  # answered once, remembered
    assert ps.unknown_senders(win.vault) == []
    units = {r[0]: r[1] for r in table_texts(view.units_table)}
    assert units["Leksand"].startswith("2026H1")

    report = win.show_view("coordinator_report")
    report.picker.set_text("2026H1")
    st = ps.period_status(win.vault, "2026H1")
    assert report.summary.text().splitlines()[0] == st.summary()
    assert "2 av 3 förväntade enheter har rapporterat" in st.summary()
    rows = {r[0]: r for r in table_texts(report.status_table)}
    assert rows["Leksand"][2] == "PO Leksand" and rows["PO Orsa"][1] == "Saknas"
    assert len(rows["PO Mora"][3]) == len("2026-11-30 09:04")


def test_approving_asks_and_names_the_missing_units(
    make_window, coordinator_vault, passphrase, qtbot, tmp_path
):
    from po_desktop.services import period_status as ps

    win, files, _ = _coordinator_window(make_window, coordinator_vault, passphrase, qtbot, tmp_path)
    view = win.show_view("coordinator")
    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        view.import_files([str(files[1])])
    report = win.show_view("coordinator_report")
    report.picker.set_text("2026H1")
    asked = []
    report.confirm = lambda text: asked.append(text) or False  # the user says "Avbryt"
    report.approve_button.click()
    assert "Leksand" in asked[0] and "PO Orsa" in asked[0] and "2 förväntade enheter" in asked[0]
    assert ps.period_status(win.vault, "2026H1").approved_on is None  # nothing happened
    report.confirm = lambda text: True
    report.approve_button.click()
    assert ps.period_status(win.vault, "2026H1").approved_on is not None
