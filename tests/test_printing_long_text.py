"""A systemfel text at the field's limit (20,000 characters) prints in every PDF it appears in:
the coordinator report, the statistics PDF with its systemfel list and the systemfel form (rows
split across pages; issue 11 §2). Control and bidi characters never reach the PDF."""

from __future__ import annotations

import datetime as dt
import re

import pypdf

from po_desktop.services import casework as cw
from po_desktop.services import coordinator as co
from tests.fixtures.coordinator_helpers import accept_all, sf_item, unit_bundle, write

LIMIT = 20_000


def long_text(prefix: str) -> str:
    words, n, i = [], 0, 0
    while n < LIMIT:
        words.append(f"{prefix}{i}")
        n += len(words[-1]) + 1
        i += 1
    text = " ".join(words)[:LIMIT]
    return text[: text.rfind(" ")].ljust(LIMIT, ".")  # whole words, exactly the limit


def words_of(text: str, prefix: str) -> set[str]:
    return set(re.findall(prefix + r"\d+", text))


def pdf_text(path) -> str:
    return " ".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages)


def test_coordinator_report_prints_three_20000_character_texts(coordinator_vault, cli, tmp_path):
    v = coordinator_vault
    path = v.path
    from po_desktop.bundle import digest

    sf = sf_item(long_text("brist"))
    sf["measures"] = long_text("atgard")
    sf["feedback"] = long_text("svar")
    sf["feedback_received"] = True
    b = unit_bundle(system_failures=[sf])
    b["figures"]["system_failures"]["feedback_received"] = 1
    b["sha256"] = digest(b)
    assert co.import_bundles(v, [write(tmp_path, "a.pobundle", b)])[0].status == "imported"
    accept_all(v)
    v.lock()
    out = tmp_path / "r.pdf"
    code, _, err = cli("coordinator", "report", "--period", "2026H1", "--pdf", str(out), vault=path)
    assert code == 0, err
    text = pdf_text(out)
    for prefix, field in (("brist", "description"), ("atgard", "measures"), ("svar", "feedback")):
        assert words_of(sf[field], prefix) <= words_of(text, prefix), field
    assert len(pypdf.PdfReader(str(out)).pages) > 10


def _ombud_systemfel(vault, **texts) -> str:
    return cw.add_system_failure(
        vault,
        identified_on=dt.date(2026, 2, 1),
        authority="municipality",
        area="Socialtjänst",
        **texts,
    ).id


def test_statistics_pdf_and_systemfel_form_print_20000_characters(vault, cli, tmp_path):
    description, feedback = long_text("brist"), long_text("svar")
    sf_id = _ombud_systemfel(
        vault, description=description, feedback=feedback, feedback_received=True
    )
    vault.lock()
    stats = tmp_path / "s.pdf"
    code, _, err = cli(
        "print", "stats", "--period", "2026H1", "--with-system-failures", "--out", str(stats)
    )
    assert code == 0, err
    form = tmp_path / "f.pdf"
    code, _, err = cli("print", "system-failure", sf_id, "--out", str(form))
    assert code == 0, err
    for out in (stats, form):
        text = pdf_text(out)
        assert words_of(description, "brist") <= words_of(text, "brist"), out.name
        assert words_of(feedback, "svar") <= words_of(text, "svar"), out.name


def test_a_20000_digit_run_is_broken_to_the_page_width_on_the_form(vault, cli, tmp_path):
    digits = "".join(str(i % 10) for i in range(LIMIT))
    sf_id = _ombud_systemfel(vault, description=digits)
    vault.lock()
    form = tmp_path / "f.pdf"
    assert cli("print", "system-failure", sf_id, "--out", str(form))[0] == 0
    reader = pypdf.PdfReader(str(form))
    assert len(reader.pages) >= 3  # not one line running off the first page
    text = "".join(re.findall(r"\d{20,}", " ".join(p.extract_text() for p in reader.pages)))
    assert digits[:5000] in text


def test_control_and_bidi_characters_do_not_reach_a_pdf():
    from po_desktop.printing.pdf import esc

    assert esc("PO \x1b[31mMora\u202e <b>") == "PO [31mMora &lt;b&gt;"
    assert esc("rad 1\nrad 2") == "rad 1<br/>rad 2"
