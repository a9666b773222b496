"""The main window's drafts: what is typed into an open form when the vault locks is kept as an
encrypted draft inside the vault (``services.drafts``) and offered again after the next unlock.
A part of :class:`po_desktop.gui.window.MainWindow` (a mixin: the window's own state)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from po_desktop.gui.ops import last_resort
from po_desktop.i18n import tr

if TYPE_CHECKING:
    from po_desktop.gui.views.base import View

    _Window = QMainWindow
else:
    _Window = object


class DraftsMixin(_Window):
    if TYPE_CHECKING:  # what it uses of MainWindow
        vault: Any

        @property
        def views(self) -> list[View]: ...

        def require_vault(self) -> Any: ...
        def view(self, key: str) -> View: ...
        def _safe(self, fn: Callable[[], object]) -> None: ...

    def _keep_drafts(self) -> None:
        """Keep what is typed into an open form (and the systemfel form) as encrypted drafts in
        the vault before the lock closes them; offered again after the next unlock."""
        from po_desktop.gui.dialogs import FormDialog
        from po_desktop.services import drafts

        vault = self.vault
        if vault is None:
            return
        places = []
        for dialog in self.findChildren(FormDialog):
            if dialog.isVisible():
                state = dialog.draft_state()
                if state is not None and dialog.draft_place is not None:
                    places.append((*dialog.draft_place, state))
        for view in self.views:
            with last_resort("draft_for_lock"):
                found = view.draft_for_lock()
                if found is not None:
                    places.append(found)
        for kind, alias, item_id, state in places:
            with last_resort("save_draft"):
                drafts.save_draft(vault, kind, state, alias=alias, item_id=item_id)

    def offer_drafts(self) -> QMessageBox | None:
        """After unlock: what was being typed when the vault locked, to open again or discard."""
        from po_desktop.services import drafts

        if self.vault is None:
            return None
        kept = drafts.list_drafts(self.vault)
        if not kept:
            return None
        names = {
            "assignment": tr("uppdrag"),
            "follow_up": tr("bevakning"),
            "inquiry": tr("förfrågan"),
            "system_failure": tr("systemfel"),
            "activity": tr("ny aktivitet"),
            "survey_round": tr("ny enkätomgång"),
            "settings": tr("inställningar"),
        }
        lines = [
            (f"{names.get(d.kind, d.kind)} {d.alias}" if d.alias else names.get(d.kind, d.kind))
            for d in kept
        ]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Osparade uppgifter"),
            tr(
                "När valvet låstes fanns osparade uppgifter i: {what}. De har "
                "sparats krypterat i valvet. Vill du fortsätta med dem?"
            ).format(what=", ".join(lines)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("draftsBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        restore = box.addButton(tr("Fortsätt där jag var"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("restoreDrafts")
        discard = box.addButton(tr("Kasta utkasten"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discardDrafts")
        box.setDefaultButton(restore)

        def answered(button) -> None:
            if self.vault is None:
                return
            if button is discard:
                self._safe(lambda: drafts.discard_drafts(self.vault))
            elif button is restore:
                self._safe(self.restore_drafts)

        box.buttonClicked.connect(answered)
        box.open()
        return box

    def restore_drafts(self) -> None:
        """Put every kept draft back into its view or dialog (one dialog at a time: the others
        stay kept for the next unlock)."""
        from po_desktop.services import drafts

        vault = self.require_vault()
        owners = {
            "assignment": "assignments",
            "follow_up": "assignments",
            "inquiry": "inquiries",
            "system_failure": "system_failures",
            "activity": "activities",
            "survey_round": "survey",
            "settings": "settings",
        }
        in_views = ("system_failure", "settings")  # kept in a view's own form, not a dialog
        opened_dialog = False
        # the forms of views first: a reopened dialog then stays over its own view
        for d in sorted(drafts.list_drafts(vault), key=lambda d: d.kind not in in_views):
            owner = owners.get(d.kind)
            try:
                view = self.view(owner) if owner else None
            except KeyError:
                view = None
            if view is None:  # no view of this mode keeps such drafts: drop it
                drafts.take_draft(vault, d.key)
                continue
            is_dialog = d.kind not in in_views
            if is_dialog and opened_dialog:
                continue
            draft = drafts.take_draft(vault, d.key)
            if draft is not None and view.reopen_draft(draft):
                opened_dialog = opened_dialog or is_dialog
