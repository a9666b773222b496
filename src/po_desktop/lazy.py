"""Import a module on first use: keeps ``po-desktop --help`` and the unlock screen fast.

``cw = lazy_import("po_desktop.services.casework")`` at the top of a thin module (CLI command
groups, GUI views) reads like a normal import; the module (and SQLAlchemy, Alembic, reportlab
behind it) is loaded when an attribute is first used, i.e. when a command or view runs.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_import(name: str) -> ModuleType:
    """``name`` itself when already imported, else a module that loads on first attribute use."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


__all__ = ["lazy_import"]
