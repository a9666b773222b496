"""The printed forms: definitions as data, one renderer, blank or filled (issue 5)."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pypdf
import pytest

from po_desktop.printing.forms import render_form
from po_desktop.printing.forms_loader import (
    FormDefinitionError,
    bundled_forms_dir,
    load_definition,
    load_form,
)


@pytest.fixture(autouse=True)
def _no_user_forms(tmp_path, monkeypatch):
    """Forms a unit keeps in this machine's real config directory must not leak into tests."""
    import po_desktop.paths as paths

    monkeypatch.setattr(paths, "user_config_dir", lambda: tmp_path / "no-user-config")


REPO = Path(__file__).resolve().parents[1]

FILLED_INTAKE = {
    "received_on": "2026-11-23",
    "municipality": "Älvdalen",
    "name": "Åsa Öberg-Sjödén",
    "personal_id": "19800101-1234",
    "address": "Storgatan 1 lgh 1102",
    "postal_address": "792 30 Mora",
    "phone": "0250-123 45",
    "mobile": "070-123 45 67",
    "email": "asa.oberg@example.se",
    "how_heard": "Från kuratorn på vårdcentralen",
    "who_called": "Min syster",
    "help_with": "Skulder hos Kronofogden och ett avslag från Försäkringskassan som ska "
    "överklagas.",
    "place": "Mora",
    "date": "2026-11-23",
    "agreement": "Vi träffas varannan vecka hemma hos mig.",
}


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def norm(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", ["intake", "system_failure"])
def test_blank_form_shows_every_text_of_its_definition(tmp_path, name):
    definition = load_form(name)
    out = render_form(definition, tmp_path / f"{name}.pdf", unit_label="PO Mora")
    text = pdf_text(out)
    texts = definition.printed_texts()
    assert len(texts) > 15
    for item in texts:
        assert norm(item) in text, item
    assert "PO Mora" in text
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == 1  # a blank form is one sheet
    assert reader.metadata.title == definition.title
    assert reader.pages[0].mediabox.width == pytest.approx(595.27, abs=0.5)  # A4
    assert reader.pages[0].mediabox.height == pytest.approx(841.89, abs=0.5)


def test_intake_blank_has_municipalities_with_swedish_letters_and_fits_one_page(tmp_path):
    out = render_form(load_form("intake"), tmp_path / "intake.pdf")
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == 1
    text = pdf_text(out)
    for name in ["Mora", "Orsa", "Älvdalen", "Malung-Sälen", "Leksand", "Rättvik", "Vansbro"]:
        assert name in text
    for label in [
        "Personnummer",
        "Hur fick du reda på Personligt Ombud?",
        "Överenskommelse:",
        "För din information vill vi meddela att dina personuppgifter används",
    ]:
        assert label in text


def test_fonts_are_embedded_dejavu(tmp_path):
    out = render_form(load_form("intake"), tmp_path / "intake.pdf")
    reader = pypdf.PdfReader(str(out))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = []
    for ref in fonts.values():
        font = ref.get_object()
        descendants = font.get("/DescendantFonts")
        desc = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
        if desc is not None and "/FontFile2" in desc.get_object():
            embedded.append(str(font["/BaseFont"]))
    assert any("DejaVuSans" in name for name in embedded)
    assert any("DejaVuSans-Bold" in name for name in embedded)


def test_filled_intake_shows_the_values_and_keeps_them_out_of_metadata(tmp_path):
    out = render_form(
        load_form("intake"), tmp_path / "filled.pdf", FILLED_INTAKE, unit_label="PO Mora"
    )
    text = pdf_text(out)
    for key, value in FILLED_INTAKE.items():
        if key != "municipality":
            assert norm(value) in text, key
    reader = pypdf.PdfReader(str(out))
    meta = " ".join(str(v) for v in reader.metadata.values())
    for value in ("Åsa", "19800101", "Storgatan", "example.se"):
        assert value not in meta
    assert reader.metadata.title == "Ansökan om personligt ombud"
    assert not reader.metadata.author
    assert list(tmp_path.iterdir()) == [out]  # nothing else written, no temp file left
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600  # owner-only, like the vault


def test_filled_choice_ticks_the_box_and_write_in_takes_unknown_authority(tmp_path):
    definition = load_form("system_failure")
    out = render_form(
        definition,
        tmp_path / "sf.pdf",
        {"authority": "Migrationsverket", "description": "Lång väntan på beslut."},
    )
    assert "Migrationsverket" in pdf_text(out)
    blank = render_form(definition, tmp_path / "blank.pdf")
    ticked = render_form(definition, tmp_path / "ticked.pdf", {"authority": "psychiatry"})

    # a tick is two strokes more on the page than the blank form
    def strokes(p):
        return pypdf.PdfReader(str(p)).pages[0].get_contents().get_data().count(b" l S")

    assert strokes(ticked) == strokes(blank) + 2


def test_values_for_unknown_fields_or_options_are_refused_without_echoing_them(tmp_path):
    from po_desktop.errors import RejectedInput

    definition = load_form("intake")
    with pytest.raises(RejectedInput) as exc:
        render_form(definition, tmp_path / "x.pdf", {"nmae": "Åsa Öberg"})
    assert "nmae" in exc.value.message and "Åsa" not in exc.value.message
    with pytest.raises(RejectedInput) as exc:
        render_form(definition, tmp_path / "x.pdf", {"municipality": "Stockholm"})
    assert "municipality" in exc.value.message and "Stockholm" not in exc.value.message
    assert not (tmp_path / "x.pdf").exists()


def test_a_long_filled_text_flows_onto_further_pages(tmp_path):
    long_text = " ".join(f"Mening nummer {i} om bristen." for i in range(400))
    out = render_form(
        load_form("system_failure"), tmp_path / "long.pdf", {"description": long_text}
    )
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) >= 3
    text = pdf_text(out)
    assert "Mening nummer 0 om" in text and "Mening nummer 399 om bristen." in text
    assert "Beskrivning av bristen (forts.)" in text


