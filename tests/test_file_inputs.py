"""A file named from outside is read only when it is a regular file, and never past a cap
(issue 20 §7): a named pipe, /dev/zero, a folder or a huge file is one line, exit 4 — no hang,
no memory run out. One helper (po_desktop.fileio.read_limited / require_regular_file) serves
the passphrase files, the restore source, stdin text, config.toml, form definitions and logos,
the survey definition."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from po_desktop.errors import RejectedInput
from po_desktop.fileio import FileRefused, read_limited, read_text_limited, require_regular_file

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes (POSIX)")


@pytest.fixture
def fifo(tmp_path):
    """A named pipe; a watchdog opens its writing end every 2 s after the first 10, so code
    that (wrongly) blocks on it fails the test instead of hanging the suite."""
    (tmp_path / "pipes").mkdir()
    path = tmp_path / "pipes" / "config.toml"  # the config test reads its folder
    os.mkfifo(path)
    done = threading.Event()

    def unblock():
        if done.wait(10):
            return
        while not done.wait(2):
            _has_reader(path)  # opening the writing end releases a blocked reader

    t = threading.Thread(target=unblock, daemon=True)
    t.start()
    yield path
    done.set()


def _has_reader(path: Path) -> bool:
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        return True
    except OSError:
        return False


def test_read_limited_reads_a_regular_file(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"abc")
    assert read_limited(f, what="Filen", max_bytes=3) == b"abc"
    assert read_text_limited(f, what="Filen", max_bytes=10) == "abc"
    assert require_regular_file(f, what="Filen") == f


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.mkdir(), "folder"),
        (lambda p: None, "missing"),
        (lambda p: p.write_bytes(b"x" * 11), "too_large"),
    ],
)
def test_read_limited_refuses(tmp_path, make, reason):
    target = tmp_path / "t"
    make(target)
    with pytest.raises(FileRefused) as info:
        read_limited(target, what="Filen", max_bytes=10)
    assert info.value.reason == reason and info.value.exit_code == 4
    assert "\n" not in info.value.message


def test_a_named_pipe_and_a_device_are_refused_before_reading(fifo):
    for target in (fifo, Path("/dev/zero")):
        with pytest.raises(FileRefused) as info:
            read_limited(target, what="Filen", max_bytes=10)
        assert info.value.reason == "special"
        assert isinstance(info.value, RejectedInput)
    with pytest.raises(FileRefused):
        require_regular_file(fifo, what="Filen")


def test_the_path_can_be_left_out_of_the_message(tmp_path):
    with pytest.raises(FileRefused) as info:
        read_limited(
            tmp_path / "MyS3cretPass", what="Lösenfrasfilen", max_bytes=10, show_path=False
        )
    assert "MyS3cretPass" not in info.value.message


def _run_cli(tmp_path, *argv, timeout=60):
    """The CLI as a process with 1 GB of address space: old code that reads /dev/zero to the
    end dies or times out instead of taking the machine's memory."""
    import resource

    import po_desktop

    src = str(Path(po_desktop.__file__).resolve().parents[1])
    env = {k: v for k, v in os.environ.items() if k != "PO_DESKTOP_PASSPHRASE"}
    env["PYTHONPATH"] = src

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    proc = subprocess.run(
        [sys.executable, "-m", "po_desktop", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        preexec_fn=limit,
        stdin=subprocess.DEVNULL,
    )
    return proc.returncode, proc.stdout, proc.stderr


def test_passphrase_file_dev_zero_is_refused(tmp_path, vault, vault_path):
    vault.lock()
    code, out, err = _run_cli(
        tmp_path, "--vault", str(vault_path), "--passphrase-file", "/dev/zero", "assignment", "list"
    )
    assert code == 4 and err.count("\n") == 1 and "Traceback" not in err, err


def test_passphrase_file_fifo_is_refused(tmp_path, vault, vault_path, fifo):
    vault.lock()
    code, out, err = _run_cli(
        tmp_path, "--vault", str(vault_path), "--passphrase-file", str(fifo), "assignment", "list"
    )
    assert code == 4 and err.count("\n") == 1 and str(fifo) not in err, err


def test_restore_from_a_fifo_is_refused(tmp_path, vault_path, fifo):
    pw = tmp_path / "pw.txt"
    pw.write_text("en lång lösenfras\n", encoding="utf-8")
    code, out, err = _run_cli(
        tmp_path, "--vault", str(vault_path), "--passphrase-file", str(pw), "vault", "restore",
        str(fifo),
    )  # fmt: skip
    assert code == 4 and err.count("\n") == 1 and "pipe" in err, err
    assert not vault_path.exists()


def test_vault_path_that_is_a_fifo_is_refused(cli, fifo):
    code, out, err = cli("assignment", "list", vault=fifo)
    assert code == 4 and err.count("\n") == 1, err


def test_stdin_text_is_capped():
    import io

    from po_desktop.cli import STDIN_TEXT_MAX_BYTES, read_stdin_text

    class Long(io.RawIOBase):
        """16 MB of "a" (bounded, so code without the cap fails instead of eating memory)."""

        left = 16 * 1024 * 1024

        def readable(self):
            return True

        def readinto(self, b):
            n = min(len(b), self.left)
            b[:n] = b"a" * n
            self.left -= n
            return n

    class Stream:
        buffer = io.BufferedReader(Long())

    with pytest.raises(RejectedInput, match="för lång"):
        read_stdin_text(Stream())
    assert STDIN_TEXT_MAX_BYTES >= 4 * 100_000


def test_config_file_that_is_a_fifo_is_a_config_error(tmp_path, monkeypatch, fifo):
    from po_desktop.config import ConfigError, load_config

    monkeypatch.setenv("PO_DESKTOP_CONFIG_DIRS", str(fifo.parent))
    with pytest.raises(ConfigError, match="ingen vanlig fil"):
        load_config()


def test_form_definition_and_logo_that_are_pipes_are_refused(tmp_path, fifo):
    from po_desktop.printing.forms_loader import FormDefinitionError, load_definition

    with pytest.raises(FormDefinitionError, match="ingen vanlig fil"):
        load_definition(fifo)
