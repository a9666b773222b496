"""The English UI shows no Swedish strings in the main views (and screenshots of them).

Every view reachable from the navigation, the unlock screen, the first-start wizard and the
About dialog are walked in English; each visible text (labels, buttons, titles, placeholders,
menus, list and table headers, combo items …) is compared with the Swedish source strings of the
catalogue. Set ``PO_DESKTOP_SCREENSHOTS=docs/screenshots`` to refresh the committed pictures.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

import po_desktop
from po_desktop import i18n
from tests.fixtures.gui_helpers import unlock

TS = Path(po_desktop.__file__).resolve().parent / "resources" / "translations" / "po_desktop_en.ts"
PLACEHOLDER = re.compile(r"\\\{[^{}]*\\\}")


def _swedish_patterns() -> list[tuple[str, re.Pattern]]:
    """(source, pattern) for every catalogue string whose English differs from the Swedish."""
    out = []
    for msg in ET.parse(TS).getroot().iter("message"):
        src = msg.findtext("source") or ""
        en = msg.findtext("translation") or ""
        plain = src.replace("&", "").strip()
        if not plain or plain == en.replace("&", "").strip():
            continue
        if not re.search(r"[A-Za-zÅÄÖåäö]{2}", plain):
            continue
        pattern = PLACEHOLDER.sub(".+", re.escape(plain))
        out.append((src, re.compile(pattern, re.S)))
    return out


SWEDISH = _swedish_patterns()


def _strip(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text or "")
    return re.sub(r"\s+", " ", text.replace("&", "")).strip()


def visible_texts(root: QWidget) -> list[str]:
    texts: list[str] = [root.windowTitle()]
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            texts.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QSpinBox):
            texts += [w.prefix(), w.suffix()]
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for orient, n in (
                (Qt.Orientation.Horizontal, model.columnCount()),
                (Qt.Orientation.Vertical, 0),
            ):
                texts += [str(model.headerData(c, orient) or "") for c in range(n)]
            for r in range(min(model.rowCount(), 50)):
                for c in range(model.columnCount()):
                    texts.append(str(model.index(r, c).data() or ""))
        if hasattr(w, "toolTip") and w.toolTip():
            texts.append(w.toolTip())
    return [t for t in (_strip(t) for t in texts) if t]


def menu_texts(window) -> list[str]:
    out = []

    def walk(menu: QMenu):
        out.append(menu.title())
        for action in menu.actions():
            if action.menu():
                walk(action.menu())
            elif not action.isSeparator():
                out.append(action.text())

    for action in window.menuBar().actions():
        if action.menu():
            walk(action.menu())
    return [_strip(t) for t in out if t]


def add_demo_data(vault) -> None:
    """A little casework so tables, lists and charts show category labels in English."""
    import datetime as dt

    from po_desktop.services import casework as cw

    today = dt.date.today()
    cw.add_assignment(
        vault,
        alias="AB12",
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="social_services",
        start=today - dt.timedelta(days=60),
        priority_flags=["homelessness"],
        areas=["finances", "housing"],
        phase="working",
    )
    cw.add_assignment(
        vault,
        alias="CD34",
        gender="man",
        birth_year=1999,
        municipality="Orsa",
        referral_source="self",
        start=today - dt.timedelta(days=20),
    )
    cw.add_note(
        vault,
        "AB12",
        date=today - dt.timedelta(days=3),
        text="Ringde Försäkringskassan om beslutet; ansökan om bostadstillägg skickas.",
    )
    cw.add_follow_up(vault, "AB12", step="decision_served", date=today - dt.timedelta(days=2))
    cw.add_inquiry(
        vault,
        date=today - dt.timedelta(days=5),
        referral_source="psychiatry",
        outcome="waiting",
        priority_flags=["young_adult"],
    )
    cw.add_system_failure(
        vault,
        identified_on=today - dt.timedelta(days=10),
        authority="social_insurance",
        area="Bostadstillägg",
        description="Handläggningstiden är över fyra månader.",
    )


def form_definition_texts(vault) -> set[str]:
    from po_desktop.services.printing import load_form

    texts = set()
    for block in load_form(vault, "intake").all_blocks():
        texts.add(_strip(block.label or ""))
        texts.update(_strip(o.label) for o in getattr(block, "options", None) or [])
    return texts


def texts_of_all_tabs(win, view, qtbot) -> list[str]:
    """Visible texts of the window with each tab of the view's tab widgets shown in turn."""
    texts = visible_texts(win)
    for tabs in view.findChildren(QTabWidget):
        if not tabs.isVisibleTo(view):
            continue
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            qtbot.wait(10)
            texts += visible_texts(win)
        tabs.setCurrentIndex(current)
    return texts


def swedish_in(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        for src, pattern in SWEDISH:
            if pattern.fullmatch(text) or (len(src) >= 20 and pattern.search(text)):
                found.append(f"{text!r}  (source: {src!r})")
                break
    return found


@pytest.fixture
def english(qapp):
    assert i18n.install_translators(qapp, "en") == "en"
    yield qapp
    i18n.install_translators(qapp, "sv")


@pytest.fixture
def shots(tmp_path):
    target = os.environ.get("PO_DESKTOP_SCREENSHOTS")
    folder = Path(target) if target else tmp_path
    folder.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, name: str) -> Path:
        path = folder / f"en-{name}.png"
        assert widget.grab().save(str(path))
        return path

    return save


