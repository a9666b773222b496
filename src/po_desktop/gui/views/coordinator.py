"""Coordinator mode: expected units, bundle import (drag and drop or file dialog) with a result
per file, period status, the merged report (exact on screen; masked in the PDF and CSV)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.ops import service_call
from po_desktop.gui.style import BadgeDelegate
from po_desktop.gui.tables import make_table
from po_desktop.gui.views.base import View, data_label
from po_desktop.gui.widgets import heading, hint
from po_desktop.i18n import plural, tr


def status_text(status: str) -> str:
    return {
        "imported": tr("importerad"),
        "already_imported": tr("redan importerad"),
        "replaced": tr("ersätter en äldre"),
        "superseded": tr("avvisad: en nyare finns"),
        "rejected": tr("avvisad"),
        "conflict": tr("avvisad: konflikt"),
    }.get(status, status)


def _last_bundle_text(u) -> str:
    """ "2026H1 (mottaget 2026-11-30 09:04)" — which period the unit has sent, not only "ja"."""
    from po_desktop.services.period_status import fmt_time

    if not u.last_period:
        return tr("inget paket än")
    return tr("{period} (mottaget {at})").format(
        period=u.last_period, at=fmt_time(u.last_received_at)
    )


def _fmt_time(value) -> str:
    from po_desktop.services.period_status import fmt_time

    return fmt_time(value)


def _unit_state(u) -> str:
    state = u.state
    if u.expected:
        return state
    return tr("{state} – inte förväntad, räknas inte").format(state=state)


def _key_text(fingerprint: str | None) -> str:
    """A unit's bound key as the coordinator reads it to the ombud: the fingerprint, or
    "ingen än" (no signed bundle yet)."""
    return fingerprint or tr("ingen än")


def _result_key_text(r) -> str:
    """The import result's signature: "osignerat", the key, or "ny nyckel: …" (compare it)."""
    if not r.ok or r.status == "already_imported":
        return ""
    if r.fingerprint is None:
        return tr("osignerat")
    if r.new_key:
        return tr("ny nyckel: {fingerprint} – jämför per telefon").format(fingerprint=r.fingerprint)
    return r.fingerprint


def _result_text(r) -> str:
    text = status_text(r.status)
    return tr("{status} – varning").format(status=text) if r.ok and r.warning else text


def import_tone(text: str) -> str | None:
    ok = {status_text("imported"), status_text("replaced")}
    neutral = {status_text("already_imported")}
    if text.endswith(tr("varning")):
        return "late"
    return "ok" if text in ok else "neutral" if text in neutral else "danger"


def status_tone(text: str) -> str | None:
    """The badge's colour for a unit's state (the word is always shown too)."""
    if text == tr("Saknas"):
        return "danger"
    if text == tr("Rapporterad i tid"):
        return "ok"
    if text.startswith(tr("Rapporterad")):
        return "late"
    return "neutral" if text else None


