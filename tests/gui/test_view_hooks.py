"""The optional view hooks are declared on the base view: a view that overrides none of them
works with the window's Ctrl+S, lock and drafts paths, and every view's hooks keep the
declared types (a view method that merely shares a hook's name once crashed the lock)."""

from __future__ import annotations

import inspect

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

import po_desktop.gui.window as window_module
from po_desktop.gui.views.base import View
from po_desktop.services import drafts
from tests.fixtures.gui_helpers import unlock

HOOKS = ("work_actions", "has_unsaved_edits", "save_now", "draft_for_lock", "reopen_draft")
NOTHING_UNSAVED = "Här finns inget osparat"


class BareView(View):
    """A view that overrides none of the optional hooks."""

    key = "bare"


def _window_with_bare_view(monkeypatch, make_window, vault, vault_path, passphrase, qtbot):
    real = window_module._view_classes
    monkeypatch.setattr(window_module, "_view_classes", lambda mode: [*real(mode), BareView])
    vault.lock()
    win = make_window(vault_path)
    unlock(win, passphrase, qtbot)
    return win


def test_a_view_without_overrides_saves_locks_and_unlocks(
    monkeypatch, make_window, vault, vault_path, passphrase, qtbot
):
    errors: list[object] = []
    monkeypatch.setattr("po_desktop.gui.widgets.show_error", lambda parent, exc: errors.append(exc))
    win = _window_with_bare_view(monkeypatch, make_window, vault, vault_path, passphrase, qtbot)
    bare = win.show_view("bare")
    assert isinstance(bare, BareView)
    assert bare.work_actions() == [] and bare.draft_for_lock() is None
    assert bare.has_unsaved_edits() is False

    win.statusBar().clearMessage()
    win.save_current()  # Ctrl+S: nothing waits for saving here, and the window says so
    assert NOTHING_UNSAVED in win.statusBar().currentMessage()

    win.lock()  # asks every view for a draft: the bare view has none
    assert win.vault is None
    assert errors == []
    unlock(win, passphrase, qtbot)
    assert drafts.list_drafts(win.vault) == []
    kept = drafts.save_draft(win.vault, "inquiry", {"x": "y"})
    draft = drafts.take_draft(win.vault, kept)
    assert draft is not None
    assert win.view("bare").reopen_draft(draft) is False  # keeps no drafts: nothing opens
    assert errors == []


def test_unsaved_note_text_is_saved_by_ctrl_s_without_the_nothing_unsaved_message(unlocked_window):
    win = unlocked_window
    view = win.show_view("assignments")
    assert view.has_unsaved_edits() is False
    view.editor.dirty = True  # typed, the autosave not yet run
    assert view.has_unsaved_edits() is True
    win.statusBar().clearMessage()
    win.save_current()
    assert NOTHING_UNSAVED not in win.statusBar().currentMessage()


@pytest.mark.parametrize("fixture", ["vault", "coordinator_vault"])
def test_every_view_keeps_the_declared_hook_types(request, fixture, make_window, passphrase, qtbot):
    v = request.getfixturevalue(fixture)
    path = v.path
    v.lock()
    win = make_window(path)
    unlock(win, passphrase, qtbot)
    assert win.views
    base = {name: inspect.signature(getattr(View, name)) for name in HOOKS}
    for view in win.views:
        win.show_view(view.key)
        for name in HOOKS:
            hook = getattr(type(view), name)
            assert inspect.isfunction(hook), (view.key, name)
            assert list(inspect.signature(hook).parameters) == list(base[name].parameters), (
                view.key,
                name,
            )
        actions = view.work_actions()
        assert isinstance(actions, list) and all(isinstance(a, QAction) for a in actions)
        assert isinstance(view.has_unsaved_edits(), bool), view.key
        place = view.draft_for_lock()
        assert place is None, view.key  # nothing typed yet: nothing to keep
    # with something typed into the systemfel form, its draft has the declared shape
    if "system_failures" in [v.key for v in win.views]:
        sf = win.show_view("system_failures")
        sf.new_failure()
        from po_desktop.gui.views.system_failures import TEXT_FIELDS

        field = sf.fields[TEXT_FIELDS[0]]
        if isinstance(field, QLineEdit):
            field.setText("Kunde inte logga in")
        else:
            field.setPlainText("Kunde inte logga in")
        place = sf.draft_for_lock()
        assert isinstance(place, tuple) and len(place) == 4
        kind, alias, _item_id, state = place
        assert isinstance(kind, str) and (alias is None or isinstance(alias, str))
        assert isinstance(state, dict)
