"""The client survey (annual.md §2): rounds, and the tally screen built for speed.

One returned paper form = one row of answers, entered with the keyboard only: digits 1–5 on a
scale question, j / n on a yes/no question, v for "vet inte", 0 or space for no answer; each
answer moves to the next question, Backspace goes back, Enter saves the form and starts the
next. A counter shows the forms entered against those handed out. Free-text answers are not
stored (the ombud reads them on paper), and the screen says so.

Thin: every check is :mod:`po_desktop.services.survey`'s.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.dialogs import FormDialog
from po_desktop.gui.ops import service_call
from po_desktop.gui.style import set_role, tones
from po_desktop.gui.views.base import View, data_label
from po_desktop.gui.widgets import (
    date_of,
    heading,
    hint,
    make_date_edit,
    refusal,
    required,
)
from po_desktop.i18n import tr

# key → answer code, per question type
SCALE_KEYS = {
    Qt.Key.Key_1: "1",
    Qt.Key.Key_2: "2",
    Qt.Key.Key_3: "3",
    Qt.Key.Key_4: "4",
    Qt.Key.Key_5: "5",
    Qt.Key.Key_V: "dont_know",
}
YES_NO_KEYS = {Qt.Key.Key_J: "yes", Qt.Key.Key_N: "no", Qt.Key.Key_V: "dont_know"}
NO_ANSWER_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Space, Qt.Key.Key_Minus)
# how an answer is shown in the row of an entered form (the keys typed for it)
SHORT = {
    "1": "1",
    "2": "2",
    "3": "3",
    "4": "4",
    "5": "5",
    "yes": "j",
    "no": "n",
    "dont_know": "v",
    "no_answer": "–",
}


def answer_label(code: str | None) -> str:
    from po_desktop.domain.survey import answer_label as label

    return label(code) if code else ""


class TallyEntry(QWidget):
    """One form's answers, entered by keyboard. Emits ``submitted(answers)`` on Enter."""

    submitted = Signal(dict)
    undo_requested = Signal()
    message = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("tallyEntry")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("tallyTable")
        self.table.setHorizontalHeaderLabels([tr("Nr"), tr("Fråga"), tr("Svar")])
        self.table.verticalHeader().setVisible(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(2, 230)
        font = self.table.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.table.setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        layout.addWidget(self.table)
        self.questions: list = []
        self.answers: dict[str, str] = {}
        self.current = 0

    # --- content ---------------------------------------------------------------------------

    def set_questions(self, questions) -> None:
        self.questions = list(questions)
        self.table.setRowCount(len(self.questions))
        for row, q in enumerate(self.questions):
            self.table.setItem(row, 0, QTableWidgetItem(str(row + 1)))
            text = q.text
            if q.type == "scale":
                text += "  " + tr("(1–5, v = vet inte)")
            elif q.type == "yes_no":
                text += "  " + tr("(j = ja, n = nej, v = vet inte)")
            self.table.setItem(row, 1, QTableWidgetItem(text))
            self.table.setItem(row, 2, QTableWidgetItem(""))
        self.new_form()

    def clear(self) -> None:
        self.questions = []
        self.answers = {}
        self.current = 0
        self.table.clearContents()
        self.table.setRowCount(0)

    def new_form(self) -> None:
        self.answers = {}
        self.current = self._next_answerable(0)
        self._paint()

    def _answerable(self, row: int) -> bool:
        return self.questions[row].type != "free_text"

    def _next_answerable(self, row: int) -> int:
        while row < len(self.questions) and not self._answerable(row):
            row += 1
        return row

    def _prev_answerable(self, row: int) -> int:
        row -= 1
        while row >= 0 and not self._answerable(row):
            row -= 1
        return row

    def _paint(self) -> None:
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, q in enumerate(self.questions):
            code = self.answers.get(q.id)
            if q.type == "free_text":
                text = tr("(fritext – sparas inte)")
            else:
                text = answer_label(code) if code else ("▶" if row == self.current else "")
            item = self.table.item(row, 2)
            if item is not None:
                item.setText(text)
                item.setFont(bold)
            # the current row in the palette's "late" tone (readable light or dark); the others
            # in the table's own colours, never a fixed white under a dark palette's light text
            current = tones()["late"]
            for col in range(3):
                cell = self.table.item(row, col)
                if cell is None:
                    continue
                if row == self.current:
                    cell.setBackground(QColor(current.bg))
                    cell.setForeground(QColor(current.fg))
                else:
                    cell.setBackground(QBrush())
                    cell.setForeground(QBrush())
        if 0 <= self.current < len(self.questions):
            first = self.table.item(self.current, 0)
            if first is not None:
                self.table.scrollToItem(first)

    # --- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if not self.questions:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit(dict(self.answers))
            return
        if key == Qt.Key.Key_Backspace:
            prev = self._prev_answerable(self.current)
            if prev >= 0:
                self.current = prev
                self.answers.pop(self.questions[prev].id, None)
                self._paint()
            return
        if key == Qt.Key.Key_Up:
            prev = self._prev_answerable(self.current)
            if prev >= 0:
                self.current = prev
                self._paint()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Tab):
            self._advance()
            return
        if key == Qt.Key.Key_Z and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.undo_requested.emit()
            return
        if self.current >= len(self.questions):
            self.message.emit(tr("Alla frågor är besvarade: tryck Enter för att spara enkäten."))
            return
        q = self.questions[self.current]
        keys = SCALE_KEYS if q.type == "scale" else YES_NO_KEYS
        if key in keys:
            self._answer(q.id, keys[Qt.Key(key)])
        elif key in NO_ANSWER_KEYS:
            self._answer(q.id, "no_answer")
        elif event.text().strip():
            allowed = tr("1–5 eller v") if q.type == "scale" else tr("j, n eller v")
            self.message.emit(
                tr('Tangenten "{key}" passar inte fråga {n} ({allowed}; 0 = inget svar).').format(
                    key=event.text(), n=self.current + 1, allowed=allowed
                )
            )
        else:
            super().keyPressEvent(event)

    def _answer(self, qid: str, code: str) -> None:
        self.answers[qid] = code
        self.message.emit("")
        self._advance()

    def _advance(self) -> None:
        self.current = self._next_answerable(self.current + 1)
        self._paint()


