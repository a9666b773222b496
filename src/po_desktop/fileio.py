"""Files outside the vault, in and out.

**Reading a file named from outside** (a passphrase file, a backup to restore, a bundle, a
population CSV, a form definition or logo, config.toml, a survey definition):
:func:`read_limited` / :func:`read_text_limited` / :func:`require_regular_file`. Anything but a
regular file — a named pipe (FIFO), ``/dev/zero``, a terminal, a socket, a folder — is refused
before a byte is read (opened non-blocking and checked again on the open file, so a pipe swapped
in between cannot hang the program), and at most ``max_bytes`` are read: a larger file is
refused. Every refusal is one line, :class:`FileRefused` (a ``RejectedInput``: exit code 4),
with ``reason`` for a caller that words a case its own way::

    raw = read_limited(path, what=tr("Folkmängdsfilen"), max_bytes=5_000_000)

**Writing** so that a reader never sees half of a file: one helper for every file the program
writes outside the vault (statistics bundles, PDFs, CSV reports). Write to a temporary name in
the same folder (owner-only by default), fsync, ``os.replace`` onto the target, fsync the
folder; on failure the temp file is removed, an existing target is kept, and the ``OSError``
becomes one clear :class:`~po_desktop.errors.StorageFailure` line.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
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
    """Refuse (exit 4, one line) an output path that is a folder, an existing file that is not
    a regular file (a pipe, a device such as ``/dev/zero``, a socket: the atomic rename would
    replace it) or whose folder is missing; returns the path. Commands writing several files
    check them all before writing any."""
    out = Path(path).expanduser()
    if out.is_dir():
        # the path given is wrong (not the disk): rejected input, exit 4
        raise RejectedInput(tr("{path} är en mapp; ange ett filnamn.").format(path=out))
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise RejectedInput(
            tr("Mappen {folder} finns inte; ingen fil skrevs.").format(folder=folder)
        )
    try:
        existing = os.stat(out).st_mode
    except OSError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing):
        # a named pipe, a device (/dev/zero), a socket: the atomic rename would replace it
        raise RejectedInput(
            tr(
                "{path} är ingen vanlig fil (en namngiven pipe, en enhet eller liknande); "
                "ange ett annat filnamn. Ingen fil skrevs."
            ).format(path=out)
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


# --- reading a file named from outside -----------------------------------------------------


class FileRefused(RejectedInput):
    """A file named from outside that is not read: ``reason`` is "missing", "folder", "special"
    (a pipe, device, socket), "too_large" or "unreadable"."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


def _size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.0f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} B"


def _named(what: str, path: Path, show_path: bool) -> str:
    return f"{what} {path}" if show_path else what


def _refuse_stat(st: os.stat_result, what: str, path: Path, show_path: bool) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise FileRefused(
            tr("{what} är en mapp; ange en fil.").format(what=_named(what, path, show_path)),
            "folder",
        )
    if not stat.S_ISREG(st.st_mode):
        raise FileRefused(
            tr(
                "{what} är ingen vanlig fil (en namngiven pipe, en enhet eller liknande); ange "
                "en vanlig fil."
            ).format(what=_named(what, path, show_path)),
            "special",
        )


def _stat(path: Path, what: str, show_path: bool) -> os.stat_result:
    try:
        return os.stat(path)
    except FileNotFoundError:
        raise FileRefused(
            tr("{what} finns inte.").format(what=_named(what, path, show_path)), "missing"
        ) from None
    except OSError as exc:
        raise FileRefused(
            tr("Kan inte läsa {what}: {err}.").format(
                what=_named(what, path, show_path), err=exc.strerror or exc
            ),
            "unreadable",
        ) from None


def require_regular_file(
    path: os.PathLike[str] | str,
    *,
    what: str,
    max_bytes: int | None = None,
    show_path: bool = True,
) -> Path:
    """Refuse (:class:`FileRefused`, exit 4) unless ``path`` is a regular file (no larger than
    ``max_bytes``); returns the path. For a file another library opens by name (a backup
    SQLCipher opens, a logo reportlab draws)."""
    p = Path(path).expanduser()
    st = _stat(p, what, show_path)
    _refuse_stat(st, what, p, show_path)
    if max_bytes is not None and st.st_size > max_bytes:
        raise _too_large(what, p, max_bytes, show_path)
    return p


def _too_large(what: str, path: Path, max_bytes: int, show_path: bool) -> FileRefused:
    return FileRefused(
        tr("{what} är för stor (högst {size}).").format(
            what=_named(what, path, show_path), size=_size_text(max_bytes)
        ),
        "too_large",
    )


def read_limited(
    path: os.PathLike[str] | str, *, what: str, max_bytes: int, show_path: bool = True
) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` (a larger file, a pipe, a
    device or a folder is refused with one line, :class:`FileRefused`). ``what`` names the file
    in the message ("Lösenfrasfilen"); ``show_path=False`` leaves the path out of it (a
    passphrase file's name might be the passphrase typed by mistake)."""
    p = Path(path).expanduser()
    _refuse_stat(_stat(p, what, show_path), what, p, show_path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(p, flags)
    except OSError as exc:
        raise FileRefused(
            tr("Kan inte läsa {what}: {err}.").format(
                what=_named(what, p, show_path), err=exc.strerror or exc
            ),
            "unreadable",
        ) from None
    try:
        _refuse_stat(os.fstat(fd), what, p, show_path)  # swapped for a pipe in between?
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise FileRefused(
            tr("Kan inte läsa {what}: {err}.").format(
                what=_named(what, p, show_path), err=exc.strerror or exc
            ),
            "unreadable",
        ) from None
    finally:
        os.close(fd)
    if total > max_bytes:
        raise _too_large(what, p, max_bytes, show_path)
    return b"".join(chunks)


def read_text_limited(
    path: os.PathLike[str] | str,
    *,
    what: str,
    max_bytes: int,
    encoding: str = "utf-8",
    show_path: bool = True,
) -> str:
    """:func:`read_limited`, decoded (a file that is not ``encoding`` is refused)."""
    raw = read_limited(path, what=what, max_bytes=max_bytes, show_path=show_path)
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        raise FileRefused(
            tr("{what} är inte en textfil i UTF-8.").format(
                what=_named(what, Path(path), show_path)
            ),
            "unreadable",
        ) from None


__all__ = [
    "FileRefused",
    "fsync_dir",
    "read_limited",
    "read_text_limited",
    "require_regular_file",
    "storage_error",
    "write_atomic",
]
