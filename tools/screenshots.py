"""The newcomer walk: a first start, the ombud's day and the coordinator's period, driven like a
new user would, in the real window at 1366×768, with a screenshot of every screen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py docs/screenshots

It also takes the start view and a dialog in a dark palette (``dark-*.png``) and, in a second
process with ``QT_SCALE_FACTOR=1.5``, at 150 % scale (``scale150-*.png``, a 1920×1080 screen).
Demo data only: aliases like "AB12", no real persons. Look at every picture after a change.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import po_desktop.storage.crypto as crypto  # noqa: E402

# demo vaults only: cheap key derivation so the script runs in seconds
crypto.DEFAULT_KDF = crypto.KdfParams(time_cost=1, memory_log2_kib=10, parallelism=1)

from PySide6.QtCore import QDate, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard  # noqa: E402

PASS = "demo demo demo demo"
SIZE = (1366, 768)


def settle(app, ms: int = 150) -> None:
    end = QTimer()
    end.setSingleShot(True)
    end.start(ms)
    while end.isActive():
        app.processEvents()


def wait_jobs(app, win) -> None:
    while win.jobs.busy:
        app.processEvents()
    settle(app)


def shoot(app, widget, out: Path, name: str, *, screen: bool = False) -> None:
    """Grab ``widget``; with ``screen`` the window with its open dialog drawn over it, centred
    and the window dimmed, as a window manager would show it (offscreen has no real screen)."""
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QPainter

    settle(app)
    path = out / f"{name}.png"
    image = widget.grab()
    if screen:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.isWindow() and w is not widget and w.inherits("QDialog")
        ]
        if dialogs:
            top = dialogs[-1].grab()
            painter = QPainter(image)  # logical pixels (150 %: the pixmaps are 1.5× larger)
            w = image.width() / image.devicePixelRatio()
            h = image.height() / image.devicePixelRatio()
            tw = top.width() / top.devicePixelRatio()
            th = top.height() / top.devicePixelRatio()
            painter.fillRect(QRectF(0, 0, w, h), QColor(0, 0, 0, 70))
            x, y = (w - tw) / 2, max(0.0, (h - th) / 3)
            painter.fillRect(QRectF(x - 1, y - 1, tw + 2, th + 2), QColor("#888888"))
            painter.drawPixmap(QPointF(x, y), top)
            painter.end()
    image.save(str(path))
    print(path)


def demo_ombud(path: Path) -> None:
    from po_desktop.services import casework as cw
    from po_desktop.services.vault_admin import create_vault

    v = create_vault(
        path, PASS, unit_label="PO Mora", municipalities=["Mora", "Orsa", "Älvdalen"], fte="1.50"
    )
    today = dt.date.today()
    people = [
        (
            "AB12",
            "woman",
            1984,
            "Mora",
            "psychiatry",
            dt.date(2025, 3, 3),
            ["homelessness"],
            ["housing", "finances"],
            "working",
        ),
        (
            "CK07",
            "man",
            1999,
            "Orsa",
            "self",
            dt.date(2026, 2, 10),
            ["young_adult"],
            ["work_occupation", "social_insurance"],
            "working",
        ),
        (
            "EL33",
            "woman",
            1961,
            "Älvdalen",
            "relative",
            dt.date(2024, 4, 15),
            [],
            ["somatic_care", "daily_life"],
            "closing",
        ),
        (
            "HN21",
            "other",
            1990,
            "Mora",
            "social_services",
            dt.date(2026, 9, 1),
            ["acute"],
            ["legal", "finances"],
            "opening",
        ),
        (
            "JS05",
            "man",
            1975,
            "Mora",
            "primary_care",
            dt.date(2026, 6, 20),
            [],
            ["psychiatric_care"],
            "working",
        ),
    ]
    for alias, g, by, m, ref, start, flags, areas, phase in people:
        cw.add_assignment(
            v,
            alias=alias,
            gender=g,
            birth_year=by,
            municipality=m,
            referral_source=ref,
            start=start,
            priority_flags=flags,
            areas=areas,
            phase=phase,
            first_visit_two_ombud=True,
        )
    cw.add_note(
        v,
        "AB12",
        date=today - dt.timedelta(days=20),
        text="Första mötet hemma. Vill ha hjälp med skulderna och hyran.\n\n"
        "Vi gör en lista över räkningar till nästa gång.",
    )
    cw.add_note(
        v,
        "AB12",
        date=today - dt.timedelta(days=6),
        text="Ringde Försäkringskassan tillsammans om sjukpenningen. Beslut väntas.",
    )
    cw.add_note(v, "AB12", date=today, text="Beslutet kom: avslag. Vi överklagar.")
    cw.add_follow_up(
        v,
        "AB12",
        step="application_posted",
        date=today - dt.timedelta(days=40),
        due=today - dt.timedelta(days=3),
        text="Bostadstillägg",
    )
    cw.add_follow_up(
        v,
        "AB12",
        step="decision_served",
        date=today - dt.timedelta(days=2),
        served_on=today - dt.timedelta(days=2),
    )
    cw.add_follow_up(
        v,
        "CK07",
        step="application_received",
        date=today - dt.timedelta(days=9),
        due=today + dt.timedelta(days=5),
        text="Aktivitetsersättning",
    )
    cw.add_follow_up(
        v,
        "HN21",
        step="appeal_posted",
        date=today - dt.timedelta(days=1),
        served_on=today - dt.timedelta(days=12),
        due=today + dt.timedelta(days=30),
        text="Laglighetsprövning",
    )
    for date, ref, outcome, flags in [
        (today - dt.timedelta(days=30), "self", "waiting", ["no_network"]),
        (today - dt.timedelta(days=12), "psychiatry", "waiting", ["acute", "minor_children"]),
        (today - dt.timedelta(days=4), "relative", "waiting", []),
        (today - dt.timedelta(days=50), "housing", "referred_elsewhere", []),
    ]:
        cw.add_inquiry(
            v,
            date=date,
            referral_source=ref,
            outcome=outcome,
            priority_flags=flags,
            referred_to="Budget- och skuldrådgivningen"
            if outcome == "referred_elsewhere"
            else None,
        )
    cw.add_system_failure(
        v,
        identified_on=today - dt.timedelta(days=25),
        authority="social_insurance",
        area="Sjukpenning",
        description="Beslut skickas bara digitalt; klienter utan e-legitimation "
        "missar överklagandetiden.",
        measures="Tagit upp med lokalkontoret.",
        reported_to="Ledningsgruppen",
        reported_on=today - dt.timedelta(days=10),
    )
    cw.add_system_failure(
        v,
        identified_on=today - dt.timedelta(days=60),
        authority="psychiatry",
        area="Vårdplanering",
        description="Samordnad individuell plan saknas vid utskrivning.",
        feedback_received=True,
        feedback="Regionen ser över rutinen.",
    )
    cw.close_assignment(v, "EL33", end=today - dt.timedelta(days=1), reason="goals_met")
    v.lock()


def demo_coordinator(base: Path) -> Path:
    from po_desktop.services import casework as cw
    from po_desktop.services import coordinator, statistics
    from po_desktop.services.vault_admin import create_vault

    year = dt.date.today().year
    bundles = []
    for label, muni, n in [
        ("PO Mora", "Mora", 12),
        ("PO Falun", "Falun", 9),
        ("PO Leksand", "Leksand", 6),
    ]:
        v = create_vault(
            base / label / "v.podb", PASS, unit_label=label, municipalities=[muni], fte="1.00"
        )
        for i in range(n):
            cw.add_assignment(
                v,
                alias=f"D{i}",
                gender=("woman", "man", "other")[i % 3],
                birth_year=1960 + 3 * i,
                municipality=muni,
                referral_source=("self", "psychiatry", "relative")[i % 3],
                start=dt.date(year, 1, 5 + i),
                areas=["housing", "finances"][: 1 + i % 2],
            )
        cw.add_system_failure(
            v,
            identified_on=dt.date(year, 3, 2),
            authority="municipality",
            area="Boende",
            description=f"För få stödboenden ({label}).",
        )
        bundles.append(statistics.export_bundle(v, f"{year}H1", base / f"{label}.pobundle"))
        v.lock()
    c = create_vault(
        base / "coord" / "vault.podb",
        PASS,
        unit_label="Samordning Dalarna",
        municipalities=[],
        fte="0",
        coordinator=True,
    )
    for label in ("PO Mora", "PO Falun", "PO Leksand", "PO Rättvik"):
        coordinator.expect_unit(c, label)
    c.lock()
    broken = base / "trasig.pobundle"
    broken.write_text("{inte json", encoding="utf-8")
    return c.path, bundles + [broken]


def shown_preview():
    """The PDF preview dialog on screen, or None."""
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "pdfPreview" and w.isVisible()
        ),
        None,
    )


def keep_pdf(win, name: str) -> None:
    """The previewed PDF into ``$PO_SHOTS_PDFS`` (when set), to render with pdftoppm."""
    target = os.environ.get("PO_SHOTS_PDFS")
    preview = shown_preview()
    if target and preview is not None:
        Path(target).mkdir(parents=True, exist_ok=True)
        (Path(target) / f"{name}.pdf").write_bytes(preview.pdf_bytes())


def dialogs_of(win, cls_name: str):
    return [
        w
        for w in QApplication.topLevelWidgets() + win.findChildren(QWidget)
        if type(w).__name__ == cls_name and w.isVisible()
    ]


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    pal = QPalette()
    roles = QPalette.ColorRole
    for role, colour in [
        (roles.Window, "#1f2328"),
        (roles.WindowText, "#e6e8eb"),
        (roles.Base, "#16191d"),
        (roles.AlternateBase, "#23272d"),
        (roles.Text, "#e6e8eb"),
        (roles.Button, "#2b3037"),
        (roles.ButtonText, "#e6e8eb"),
        (roles.Highlight, "#3d7bd9"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Mid, "#4a5058"),
        (roles.PlaceholderText, "#9aa3ad"),
        (roles.ToolTipBase, "#2b3037"),
        (roles.ToolTipText, "#e6e8eb"),
        (roles.Light, "#3a4048"),
        (roles.Dark, "#0f1114"),
        (roles.Midlight, "#33383f"),
        (roles.Shadow, "#000000"),
        (roles.BrightText, "#ffffff"),
        (roles.Link, "#8ab4f8"),
    ]:
        pal.setColor(role, QColor(colour))
    return pal


def open_window(path: Path, size=SIZE):
    """The window as ``po-desktop`` builds it (with its Help menu), shown and started."""
    from po_desktop.gui.help_menu import install_help_menu
    from po_desktop.gui.window import MainWindow

    win = MainWindow(path)
    install_help_menu(win)
    win.setGeometry(0, 0, *size)
    win.show()
    win.start()
    return win


def unlock(app, win, passphrase: str = PASS) -> None:
    win.unlock_screen.passphrase.setText(passphrase)
    win.unlock_screen.try_unlock()
    wait_jobs(app, win)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="po-shots-"))
    os.environ["PO_DESKTOP_CONFIG_DIRS"] = str(tmp / "config")  # not the user's own files
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("po-desktop")

    _first_start(app, out, tmp)
    _empty_vault(app, out, tmp)
    win = _ombud_day(app, out, tmp)
    _help_undo_and_lock(app, win, out)
    walk_year(app, win, out, tmp)
    _dark(app, win, out)
    _coordinator(app, out, tmp)
    return 0


def _first_start(app, out: Path, tmp: Path) -> None:
    """The first start: welcome, passphrase, unit."""
    win0 = open_window(tmp / "ny" / "vault.podb")
    shoot(app, win0.wizard, out, "00-first-start-welcome")
    win0.wizard.next()
    pair = win0.wizard.passphrase_page.pair
    pair.first.setText("korrekt häst batteri")
    pair.second.setText("korrekt häst batteri")
    win0.wizard.passphrase_page.understood.setChecked(True)
    shoot(app, win0.wizard, out, "01-first-start-wizard")
    pair.first.setText("kort")
    pair.second.setText("kort")
    shoot(app, win0.wizard, out, "01b-first-start-short-passphrase")
    pair.first.setText("korrekt häst batteri")
    pair.second.setText("korrekt häst batteri")
    win0.wizard.button(QWizard.WizardButton.NextButton).click()
    win0.wizard.unit_page.unit_label.setText("PO Mora")
    win0.wizard.unit_page.municipalities.setPlainText("Mora\nOrsa\nÄlvdalen")
    win0.wizard.unit_page.fte.setText("1,50")
    shoot(app, win0.wizard, out, "02-first-start-unit")
    win0.wizard.reject()
    win0.close()


def _empty_vault(app, out: Path, tmp: Path) -> None:
    """A new, empty vault: the start view says what to do."""
    from po_desktop.services.vault_admin import create_vault

    empty = create_vault(
        tmp / "tom" / "vault.podb", PASS, unit_label="PO Orsa", municipalities=["Orsa"], fte="1.00"
    )
    empty.lock()
    wine = open_window(empty.path)
    unlock(app, wine)
    shoot(app, wine, out, "03b-start-empty")
    wine.close()


def _ombud_day(app, out: Path, tmp: Path):
    """The ombud's day: notes, follow-ups, the waiting list, systemfel, search, statistics."""
    vault_path = tmp / "ombud" / "vault.podb"
    demo_ombud(vault_path)
    win = open_window(vault_path)
    unlock(app, win, "fel")
    shoot(app, win, out, "03-unlock-wrong-passphrase")
    unlock(app, win)
    shoot(app, win, out, "04-start")

    # a note after a visit: Ctrl+K, part of the alias, Enter, type
    view = win.view("assignments")
    switcher = view.quick_switch()
    switcher.query.setText("ck")
    shoot(app, win, out, "04b-quick-switcher", screen=True)
    switcher._choose()
    view.editor.text.setPlainText(
        "Hembesök: vi gick igenom räkningarna och ringde Försäkringskassan tillsammans."
    )
    shoot(app, win, out, "04c-new-note")
    view.flush()
    view.open_item("AB12")
    view.notes_table.selectRow(0)
    shoot(app, win, out, "05-assignment-notes")
    view.open_item(("AB12", "follow_ups"))
    shoot(app, win, out, "06-assignment-follow-ups")
    dialog = view.new_follow_up()
    dialog.step.set_code("decision_served")
    dialog.date.setDate(QDate.currentDate())
    dialog.served_on.setDate(QDate.currentDate().addDays(-1))
    shoot(app, win, out, "07-follow-up-deadline", screen=True)
    dialog.reject()
    dialog = view.new_assignment()
    shoot(app, win, out, "07b-new-assignment", screen=True)
    dialog.reject()

    win.show_view("inquiries")
    shoot(app, win, out, "08-waiting-list")
    sfv = win.show_view("system_failures")
    sfv.new_failure()
    sfv.fields["area"].setText("Försörjningsstöd")
    sfv.fields["description"].setPlainText(
        "Handläggaren krävde personligt besök; AB12 kunde inte komma, ring 070-123 45 67."
    )
    sfv.check_texts()
    shoot(app, win, out, "09-systemfel-check")

    search = win.show_view("search")
    search.query.setText("försäkringskassan")
    search.search()
    shoot(app, win, out, "10-search")

    stats = win.show_view("statistics")
    stats.picker.kind.setCurrentIndex(1)
    stats.picker.year.setValue(dt.date.today().year)
    stats.panel.breakdown.setCurrentIndex(
        max(0, stats.panel.breakdown.findData("assignments.by_area"))
    )
    shoot(app, win, out, "11-statistics")
    stats.show_pdf()
    wait_jobs(app, win)
    preview = next(
        w for w in app.topLevelWidgets() if w.objectName() == "pdfPreview" and w.isVisible()
    )
    preview.resize(760, 740)
    shoot(app, preview, out, "12-statistics-pdf-preview")
    keep_pdf(win, "statistics")
    preview.reject()

    win.show_view("forms")
    shoot(app, win, out, "13-forms")
    win.show_view("settings")
    shoot(app, win, out, "14-settings")
    return win