class RoundDialog(FormDialog):
    def __init__(self, parent, vault):
        super().__init__(parent, tr("Ny enkätomgång"))
        self.setObjectName("roundDialog")
        self.vault = vault
        self.label = QLineEdit()
        self.label.setObjectName("roundLabel")
        self.label.setPlaceholderText(tr("t.ex. Hösten {year}").format(year=dt.date.today().year))
        self.form.addRow(required(tr("Namn:")), self.label)
        # the collection period is a fact the person types: never today proposed
        self.date_from = make_date_edit(empty=True)
        self.date_from.setObjectName("roundFrom")
        self.form.addRow(required(tr("Insamling från:")), self.date_from)
        self.date_to = make_date_edit(empty=True)
        self.date_to.setObjectName("roundTo")
        self.form.addRow(required(tr("Insamling till:")), self.date_to)
        # never a default: a made-up number would be printed with a response rate from it
        handed = QWidget()
        hl = QHBoxLayout(handed)
        hl.setContentsMargins(0, 0, 0, 0)
        self.handed_out = QLineEdit()
        self.handed_out.setObjectName("roundHandedOut")
        self.handed_out.setPlaceholderText(tr("antal"))
        self.handed_out.setMaximumWidth(120)
        self.handed_out_unknown = QCheckBox(tr("Uppgift saknas"))
        self.handed_out_unknown.setObjectName("roundHandedOutUnknown")
        self.handed_out_unknown.setToolTip(
            tr("Ingen svarsfrekvens räknas eller skrivs ut för en omgång utan antal.")
        )
        self.handed_out_unknown.toggled.connect(self._unknown_toggled)
        hl.addWidget(self.handed_out)
        hl.addWidget(self.handed_out_unknown)
        hl.addStretch(1)
        self.form.addRow(required(tr("Utdelade enkäter:")), handed)

    def _unknown_toggled(self, unknown: bool) -> None:
        if unknown:
            self.handed_out.clear()
        self.handed_out.setEnabled(not unknown)

    def handed_out_value(self) -> int | None:
        """The number typed, or None for "uppgift saknas"; refused when neither is given."""
        from po_desktop.domain.activities import normalize_input

        if self.handed_out_unknown.isChecked():
            return None
        text = normalize_input(self.handed_out.text()).replace(" ", "")
        if not text:
            raise refusal(tr("ange antal utdelade enkäter, eller kryssa i ”Uppgift saknas”"))
        if not text.isdecimal() or not text.isascii():
            raise refusal(tr("antal utdelade enkäter ska vara ett heltal"))
        return int(text)

    def submit(self):
        from po_desktop.services import survey

        date_from, date_to = date_of(self.date_from), date_of(self.date_to)
        if date_from is None:
            raise refusal(tr("ange första dagen av insamlingen (Insamling från, ÅÅÅÅ-MM-DD)"))
        if date_to is None:
            raise refusal(tr("ange sista dagen av insamlingen (Insamling till, ÅÅÅÅ-MM-DD)"))
        return survey.add_round(
            self.vault,
            label=self.label.text(),
            date_from=date_from,
            date_to=date_to,
            handed_out=self.handed_out_value(),
        )


