"""Issue 20, the attack round's low findings: one signing key for two unit ids, look-alike unit
labels at acceptance, absurd casework dates, municipality names that differ only in case in the
merged report, invisible characters echoed in refusals, output paths that are pipes."""

from __future__ import annotations

import os
import stat

import pytest


def one_line_refusal(code: int, err: str) -> bool:
    return code == 4 and err.count("\n") == 1 and "Traceback" not in err


# --- 6: every output-path refusal is exit 4, one line -----------------------------------------

OUTPUTS = [
    ("print", "forms", "--copy-to", "{fifo}"),
    ("print", "forms", "--copy-to", "{fifo}/sub"),
    ("print", "forms", "--copy-to", "{folder}"),
    ("print", "intake", "--blank", "--out", "{fifo}"),
    ("print", "stats", "--period", "2026H1", "--out", "{fifo}"),
    ("print", "annual-report", "--year", "2026", "--out", "{ok}", "--docx", "{fifo}"),
    ("vault", "backup", "{fifo}"),
]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("argv", OUTPUTS, ids=lambda a: " ".join(a[:3]))
def test_an_output_path_that_is_a_pipe_is_one_line_exit_4(vault, cli, tmp_path, argv):
    path = vault.path
    vault.lock()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "forms"
    folder.mkdir()
    os.mkfifo(folder / "intake.toml")
    args = [a.format(fifo=fifo, folder=folder, ok=tmp_path / "ok.pdf") for a in argv]
    code, _out, err = cli(*args, vault=path)
    assert one_line_refusal(code, err), (code, err)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert stat.S_ISFIFO(os.lstat(folder / "intake.toml").st_mode)
    assert sorted(os.listdir(folder)) == ["intake.toml"]
