"""Entry point of the graphical application: ``po-desktop`` with no command."""

from __future__ import annotations

import sys
from pathlib import Path


def run_gui(args) -> int:
    from PySide6.QtWidgets import QApplication

    from po_desktop.errors import VaultInUse
    from po_desktop.gui.window import MainWindow, refuse_second_instance
    from po_desktop.paths import default_vault_path

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("po-desktop")
    app.setOrganizationName("po-desktop")
    path = Path(args.vault).expanduser() if getattr(args, "vault", None) else default_vault_path()
    try:
        window = MainWindow(path)
    except VaultInUse as exc:
        print(f"po-desktop: {exc.message}", file=sys.stderr, flush=True)  # for a terminal too
        refuse_second_instance(exc.message)
        return VaultInUse.exit_code
    if not getattr(args, "debug", False):
        sys.excepthook = _one_line_errors(window)
    window.show()
    window.start()
    return int(app.exec())


def _one_line_errors(window):
    """An unexpected error in a slot becomes one message box line, never a traceback on the
    terminal (``--debug`` keeps Python's own hook)."""

    def hook(kind, exc, tb) -> None:
        from po_desktop.gui.widgets import show_error

        try:
            show_error(window, exc)
        except Exception:  # noqa: BLE001 - the window may be gone at exit
            pass

    return hook