def test_a_text_too_long_for_an_unsplittable_box_is_refused_cleanly(tmp_path):
    from po_desktop.errors import RejectedInput

    with pytest.raises(RejectedInput) as exc:
        render_form(load_form("intake"), tmp_path / "x.pdf", {"received_on": "lång " * 3000})
    assert "får inte plats" in exc.value.message
    assert not (tmp_path / "x.pdf").exists()


# --- definitions ------------------------------------------------------------------------------


def test_top_level_forms_folder_matches_the_bundled_copies():
    for name in ("intake", "system_failure"):
        top = REPO / "forms" / f"{name}.toml"
        bundled = bundled_forms_dir() / f"{name}.toml"
        assert top.read_bytes() == bundled.read_bytes(), (
            f"forms/{name}.toml and src/po_desktop/resources/forms/{name}.toml differ"
        )


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _bundled_text(name: str) -> str:
    return (bundled_forms_dir() / f"{name}.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "edit, key, problem",
    [
        (
            lambda s: s.replace('title = "Ansökan om personligt ombud"\n', ""),
            "form.title",
            "saknas",
        ),
        (lambda s: s.replace("lines = 5", 'lines = "fem"'), "block[11].lines", "ska vara heltal"),
        (lambda s: s.replace("lines = 5", "lines = 0"), "block[11].lines", "från 1 till"),
        (
            lambda s: s.replace('\ntype = "heading"', '\ntype = "rubrik"', 1),
            "block[0].type",
            "okänd blocktyp",
        ),
        (lambda s: s.replace("columns = 2", "colums = 2"), "header[1].colums", "okänd nyckel"),
        (
            lambda s: s.replace('options = ["Mora"', 'options = [3, "Mora"'),
            "header[1].options[0]",
            "ska vara en text",
        ),
        (lambda s: s.replace('key = "phone"', 'key = "name"'), "block[5].key", "finns redan"),
        (lambda s: s.replace('logo = ""', 'logo = "saknas.png"'), "form.logo", "finns inte"),
        (
            lambda s: s.replace("schema_version = 1", "schema_version = 9"),
            "schema_version",
            "stöds inte",
        ),
        (lambda s: s.replace("[form]", "[form", 1), "-", "inte giltig TOML"),
    ],
)
def test_a_broken_definition_names_file_key_and_problem(tmp_path, edit, key, problem):
    path = _write(tmp_path, "intake.toml", edit(_bundled_text("intake")))
    with pytest.raises(FormDefinitionError) as exc:
        load_definition(path)
    message = exc.value.message
    assert str(path) in message
    assert f": {key}: " in message
    assert problem in message
    assert "\n" not in message
    assert exc.value.exit_code == 4


def test_every_bundled_definition_is_valid_toml_and_loads():
    for name in ("intake", "system_failure"):
        data = tomllib.loads(_bundled_text(name))
        assert data["form"]["id"] == name
        assert load_form(name).id == name


def test_unit_override_folders_come_before_the_bundled_copy(tmp_path, monkeypatch, vault):
    import po_desktop.paths as paths
    from po_desktop.services import printing

    config = tmp_path / "config"
    (config / "forms").mkdir(parents=True)
    monkeypatch.setattr(paths, "user_config_dir", lambda: config)
    assert printing.find_definition(vault, "intake") == bundled_forms_dir() / "intake.toml"

    own = _bundled_text("intake").replace('"Vansbro"', '"Gagnef"')
    _write(config / "forms", "intake.toml", own)
    assert printing.find_definition(vault, "intake") == config / "forms" / "intake.toml"

    unit_folder = tmp_path / "enhetens-blanketter"
    unit_folder.mkdir()
    _write(unit_folder, "intake.toml", own.replace('"Orsa"', '"Säter"'))
    vault.set_settings({"forms_folder": str(unit_folder)})
    definition = printing.load_form(vault, "intake")
    assert definition.source == unit_folder / "intake.toml"
    text = pdf_text(render_form(definition, tmp_path / "own.pdf"))
    assert "Säter" in text and "Gagnef" in text and "Vansbro" not in text
    # the system_failure form is not overridden there: the bundled one is used
    assert (
        printing.find_definition(vault, "system_failure")
        == bundled_forms_dir() / "system_failure.toml"
    )


def test_logo_is_drawn_when_the_definition_names_one(tmp_path):
    from PIL import Image as PILImage

    PILImage.new("RGB", (200, 80), (20, 20, 20)).save(tmp_path / "logga.png")
    path = _write(
        tmp_path, "intake.toml", _bundled_text("intake").replace('logo = ""', 'logo = "logga.png"')
    )
    definition = load_definition(path)
    assert definition.logo == tmp_path / "logga.png"
    out = render_form(definition, tmp_path / "logo.pdf")
    xobjects = pypdf.PdfReader(str(out)).pages[0]["/Resources"].get("/XObject", {})
    assert len(xobjects) == 1