class DropArea(QFrame):
    """Accepts files dropped from the file manager."""

    files_dropped = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dropArea")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(70)
        layout = QVBoxLayout(self)
        label = QLabel(tr("Släpp statistikpaket (.pobundle) här"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self.setStyleSheet("#dropArea { border: 2px dashed palette(mid); }")

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)


class CoordinatorView(View):
    key = "coordinator"

    def title(self) -> str:
        return tr("Enheter och import")

    def __init__(self, window):
        super().__init__(window)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        split = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(split, 1)

        units_box = QGroupBox(tr("Enheter som ska rapportera"))
        ul = QVBoxLayout(units_box)
        self.units_model = RecordTableModel(
            [
                Column(tr("Enhet"), lambda u: u.label),
                Column(tr("Senaste paket"), _last_bundle_text),
                Column(
                    tr("Nyckel"),
                    lambda u: _key_text(u.fingerprint),
                    tooltip=lambda u: tr("Jämför med enhetens nyckel per telefon."),
                ),
            ],
            self,
        )
        self.units_table, _ = make_table(self.units_model)
        self.units_table.setObjectName("expectedUnitsTable")
        ul.addWidget(self.units_table, 1)
        # the first start of a coordinator vault: what to do first
        self.no_units_hint = hint(
            tr(
                "Inga enheter än. Skriv namnet på varje enhet som ska "
                "rapportera (t.ex. PO Mora) och tryck Lägg till; "
                "importera sedan deras statistikpaket till höger."
            )
        )
        self.no_units_hint.setObjectName("noUnitsHint")
        self.no_units_hint.hide()
        ul.addWidget(self.no_units_hint)
        row = QHBoxLayout()
        self.new_unit = QLineEdit()
        self.new_unit.setObjectName("newUnitLabel")
        self.new_unit.setPlaceholderText(tr("t.ex. PO Mora"))
        self.add_unit_button = QPushButton(tr("Lägg till"))
        self.add_unit_button.setObjectName("addExpectedUnit")
        row.addWidget(self.new_unit, 1)
        row.addWidget(self.add_unit_button)
        ul.addLayout(row)
        self.rebind_button = QPushButton(tr("Enheten har ny dator: byt nyckel…"))
        self.rebind_button.setObjectName("rebindUnit")
        self.rebind_button.setToolTip(
            tr(
                "Släpper den valda enhetens nyckel (loggas); nästa signerade paket från "
                "enheten binder den nya. Jämför den nya nyckeln per telefon efter importen."
            )
        )
        ul.addWidget(self.rebind_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.unit_message = data_label()
        ul.addWidget(self.unit_message)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(units_box, 1)
        self.senders_box = QGroupBox(tr("Paket från enheter som inte är förväntade"))
        self.senders_box.setObjectName("unknownSenders")
        sl = QVBoxLayout(self.senders_box)
        self.senders_text = data_label()
        self.senders_text.setObjectName("unknownSenderText")
        self.senders_text.setWordWrap(True)
        sl.addWidget(self.senders_text)
        srow = QHBoxLayout()
        self.sender_choice = QComboBox()
        self.sender_choice.setObjectName("senderChoice")
        self.sender_choice.setAccessibleName(tr("Paket från"))
        self.match_choice = QComboBox()
        self.match_choice.setObjectName("matchChoice")
        self.match_choice.setAccessibleName(tr("Förväntad enhet"))
        srow.addWidget(self.sender_choice, 1)
        srow.addWidget(QLabel(tr("är")))
        srow.addWidget(self.match_choice, 1)
        sl.addLayout(srow)
        # one button a row: side by side they were cut ("ägg till som ny förväntad enhe") in
        # the narrow left column at 150 %
        self.match_button = QPushButton(tr("Det är den förväntade enheten"))
        self.match_button.setObjectName("matchUnit")
        self.expect_sender_button = QPushButton(tr("Lägg till som ny förväntad enhet"))
        self.expect_sender_button.setObjectName("expectSender")
        for button in (self.match_button, self.expect_sender_button):
            sl.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(self.senders_box)
        self.senders_box.hide()
        split.addWidget(left)

        import_box = QGroupBox(tr("Importera statistikpaket"))
        il = QVBoxLayout(import_box)
        self.drop = DropArea()
        il.addWidget(self.drop)
        self.choose_button = QPushButton(tr("Välj filer… (Ctrl+I)"))
        self.choose_button.setObjectName("chooseBundles")
        il.addWidget(self.choose_button)
        self.results_model = RecordTableModel(
            [
                Column(tr("Fil"), lambda r: Path(r.path).name),
                Column(tr("Resultat"), _result_text),
                Column(tr("Enhet"), lambda r: r.unit_label),
                Column(tr("Period"), lambda r: r.period_label),
                Column(
                    tr("Orsak eller varning"),
                    lambda r: r.warning or r.reason,
                    tooltip=lambda r: r.warning or r.reason,
                ),
                Column(tr("Signatur"), _result_key_text, tooltip=_result_key_text),
            ],
            self,
        )
        self.results_table, _ = make_table(self.results_model)
        self.results_table.setItemDelegateForColumn(
            1, BadgeDelegate(import_tone, self.results_table)
        )
        self.results_table.setObjectName("importResults")
        il.addWidget(self.results_table, 1)
        self.import_message = data_label()
        self.import_message.setObjectName("importMessage")
        il.addWidget(self.import_message)
        split.addWidget(import_box)
        split.setSizes([380, 800])

        self.rebind_button.clicked.connect(self.rebind_selected)
        self.match_button.clicked.connect(self.match_sender)
        self.expect_sender_button.clicked.connect(self.expect_sender)
        self.add_unit_button.clicked.connect(self.add_unit)
        self.new_unit.returnPressed.connect(self.add_unit)
        self.choose_button.clicked.connect(self.choose_files)
        self.drop.files_dropped.connect(self.import_files)

    def work_actions(self):
        from PySide6.QtGui import QAction, QKeySequence

        a = QAction(tr("Importera statistikpaket…"), self.main)
        a.setShortcut(QKeySequence("Ctrl+I"))

        def choose() -> None:
            if self.main.vault is not None:
                self.main.show_view(self.key)
                self.choose_files()

        a.triggered.connect(choose)
        self.main.addAction(a)
        return [a]

    def refresh(self) -> None:
        from po_desktop.services import period_status

        units = period_status.expected_units_overview(self.vault)
        self.units_model.set_rows(units)
        self.units_table.resizeColumnsToContents()
        self.no_units_hint.setVisible(not units)
        senders = period_status.unknown_senders(self.vault)
        self._senders = {s.unit_id: s for s in senders}
        self.sender_choice.clear()
        self.match_choice.clear()
        for s in senders:
            self.sender_choice.addItem(
                tr("{label} (id {id}…; {periods})").format(
                    label=s.label, id=s.unit_id[:8], periods=", ".join(s.periods)
                ),
                s.unit_id,
            )
        for u in units:
            if not u.unit_id:
                self.match_choice.addItem(u.label, u.label)
        if senders:
            self.senders_text.setText(
                plural(
                    len(senders),
                    tr(
                        "{n} enhet har skickat paket men är inte förväntad. Är det en av de "
                        "förväntade enheterna (t.ex. med ett annat namn)? Svaret sparas."
                    ),
                    tr(
                        "{n} enheter har skickat paket men är inte förväntade. Är det några av de "
                        "förväntade enheterna (t.ex. med ett annat namn)? Svaret sparas."
                    ),
                )
            )
        self.match_button.setEnabled(bool(senders) and self.match_choice.count() > 0)
        self.senders_box.setVisible(bool(senders))

    def rebind_selected(self, *, confirm: bool = True) -> None:
        """Release the selected expected unit's key (a new computer); logged."""
        from po_desktop.gui.tables import selected_record
        from po_desktop.services import coordinator

        unit = selected_record(self.units_table)
        if unit is None or not unit.fingerprint:
            self.unit_message.setText(tr("Välj en enhet som har en nyckel."))
            return
        if (
            confirm
            and QMessageBox.question(
                self,
                tr("Byt nyckel"),
                tr(
                    "Nyckeln {fingerprint} för {unit} släpps; nästa signerade paket från "
                    "enheten binder en ny nyckel. Gör det bara när enheten har bekräftat per "
                    "telefon att den har en ny dator. Fortsätt?"
                ).format(fingerprint=unit.fingerprint, unit=unit.label),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        got = service_call(
            lambda: coordinator.rebind_unit(self.vault, unit.unit_id), show=self.unit_message
        )
        if not got:
            return
        r = got.value
        self.unit_message.setText(
            tr(
                "Nyckeln för {unit} är släppt. Importera enhetens nya paket och jämför den "
                "nya nyckeln per telefon."
            ).format(unit=r.label)
        )
        self.refresh()

    def match_sender(self) -> None:
        from po_desktop.services import period_status

        unit_id, label = self.sender_choice.currentData(), self.match_choice.currentData()
        if not unit_id or not label:
            return
        if not service_call(
            lambda: period_status.match_unit(self.vault, unit_id, label), show=self.unit_message
        ):
            return
        self.unit_message.setText(tr("Paketen räknas nu som {label}.").format(label=label))
        self.refresh()

    def expect_sender(self) -> None:
        from po_desktop.services import coordinator

        unit_id = self.sender_choice.currentData()
        if not unit_id:
            return
        label = self._senders[unit_id].label
        ok = self._lookalike_confirmed(label, unit_id)
        if ok is None:
            return
        if not service_call(
            lambda: coordinator.expect_unit(self.vault, label, unit_id=unit_id, lookalike_ok=ok),
            show=self.unit_message,
        ):
            return
        self.unit_message.setText(tr("{label} är nu en förväntad enhet.").format(label=label))
        self.refresh()

    def _lookalike_confirmed(self, label: str, unit_id: str | None) -> bool | None:
        """False: the label looks like no known unit; True: it does and the coordinator says
        it is another unit; None: it does and the coordinator cancelled (nothing happens)."""
        from po_desktop.domain.safetext import visible
        from po_desktop.services import coordinator

        got = service_call(
            lambda: coordinator.lookalike_of(self.vault, label, unit_id), show=self.unit_message
        )
        if not got:
            return None  # the refusal is shown
        if got.value is None:
            return False
        if unit_id is None:  # typed by the coordinator: there are no packages to connect
            text = tr(
                "Namnet '{label}' liknar '{other}' som redan finns. Siffror och bokstäver som "
                "0 och O, 1 och l är lätta att förväxla: är det samma enhet, välj Avbryt, den "
                "finns redan. Godkänn bara om du vet att det är en annan enhet."
            )
        else:
            text = tr(
                "Namnet '{label}' liknar '{other}' som redan finns. Siffror och bokstäver som "
                "0 och O, 1 och l är lätta att förväxla: är det samma enhet, välj Avbryt och "
                "koppla paketen till den. Godkänn bara om du vet att det är en annan enhet."
            )
        text = text.format(label=visible(label), other=visible(got.value))
        if self.confirm_lookalike(text):
            return True
        self.unit_message.setText(tr("Inget godkändes: namnet liknar en enhet som redan finns."))
        return None

    def confirm_lookalike(self, text: str) -> bool:
        return self.lookalike_box(text).exec() == QMessageBox.StandardButton.Yes

    def lookalike_box(self, text: str) -> QMessageBox:
        """The question, its buttons in Swedish whether or not Qt's own translation is
        installed (the text says "välj Avbryt")."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Namnet liknar en annan enhet"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("lookalikeConfirm")
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Godkänn ändå"))
        box.button(QMessageBox.StandardButton.Cancel).setText(tr("Avbryt"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box

    def add_unit(self) -> None:
        from po_desktop.services import coordinator

        label = self.new_unit.text()
        ok = self._lookalike_confirmed(label, None)
        if ok is None:
            return
        if not service_call(
            lambda: coordinator.expect_unit(self.vault, label, lookalike_ok=ok),
            show=self.unit_message,
        ):
            return
        self.new_unit.clear()
        self.unit_message.clear()
        self.refresh()

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, tr("Välj statistikpaket"), "", tr("Statistikpaket (*.pobundle);;Alla filer (*)")
        )
        if files:
            self.import_files(files)

    def import_files(self, paths: list[str]) -> None:
        """Import each file on its own, off the GUI thread, with progress; list every result."""
        from po_desktop.services import coordinator

        vault = self.vault
        paths = [str(p) for p in paths]

        def work(report):
            results = []
            for i, path in enumerate(paths):
                report(i, len(paths), tr("Importerar {name}…").format(name=Path(path).name))
                results.append(coordinator.import_file(vault, Path(path)))
            report(len(paths), len(paths), "")
            return results

        def done(results) -> None:
            self.results_model.set_rows(results)
            self.results_table.resizeColumnsToContents()
            bad = sum(1 for r in results if not r.ok)
            warned = sum(1 for r in results if r.ok and r.warning)
            text = plural(
                len(results),
                tr("{ok} av {n} fil importerad; {bad} avvisad."),
                tr("{ok} av {n} filer importerade; {bad} avvisade."),
                ok=len(results) - bad,
                bad=bad,
            )
            if warned:
                text += " " + plural(
                    warned,
                    tr(
                        "Varning för {n} paket: perioden har inte "
                        "slutat, siffrorna är inte slutliga."
                    ),
                    tr(
                        "Varning för {n} paket: perioden har inte slutat, "
                        "siffrorna är inte slutliga."
                    ),
                )
            self.import_message.setText(text)
            self.refresh()

        self.main.jobs.run(tr("Statistikpaket importeras…"), work, on_done=done)


# the period view lives in its own module; the window finds it here
from po_desktop.gui.views.coordinator_report import CoordinatorReportView  # noqa: E402

__all__ = ["CoordinatorReportView", "CoordinatorView", "DropArea"]
