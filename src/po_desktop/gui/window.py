"""The main window: the unlock screen or the workspace (navigation + views), auto-lock, jobs.

The window takes the vault's lock file as soon as it opens on a vault path, so a second instance
is refused even while this one shows its unlock screen.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from po_desktop.errors import VaultLocked
from po_desktop.gui.clipboard import ClipboardGuard
from po_desktop.gui.idle import IdleWatcher
from po_desktop.gui.jobs import JobRunner
from po_desktop.gui.ops import REFUSALS, last_resort, quietly, service_call
from po_desktop.gui.style import icon
from po_desktop.gui.undo_offer import UndoOffer
from po_desktop.gui.unlock import UnlockScreen
from po_desktop.gui.views.base import View
from po_desktop.gui.window_drafts import DraftsMixin
from po_desktop.gui.window_files import FilesMixin
from po_desktop.i18n import tr
from po_desktop.services import settings as vault_settings

DEFAULT_IDLE_MINUTES = vault_settings.IDLE_LOCK_MINUTES.default


# (module under po_desktop.gui.views, class) per vault mode, in navigation order
VIEWS = {
    "ombud": [
        ("start", "StartView"),
        ("assignments", "AssignmentsView"),
        ("inquiries", "InquiriesView"),
        ("system_failures", "SystemFailuresView"),
        ("search", "SearchView"),
        ("statistics", "StatisticsView"),
        ("activities", "ActivitiesView"),
        ("survey", "SurveyView"),
        ("annual", "AnnualView"),
        ("printing_view", "FormsView"),
        ("team", "TeamView"),  # issue 22: the team exchange
        ("settings", "SettingsView"),
    ],
    "coordinator": [
        ("coordinator", "CoordinatorView"),
        ("coordinator", "CoordinatorReportView"),
        ("economy", "EconomyView"),
        ("annual", "AnnualView"),
        ("settings", "SettingsView"),
    ],
}


# Lucide icon (resources/icons) beside each navigation entry
NAV_ICONS = {
    "start": "house",
    "assignments": "briefcase",
    "inquiries": "inbox",
    "system_failures": "triangle-alert",
    "search": "search",
    "statistics": "chart-column",
    "forms": "printer",
    "settings": "settings",
    "coordinator": "users",
    "coordinator_report": "file-stack",
    "activities": "calendar-check",
    "survey": "clipboard-list",
    "annual": "book-open",
    "economy": "wallet",
    "team": "users",
}


def _view_classes(mode: str) -> list[type[View]]:
    import importlib

    return [
        getattr(importlib.import_module(f"po_desktop.gui.views.{module}"), name)
        for module, name in VIEWS.get(mode, VIEWS["ombud"])
    ]


class MainWindow(DraftsMixin, FilesMixin, QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, vault_path: os.PathLike | str, *, idle_timeout_ms: int | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        from po_desktop.gui.style import apply_style

        apply_style()
        self.vault_path = Path(vault_path).expanduser()
        self.vault = None
        self._idle_override_ms = idle_timeout_ms
        self._lock_pending: str | None = None
        self._mode: str | None = None
        self._views: list[View] = []
        self._pending_views: list[type[View]] = []  # built after the first view is shown
        self._file_lock = self._take_file_lock()  # raises VaultInUse for a second instance
        self.wizard = None

        self.jobs = JobRunner(self)
        self.jobs.finished.connect(self._jobs_finished)
        self.clipboard_guard = ClipboardGuard(self)
        self.idle = IdleWatcher(QApplication.instance(), DEFAULT_IDLE_MINUTES * 60_000, self)
        self.idle.idle.connect(self._idle_lock)
        self.jobs.started.connect(self.idle.hold)
        self.jobs.finished.connect(self.idle.release)

        self.pages = QStackedWidget()
        self.blank = QWidget()
        self.unlock_screen = UnlockScreen(self.vault_path, jobs=self.jobs)
        self.unlock_screen.unlocked.connect(self.on_unlocked)
        self.unlock_screen.other_requested.connect(self.choose_other_vault)
        self.unlock_screen.restore_requested.connect(self.restore_from_backup)
        self.workspace = QWidget()
        self.workspace.setObjectName("workspace")
        ws_layout = QHBoxLayout(self.workspace)
        ws_layout.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(210)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setAccessibleName(tr("Navigering"))
        self.view_stack = QStackedWidget()
        ws_layout.addWidget(self.nav)
        ws_layout.addWidget(self.view_stack, 1)
        self.nav.currentRowChanged.connect(self._nav_changed)
        for page in (self.blank, self.unlock_screen, self.workspace):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.undo_offer = UndoOffer(self)  # "Ångra" after deleting a note or an activity
        self._build_actions()
        self.setWindowTitle(tr("po-desktop"))
        self.resize(1280, 720)
        # fits 1366×768 at 150 % (910×512 logical pixels): the views reflow and scroll down
        self.setMinimumSize(720, 460)

    # --- startup ------------------------------------------------------------------------------

    def _take_file_lock(self):
        from po_desktop.services.vault_file import take_file_lock

        return take_file_lock(self.vault_path)

    def start(self) -> None:
        """Show the create wizard (no vault yet) or the unlock screen."""
        if self.vault_path.exists():
            self.show_unlock()
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        from po_desktop.gui.wizard import CreateVaultWizard

        self.pages.setCurrentWidget(self.blank)
        self.wizard = CreateVaultWizard(self.vault_path, self, jobs=self.jobs)
        self.wizard.created.connect(self.on_unlocked)
        self.wizard.place_requested.connect(self.choose_other_vault)
        self.wizard.rejected.connect(self.close)
        self.wizard.open()

    def _work_actions_enabled(self, enabled: bool) -> None:
        """While locked, no shortcut or menu reaches a view."""
        for menu in (self.menu_go, self.menu_work):
            menu.setEnabled(enabled)
            for action in menu.actions():
                action.setEnabled(enabled)

    def show_unlock(self, reason: str = "") -> None:
        self._work_actions_enabled(False)
        self.pages.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.prepare(reason)
        self._update_status()

    def choose_other_vault(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        parent = self.wizard if self.wizard is not None else self
        path, _ = QFileDialog.getSaveFileName(
            parent,
            tr("Valvfil (en ny eller en befintlig)"),
            str(self.vault_path),
            tr("Valv (*.podb)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.switch_vault_path(Path(path))

    def switch_vault_path(self, path: Path) -> bool:
        """Work on another vault file: take its lock (refused while another program has it),
        let go of the old one, then show the wizard (new file) or the unlock screen."""
        from po_desktop.errors import PoError

        path = Path(path).expanduser()
        if self.vault is not None:
            return False
        if path.resolve() == self.vault_path.resolve():
            return True
        from po_desktop.services.vault_file import take_file_lock

        try:
            new_lock = take_file_lock(path)
        except (PoError, OSError) as exc:
            from po_desktop.gui.widgets import show_error

            show_error(self.wizard or self, exc)
            return False
        old, self._file_lock = self._file_lock, new_lock
        if old is not None and old is not new_lock:
            old.release()
        self.vault_path = path
        self.unlock_screen.set_path(path)
        if path.exists():
            if self.wizard is not None:
                wizard, self.wizard = self.wizard, None
                wizard.rejected.disconnect(self.close)
                wizard.reject()
                wizard.deleteLater()
            self.show_unlock()
        elif self.wizard is not None:
            self.wizard.set_path(path)
        else:
            self.show_wizard()
        return True

    # --- actions ------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        menu_file = self.menuBar().addMenu(tr("&Arkiv"))
        self.lock_action = QAction(tr("&Lås valvet"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock(tr("Valvet låstes på din begäran.")))
        menu_file.addAction(self.lock_action)
        self.save_action = QAction(tr("&Spara"), self)
        self.save_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_action.triggered.connect(self.save_current)
        menu_file.addAction(self.save_action)
        self.addAction(self.save_action)
        refresh = QAction(tr("&Uppdatera vyn"), self)
        refresh.setShortcut(QKeySequence("F5"))
        refresh.triggered.connect(self.refresh_current)
        menu_file.addAction(refresh)
        menu_file.addSeparator()
        quit_action = QAction(tr("&Avsluta"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        menu_file.addAction(quit_action)
        self.addAction(self.lock_action)
        self.menu_go = self.menuBar().addMenu(tr("&Gå till"))
        self.menu_work = self.menuBar().addMenu(tr("&Arbete"))
        self.menu_work.menuAction().setVisible(False)
        self.menuBar().setEnabled(True)

    def _rebuild_go_menu(self) -> None:
        self.menu_go.clear()
        for i, view in enumerate(self._views):
            act = QAction(view.title(), self)
            if i < 9:
                act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, k=view.key: self.show_view(k))
            self.menu_go.addAction(act)
        self.menu_work.clear()
        actions = []
        for view in self._views:
            actions += view.work_actions()
        for act in actions:
            self.menu_work.addAction(act)
        self.menu_work.menuAction().setVisible(bool(actions))

    # --- the workspace ------------------------------------------------------------------------

    @property
    def views(self) -> list[View]:
        """Every view of the workspace, in navigation order (those not built yet are built now)."""
        while self._pending_views:
            self._build_next_view()
        return self._views

    def _build_workspace(self, mode: str) -> None:
        """The workspace of ``mode``. Only the first view (the one shown after the unlock) is
        built now; the others follow one per turn of the event loop once it is on screen
        (:meth:`_build_deferred_view`), or all at once when something asks for :attr:`views`."""
        for view in self._views:
            self.view_stack.removeWidget(view)
            view.deleteLater()
        self._views = []
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        from po_desktop.gui.unlock import wait_for_warm_up

        wait_for_warm_up()  # its imports are the views' (never two threads importing one module)
        self._pending_views = list(_view_classes(mode))
        self._mode = mode
        self._build_next_view()

    def _build_next_view(self) -> None:
        view = self._pending_views.pop(0)(self)
        self._views.append(view)
        self.view_stack.addWidget(view)
        item = QListWidgetItem(icon(NAV_ICONS.get(view.key, "")), view.title())
        item.setSizeHint(QSize(190, 38))
        blocked = self.nav.blockSignals(True)
        self.nav.addItem(item)
        self.nav.blockSignals(blocked)
        if not self._pending_views:
            self._rebuild_go_menu()  # the Go menu and the Arbete menu list every view

    def _build_deferred_view(self) -> None:
        if self._pending_views:
            self._build_next_view()
        if self._pending_views:
            QTimer.singleShot(0, self._build_deferred_view)

    @property
    def workspace_complete(self) -> bool:
        """Every view of the workspace is built (a moment after the unlock)."""
        return not self._pending_views

    def view(self, key: str) -> View:
        for v in [*self._views, *self.views]:  # the built ones first: nothing more is built
            if v.key == key:
                return v
        raise KeyError(key)

    def current_view(self) -> View | None:
        w = self.view_stack.currentWidget()
        return w if isinstance(w, View) else None

    def show_view(self, key: str) -> View:
        view = self.view(key)
        row = self.views.index(view)
        if self.nav.currentRow() == row:
            self.refresh_current()  # already shown: show what is in the vault now
        else:
            self.nav.setCurrentRow(row)
        return view

    def open_place(self, key: str, item=None) -> None:
        view = self.show_view(key)
        if item is not None:
            view.open_item(item)

    def _nav_changed(self, row: int) -> None:
        old = self.current_view()
        if old is not None and self.vault is not None:
            self._safe(old.flush)
        if 0 <= row < len(self._views):
            self.view_stack.setCurrentIndex(row)
            if self.vault is not None:
                self._safe(self._views[row].refresh)
            from po_desktop.gui.a11y import ensure_names

            ensure_names(self._views[row])

    def save_current(self) -> None:
        """Ctrl+S: what "save" means in the current view (a note now, a systemfel, settings)."""
        view = self.current_view()
        if view is not None and self.vault is not None:
            self._safe(view.save_now)

    def refresh_current(self) -> None:
        view = self.current_view()
        if view is not None and self.vault is not None:
            self._safe(view.refresh)

    def _safe(self, fn) -> None:
        """A view hook (refresh, flush, Ctrl+S): a refusal shown as ``gui.ops`` shows it; the
        vault locking meanwhile is no error. Anything else is a bug for the last-resort
        handler (``gui.app``)."""
        try:
            fn()
        except VaultLocked:
            pass
        except REFUSALS as exc:
            from po_desktop.gui.ops import show_refusal

            show_refusal(exc, parent=self)

    # --- vault life cycle ---------------------------------------------------------------------

    def require_vault(self):
        if self.vault is None:
            raise VaultLocked(tr("Valvet är låst. Lås upp det först."))
        return self.vault

    def on_unlocked(self, vault) -> None:
        self.vault = vault
        self.wizard = None
        mode = vault_settings.get(vault, vault_settings.MODE)
        if mode != self._mode or not self._views:
            self._build_workspace(mode)
        self.apply_settings()
        self._work_actions_enabled(True)
        # the first view is refreshed once, when it is visible (so it can take the focus): its
        # row is chosen quietly before the workspace shows (showing it would choose the row and
        # refresh too), then it is shown and refreshed as choosing it does
        blocked = self.nav.blockSignals(True)
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(blocked)
        self.pages.setCurrentWidget(self.workspace)
        self._nav_changed(0)
        if self._pending_views:
            QTimer.singleShot(0, self._build_deferred_view)
        self.idle.start()
        self._update_status()
        self.activateWindow()
        self.unlocked.emit()
        # a delete kept for "Ångra" before a crash is not offered any more: gone for good
        service_call(lambda: self._forget_undo(vault), show=quietly)
        self._safe(self.offer_drafts)

    @staticmethod
    def _forget_undo(vault) -> None:
        from po_desktop.services import undo

        undo.forget(vault)

    def apply_settings(self) -> None:
        """Take the idle time and the unit's name from the vault's settings."""
        from po_desktop.known_vaults import remember

        vault = self.require_vault()
        remember(self.vault_path, vault.get_setting("unit_label", "") or "")
        if self._idle_override_ms is not None:
            self.idle.set_timeout_ms(self._idle_override_ms)
        else:
            minutes = vault_settings.get(vault, vault_settings.IDLE_LOCK_MINUTES)
            self.idle.set_timeout_ms(minutes * 60_000)
        self._update_status()

    def _update_status(self) -> None:
        if self.vault is None:
            self.setWindowTitle(tr("po-desktop — låst"))
            self.status_label.setText(tr("Låst"))
            return
        label = vault_settings.get(self.vault, vault_settings.UNIT_LABEL)
        mode = tr("samordnare") if vault_settings.is_coordinator(self.vault) else tr("ombud")
        self.setWindowTitle(tr("po-desktop — {unit}").format(unit=label))
        minutes = max(1, round(self.idle.timeout_ms() / 60_000))
        self.status_label.setText(
            tr(
                "{unit} ({mode}) · låses efter {minutes} min utan aktivitet · Ctrl+L låser nu"
            ).format(unit=label, mode=mode, minutes=minutes)
        )

    def _idle_lock(self) -> None:
        self.lock(tr("Valvet låstes automatiskt efter en stund utan aktivitet."))

    def lock(self, reason: str = "") -> None:
        """Save what is typed, close every dialog, empty every view, close the database."""
        if self.vault is None:
            return
        if self.jobs.busy:
            self._lock_pending = reason
            return
        self.undo_offer.expire()  # the deleted record leaves the vault's undo slot now
        self._keep_drafts()
        self._flush_views()
        vault = self._forget_vault()
        from po_desktop.services.vault_admin import close_vault

        with last_resort("close_vault"):  # the vault is locked all the same
            close_vault(vault)  # purges what has become due, then always locks
        vault.lock()
        self.show_unlock(reason)
        self.locked.emit()

    def _flush_views(self) -> None:
        """Save what is typed in every view (before a lock or a destroy)."""
        for view in self.views:
            with last_resort("flush"):  # the lock goes on; the view shows its own message
                view.flush()

    def _forget_vault(self):
        """The teardown shared by the lock and the destroy: close every dialog, empty every view
        and wizard, clear the clipboard, stop the idle timer, disable the work menus and let go
        of the vault. Returns the vault, still open, for the caller to close or drop."""
        self._close_dialogs()
        for view in self.views:
            view.clear()
        from po_desktop.gui.wizard import CreateVaultWizard

        for wizard in self.findChildren(CreateVaultWizard):  # also a hidden, finished one
            wizard.clear_fields()
        self.clipboard_guard.clear_now()
        vault, self.vault = self.vault, None
        self.idle.stop()
        self._work_actions_enabled(False)
        return vault

    def _jobs_finished(self) -> None:
        if self._lock_pending is not None:
            reason, self._lock_pending = self._lock_pending, None
            self.lock(reason)

    def _close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget is not self.wizard and widget.isVisible():
                widget.reject()
                widget.deleteLater()
        for dialog in self.findChildren(QDialog):
            if dialog is self.wizard:
                continue
            if dialog.isVisible():
                dialog.reject()
            dialog.deleteLater()

    def changeEvent(self, event) -> None:  # noqa: N802
        """The system switched light/dark: the style sheet and icons follow."""
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.PaletteChange:
            from po_desktop.gui.style import apply_style

            apply_style()
            for row, view in enumerate(self.views):
                item = self.nav.item(row)
                if item is not None:
                    item.setIcon(icon(NAV_ICONS.get(view.key, "")))
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.jobs.busy:  # a backup or import is writing: never cut it off
            event.ignore()
            self.statusBar().showMessage(tr("Vänta tills arbetet är klart; stäng sedan."), 5000)
            return
        self.lock()
        self.idle.detach()
        if self._file_lock is not None:
            self._file_lock.release()
            self._file_lock = None
        super().closeEvent(event)


def refuse_second_instance(message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Valvet används redan"), message)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
