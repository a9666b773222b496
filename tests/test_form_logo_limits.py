"""The form logo: an image over a few megapixels or a few MB is refused from its header, before
anything decodes it (issue 11 §2: a 25 KB PNG of 10000 x 10000 pixels cost 1.1 GB)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from po_desktop.printing import forms_loader
from po_desktop.printing.forms_loader import bundled_forms_dir, image_size, load_definition


def png_header_only(path: Path, width: int, height: int) -> Path:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )
    return path


def definition_with_logo(tmp_path: Path, logo: str) -> Path:
    text = (bundled_forms_dir() / "intake.toml").read_text(encoding="utf-8")
    assert 'logo = ""' in text
    path = tmp_path / "intake.toml"
    path.write_text(text.replace('logo = ""', f'logo = "{logo}"'), encoding="utf-8")
    return path


@pytest.fixture
def no_decoding(monkeypatch):
    """Fail the test if the image is decoded at all."""
    import reportlab.lib.utils

    def boom(*a, **k):
        raise AssertionError("the image was decoded")

    monkeypatch.setattr(reportlab.lib.utils, "ImageReader", boom)


def test_a_huge_png_is_refused_from_its_header(tmp_path, no_decoding):
    png_header_only(tmp_path / "bomb.png", 10_000, 10_000)
    assert (tmp_path / "bomb.png").stat().st_size < 30_000
    with pytest.raises(Exception) as exc:
        load_definition(definition_with_logo(tmp_path, "bomb.png"))
    assert "10000 × 10000 bildpunkter" in str(exc.value)


def test_a_file_over_the_byte_limit_is_refused(tmp_path, no_decoding, monkeypatch):
    monkeypatch.setattr(forms_loader, "MAX_LOGO_BYTES", 1000)
    png_header_only(tmp_path / "big.png", 100, 100)
    with (tmp_path / "big.png").open("ab") as f:
        f.write(b"\0" * 2000)
    with pytest.raises(Exception) as exc:
        load_definition(definition_with_logo(tmp_path, "big.png"))
    assert "för stor" in str(exc.value)


def test_image_size_reads_png_jpeg_and_gif_headers(tmp_path):
    from PIL import Image

    for name, kw in (
        ("a.png", {}),
        ("b.jpg", {"quality": 80}),
        ("c.jpg", {"progressive": True}),
        ("d.gif", {}),
    ):
        Image.new("RGB", (321, 123)).save(tmp_path / name, **kw)
        assert image_size(tmp_path / name) == (321, 123), name
    (tmp_path / "e.png").write_bytes(b"not an image at all")
    assert image_size(tmp_path / "e.png") is None


def test_an_ordinary_logo_still_loads(tmp_path):
    from PIL import Image

    Image.new("RGB", (600, 200), (10, 10, 10)).save(tmp_path / "logga.png")
    assert load_definition(definition_with_logo(tmp_path, "logga.png")).logo is not None
