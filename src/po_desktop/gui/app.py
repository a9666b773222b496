"""Entry point of the graphical application: ``po-desktop`` with no command."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Set to 1, the program starts its window, prints one line ("gui ok: <language> <menus>") and
# quits: the packaged build's smoke test (tests/packaging) uses it with QT_QPA_PLATFORM=offscreen.
SMOKE_TEST_ENV = "PO_DESKTOP_SMOKE_TEST"
QUIT_WHEN_SHOWN_ENV = "PO_DESKTOP_QUIT_WHEN_SHOWN"


# exit status when the window cannot start here (no display, a missing system library)
NO_DISPLAY_EXIT = 1


def run_gui(args) -> int:
    from po_desktop.gui.preflight import display_problem

    problem = display_problem()
    if problem is not None:  # before Qt aborts with its own text
        print(f"po-desktop: {problem}", file=sys.stderr, flush=True)
        return NO_DISPLAY_EXIT

    from PySide6.QtWidgets import QApplication

    from po_desktop.config import default_vault_path
    from po_desktop.errors import PoError, VaultInUse
    from po_desktop.gui.window import MainWindow, refuse_second_instance

    logs = sys.modules.get("po_desktop.logs")  # imported only when logging was switched on
    if logs is not None and logs.enabled():  # Qt's warnings go to the log too
        logs.route_qt_messages()
        logs.event("window start")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("po-desktop")
    app.setOrganizationName("po-desktop")
    _prepare_app(app)
    path = Path(args.vault).expanduser() if getattr(args, "vault", None) else default_vault_path()
    try:
        window = MainWindow(path)
    except VaultInUse as exc:
        print(f"po-desktop: {exc.message}", file=sys.stderr, flush=True)  # for a terminal too
        refuse_second_instance(exc.message)
        return VaultInUse.exit_code
    except PoError as exc:  # e.g. a read-only folder: say so in a dialog, not only on stderr
        print(f"po-desktop: {exc.message}", file=sys.stderr, flush=True)
        show_startup_error(exc.message)
        return exc.exit_code
    _decorate(window)
    if not getattr(args, "debug", False):
        sys.excepthook = _one_line_errors(window)
    window.show()
    window.start()
    if os.environ.get(SMOKE_TEST_ENV) == "1":
        _quit_after_first_paint(app, window)
    elif os.environ.get(QUIT_WHEN_SHOWN_ENV) == "1":  # benchmarks/bench_startup.py
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)  # after the first paint of what start() showed
    return int(app.exec())


def _prepare_app(app) -> None:
    """Language (config.toml or the system locale), Qt's own translations, the window icon."""
    from po_desktop import __version__
    from po_desktop.i18n import install_translators
    from po_desktop.resources import window_icon

    app.setApplicationVersion(__version__)
    from po_desktop.config import load_config

    install_translators(app, load_config().language)
    app.setWindowIcon(window_icon())


def _decorate(window) -> None:
    from po_desktop.gui.help_menu import install_help_menu

    install_help_menu(window)


def _quit_after_first_paint(app, window) -> None:
    from PySide6.QtCore import QTimer

    from po_desktop.i18n import current_language

    def report():
        menus = " | ".join(a.text().replace("&", "") for a in window.menuBar().actions())
        print(f"gui ok: {current_language(app)} {menus}", flush=True)
        if window.wizard is not None:
            window.wizard.reject()
        window.close()
        app.quit()

    QTimer.singleShot(200, report)


def show_startup_error(message: str) -> None:
    """A problem found before the window exists (e.g. a broken config.toml), in a dialog."""
    if os.environ.get(SMOKE_TEST_ENV) == "1":
        print(f"gui error: {message}", flush=True)
        return
    from po_desktop.gui.preflight import display_problem

    if display_problem() is not None:  # no window possible: the message went to stderr
        return
    from PySide6.QtWidgets import QApplication, QMessageBox

    from po_desktop.i18n import tr

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    QMessageBox.critical(None, tr("po-desktop kan inte starta"), message)


def _one_line_errors(window):
    """An unexpected error in a slot becomes one message box line, never a traceback on the
    terminal (``--debug`` keeps Python's own hook)."""

    def hook(kind, exc, tb) -> None:
        from po_desktop import logs
        from po_desktop.gui.ops import last_resort
        from po_desktop.gui.widgets import show_error

        logs.error("window", exc)  # its type only: the text may quote content
        with last_resort("error box"):  # the window may be gone at exit
            show_error(window, exc)

    return hook
