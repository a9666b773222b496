"""Fixtures for the reliability tests: child processes started from a preloaded fork server so
that dozens of kill-and-recover rounds stay cheap (no interpreter start-up per child)."""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the worker module must be importable by the fork server
    sys.path.insert(0, str(HERE))

_PRELOAD = [
    "reliability_worker",
    "po_desktop.storage.vault",
    "po_desktop.services.casework",
    "sqlalchemy.orm",
]


@pytest.fixture(scope="session")
def mp_context():
    """A multiprocessing context whose children run *this checkout's* po_desktop."""
    import po_desktop

    src = str(Path(po_desktop.__file__).resolve().parents[1])
    if "forkserver" not in multiprocessing.get_all_start_methods():  # pragma: no cover - Windows
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(_PRELOAD)
    # Python 3.11's fork server ignores the parent's sys.path when preloading, so hand it ours
    # through the environment of the (single, long-lived) server process it starts now.
    from multiprocessing import forkserver

    saved = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join([src, str(HERE)] + ([saved] if saved else []))
    try:
        forkserver.ensure_running()
    finally:
        if saved is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = saved
    reader, writer = ctx.Pipe(duplex=False)
    probe = ctx.Process(target=_report_origin, args=(writer,))
    probe.start()
    writer.close()
    origin = reader.recv()
    probe.join(10)
    assert origin == po_desktop.__file__, f"children would run {origin}, not {po_desktop.__file__}"
    return ctx


def _report_origin(conn) -> None:
    import po_desktop

    conn.send(po_desktop.__file__)