def _help_undo_and_lock(app, win, out: Path) -> None:
    """Help, undoing a deleted note, and a draft kept through the idle lock."""
    from po_desktop.gui.help_menu import show_help, show_shortcuts

    win.show_view("start")
    dialog = show_help(win)
    shoot(app, win, out, "28-help", screen=True)
    dialog.close()
    dialog = show_shortcuts(win)
    shoot(app, win, out, "29-shortcuts", screen=True)
    dialog.close()

    # a note deleted by mistake: "Ångra" in the status bar for ten seconds
    from unittest import mock

    view = win.show_view("assignments")
    view.open_item(("AB12", "notes"))
    view.notes_table.selectRow(0)
    with mock.patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Yes):
        view.delete_note()
    shoot(app, win, out, "30-undo-delete")
    win.undo_offer.undo()

    # the idle lock fires in the middle of a follow-up: the draft comes back after unlock
    view = win.show_view("assignments")
    view.open_item("CK07")
    dialog = view.new_follow_up()
    dialog.text.setText("Ring handläggaren om beslutet")
    win.lock("Valvet låstes automatiskt efter en stund utan aktivitet.")
    shoot(app, win, out, "15-locked")
    unlock(app, win)
    shoot(app, win, out, "15b-drafts-offered", screen=True)
    box = [b for b in win.findChildren(QMessageBox) if b.objectName() == "draftsBox"][0]
    next(b for b in box.buttons() if b.objectName() == "restoreDrafts").click()
    shoot(app, win, out, "15c-draft-restored", screen=True)
    for d in dialogs_of(win, "FollowUpDialog"):
        d.reject()


