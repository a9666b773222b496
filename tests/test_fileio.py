"""The one atomic-write helper behind bundles, PDFs and CSV reports."""

from __future__ import annotations

import os

import pytest

from po_desktop.errors import RejectedInput, StorageFailure
from po_desktop.fileio import write_atomic


def test_writes_owner_only_and_leaves_no_temp(tmp_path):
    out = write_atomic(tmp_path / "a.bin", b"abc")
    assert out.read_bytes() == b"abc"
    assert out.stat().st_mode & 0o777 == 0o600
    write_atomic(out, b"new")  # replaces
    assert out.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["a.bin"]


def test_failure_keeps_the_old_file_and_removes_the_temp(tmp_path, monkeypatch):
    out = write_atomic(tmp_path / "a.bin", b"old")

    def full(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(StorageFailure) as info:
        write_atomic(out, b"new")
    assert "Disken är full" in info.value.message and str(out) in info.value.message
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.bin"]


def test_missing_folder_and_folder_target(tmp_path):
    with pytest.raises(RejectedInput, match="finns inte"):  # the user's path: exit 4
        write_atomic(tmp_path / "nej" / "x.pdf", b"x")
    assert not (tmp_path / "nej").exists()
    made = write_atomic(tmp_path / "ja" / "x.pobundle", b"x", create_folder=True)
    assert made.read_bytes() == b"x"
    with pytest.raises(RejectedInput, match="är en mapp"):
        write_atomic(tmp_path, b"x")


def test_csv_report_goes_through_it(tmp_path):
    """write_csv keeps its BOM and CRLF rows, now owner-only like the other outputs."""
    from po_desktop.domain.categories import default_profile
    from po_desktop.services.report_table import write_csv

    out = write_csv(tmp_path / "r.csv", {}, default_profile(), internal=True, title="T")
    raw = out.read_bytes()
    assert raw.startswith("\ufeff".encode()) and b"\r\n" in raw and b"INTERNT" in raw
    assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["r.csv"]


def test_an_output_path_that_is_a_folder_or_in_a_missing_folder_is_rejected_input(cli, tmp_path):
    """A wrong --out is the user's input, not a disk failure: one line, exit 4, no file."""
    code, out, err = cli("print", "intake", "--blank", "--out", str(tmp_path))
    assert code == 4 and "är en mapp" in err and len(err.strip().splitlines()) == 1
    code, out, err = cli("print", "intake", "--blank", "--out", str(tmp_path / "nej" / "x.pdf"))
    assert code == 4 and "finns inte" in err
    assert not (tmp_path / "nej").exists()