def test_numbers_use_the_english_decimal_point(english, unlocked_window, qtbot):
    win = unlocked_window
    names = [win.nav.item(r).text() for r in range(win.nav.count())]
    win.nav.setCurrentRow(names.index("Start"))
    qtbot.wait(20)
    texts = " ".join(visible_texts(win))
    assert "1.50 FTE" in texts and "1,50" not in texts


def test_detector_finds_swedish(qapp):
    """The check itself works: Swedish text is reported, English and data are not."""
    assert swedish_in(["Lås upp"]) and swedish_in(["Valvfil: /tmp/x.podb"])
    assert not swedish_in(["Unlock", "PO Mora", "Älvdalen", "Vault file: /tmp/x.podb"])


def test_main_views_in_english(english, make_window, vault, vault_path, passphrase, qtbot, shots):
    add_demo_data(vault)
    vault.lock()
    win = make_window(vault_path)
    from po_desktop.gui.help_menu import install_help_menu

    install_help_menu(win)
    qtbot.waitExposed(win)
    problems = swedish_in(visible_texts(win))
    shots(win, "unlock")
    unlock(win, passphrase, qtbot)
    problems += swedish_in(menu_texts(win))
    nav = win.nav
    assert nav.count() >= 1
    for row in range(nav.count()):
        nav.setCurrentRow(row)
        qtbot.wait(20)
        view = win.view_stack.currentWidget()
        # Select the first row of the view's first list, so detail panels fill in as well.
        for table in view.findChildren(QAbstractItemView):
            if table.isVisibleTo(view) and table.model() is not None and table.model().rowCount():
                table.setCurrentIndex(table.model().index(0, 0))
                qtbot.wait(50)
                break
        name = (view.objectName() or type(view).__name__).removesuffix("View").lower()
        name = re.sub(r"\W+", "-", name.removeprefix("view:")).strip("-")
        texts = texts_of_all_tabs(win, view, qtbot)
        if name == "forms":
            # The intake form's field labels are the municipality's form definition (data):
            # the printed form is Swedish by design (forms.md), so its labels are too.
            texts = [t for t in texts if t not in form_definition_texts(win.vault)]
        problems += [f"[{name}] {p}" for p in swedish_in(texts)]
        shots(win, name)
    assert not problems, "Swedish text in the English UI:\n" + "\n".join(problems)


def test_coordinator_views_in_english(
    english, make_window, coordinator_vault, vault, passphrase, qtbot, shots, tmp_path
):
    import datetime as dt

    from po_desktop.services import coordinator as coord
    from po_desktop.services.statistics import export_bundle

    add_demo_data(vault)
    today = dt.date.today()  # the half-year the coordinator view opens on: the last complete one
    period = f"{today.year - 1}H2" if today.month <= 6 else f"{today.year}H1"
    bundle = export_bundle(vault, period, tmp_path / "mora.pobundle")
    coord.expect_unit(coordinator_vault, "PO Mora")
    coord.expect_unit(coordinator_vault, "PO Leksand")
    coord.import_bundles(coordinator_vault, [bundle])
    path = coordinator_vault.path
    coordinator_vault.lock()
    win = make_window(path)
    from po_desktop.gui.help_menu import install_help_menu

    install_help_menu(win)
    unlock(win, passphrase, qtbot)
    problems = swedish_in(menu_texts(win))
    for row in range(win.nav.count()):
        win.nav.setCurrentRow(row)
        qtbot.wait(20)
        view = win.view_stack.currentWidget()
        name = (view.objectName() or type(view).__name__).removesuffix("View").lower()
        name = re.sub(r"\W+", "-", name.removeprefix("view:")).strip("-")
        problems += [f"[{name}] {p}" for p in swedish_in(texts_of_all_tabs(win, view, qtbot))]
        shots(win, f"coordinator-{name}")
    assert not problems, "Swedish text in the English UI:\n" + "\n".join(problems)


def test_first_start_wizard_in_english(english, make_window, tmp_path, qtbot, shots):
    win = make_window(tmp_path / "new" / "vault.podb")
    wizard = win.wizard
    assert wizard is not None
    problems = swedish_in(visible_texts(wizard))
    shots(wizard, "wizard-welcome")
    wizard.next()
    problems += swedish_in(visible_texts(wizard))
    shots(wizard, "wizard-passphrase")
    page = wizard.passphrase_page
    page.pair.first.setText("correct horse battery staple")
    page.pair.second.setText("correct horse battery staple")
    page.understood.setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()
    problems += swedish_in(visible_texts(wizard))
    shots(wizard, "wizard-unit")
    assert not problems, "Swedish text in the English wizard:\n" + "\n".join(problems)


def test_about_dialog_in_english(english, qtbot, shots):
    from po_desktop.gui.about import AboutDialog

    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    problems = swedish_in(visible_texts(dlg))
    shots(dlg, "about")
    assert not problems, "\n".join(problems)
