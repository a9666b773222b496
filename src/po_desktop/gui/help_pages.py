"""Hjälp → "Hjälp om po-desktop" (a short help page) and "Kortkommandon" (every shortcut the
window has right now, read from its actual ``QAction``\\ s and ``QShortcut``\\ s, so the list can
never disagree with the keys)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from po_desktop.i18n import tr


def _help_text(coordinator: bool) -> str:
    common = [
        tr("<h2>po-desktop</h2>"),
        tr(
            "<p>Allt du skriver sparas krypterat i <b>valvet</b>, en fil på den här datorn. "
            "Inget skickas över nätet. Utan lösenfrasen kan ingen läsa valvet, inte heller "
            "vi: en glömd lösenfras går inte att återställa.</p>"
        ),
        tr(
            "<p>Valvet <b>låses</b> när du trycker Ctrl+L och av sig självt efter en stund "
            "utan aktivitet (tiden ställs in under Inställningar). Det du höll på att skriva "
            "sparas krypterat och erbjuds igen när du låser upp.</p>"
        ),
        tr(
            "<p>Gå mellan vyerna med listan till vänster eller Ctrl+1 … Ctrl+9. Menyn "
            "<b>Arbete</b> har det du gör oftast; Hjälp → Kortkommandon visar alla "
            "tangenter.</p>"
        ),
    ]
    if coordinator:
        common.append(
            tr(
                "<p>Som <b>samordnare</b> tar du emot enheternas statistikpaket under "
                "Enheter och import, ser den sammanslagna rapporten och räknar "
                "kostnadsfördelningen under Ekonomi. Valvet innehåller inga "
                "klientuppgifter.</p>"
            )
        )
    else:
        common.append(
            tr(
                "<p>Som <b>ombud</b> för du uppdrag under ett alias (aldrig namn eller "
                "personnummer), med anteckningar och bevakningar. <b>Start</b> visar vad som "
                "är bråttom. Statistiken räknas fram ur uppdragen; det du skickar till "
                "samordnaren är ett paket med siffror, aldrig anteckningar.</p>"
            )
        )
        common.append(
            tr(
                "<p>Avslutade uppdrag <b>gallras</b> efter den tid som står under "
                "Inställningar: anteckningar och bevakningar förstörs, siffrorna finns kvar. "
                "Tar du bort en anteckning eller aktivitet av misstag kan du ångra det i "
                "statusraden under några sekunder.</p>"
            )
        )
    common.append(
        tr(
            "<p>Ta <b>säkerhetskopior</b> under Inställningar. En säkerhetskopia är "
            "krypterad med samma lösenfras som valvet.</p>"
        )
    )
    return "".join(common)


class HelpDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("helpDialog")
        self.setWindowTitle(tr("Hjälp om po-desktop"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setObjectName("helpText")
        self.text.setOpenExternalLinks(False)  # no network, ever
        vault = getattr(window, "vault", None)
        self.text.setHtml(_help_text(getattr(vault, "mode", "ombud") == "coordinator"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Stäng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 480)


def _key_text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what) for every enabled action and described shortcut under ``window``, as the
    keys are really bound now: each action's own shortcuts, each ``QShortcut`` with its
    ``whatsThis`` as the description. Sorted by what they do."""
    rows: set[tuple[str, str]] = set()
    go_menu = getattr(window, "menu_go", None)
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
        text = text.rstrip("…. ")
        if go_menu is not None and go_menu in action.associatedObjects():
            text = tr("Gå till {view}").format(view=text)  # the views: Ctrl+1 … Ctrl+9
        if keys and text:
            rows.add((", ".join(_key_text(k) for k in keys), text))
    for shortcut in window.findChildren(QShortcut):
        keys = [k for k in shortcut.keys() if not k.isEmpty()]
        if keys and shortcut.whatsThis():
            rows.add((", ".join(_key_text(k) for k in keys), shortcut.whatsThis()))
    return sorted(rows, key=lambda r: (r[1].casefold(), r[0]))


class ShortcutsDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(tr("Kortkommandon"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        layout = QVBoxLayout(self)
        rows = shortcuts(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([tr("Tangenter"), tr("Gör")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (keys, what) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Stäng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 520)