def _dark(app, win, out: Path) -> None:
    """The same window in a dark palette."""
    light = app.palette()
    app.setPalette(dark_palette())
    win.show_view("start")
    shoot(app, win, out, "dark-04-start")
    view = win.show_view("assignments")
    view.open_item("AB12")
    shoot(app, win, out, "dark-05-assignment-notes")
    win.show_view("survey")
    shoot(app, win, out, "dark-20-survey-tally")
    app.setPalette(light)
    win.close()


def _coordinator(app, out: Path, tmp: Path) -> None:
    """The coordinator's period: import, status, merged report, economy, annual report."""
    cpath, files = demo_coordinator(tmp / "c")
    cwin = open_window(cpath)
    unlock(app, cwin)
    cview = cwin.view("coordinator")
    cview.import_files([str(f) for f in files])
    wait_jobs(app, cwin)
    shoot(app, cwin, out, "16-coordinator-import")
    rep = cwin.show_view("coordinator_report")
    rep.picker.set_text(f"{dt.date.today().year}H1")
    shoot(app, cwin, out, "17-coordinator-status")
    rep.tabs.setCurrentIndex(1)
    shoot(app, cwin, out, "18-coordinator-merged")
    cwin.show_view("settings")
    shoot(app, cwin, out, "19-coordinator-settings")
    economy = cwin.show_view("economy")
    settle(app, 300)
    shoot(app, cwin, out, "walk-coordinator-economy")
    economy.show_pdf()
    wait_jobs(app, cwin)
    if (preview := shown_preview()) is not None:
        preview.resize(760, 740)
        shoot(app, preview, out, "walk-coordinator-economy-pdf")
        keep_pdf(cwin, "coordinator-economy")
        preview.reject()
    annual = cwin.show_view("annual")
    shoot(app, cwin, out, "walk-coordinator-annual")
    annual.show_pdf()
    wait_jobs(app, cwin)
    if (preview := shown_preview()) is not None:
        preview.resize(760, 740)
        shoot(app, preview, out, "walk-coordinator-annual-pdf")
        keep_pdf(cwin, "coordinator-annual")
        preview.reject()
    cwin.close()


