"""Translation entry point.

All user-visible text is written in Swedish and passed through :func:`tr`. Inside the GUI the
text goes through Qt's translation system (``QCoreApplication.translate``) so an English ``.qm``
can replace it; headless (CLI) the Swedish source text is used unless a Qt application with a
translator is running. The module imports Qt lazily so domain code stays Qt-free.
"""

from __future__ import annotations

import sys

DEFAULT_CONTEXT = "po_desktop"


def tr(text: str, context: str = DEFAULT_CONTEXT) -> str:
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return text
    app = qtcore.QCoreApplication.instance()
    if app is None:
        return text
    return qtcore.QCoreApplication.translate(context, text)
