"""Found on the newcomer walk at 1366×768 (tools/screenshots.py): what a tired ombud or
coordinator would trip over, one test each."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel


def _clipped(widget) -> bool:
    return widget.isVisible() and widget.width() < widget.sizeHint().width()


def test_new_assignment_dialog_shows_every_area_and_its_label_whole(unlocked_window, qtbot):
    view = unlocked_window.view("assignments")
    dialog = view.new_assignment()
    qtbot.waitExposed(dialog)
    label = dialog.form.labelForField(dialog.areas)
    assert isinstance(label, QLabel)
    assert not _clipped(label), label.text()
    boxes = dialog.areas.findChildren(QCheckBox)
    assert boxes
    assert not [b.text() for b in boxes if _clipped(b)]
    dialog.reject()
