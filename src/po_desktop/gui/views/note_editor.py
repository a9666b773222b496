"""The note editor of the assignment view: one note at a time, saved into the vault as you
type (after a pause), on leaving the note and on lock."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.clipboard import GuardedPlainTextEdit, guard
from po_desktop.gui.ops import service_call
from po_desktop.gui.widgets import (
    make_date_edit,
)
from po_desktop.i18n import tr
from po_desktop.services import casework as cw

if TYPE_CHECKING:
    from po_desktop.gui.views.assignments import AssignmentsView

AUTOSAVE_MS = 1500


class NoteEditor(QWidget):
    """Edits one note; typing is saved into the vault after a pause, on leaving and on lock.
    Nothing is ever written anywhere else."""

    saved = Signal(object)

    def __init__(self, view: AssignmentsView):
        super().__init__()
        self.view = view
        self.alias: str | None = None
        self.note_id: int | None = None
        self.dirty = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Datum:")))
        self.date = make_date_edit()
        self.date.setObjectName("noteDate")
        top.addWidget(self.date)
        top.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("noteStatus")
        top.addWidget(self.status)
        layout.addLayout(top)
        self.text = GuardedPlainTextEdit()  # copied/selected text: cleared, marked secret
        self.text.setObjectName("noteText")
        self.text.setPlaceholderText(
            tr("Skriv arbetsanteckningen här. Den sparas krypterat medan du skriver.")
        )
        guard(self.text)
        layout.addWidget(self.text, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self._autosave)
        self.text.textChanged.connect(self._edited)
        self.date.dateChanged.connect(self._edited)
        self.setEnabled(False)

    def _edited(self) -> None:
        if self.alias is None:
            return
        self.dirty = True
        self.status.setText(tr("Inte sparad ännu…"))
        self.timer.start()

    def _autosave(self) -> None:
        service_call(self.save, show=self.status)  # refused: the text stays, unsaved

    def _set(self, date: dt.date, text: str) -> None:
        for w in (self.text, self.date):
            w.blockSignals(True)
        self.date.setDate(QDate(date.year, date.month, date.day))
        self.text.setPlainText(text)
        for w in (self.text, self.date):
            w.blockSignals(False)
        self.dirty = False

    def start_new(self, alias: str) -> None:
        self.save()
        self.alias, self.note_id = alias, None
        self._set(dt.date.today(), "")
        self.status.setText(tr("Ny anteckning"))
        self.setEnabled(True)
        self.text.setFocus()

    def ready_for(self, alias: str) -> None:
        """An empty, dated editor for ``alias``: the first key typed starts a new note."""
        self.save()
        self.alias, self.note_id = alias, None
        self._set(dt.date.today(), "")
        self.status.setText(tr("Skriv för att börja en ny anteckning"))
        self.setEnabled(True)

    def load(self, note: cw.NoteView) -> None:
        if note.id == self.note_id and self.alias == note.alias:
            return
        self.save()
        self.alias, self.note_id = note.alias, note.id
        self._set(note.date, note.text)
        self.status.setText(tr("Sparad"))
        self.setEnabled(True)

    def save(self) -> None:
        """Write pending text into the vault (encrypted); the only place notes are kept."""
        self.timer.stop()
        if not self.dirty or self.alias is None:
            return
        body = self.text.toPlainText()
        vault = self.view.vault
        if not body.strip():
            self.status.setText(tr("En tom anteckning sparas inte."))
            self.dirty = False
            return
        q = self.date.date()  # a note's date edit always holds a date
        day = dt.date(q.year(), q.month(), q.day())
        if self.note_id is None:
            note = cw.add_note(vault, self.alias, date=day, text=body)
            self.note_id = note.id
        else:
            note = cw.update_note(vault, self.note_id, text=body, date=day)
        self.dirty = False
        self.status.setText(tr("Sparad {time}").format(time=dt.datetime.now().strftime("%H:%M:%S")))
        self.saved.emit(note)

    def reset(self) -> None:
        self.timer.stop()
        self.alias = None
        self.note_id = None
        self.dirty = False
        self._set(dt.date.today(), "")
        self.status.clear()
        self.setEnabled(False)


# --- the view ----------------------------------------------------------------------------------
