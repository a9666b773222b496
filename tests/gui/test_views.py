"""Start view links, waiting-list order, the systemfel check, passphrase change and restore, and
that every visible text goes through the translation system."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
)

from po_desktop.services import casework as cw
from tests.fixtures.gui_helpers import table_texts, unlock


def _seed(vault):
    today = dt.date.today()
    cw.add_assignment(
        vault,
        alias="OLD1",
        gender="man",
        birth_year=1970,
        municipality="Mora",
        referral_source="self",
        start=today.replace(year=today.year - 2),
    )
    cw.add_assignment(
        vault,
        alias="NEW2",
        gender="woman",
        birth_year=1990,
        municipality="Orsa",
        referral_source="relative",
        start=today - dt.timedelta(days=30),
    )
    cw.add_follow_up(
        vault,
        "NEW2",
        step="application_posted",
        date=today - dt.timedelta(days=20),
        due=today - dt.timedelta(days=2),
        text="Bostadsbidrag",
    )
    cw.add_follow_up(vault, "OLD1", step="decision_served", date=today, served_on=today)
    for days, flags in [(40, []), (10, ["acute"]), (20, ["young_adult"]), (5, [])]:
        cw.add_inquiry(
            vault,
            date=today - dt.timedelta(days=days),
            referral_source="self",
            outcome="waiting",
            priority_flags=flags,
        )


def test_start_view_items_open_their_place(unlocked_window, qtbot):
    win = unlocked_window
    _seed(win.vault)
    start = win.show_view("start")
    assert "2 pågående uppdrag" in start.caseload.text()
    assert "4 väntar i kön" in start.waiting.text()
    assert [r[1] for r in table_texts(start.overdue_table)] == ["NEW2"]
    assert [r[0] for r in table_texts(start.old_table)] == ["OLD1"]
    start.overdue_table.selectRow(0)
    start._open_follow_up(start.overdue_table)
    view = win.current_view()
    assert view.key == "assignments" and view.current.alias == "NEW2"
    assert view.tabs.currentIndex() == 1
    assert table_texts(view.follow_table)[0][0] == "Bostadsbidrag"
    win.show_view("start")
    start.old_table.selectRow(0)
    start._open_assignment(start.old_table)
    assert win.current_view().current.alias == "OLD1"
    win.show_view("start")
    start.waiting_button.click()
    assert win.current_view().key == "inquiries"


def test_waiting_list_in_priority_order(unlocked_window, qtbot):
    win = unlocked_window
    _seed(win.vault)
    view = win.show_view("inquiries")
    rows = table_texts(view.table)
    assert rows[0][1].startswith("akut")  # acute first, whatever its date
    dates = [r[0] for r in rows[2:]]
    assert dates == sorted(dates)  # then by date
    assert "4 i kön" in view.count.text()
    dialog = view.new_inquiry()
    assert dialog.referral_source.code() is None and dialog.outcome.code() is None  # "Välj…"
    dialog.date.setDate(dt.date(2026, 3, 2))  # typed, never today (test_no_invented_dates)
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text().startswith("Välj")
    dialog.referral_source.set_code("relative")
    dialog.outcome.set_code("referred_elsewhere")
    dialog.referred_to.setText("Budget- och skuldrådgivningen")
    dialog.accept()
    view.waiting_only.setChecked(False)
    assert any(r[4] == "Budget- och skuldrådgivningen" for r in table_texts(view.table))


def test_systemfel_check_inline_and_editable(unlocked_window, qtbot):
    win = unlocked_window
    _seed(win.vault)
    view = win.show_view("system_failures")
    view.new_failure()
    view.authority.set_code("municipality")  # starts at "Välj…" (issue 12)
    view.fields["area"].setText("Försörjningsstöd")
    view.fields["description"].setPlainText("NEW2 fick vänta, ring 070-123 45 67.")
    view.identified_on.setDate(dt.date(2026, 3, 2))
    qtbot.waitUntil(lambda: view.findings["description"].isVisible(), timeout=3000)
    assert "klientalias" in view.findings["description"].text()
    assert "telefonnummer" in view.findings["description"].text()
    assert len(view.fields["description"].extraSelections()) == 2
    assert view.save() is None  # refused by the service: nothing stored
    assert cw.list_system_failures(win.vault) == []
    assert "klientuppgifter" in view.message.text()
    view.fields["description"].setPlainText("Klienter fick vänta sex veckor på handläggning.")
    view.check_texts()
    assert not view.findings["description"].isVisible()
    assert view.fields["description"].extraSelections() == []
    win.save_current()  # Ctrl+S in this view saves the systemfel
    saved = cw.list_system_failures(win.vault)[0]
    assert view.current_id == saved.id
    assert table_texts(view.table)[0][2] == "Försörjningsstöd"


def test_change_passphrase_and_restore(unlocked_window, qtbot, passphrase, tmp_path):
    win = unlocked_window
    cw.add_assignment(
        win.vault,
        alias="RS1",
        gender="man",
        birth_year=1970,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2026, 1, 2),
    )
    settings = win.show_view("settings")
    backup = tmp_path / "kopia.podb"
    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        settings.run_backup(backup)
    cw.add_assignment(
        win.vault,
        alias="RS2",
        gender="man",
        birth_year=1970,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2026, 1, 2),
    )
    new = "en helt ny och lång lösenfras"
    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        settings.run_change_passphrase(new)
    assert "bytt" in settings.message.text()
    win.lock()
    win.unlock_screen.passphrase.setText(passphrase)
    with qtbot.waitSignal(win.unlock_screen.attempt_done, timeout=30000):
        win.unlock_screen.try_unlock()
    assert win.vault is None and "Fel lösenfras" in win.unlock_screen.error.text()
    unlock(win, new, qtbot)
    assert {a.alias for a in cw.list_assignments(win.vault)} == {"RS1", "RS2"}

    settings = win.show_view("settings")
    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        settings.run_restore(backup, passphrase)
    assert win.vault is None
    assert "återställt" in win.unlock_screen.reason.text()
    unlock(win, passphrase, qtbot)  # the backup's passphrase
    assert {a.alias for a in cw.list_assignments(win.vault)} == {"RS1"}


class _Marking(QTranslator):
    """Marks every text that went through the translation system."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401
        return "\u00ab" + source + "\u00bb"


