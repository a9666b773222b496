"""The systemfel register. The personal-data check runs while typing and is shown inline, under
and inside each text; the texts stay editable and nothing is stored while the check finds
anything (the service refuses it)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.ops import quietly, service_call
from po_desktop.gui.style import set_role, tones
from po_desktop.gui.tables import make_table, select_where, selected_record
from po_desktop.gui.views.base import DraftPlace, View, data_label
from po_desktop.gui.widgets import (
    CodeCombo,
    date_of,
    heading,
    label_of,
    make_date_edit,
    qdate,
)
from po_desktop.i18n import tr
from po_desktop.services import casework as cw
from po_desktop.services import system_failure_fields as sf_fields

if TYPE_CHECKING:
    from po_desktop.domain.privacy import Finding

TEXT_FIELDS = sf_fields.NAMES


class SystemFailureForm(TypedDict):
    """What the form holds, as the service takes it (an empty required text is "", which the
    service refuses naming the field, as it refuses None)."""

    area: str
    description: str
    independence_effect: str | None
    measures: str | None
    reported_to: str | None
    feedback: str | None
    identified_on: dt.date | None  # None until typed: the service refuses it, naming it
    authority: str | None
    reported_on: dt.date | None
    feedback_requested_on: dt.date | None
    feedback_received: bool
    feedback_received_on: dt.date | None


class SystemFailuresView(View):
    key = "system_failures"

    def title(self) -> str:
        return tr("Systemfel")

    def __init__(self, window):
        super().__init__(window)
        self.current_id: str | None = None
        outer = QVBoxLayout(self)
        outer.addWidget(heading(tr("Systemfel – brister i samhällets stöd")))
        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split, 1)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.model = RecordTableModel(
            [
                Column(tr("Identifierat"), lambda f: f.identified_on),
                Column(tr("Myndighet"), lambda f: label_of("authority", f.authority)),
                Column(tr("Område"), lambda f: f.area),
                Column(tr("Rapporterat"), lambda f: f.reported_on),
                Column(tr("Återkoppling"), lambda f: f.feedback_received),
            ],
            self,
        )
        self.table, self.proxy = make_table(self.model)
        self.table.setObjectName("systemFailureTable")
        ll.addWidget(self.table, 1)
        self.new_button = QPushButton(tr("Nytt systemfel"))
        self.new_button.setObjectName("newSystemFailure")
        ll.addWidget(self.new_button)
        split.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        self.form_body = body
        self._loaded_state: dict | None = None
        scroll.setWidget(body)
        right_layout.addWidget(scroll, 1)
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_title = QLabel(tr("Nytt systemfel"))
        self.form_title.setObjectName("sfFormTitle")
        form.addRow(self.form_title)
        form.addRow(
            QLabel(
                tr(
                    "Inga klientuppgifter: inga namn, personnummer, telefonnummer, "
                    "e-postadresser eller alias."
                )
            )
        )
        self.identified_on = make_date_edit(empty=True)  # a fact: typed, never today
        self.identified_on.setObjectName("identifiedOn")
        form.addRow(tr("Identifierat:"), self.identified_on)
        self.authority = CodeCombo("authority", choose=True)
        self.authority.setObjectName("authority")
        form.addRow(tr("Ansvarig myndighet:"), self.authority)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.findings: dict[str, QLabel] = {}
        labels = {f.name: tr(f.question) for f in sf_fields.TEXT_FIELDS}
        for name in TEXT_FIELDS:
            w: QLineEdit | QPlainTextEdit
            if sf_fields.BY_NAME[name].short:
                w = QLineEdit()
            else:
                w = text_box = QPlainTextEdit()
                text_box.setMaximumHeight(80 if name != "description" else 110)
                text_box.setTabChangesFocus(True)
            w.setObjectName(f"sf_{name}")
            self.fields[name] = w
            finding = QLabel()
            finding.setObjectName(f"sf_{name}_findings")
            finding.setWordWrap(True)
            set_role(finding, "error")
            finding.setVisible(False)
            self.findings[name] = finding
            box = QWidget()
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 0)
            bl.addWidget(w)
            bl.addWidget(finding)
            form.addRow(labels[name], box)
            if name == "reported_to":
                self.reported_on = make_date_edit(optional=True)
                self.reported_on.setObjectName("reportedOn")
                form.addRow(tr("Rapporterat datum:"), self.reported_on)
                self.feedback_requested_on = make_date_edit(optional=True)
                form.addRow(tr("Återkoppling begärd:"), self.feedback_requested_on)
                self.feedback_received = QCheckBox(tr("Återkoppling har kommit"))
                self.feedback_received_on = make_date_edit(optional=True)
                form.addRow(self.feedback_received, self.feedback_received_on)
        self.message = data_label()
        self.message.setObjectName("sfMessage")
        set_role(self.message, "error")
        right_layout.addWidget(self.message)
        brow = QHBoxLayout()
        self.save_button = QPushButton(tr("Spara systemfelet (Ctrl+S)"))
        self.save_button.setObjectName("saveSystemFailure")
        self.print_button = QPushButton(tr("Skriv ut blanketten…"))
        self.print_button.setObjectName("printSystemFailure")
        brow.addWidget(self.save_button)
        brow.addWidget(self.print_button)
        brow.addStretch(1)
        right_layout.addLayout(brow)
        split.addWidget(right)
        split.setSizes([430, 760])

        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(400)
        self.check_timer.timeout.connect(self.check_texts)
        for w in self.fields.values():
            w.textChanged.connect(self.check_timer.start)
        self.new_button.clicked.connect(self.new_failure)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_form)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.print_button.setEnabled(False)

    # --- load ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.set_rows(cw.list_system_failures(self.vault))
        self.table.resizeColumnsToContents()
        if self.current_id:
            select_where(self.table, lambda f: f.id == self.current_id)

    def _selected(self) -> None:
        rec = selected_record(self.table)
        if rec is not None and rec.id != self.current_id:
            self.load(rec)

    def _text(self, name: str) -> str:
        w = self.fields[name]
        return w.text() if isinstance(w, QLineEdit) else w.toPlainText()

    def _set_text(self, name: str, value: str | None) -> None:
        w = self.fields[name]
        if isinstance(w, QLineEdit):
            w.setText(value or "")
        else:
            w.setPlainText(value or "")

    def load(self, f: cw.SystemFailureView | None) -> None:
        self.current_id = f.id if f else None
        self.form_title.setText(
            tr("Systemfel {id}").format(id=f.id[:8]) if f else tr("Nytt systemfel")
        )
        self.identified_on.setDate(
            qdate(f.identified_on) if f else self.identified_on.minimumDate()
        )
        self.authority.set_code(f.authority if f else None)
        for name in TEXT_FIELDS:
            self._set_text(name, getattr(f, name) if f else "")
        for edit, attr in (
            (self.reported_on, "reported_on"),
            (self.feedback_requested_on, "feedback_requested_on"),
            (self.feedback_received_on, "feedback_received_on"),
        ):
            value = getattr(f, attr) if f else None
            edit.setDate(qdate(value) if value else edit.minimumDate())
        self.feedback_received.setChecked(bool(f and f.feedback_received))
        self.message.clear()
        self.print_button.setEnabled(f is not None)
        self.check_texts()
        from po_desktop.gui.drafts import snapshot

        self._loaded_state = snapshot(self.form_body)

    # --- drafts: kept through a lock ----------------------------------------------------------

    def draft_for_lock(self) -> DraftPlace | None:
        """(kind, alias, id, state) when the form holds unsaved changes, else None."""
        from po_desktop.gui.drafts import has_text, snapshot

        if self._loaded_state is None:
            if self.current_id is not None:
                return None
        state = snapshot(self.form_body)
        if self._loaded_state is not None and state == self._loaded_state:
            return None
        if self._loaded_state is None and not has_text(state):
            return None
        return ("system_failure", None, self.current_id, state)

    def reopen_draft(self, draft) -> bool:
        from po_desktop.gui.drafts import restore

        item_id = draft.key.rsplit(":", 1)[-1]
        self.main.show_view(self.key)
        if item_id == "new":
            self.new_failure()
        else:
            # the systemfel is gone: start a new one with what was typed
            got = service_call(lambda: cw.get_system_failure(self.vault, item_id), show=quietly)
            if got:
                self.load(got.value)
            else:
                self.new_failure()
            select_where(self.table, lambda f: f.id == item_id)
        restore(self.form_body, draft.content)
        self.check_texts()
        self.message.setText(
            tr("Utkastet från före låsningen är tillbaka; det är inte sparat ännu.")
        )
        return True

    def new_failure(self) -> None:
        self.table.clearSelection()
        self.load(None)
        self.fields["area"].setFocus()

    # --- the personal-data check -------------------------------------------------------------

    def check_texts(self) -> dict[str, list[Finding]]:
        """Run the service's check on every text; mark what it finds. Returns the findings."""
        self.check_timer.stop()
        found: dict[str, list[Finding]] = {}
        if self.main.vault is None:
            return found
        for name in TEXT_FIELDS:
            hits = cw.check_free_text(self.vault, self._text(name))
            if hits:
                found[name] = hits
            self._show_findings(name, hits)
        return found

    def _show_findings(self, name: str, hits) -> None:
        from po_desktop.domain.privacy import describe

        label = self.findings[name]
        if hits:
            label.setText(tr("Ta bort eller skriv om: {what}").format(what=describe(hits)))
        else:
            label.clear()
        label.setVisible(bool(hits))
        w = self.fields[name]
        if isinstance(w, QPlainTextEdit):
            selections = []
            fmt = QTextCharFormat()
            tone = tones()["danger"]  # readable in a light and a dark palette
            fmt.setBackground(QColor(tone.bg))
            fmt.setForeground(QColor(tone.fg))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(tone.fg))
            text = w.toPlainText()

            def utf16(i: int) -> int:  # Qt counts UTF-16 units, Python code points (emoji)
                return len(text[:i].encode("utf-16-le")) // 2

            for hit in hits:
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(w.document())
                cursor.setPosition(utf16(hit.start))
                cursor.setPosition(utf16(hit.end), QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor
                sel.format = fmt
                selections.append(sel)
            w.setExtraSelections(selections)
        else:
            tone = tones()["danger"]
            w.setStyleSheet(
                f"QLineEdit {{ background: {tone.bg}; color: {tone.fg}; }}" if hits else ""
            )

    # --- save / print -------------------------------------------------------------------------

    def values(self) -> SystemFailureForm:
        def optional(name: str) -> str | None:
            return self._text(name).strip() or None

        return SystemFailureForm(
            area=self._text("area").strip(),
            description=self._text("description").strip(),
            independence_effect=optional("independence_effect"),
            measures=optional("measures"),
            reported_to=optional("reported_to"),
            feedback=optional("feedback"),
            identified_on=date_of(self.identified_on),
            authority=self.authority.code(),
            reported_on=date_of(self.reported_on),
            feedback_requested_on=date_of(self.feedback_requested_on),
            feedback_received=self.feedback_received.isChecked(),
            feedback_received_on=date_of(self.feedback_received_on),
        )

    def save(self):
        values = self.values()

        def store():
            if self.current_id is None:
                return cw.add_system_failure(self.vault, **values)
            return cw.update_system_failure(self.vault, self.current_id, **values)

        got = service_call(store, show=self.message)
        if not got:
            if isinstance(got.error, cw.FreeTextRefused):
                for name, hits in got.error.findings.items():
                    self._show_findings(name, hits)
            return None
        saved = got.value
        self.current_id = saved.id
        self.refresh()
        self.load(saved)
        self.main.statusBar().showMessage(tr("Systemfelet är sparat."), 5000)
        return saved

    def save_now(self) -> None:
        self.save()

    def print_form(self) -> None:
        if self.current_id is None:
            return
        printer = getattr(self.main, "print_system_failure", None)
        if printer is not None:
            printer(self.current_id)

    def work_actions(self):
        return []

    def clear(self) -> None:
        self.current_id = None
        self._loaded_state = None
        super().clear()
        for name in TEXT_FIELDS:
            self._show_findings(name, [])
