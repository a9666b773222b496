"""Restoring asks the same three questions from Settings and from the locked screen
(gui.backups.ask_restore): which file, are you sure, the backup's passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from po_desktop.gui.backups import ask_restore


def _answers(monkeypatch, *, file: str, yes: bool, secret: str, ok: bool = True) -> list[str]:
    asked: list[str] = []

    def get_file(parent, title, folder, filt):
        asked.append(f"file in {folder}")
        return file, filt

    def question(parent, title, text):
        asked.append("confirm")
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    def get_text(parent, title, label, echo):
        asked.append(f"passphrase hidden={echo.name == 'Password'}")
        return secret, ok

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_file))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return asked


def test_ask_restore_returns_the_file_and_passphrase(qtbot, monkeypatch, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    asked = _answers(monkeypatch, file=str(tmp_path / "k.podb"), yes=True, secret="hemlig fras")
    assert ask_restore(parent, tmp_path) == (Path(tmp_path / "k.podb"), "hemlig fras")
    assert asked == [f"file in {tmp_path}", "confirm", "passphrase hidden=True"]


def test_ask_restore_stops_at_every_cancel(qtbot, monkeypatch, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    asked = _answers(monkeypatch, file="", yes=True, secret="x")
    assert ask_restore(parent, tmp_path) is None and asked == [f"file in {tmp_path}"]
    asked = _answers(monkeypatch, file=str(tmp_path / "k.podb"), yes=False, secret="x")
    assert ask_restore(parent, tmp_path) is None and "passphrase hidden=True" not in asked
    _answers(monkeypatch, file=str(tmp_path / "k.podb"), yes=True, secret="", ok=True)
    assert ask_restore(parent, tmp_path) is None
    _answers(monkeypatch, file=str(tmp_path / "k.podb"), yes=True, secret="x", ok=False)
    assert ask_restore(parent, tmp_path) is None