def test_every_visible_text_goes_through_tr(make_window, vault, vault_path, passphrase, qtbot):
    vault.lock()
    marker = _Marking()
    QCoreApplication.installTranslator(marker)
    try:
        win = make_window(vault_path)
        unlock(win, passphrase, qtbot)
        missing = []
        for view in win.views:
            win.show_view(view.key)
            for w in view.findChildren(QLabel) + view.findChildren(QAbstractButton):
                text = w.text().replace("&", "")
                if not text.strip() or w.property("holdsData") or w.property("fromDefinition"):
                    continue
                if "\u00ab" not in text:
                    missing.append(f"{view.key}: {type(w).__name__} {text!r}")
            for box in view.findChildren(QGroupBox):
                if box.title() and "\u00ab" not in box.title():
                    missing.append(f"{view.key}: group {box.title()!r}")
            for tabs in view.findChildren(QTabWidget):
                for i in range(tabs.count()):
                    if "\u00ab" not in tabs.tabText(i):
                        missing.append(f"{view.key}: tab {tabs.tabText(i)!r}")
            for edit in view.findChildren(QLineEdit):
                if edit.placeholderText() and "\u00ab" not in edit.placeholderText():
                    missing.append(f"{view.key}: placeholder {edit.placeholderText()!r}")
        for action in win.menuBar().actions():
            if "\u00ab" not in action.text():
                missing.append(f"menu {action.text()!r}")
        assert missing == [], "\n".join(missing)
    finally:
        QCoreApplication.removeTranslator(marker)


def test_settings_forms_folder_and_purge_log(unlocked_window, qtbot, tmp_path):
    win = unlocked_window
    cw.add_assignment(
        win.vault,
        alias="PG1",
        gender="man",
        birth_year=1970,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2026, 1, 2),
    )
    cw.add_note(win.vault, "PG1", date=dt.date(2026, 1, 3), text="text")
    cw.close_assignment(win.vault, "PG1", end=dt.date.today(), reason="moved")
    view = win.show_view("settings")
    rows = table_texts(view.purge_table)
    assert len(rows) == 1 and rows[0][2] == "1" and "PG1" not in rows[0][1]

    empty = tmp_path / "tom"
    empty.mkdir()
    view.forms_dir.setText(str(empty))
    view.save()
    assert "intake.toml" in view.message.text()  # the printing service's refusal
    assert win.vault.get_setting("forms_folder") is None
    from po_desktop.services.printing import copy_forms

    own = tmp_path / "egna"
    copy_forms(win.vault, own)
    view.forms_dir.setText(str(own))
    view.save()
    assert view.message.text() == "Sparat."
    assert win.vault.get_setting("forms_folder") == str(own.resolve())
