"""Writing a file so that a reader never sees half of it: one helper for every file the program
writes outside the vault (statistics bundles, PDFs, CSV reports).

Write to a temporary name in the same folder (owner-only by default), fsync, ``os.replace`` onto
the target, fsync the folder; on failure the temp file is removed, an existing target is kept,
and the ``OSError`` becomes one clear :class:`~po_desktop.errors.StorageFailure` line.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from po_desktop.errors import RejectedInput, StorageFailure
from po_desktop.i18n import tr


def storage_error(exc: OSError, path: os.PathLike[str] | str) -> StorageFailure:
    """One Swedish line for an ``OSError`` while writing ``path`` (disk full, read-only, …)."""
    if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
        msg = tr(
            "Disken är full: {path} kunde inte skrivas. Frigör utrymme och försök igen; "
            "inget sparat har ändrats."
        )
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        msg = tr("Skrivskyddad fil eller mapp: {path}. Välj en plats du får skriva i.")
    else:
        msg = tr("Kan inte skriva {path}: {err}.")
    return StorageFailure(msg.format(path=path, err=exc.strerror or exc))


def fsync_dir(folder: os.PathLike[str] | str) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    if os.name == "nt":  # pragma: no cover
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def check_output_path(path: os.PathLike[str] | str) -> Path:
    """Refuse (exit 4, one line) an output path that is a folder or whose folder is missing;
    returns the path. Commands writing several files check them all before writing any."""
    out = Path(path).expanduser()
    if out.is_dir():
        # the path given is wrong (not the disk): rejected input, exit 4
        raise RejectedInput(tr("{path} är en mapp; ange ett filnamn.").format(path=out))
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise RejectedInput(
            tr("Mappen {folder} finns inte; ingen fil skrevs.").format(folder=folder)
        )
    return out


def check_output_paths(*paths: object) -> None:
    """:func:`check_output_path` for each path given, before writing any (``None``, an empty
    name and an in-memory target such as the preview's buffer are skipped)."""
    for p in paths:
        if isinstance(p, (str, os.PathLike)) and str(p) != "":
            check_output_path(p)


def write_atomic(
    path: os.PathLike[str] | str, data: bytes, *, mode: int = 0o600, create_folder: bool = False
) -> Path:
    """Write ``data`` to ``path`` atomically; returns the path. ``create_folder`` makes missing
    folders (owner-only); otherwise a missing folder is refused with one line."""
    out = Path(path).expanduser()
    folder = out.parent if str(out.parent) else Path(".")
    if create_folder and not out.is_dir() and not folder.is_dir():
        try:
            folder.mkdir(parents=True, mode=0o700, exist_ok=True)
        except OSError as exc:
            raise storage_error(exc, out) from None
    check_output_path(out)
    tmp: Path | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
        tmp = Path(tmp_name)
        with os.fdopen(fd, "wb") as fh:
            with contextlib.suppress(OSError):  # not every file system keeps modes
                os.fchmod(fh.fileno(), mode)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
        tmp = None
        fsync_dir(folder)
    except OSError as exc:
        raise storage_error(exc, out) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return out


__all__ = ["fsync_dir", "storage_error", "write_atomic"]