def walk_year(app, win, out: Path, tmp: Path) -> None:
    """The rest of the ombud's year: activities, a survey round typed in by keyboard, the
    statistics against the year before, the annual report and a bundle for the coordinator."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from po_desktop.services import activities

    vault = win.vault
    today = dt.date.today()
    activities.add_activity(
        vault,
        kind="information",
        title="Information på psykiatrins öppenvård",
        date=today - dt.timedelta(days=40),
        audience="psychiatry",
        participants=14,
        hours=Decimal("1.5"),
    )
    activities.add_activity(
        vault,
        kind="steering_group",
        title="Ledningsgrupp",
        date=today - dt.timedelta(days=20),
        hours=2,
    )
    activities.add_activity(
        vault,
        kind="information",
        title="Information för Hyresgästerna",
        planned_month=f"{today.year}-12",
        audience="housing",
    )
    act = win.show_view("activities")
    shoot(app, win, out, "19-activities")
    dialog = act.add_dialog()
    shoot(app, win, out, "walk-activity-dialog", screen=True)
    dialog.reject()

    sv = win.show_view("survey")
    shoot(app, win, out, "walk-survey-empty")
    dialog = sv.new_round_dialog()
    dialog.label.setText(f"Hösten {today.year}")
    dialog.date_from.setDate(QDate.currentDate().addDays(-30))
    dialog.date_to.setDate(QDate.currentDate())  # typed: the period starts empty
    dialog.handed_out.setText("12")  # no default: the field starts empty
    shoot(app, win, out, "walk-survey-round", screen=True)
    dialog.accept()
    settle(app)
    sv.entry.setFocus()
    for answers in ("54j4", "3nv0", "5"):
        QTest.keyClicks(sv.entry, answers)
        if answers != "5":
            QTest.keyClick(sv.entry, Qt.Key.Key_Return)
    shoot(app, win, out, "20-survey-tally")
    sv.print_blank()
    wait_jobs(app, win)
    keep_pdf(win, "survey-form")
    if (preview := shown_preview()) is not None:
        preview.reject()

    stats = win.show_view("statistics")
    stats.picker.kind.setCurrentIndex(1)
    stats.picker.year.setValue(today.year)
    stats.compare.setChecked(True)
    shoot(app, win, out, "22-statistics-compare")
    stats.export_to(tmp / "PO-Mora.pobundle")
    wait_jobs(app, win)
    shoot(app, win, out, "walk-statistics-exported")
    stats.compare.setChecked(False)

    annual = win.show_view("annual")
    annual.analysis.setPlainText(
        "Fler förfrågningar än förra året, främst via psykiatrin. Kön har vuxit under hösten."
    )
    shoot(app, win, out, "21-annual-analysis")
    annual.show_pdf()
    wait_jobs(app, win)
    if (preview := shown_preview()) is not None:
        preview.resize(760, 740)
        shoot(app, preview, out, "walk-annual-pdf-preview")
        keep_pdf(win, "annual-report")
        preview.reject()

    # the idle lock in the middle of a half-written activity: it comes back after unlock
    act = win.show_view("activities")
    dialog = act.add_dialog()
    dialog.title.setText("Information på vårdcentralen")
    win.lock("Valvet låstes automatiskt efter en stund utan aktivitet.")
    unlock(app, win)
    shoot(app, win, out, "walk-activity-draft", screen=True)
    for b in win.findChildren(QMessageBox):
        if b.objectName() == "draftsBox":
            next(x for x in b.buttons() if x.objectName() == "restoreDrafts").click()
    shoot(app, win, out, "walk-activity-draft-restored", screen=True)
    for d in dialogs_of(win, "ActivityDialog"):
        d.reject()


def main_scaled(out: Path) -> int:
    """At 150 % (QT_SCALE_FACTOR=1.5): a 1920×1080 screen, 1280×720 logical pixels."""
    tmp = Path(tempfile.mkdtemp(prefix="po-shots-150-"))
    os.environ["PO_DESKTOP_CONFIG_DIRS"] = str(tmp / "config")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    vault_path = tmp / "ombud" / "vault.podb"
    demo_ombud(vault_path)
    win = open_window(vault_path, (1280, 720))
    shoot(app, win, out, "scale150-unlock")
    unlock(app, win)
    shoot(app, win, out, "scale150-start")
    view = win.view("assignments")
    view.open_item(("AB12", "follow_ups"))
    shoot(app, win, out, "scale150-assignment-follow-ups")
    dialog = view.new_follow_up()
    shoot(app, win, out, "scale150-follow-up", screen=True)
    dialog.reject()
    sfv = win.show_view("system_failures")
    sfv.new_failure()
    shoot(app, win, out, "scale150-systemfel")
    win.show_view("settings")
    shoot(app, win, out, "scale150-settings")
    win.close()
    # a 1366×768 screen at 150 %: 910×512 logical pixels; the start cards stack, no sideways
    win = open_window(vault_path, (910, 512))
    unlock(app, win)
    shoot(app, win, out, "scale150-1366-start")
    win.show_view("activities")
    dialog = win.view("activities").add_dialog()
    shoot(app, win, out, "scale150-1366-activity", screen=True)
    dialog.reject()
    win.close()
    return 0


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
    if os.environ.get("PO_SHOTS_SCALED") == "1":
        sys.exit(main_scaled(target))
    code = main(target)
    env = dict(os.environ, QT_SCALE_FACTOR="1.5", PO_SHOTS_SCALED="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    code = code or subprocess.run([sys.executable, __file__, str(target)], env=env).returncode
    sys.exit(code)
