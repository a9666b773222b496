"""Import a module on first use: keeps ``po-desktop --help`` and the unlock screen fast.

``cw = lazy_import("po_desktop.services.casework")`` at the top of a thin module (CLI command
groups, GUI views) reads like a normal import; the module (and SQLAlchemy, Alembic, reportlab
behind it) is loaded when an attribute is first used, i.e. when a command or view runs. For
type checkers, import the module normally under ``if TYPE_CHECKING:``.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType


class _LazyModule(ModuleType):
    """Stands in for a module until an attribute is read, then loads it and forwards."""

    def __getattr__(self, name: str) -> object:
        return getattr(importlib.import_module(self.__name__), name)


def lazy_import(name: str) -> ModuleType:
    """``name`` itself when already imported, else a stand-in that imports it on first use."""
    module = sys.modules.get(name)
    return module if module is not None else _LazyModule(name)


__all__ = ["lazy_import"]
