"""The Help menu of the main window: a short help page, the keyboard shortcuts, the language
choice and the About dialog.

Added by :func:`po_desktop.gui.app.run_gui` (``install_help_menu(window)``) so the window itself
needs no knowledge of it. The language choice is saved in the user's own ``config.toml``
(overriding an IT department's preset) and takes effect at the next start.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from po_desktop import config
from po_desktop.errors import PoError
from po_desktop.i18n import LANGUAGE_NAMES, tr


def install_help_menu(window: QMainWindow) -> QMenu:
    menu = window.menuBar().addMenu(tr("&Hjälp"))
    menu.setObjectName("helpMenu")

    help_action = QAction(tr("&Hjälp om po-desktop"), menu)
    help_action.setObjectName("helpAction")
    help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    help_action.triggered.connect(lambda: show_help(window))
    menu.addAction(help_action)
    window.addAction(help_action)  # F1 also while the menu bar is not focused
    keys_action = QAction(tr("&Kortkommandon"), menu)
    keys_action.setObjectName("shortcutsAction")
    keys_action.triggered.connect(lambda: show_shortcuts(window))
    menu.addAction(keys_action)
    menu.addSeparator()

    lang_menu = menu.addMenu(tr("&Språk"))
    lang_menu.setObjectName("languageMenu")
    group = QActionGroup(lang_menu)
    group.setExclusive(True)
    try:
        current = config.load_config().language
    except config.ConfigError:
        current = "system"
    choices = [
        ("system", tr("Som datorn")),
        ("sv", LANGUAGE_NAMES["sv"]),
        ("en", LANGUAGE_NAMES["en"]),
    ]
    for code, label in choices:
        action = QAction(label, lang_menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        action.setObjectName(f"language_{code}")
        group.addAction(action)
        lang_menu.addAction(action)
    group.triggered.connect(lambda action: choose_language(window, action.data()))

    about = QAction(tr("&Om po-desktop"), menu)
    about.setObjectName("aboutAction")
    about.triggered.connect(lambda: _show_about(window))
    menu.addAction(about)
    return menu


def choose_language(window, code: str) -> None:
    """Save the choice in the user's config.toml; it applies at the next start."""
    try:
        path = config.save_user_setting("language", None if code == "system" else code)
    except (OSError, PoError) as exc:
        QMessageBox.warning(
            window, tr("Språk"), tr("Språkvalet kunde inte sparas: {err}").format(err=exc)
        )
        return
    QMessageBox.information(
        window,
        tr("Språk"),
        tr("Språket byts nästa gång programmet startar (sparat i {path}).").format(path=path),
    )


def _show_about(window) -> None:
    from po_desktop.gui.about import AboutDialog

    AboutDialog(window).exec()


def show_help(window):
    from po_desktop.gui.help_pages import HelpDialog

    dialog = HelpDialog(window)
    dialog.open()
    return dialog


def show_shortcuts(window):
    from po_desktop.gui.help_pages import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    dialog.open()
    return dialog
