"""The About dialog: version, language, settings files, and the bundled components' licences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from po_desktop import licenses
from po_desktop.i18n import LANGUAGE_NAMES, current_language, tr
from po_desktop.resources import icon_path


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(tr("Om po-desktop"))
        self.resize(760, 560)

        logo = QLabel()
        logo.setPixmap(
            QPixmap(str(icon_path(256))).scaled(
                72,
                72,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        title = QLabel(f"<h2>po-desktop {licenses.program_version()}</h2>")
        title.setObjectName("aboutTitle")
        blurb = QLabel(
            tr(
                "Arbetsverktyg för personligt ombud och samordnare. Allt sparas "
                "krypterat i en enda fil på den här datorn; programmet använder "
                "aldrig nätverket."
            )
        )
        blurb.setWordWrap(True)
        facts = QLabel(
            tr("Licens: {licence} · Språk: {language}").format(
                licence=licenses.program_licence(),
                language=LANGUAGE_NAMES.get(current_language(), ""),
            )
        )
        facts.setObjectName("aboutFacts")
        self.config_label = QLabel(self._config_text())
        self.config_label.setObjectName("aboutConfig")
        self.config_label.setWordWrap(True)
        self.config_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        head = QVBoxLayout()
        head.addWidget(title)
        head.addWidget(blurb)
        head.addWidget(facts)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(head, 1)

        self.components = licenses.components()
        self.table = QTableWidget(len(self.components), 4)
        self.table.setObjectName("componentTable")
        self.table.setHorizontalHeaderLabels(
            [tr("Komponent"), tr("Version"), tr("Licens"), tr("Används till")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, comp in enumerate(self.components):
            for col, text in enumerate((comp.name, comp.version, comp.licence, tr(comp.purpose))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setReadOnly(True)
        self.licence_text.setPlaceholderText(tr("Välj en komponent för att läsa dess licens."))
        self.table.currentCellChanged.connect(self._show_licence)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.licence_text)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(tr("Komponenter som följer med programmet:")))
        layout.addWidget(split, 1)
        layout.addWidget(self.config_label)
        layout.addWidget(buttons)
        self.table.setCurrentCell(0, 0)

    @staticmethod
    def _config_text() -> str:
        from po_desktop.config import config_files

        files = ", ".join(str(p) for p in config_files())
        return tr("Inställningsfiler (den sista vinner): {files}").format(files=files)

    def _show_licence(self, row: int, *_):
        if 0 <= row < len(self.components):
            comp = self.components[row]
            self.licence_text.setPlainText(
                comp.text
                or tr("{name}: licensen {licence}.").format(name=comp.name, licence=comp.licence)
            )

    def select_component(self, name: str) -> bool:
        for row, comp in enumerate(self.components):
            if comp.name == name:
                self.table.setCurrentCell(row, 0)
                return True
        return False
