"""Process hardening done first thing at start, for the command line and the window alike.

A crash of an unlocked session must not leave note text on disk (product.md: no crash dumps
with content): core dumps are switched off (``RLIMIT_CORE`` 0, soft and hard, so a child
cannot raise it again) and, on Linux, the process is marked not dumpable
(``prctl(PR_SET_DUMPABLE, 0)``), which also stops ``systemd-coredump``/apport piping a dump
whatever the limit, and keeps other processes of the same user from attaching a debugger or
reading ``/proc/<pid>/mem``. Windows Error Reporting is not switched off here (see README).
"""

from __future__ import annotations

import contextlib
import sys

PR_SET_DUMPABLE = 4
_done = False


def disable_core_dumps() -> None:
    """Idempotent; never fails (a platform without the calls simply keeps its defaults)."""
    global _done
    if _done:
        return
    _done = True
    with contextlib.suppress(ImportError, OSError, ValueError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError, TypeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


__all__ = ["disable_core_dumps"]