class SurveyView(View):
    key = "survey"

    def title(self) -> str:
        return tr("Klientenkät")

    def __init__(self, window):
        super().__init__(window)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Klientenkät: mata in returnerade enkäter")))
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Omgång:")))
        self.rounds = QComboBox()
        self.rounds.setObjectName("surveyRounds")
        self.rounds.setMinimumWidth(320)
        row.addWidget(self.rounds, 1)
        self.new_round_button = QPushButton(tr("Ny omgång…"))
        self.new_round_button.setObjectName("newRound")
        self.print_button = QPushButton(tr("Skriv ut tom enkät…"))
        self.print_button.setObjectName("printSurvey")
        row.addWidget(self.new_round_button)
        row.addWidget(self.print_button)
        layout.addLayout(row)

        self.counter = data_label()
        self.counter.setObjectName("tallyCounter")
        font = self.counter.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.counter.setFont(font)
        layout.addWidget(self.counter)
        self.free_text_notice = QLabel(
            tr("Fritextsvar sparas inte i programmet: läs dem på papperet. Mata bara in kryssen.")
        )
        self.free_text_notice.setObjectName("freeTextNotice")
        set_role(self.free_text_notice, "warning")  # bold, readable in a dark palette too
        self.free_text_notice.setWordWrap(True)
        layout.addWidget(self.free_text_notice)
        layout.addWidget(
            hint(
                tr(
                    "Tangenter: 1–5 på en skalfråga · j = ja, n = nej · v = vet "
                    "inte · 0 eller mellanslag = inget svar · Backsteg = föregående "
                    "fråga · Enter = spara enkäten och börja nästa · Ctrl+Z = ångra "
                    "senast sparade enkät."
                )
            )
        )
        self.entry = TallyEntry()
        layout.addWidget(self.entry, 3)
        layout.addWidget(
            QLabel(
                tr(
                    "Inmatade nu (en rad per enkät, senaste överst; visas bara "
                    "tills du byter omgång eller låser):"
                )
            )
        )
        self.history = QTableWidget(0, 0)
        self.history.setObjectName("tallyHistory")
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history.setMaximumHeight(150)
        layout.addWidget(self.history, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("Spara enkäten (Enter)"))
        self.save_button.setObjectName("saveResponse")
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button = QPushButton(tr("Ångra senast sparade enkät (Ctrl+Z)"))
        self.undo_button.setObjectName("undoResponse")
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = data_label()
        self.message.setObjectName("tallyMessage")
        layout.addWidget(self.message)

        self._empty_armed = False  # a first Enter on a form without answers (save_form)
        self.rounds.currentIndexChanged.connect(self._round_changed)
        self.new_round_button.clicked.connect(self.new_round_dialog)
        self.print_button.clicked.connect(self.print_blank)
        self.entry.submitted.connect(self.save_form)
        self.entry.undo_requested.connect(self.undo_last)
        self.entry.message.connect(self.message.setText)
        self.save_button.clicked.connect(lambda: self.save_form(dict(self.entry.answers)))
        self.undo_button.clicked.connect(self.undo_last)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setWhatsThis(tr("Ångra senast sparade enkät (Klientenkät)"))
        undo.activated.connect(self.undo_last)

    # --- rounds ----------------------------------------------------------------------------

    def round_id(self) -> int | None:
        return self.rounds.currentData()

    def refresh(self) -> None:
        if self.main.vault is None:
            return
        from po_desktop.services import survey

        keep = self.round_id()
        got = service_call(lambda: survey.list_rounds(self.vault), show=self.message)
        if not got:
            return
        rounds = got.value
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for r in rounds:
            self.rounds.addItem(
                tr("{label} ({start} – {end}), enkät {id} v{version}").format(
                    label=r.label,
                    start=r.date_from.isoformat(),
                    end=r.date_to.isoformat(),
                    id=r.definition_id,
                    version=r.definition_version,
                ),
                r.id,
            )
        idx = self.rounds.findData(keep) if keep is not None else 0
        self.rounds.setCurrentIndex(max(idx, 0))
        self.rounds.blockSignals(False)
        if keep is not None and self.round_id() == keep and self.entry.questions:
            # back in the view on the same round: the form half typed and the forms entered
            # now stay (they go when the round changes or the vault locks, as the view says)
            again = service_call(lambda: survey.get_round(self.vault, keep), show=self.message)
            if again:
                self._show_count(again.value)
            return
        self._round_changed()

    def _round_changed(self) -> None:
        from po_desktop.services import survey

        self._empty_armed = False
        rid = self.round_id()
        if rid is None or self.main.vault is None:
            self.entry.clear()
            self.counter.setText(tr('Ingen enkätomgång än: börja med "Ny omgång…".'))
            self._enable(False)
            return
        got = service_call(
            lambda: (survey.round_definition(self.vault, rid), survey.get_round(self.vault, rid)),
            show=self.message,
        )
        if not got:
            self.entry.clear()
            self._enable(False)
            return
        definition, current = got.value
        self.entry.set_questions(definition.questions)
        self._reset_history()
        self._show_count(current)
        self._enable(True)
        self.entry.setFocus()

    def _reset_history(self) -> None:
        """One column per question (free text left out): the forms entered now, one a row."""
        questions = [q for q in self.entry.questions if q.type != "free_text"]
        self.history.clearContents()
        self.history.setRowCount(0)
        self.history.setColumnCount(len(questions) + 1)
        self.history.setHorizontalHeaderLabels(
            [tr("Enkät")] + [str(self.entry.questions.index(q) + 1) for q in questions]
        )

    def _add_history(self, number: int, answers: dict) -> None:
        questions = [q for q in self.entry.questions if q.type != "free_text"]
        self.history.insertRow(0)
        self.history.setItem(0, 0, QTableWidgetItem(str(number)))
        for col, q in enumerate(questions, 1):
            code = answers.get(q.id, "no_answer")
            item = QTableWidgetItem(SHORT.get(code, code))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.history.setItem(0, col, item)

    def _enable(self, on: bool) -> None:
        for w in (self.entry, self.save_button, self.undo_button):
            w.setEnabled(on)

    def _show_count(self, r) -> None:
        if r.handed_out is None:
            text = tr("Inmatade enkäter: {n} (antal utdelade: uppgift saknas)").format(
                n=r.responses
            )
        else:
            text = tr("Inmatade enkäter: {n} av {m} utdelade").format(n=r.responses, m=r.handed_out)
        self.counter.setText(text)

    def new_round_dialog(self) -> RoundDialog:
        dlg = RoundDialog(self, self.vault)
        dlg.draft_place = ("survey_round", None, None)  # kept through the idle lock
        dlg.saved.connect(self._round_saved)
        dlg.open()
        return dlg

    def reopen_draft(self, draft) -> bool:
        """A new round that was half written when the vault locked, back in its dialog."""
        from po_desktop.gui.drafts import restore

        self.main.show_view(self.key)
        restore(self.new_round_dialog(), draft.content)
        return True

    def _round_saved(self, r) -> None:
        self.refresh()
        self.rounds.setCurrentIndex(max(self.rounds.findData(r.id), 0))

    # --- tally -----------------------------------------------------------------------------

    def save_form(self, answers: dict) -> None:
        from po_desktop.services import survey

        rid = self.round_id()
        if rid is None:
            return
        # a form without a single tick is saved only on a second Enter: a double Enter while
        # typing fast would otherwise count an empty form as returned (and the response rate)
        empty = all(code == "no_answer" for code in answers.values())
        if empty and not self._empty_armed:
            self._empty_armed = True
            self.message.setText(
                tr(
                    "Enkäten har inga svar. Tryck Enter igen för att spara "
                    "den som en tom returnerad enkät, annars skriv svaren."
                )
            )
            return
        self._empty_armed = False
        got = service_call(lambda: survey.add_response(self.vault, rid, answers), show=self.message)
        if not got:
            return  # the service's one line; nothing stored
        r = got.value
        self._show_count(r)
        self._add_history(r.responses, answers)
        self.message.setText(tr("Enkät {n} sparad. Nästa enkät.").format(n=r.responses))
        self.entry.new_form()
        self.entry.setFocus()

    def undo_last(self) -> None:
        from po_desktop.services import survey

        rid = self.round_id()
        if rid is None or self.main.vault is None:
            return
        got = service_call(lambda: survey.undo_last_response(self.vault, rid), show=self.message)
        if not got:
            return
        r = got.value
        self._show_count(r)
        top = self.history.item(0, 0) if self.history.rowCount() else None
        if top is not None and top.text() == str(r.responses + 1):
            self.history.removeRow(0)
        self.message.setText(tr("Den senast sparade enkäten togs bort."))
        self.entry.new_form()
        self.entry.setFocus()

    def print_blank(self) -> None:
        from po_desktop.services import annual_report

        vault = self.vault
        self.main.show_pdf(
            tr("Klientenkät"),
            lambda out: annual_report.print_survey_form(vault, out),
            tr("klientenkat.pdf"),
        )

    def clear(self) -> None:
        self.entry.clear()
        self.rounds.clear()
        self.history.clearContents()
        self.history.setRowCount(0)
        super().clear()
