"""Assignments (uppdrag): list, detail, notes with autosave, follow-ups, closing with purge."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.dialogs import FormDialog
from po_desktop.gui.followups import fit_columns, follow_up_columns
from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.ops import REFUSALS, service_call
from po_desktop.gui.tables import make_table, select_where, selected_record
from po_desktop.gui.views.assignment_dialogs import (
    AssignmentDialog,
    CloseAssignmentDialog,
    FollowUpDialog,
)
from po_desktop.gui.views.base import View, data_label
from po_desktop.gui.views.note_editor import AUTOSAVE_MS, NoteEditor
from po_desktop.gui.widgets import (
    error_text,
    heading,
    label_of,
    labels_of,
    link_filter,
)
from po_desktop.i18n import tr
from po_desktop.services import casework as cw

__all__ = [
    "AUTOSAVE_MS",
    "AssignmentDialog",
    "AssignmentsView",
    "CloseAssignmentDialog",
    "FollowUpDialog",
    "NoteEditor",
]


class AssignmentsView(View):
    key = "assignments"

    def title(self) -> str:
        return tr("Uppdrag")

    def __init__(self, window):
        super().__init__(window)
        self.current: cw.AssignmentView | None = None
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.title()))
        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split, 1)

        # list
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("assignmentFilter")
        self.filter.setPlaceholderText(tr("Filtrera (alias, kommun …)"))
        self.filter.setClearButtonEnabled(True)
        row.addWidget(self.filter, 1)
        self.show_closed = QCheckBox(tr("Visa avslutade"))
        self.show_closed.setObjectName("showClosed")
        row.addWidget(self.show_closed)
        ll.addLayout(row)
        self.model = RecordTableModel(
            [
                Column(tr("Alias"), lambda a: a.alias),
                Column(tr("Start"), lambda a: a.start_date),
                Column(tr("Fas"), lambda a: label_of("phase", a.phase)),
                Column(tr("Kommun"), lambda a: a.municipality),
                Column(tr("Slut"), lambda a: a.end_date),
            ],
            self,
        )
        self.table, self.proxy = make_table(self.model)
        self.table.setObjectName("assignmentTable")
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        ll.addWidget(self.table, 1)
        self.new_button = QPushButton(tr("Nytt uppdrag… (Ctrl+N)"))
        self.new_button.setObjectName("newAssignment")
        ll.addWidget(self.new_button)
        split.addWidget(left)

        # detail
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(6, 0, 0, 0)
        self.title_label = data_label()
        self.title_label.setObjectName("assignmentTitle")
        f = self.title_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.2)
        f.setBold(True)
        self.title_label.setFont(f)
        rl.addWidget(self.title_label)
        self.summary = data_label()
        self.summary.setObjectName("assignmentSummary")
        rl.addWidget(self.summary)
        brow = QHBoxLayout()
        self.edit_button = QPushButton(tr("Ändra uppgifter…"))
        self.close_button = QPushButton(tr("Avsluta uppdraget…"))
        self.close_button.setObjectName("closeAssignment")
        brow.addWidget(self.edit_button)
        brow.addWidget(self.close_button)
        brow.addStretch(1)
        rl.addLayout(brow)
        self.tabs = QTabWidget()
        rl.addWidget(self.tabs, 1)

        notes = QWidget()
        nl = QVBoxLayout(notes)
        nsplit = QSplitter(Qt.Orientation.Horizontal)
        self.notes_model = RecordTableModel(
            [
                Column(tr("Datum"), lambda n: n.date),
                Column(
                    tr("Anteckning"),
                    lambda n: n.text.strip().splitlines()[0][:60] if n.text.strip() else "",
                ),
            ],
            self,
        )
        self.notes_table, self.notes_proxy = make_table(self.notes_model)
        self.notes_table.setObjectName("notesTable")
        self.notes_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        nsplit.addWidget(self.notes_table)
        self.editor = NoteEditor(self)
        nsplit.addWidget(self.editor)
        nsplit.setSizes([260, 480])
        nl.addWidget(nsplit, 1)
        nrow = QHBoxLayout()
        self.new_note_button = QPushButton(tr("Ny anteckning (Ctrl+Shift+N)"))
        self.new_note_button.setObjectName("newNote")
        self.delete_note_button = QPushButton(tr("Förstör anteckningen…"))
        nrow.addWidget(self.new_note_button)
        nrow.addWidget(self.delete_note_button)
        nrow.addStretch(1)
        nl.addLayout(nrow)
        self.tabs.addTab(notes, tr("Anteckningar"))

        follow = QWidget()
        fl = QVBoxLayout(follow)
        self.follow_model = RecordTableModel(follow_up_columns(detailed=True), self)
        self.follow_table, self.follow_proxy = make_table(self.follow_model)
        self.follow_table.setObjectName("followUpTable")
        fl.addWidget(self.follow_table, 1)
        frow = QHBoxLayout()
        self.new_follow_button = QPushButton(tr("Ny bevakning… (Ctrl+B)"))
        self.new_follow_button.setObjectName("newFollowUp")
        self.edit_follow_button = QPushButton(tr("Ändra…"))
        self.edit_follow_button.setObjectName("editFollowUp")
        self.done_button = QPushButton(tr("Markera som klar"))
        self.done_button.setObjectName("followUpDone")
        self.show_done = QCheckBox(tr("Visa klara"))
        frow.addWidget(self.new_follow_button)
        frow.addWidget(self.edit_follow_button)
        frow.addWidget(self.done_button)
        frow.addWidget(self.show_done)
        frow.addStretch(1)
        fl.addLayout(frow)
        self.tabs.addTab(follow, tr("Bevakningar"))
        split.addWidget(right)
        split.setSizes([420, 800])

        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        link_filter(self.filter, self.table)
        self.show_closed.toggled.connect(lambda _: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.notes_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._note_selected()
        )
        self.new_button.clicked.connect(self.new_assignment)
        self.edit_button.clicked.connect(self.edit_assignment)
        self.close_button.clicked.connect(self.close_assignment)
        self.new_note_button.clicked.connect(self.new_note)
        self.delete_note_button.clicked.connect(self.delete_note)
        self.new_follow_button.clicked.connect(self.new_follow_up)
        self.done_button.clicked.connect(self.complete_follow_up)
        self.edit_follow_button.clicked.connect(self.edit_follow_up)
        self.follow_table.doubleClicked.connect(lambda _i: self.edit_follow_up())
        self.show_done.toggled.connect(lambda _: self._load_follow_ups())
        self.editor.saved.connect(self._note_saved)
        self._show_detail(None)

    def has_unsaved_edits(self) -> bool:
        """The note editor holds text its autosave has not stored yet."""
        return bool(self.editor.dirty)

    def work_actions(self) -> list[QAction]:
        def act(text, shortcut, slot):
            a = QAction(text, self.main)
            a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            self.main.addAction(a)
            return a

        return [
            act(tr("Nytt uppdrag…"), "Ctrl+N", self.new_assignment),
            act(tr("Ny anteckning"), "Ctrl+Shift+N", self.new_note),
            act(tr("Ny bevakning…"), "Ctrl+B", self.new_follow_up),
            act(tr("Ny anteckning för klient… (snabbval)"), "Ctrl+K", self.quick_switch),
        ]

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.current.alias if self.current else None
        self.model.set_rows(
            cw.list_assignments(self.vault, include_closed=self.show_closed.isChecked())
        )
        self.table.resizeColumnsToContents()
        if keep and select_where(self.table, lambda a: a.alias == keep):
            self._selected(force=True)
        else:
            self._show_detail(None)

    def open_item(self, item) -> None:
        """``item``: an alias (str) or (alias, "follow_ups"|"notes")."""
        alias, tab = (item, None) if isinstance(item, str) else item
        if not select_where(self.table, lambda a: a.alias == alias):
            self.show_closed.setChecked(True)
            select_where(self.table, lambda a: a.alias == alias)
        self._selected(force=True)
        if tab == "follow_ups":
            self.tabs.setCurrentIndex(1)
        elif tab == "notes":
            self.tabs.setCurrentIndex(0)

    def _selected(self, force: bool = False) -> None:
        rec = selected_record(self.table)
        if rec is None:
            return
        if not force and self.current is not None and rec.alias == self.current.alias:
            return
        self.flush()
        self._show_detail(cw.get_assignment(self.vault, rec.alias))

    def _show_detail(self, a: cw.AssignmentView | None) -> None:
        self.current = a
        enabled = a is not None
        for w in (self.edit_button, self.close_button, self.tabs):
            w.setEnabled(enabled)
        if a is None:
            self.title_label.setText(tr("Välj ett uppdrag i listan, eller skapa ett nytt."))
            self.title_label.setProperty("holdsData", False)
            self.summary.clear()
            self.notes_model.clear()
            self.follow_model.clear()
            self.editor.reset()
            return
        self.title_label.setProperty("holdsData", True)
        self.title_label.setText(tr("Uppdrag {alias}").format(alias=a.alias))
        parts = [
            tr("Kön: {v}").format(v=label_of("gender", a.gender)),
            tr("Födelseår: {v}").format(v=a.birth_year or "–"),
            tr("Kommun: {v}").format(v=a.municipality),
            tr("Kontaktväg: {v}").format(v=label_of("referral_source", a.referral_source)),
            tr("Fas: {v}").format(v=label_of("phase", a.phase)),
            tr("Start: {v}").format(v=a.start_date.isoformat()),
        ]
        if a.end_date:
            parts.append(
                tr("Avslutat {date}: {reason}").format(
                    date=a.end_date.isoformat(), reason=label_of("end_reason", a.end_reason)
                )
            )
        if a.first_visit_two_ombud:
            parts.append(tr("första hembesöket med två ombud"))
        lines = [" · ".join(parts)]
        if a.priority_flags:
            lines.append(
                tr("Prioriterad: {v}").format(v=labels_of("priority_flag", a.priority_flags))
            )
        if a.areas:
            lines.append(tr("Områden: {v}").format(v=labels_of("area", a.areas)))
        if a.purged:
            lines.append(tr("Anteckningar och bevakningar är gallrade."))
        self.summary.setText("\n".join(lines))
        closed = a.end_date is not None
        self.close_button.setEnabled(not closed)
        self.new_note_button.setEnabled(not a.purged)
        self.new_follow_button.setEnabled(not a.purged)
        self.editor.reset()
        if not a.purged:
            self.editor.ready_for(a.alias)
        self._load_notes()
        self._load_follow_ups()

    def _load_notes(self, select_id: int | None = None) -> None:
        if self.current is None or self.current.purged:
            self.notes_model.clear()
            return
        self.notes_model.set_rows(cw.list_notes(self.vault, self.current.alias))
        if select_id is not None:
            self.notes_table.blockSignals(True)
            select_where(self.notes_table, lambda n: n.id == select_id)
            self.notes_table.blockSignals(False)

    def _load_follow_ups(self) -> None:
        if self.current is None or self.current.purged:
            self.follow_model.clear()
            return
        self.follow_model.set_rows(
            cw.list_follow_ups(
                self.vault, alias=self.current.alias, include_done=self.show_done.isChecked()
            )
        )
        fit_columns(self.follow_table)

    def _note_selected(self) -> None:
        rec = selected_record(self.notes_table)
        if rec is not None and rec.id != self.editor.note_id:
            service_call(lambda: self.editor.load(rec), parent=self)

    def _note_saved(self, note) -> None:
        sm = self.notes_table.selectionModel()
        sm.blockSignals(True)
        self._load_notes(select_id=note.id)
        sm.blockSignals(False)

    # --- actions ------------------------------------------------------------------------------

    def _open(self, dialog: FormDialog, on_saved) -> FormDialog:
        dialog.saved.connect(on_saved)
        dialog.open()
        return dialog

    def new_assignment(self) -> FormDialog | None:
        if self.main.vault is None:
            return None
        self.main.show_view(self.key)
        dialog = AssignmentDialog(self.main, self.vault)
        dialog.draft_place = ("assignment", None, None)
        return self._open(dialog, self._after_save)

    def edit_assignment(self) -> FormDialog | None:
        if self.current is None:
            return None
        dialog = AssignmentDialog(self.main, self.vault, self.current)
        dialog.draft_place = ("assignment", self.current.alias, self.current.id)
        return self._open(dialog, self._after_save)

    def reopen_draft(self, draft) -> bool:
        """A kept draft (services/drafts.py) back in its dialog, still unsaved."""
        from po_desktop.gui.drafts import restore

        item_id = draft.key.rsplit(":", 1)[-1]
        dialog: FormDialog | None = None
        if draft.kind == "assignment":
            if item_id == "new":
                dialog = self.new_assignment()
            else:
                self.main.show_view(self.key)
                self.open_item(draft.alias)
                if self.current is not None and self.current.alias == draft.alias:
                    dialog = self.edit_assignment()
        elif draft.kind == "follow_up" and draft.alias:
            self.main.show_view(self.key)
            self.open_item((draft.alias, "follow_ups"))
            if self.current is None or self.current.alias != draft.alias:
                return False
            if item_id == "new":
                dialog = self.new_follow_up()
            else:
                self.show_done.setChecked(True)
                if select_where(self.follow_table, lambda f: str(f.id) == item_id):
                    dialog = self.edit_follow_up()
        if dialog is None:
            return False
        restore(dialog, draft.content)
        return True

    def _after_save(self, a: cw.AssignmentView) -> None:
        self.current = a
        self.refresh()
        if not select_where(self.table, lambda r: r.alias == a.alias):
            self.show_closed.setChecked(True)
            select_where(self.table, lambda r: r.alias == a.alias)
        self._selected(force=True)

    def close_assignment(self) -> FormDialog | None:
        if self.current is None:
            return None
        self.flush()
        printer = getattr(self.main, "print_notes_for_client", None)
        dialog = CloseAssignmentDialog(self.main, self.vault, self.current, print_notes=printer)
        return self._open(dialog, self._after_close)

    def _after_close(self, a: cw.AssignmentView) -> None:
        if a.purged:
            msg = tr("Uppdraget är avslutat; anteckningarna och bevakningarna är förstörda.")
        else:
            msg = tr("Uppdraget är avslutat; anteckningarna förstörs när sparandetiden gått ut.")
        from po_desktop.gui.backups import offer_after_close

        msg = " ".join(filter(None, [msg, offer_after_close(self.main, self.vault, a)]))
        self.main.statusBar().showMessage(msg, 10_000)
        self.current = None
        self.show_closed.setChecked(True)
        self.refresh()
        select_where(self.table, lambda r: r.id == a.id)
        self._selected(force=True)

    def new_note(self) -> None:
        if self.main.vault is None:
            return
        if self.current is None or self.current.purged:
            self.quick_switch()  # which client? the switcher asks
            return
        self.main.show_view(self.key)
        self.tabs.setCurrentIndex(0)
        self.notes_table.clearSelection()
        self.editor.start_new(self.current.alias)

    def new_note_for(self, alias: str) -> None:
        """Open ``alias`` with a new note dated today and the cursor in it (one gesture)."""
        if self.main.vault is None:
            return
        self.main.show_view(self.key)
        self.open_item((alias, "notes"))
        if self.current is not None and self.current.alias == alias:
            self.new_note()
        self.main.activateWindow()  # back from the switcher: typing goes into the note

    def quick_switch(self):
        """Ctrl+K: type part of an alias, Enter: a new note for that client."""

        if self.main.vault is None:
            return None
        return self._ask_client(tr("Ny anteckning för …"), self.new_note_for)

    def delete_note(self) -> None:
        rec = selected_record(self.notes_table)
        if rec is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Ta bort anteckningen"),
            tr(
                "Anteckningen tas bort. Du kan ångra i statusraden under några sekunder; "
                "sedan är den förstörd. Fortsätt?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        got = service_call(lambda: cw.delete_note(self.vault, rec.id, undoable=True), parent=self)
        self.editor.reset()
        self._load_notes()
        if got:
            self.main.undo_offer.offer(tr("Anteckningen är borttagen."), self._note_undone)

    def _note_undone(self, deleted) -> None:
        """ "Ångra": the note is back in the vault; show it if its client is still shown."""
        if self.main.vault is not None and self.current is not None:
            self._load_notes(select_id=deleted.id)

    def new_follow_up(self):
        """Ctrl+B: a follow-up for the client highlighted where the user is (the start view's
        list, …); here, the client shown. Elsewhere with none highlighted: ask which."""
        if self.main.vault is None:
            return None
        shown = self.main.current_view()
        if shown is not None and shown is not self:
            alias = shown.highlighted_client()
            if alias is None:
                return self._ask_client(tr("Ny bevakning för …"), self.new_follow_up_for)
            return self.new_follow_up_for(alias)
        return self._new_follow_up_here()

    def new_follow_up_for(self, alias: str) -> FormDialog | None:
        self.main.show_view(self.key)
        self.open_item((alias, "follow_ups"))
        if self.current is None or self.current.alias != alias:
            return None
        return self._new_follow_up_here()

    def _ask_client(self, title: str, then):
        from po_desktop.gui.switcher import QuickSwitcher

        aliases = [a.alias for a in cw.list_assignments(self.vault)]
        dialog = QuickSwitcher(self.main, aliases, title=title)
        dialog.chosen.connect(then)
        dialog.open()
        dialog.query.setFocus()
        return dialog

    def _new_follow_up_here(self) -> FormDialog | None:
        if self.current is None or self.current.purged:
            self.main.show_view(self.key)
            self.main.statusBar().showMessage(
                tr("Välj först ett uppdrag i listan; bevakningen hör till det."), 8000
            )
            self.table.setFocus()
            return None
        self.main.show_view(self.key)
        self.tabs.setCurrentIndex(1)
        dialog = FollowUpDialog(self.main, self.vault, self.current.alias)
        dialog.draft_place = ("follow_up", self.current.alias, None)
        return self._open(dialog, lambda _f: self._load_follow_ups())

    def edit_follow_up(self) -> FormDialog | None:
        rec = selected_record(self.follow_table)
        if rec is None or self.current is None:
            return None
        dialog = FollowUpDialog(self.main, self.vault, self.current.alias, rec)
        dialog.draft_place = ("follow_up", self.current.alias, rec.id)
        return self._open(dialog, lambda _f: self._load_follow_ups())

    def complete_follow_up(self) -> None:
        rec = selected_record(self.follow_table)
        if rec is None:
            return
        service_call(
            lambda: cw.complete_follow_up(self.vault, rec.id, dt.date.today()), parent=self
        )
        self._load_follow_ups()

    # --- lock ---------------------------------------------------------------------------------

    def flush(self) -> None:
        if self.editor.dirty and self.main.vault is not None:
            try:
                self.editor.save()
            except REFUSALS as exc:  # the text stays in the editor; the lock keeps a draft
                self.editor.status.setText(error_text(exc))
                raise

    def clear(self) -> None:
        self.editor.reset()
        self.current = None
        super().clear()
        self._show_detail(None)
        self.title_label.clear()
