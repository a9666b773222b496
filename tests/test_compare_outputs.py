"""The comparison column on paper and in files (annual.md §3, statistics.md §6): the ombud's
statistics PDF (``print stats --compare``) and the coordinator's ``report --compare`` PDF and
CSV. Both periods of one document are masked together; a change beside a masked cell is ``x``;
an earlier period never reported is "–" with its reason, never 0."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid

import pypdf

from tests.fixtures.interval_audit import figures_document
from tests.fixtures.stats_factory import add_assignment

D = dt.date


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages)


def _history(vault):
    # 2026: 8 new; 2025: 6 that ended, 3 still ongoing at the end (a masked "<5")
    for i in range(8):
        add_assignment(vault, f"Ab{i}x", D(2026, 1, 5), birth_year=1985 if i else 1975)
    for i in range(6):
        add_assignment(vault, f"Cd{i}x", D(2025, 3, 1), D(2025, 6, 1), reason="goals_met")
    for i in range(3):
        add_assignment(vault, f"Ef{i}x", D(2025, 2, 1))


def _cells(text: str, label: str, n: int = 4) -> list[str]:
    """The ``n`` cells printed after ``label`` in the comparison table (pypdf gives each
    cell a line of its own)."""
    lines = [ln.strip() for ln in text[text.index("Jämförelse med") :].splitlines()]
    i = lines.index(label)
    return lines[i + 1 : i + 1 + n]


def _key_figures(text: str) -> list[str]:
    return [ln.strip() for ln in text[: text.index("Jämförelse med")].splitlines()]


# --- the ombud's statistics PDF ---------------------------------------------------------------


def test_print_stats_compare_has_the_earlier_column_and_the_change(vault, cli, tmp_path):
    _history(vault)
    path = vault.path
    vault.lock()
    out = tmp_path / "s.pdf"
    code, _, err = cli(
        "print",
        "stats",
        "--period",
        "2026",
        "--compare",
        "2025",
        "--internal",
        "--out",
        str(out),
        vault=path,
    )
    assert code == 0, err
    text = pdf_text(out)
    assert "Jämförelse med 2025" in text
    # active 2026 = 3 ongoing + 8 new = 11; 2025: 9 active → +2 (+22,2 %)
    assert _cells(text, "Aktiva uppdrag under perioden") == ["11", "9", "+2", "+22,2 %"]
    assert _cells(text, "Nya uppdrag") == ["8", "9", "−1", "−11,1 %"]


def test_print_stats_compare_published_masks_the_change_beside_a_masked_cell(vault, cli, tmp_path):
    _history(vault)
    path = vault.path
    vault.lock()
    out = tmp_path / "s.pdf"
    code, _, err = cli(
        "print", "stats", "--period", "2026", "--compare", "2025", "--out", str(out), vault=path
    )
    assert code == 0, err
    text = pdf_text(out)
    # 2025's 3 ongoing at the end print "<5": its change is "x", never "+8"
    assert _cells(text, "Pågående uppdrag vid periodens slut") == ["11", "<5", "x", "x"]
    # 11 = <5 + new: the new count is hidden in the comparison *and* the key figures
    assert _cells(text, "Nya uppdrag") == ["x", "9", "x", "x"]
    key = _key_figures(text)
    assert key[key.index("Nya uppdrag") + 1] == "x"


def test_published_stats_comparison_passes_the_interval_audit(vault):
    from po_desktop.domain.dates import parse_period
    from po_desktop.services import compare_output, statistics
    from po_desktop.services.settings import vault_profile

    _history(vault)
    p, e = parse_period("2026"), parse_period("2025")
    this, before = statistics.period_figures(vault, p), statistics.period_figures(vault, e)
    pc = compare_output.publish(p, this, e, before, None, vault_profile(vault), 5)
    doc = figures_document(pc.figures, this, earlier=(pc.earlier_figures, before), flow=True)
    assert doc.violations() == []
    # every change printed beside a masked cell is masked
    compared = [c for c in pc.cells if c.row.value not in ("", None) and c.earlier is not None]
    assert any(isinstance(c.earlier, str) for c in compared)
    for c in compared:
        if isinstance(c.row.value, str) or isinstance(c.earlier, str):
            assert c.count == c.percent == "x", c


def test_print_stats_compare_with_a_period_never_reported(vault, cli, tmp_path):
    for i in range(6):
        add_assignment(vault, f"Ab{i}x", D(2026, 2, 1))
    path = vault.path
    vault.lock()
    out = tmp_path / "s.pdf"
    code, _, err = cli(
        "print",
        "stats",
        "--period",
        "2026",
        "--compare",
        "2025",
        "--internal",
        "--out",
        str(out),
        vault=path,
    )
    assert code == 0, err
    text = pdf_text(out)
    assert "2025: ej rapporterat" in text
    assert _cells(text, "Aktiva uppdrag under perioden") == ["6", "–", "–", "–"]
    assert _cells(text, "Nya uppdrag") == ["6", "–", "–", "–"]


def test_print_stats_compare_refuses_a_later_period(vault, cli, tmp_path):
    path = vault.path
    vault.lock()
    out = tmp_path / "s.pdf"
    code, _, err = cli(
        "print", "stats", "--period", "2025", "--compare", "2026", "--out", str(out), vault=path
    )
    assert code == 4 and len(err.strip().splitlines()) == 1
    assert not out.exists()


# --- the coordinator's report -----------------------------------------------------------------


def _bundle(uid, label, period, recs, fte="1.50"):
    from po_desktop.bundle import build_bundle
    from po_desktop.domain.categories import default_profile
    from po_desktop.domain.dates import parse_period
    from po_desktop.domain.statistics import compute_figures

    p = parse_period(period)
    figures = compute_figures(p, recs, [], [], fte, ["Mora", "Orsa"], default_profile())
    return build_bundle(
        unit_id=uid,
        unit_label=label,
        municipalities=["Mora", "Orsa"],
        period=p,
        profile="default-2026",
        figures=figures,
        system_failures=[],
    )


def _rec(gender, born, start, end=None, reason=None):
    from po_desktop.domain.statistics import AssignmentRecord

    return AssignmentRecord(gender, born, "Mora", "self", (), (), start, end, reason)


def _coordinator(coordinator_vault, tmp_path, periods=("2025", "2026")):
    from po_desktop.services import coordinator
    from tests.fixtures.coordinator_helpers import accept_all, write

    units = {
        "PO Mora": [_rec("woman", 1985, D(2025, 3, 1))] * 9 + [_rec("man", 1975, D(2026, 4, 1))],
        "PO Orsa": [_rec("man", 1990, D(2025, 2, 1), D(2026, 2, 1), "goals_met")] * 7
        + [_rec("woman", 1960, D(2026, 5, 1))] * 2,
    }
    for label, recs in units.items():
        uid = str(uuid.uuid4())
        for y in periods:
            path = write(tmp_path, f"{label}-{y}.pobundle", _bundle(uid, label, y, recs))
            assert coordinator.import_bundle(coordinator_vault, path).ok
    accept_all(coordinator_vault)


def _csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_coordinator_report_compare_csv_and_pdf(coordinator_vault, cli, tmp_path):
    _coordinator(coordinator_vault, tmp_path)
    path = coordinator_vault.path
    coordinator_vault.lock()
    out_csv, out_pdf = tmp_path / "r.csv", tmp_path / "r.pdf"
    code, _, err = cli(
        "coordinator",
        "report",
        "--period",
        "2026",
        "--compare",
        "2025",
        "--internal",
        "--csv",
        str(out_csv),
        vault=path,
    )
    assert code == 0, err
    rows = _csv(out_csv)
    assert rows[0][0] == "INTERNT"
    header = rows[1]
    assert header[3:] == ["2026", "2025", "förändring", "förändring (%)"]
    by_key = {(r[0], r[1]): r for r in rows[2:]}
    # active 2026: Mora 10, Orsa 9 = 19; 2025: Mora 9, Orsa 7 = 16 → +3, +18,8 %
    assert by_key[("assignments.active", "")][3:] == ["19", "16", "+3", "+18,8"]
    assert by_key[("capacity.fte", "")][3:5] == ["3", "3"]  # 1.50 + 1.50 ("3,0" as a decimal)
    assert by_key[("assignments.by_gender", "woman")][3:] == ["11", "9", "+2", "+22,2"]

    # the published PDF and CSV print the same cells (masked together, one rule)
    published = tmp_path / "p.csv"
    code, _, err = cli(
        "coordinator",
        "report",
        "--period",
        "2026",
        "--compare",
        "2025",
        "--pdf",
        str(out_pdf),
        "--csv",
        str(published),
        vault=path,
    )
    assert code == 0, err
    text = pdf_text(out_pdf)
    assert "Jämförelse med 2025" in text
    shown = {(r[0], r[1]): r for r in _csv(published)[2:]}
    for key, label in (
        ("assignments.active", "Aktiva uppdrag under perioden"),
        ("assignments.new", "Nya uppdrag"),
        ("assignments.ongoing_at_end", "Pågående uppdrag vid periodens slut"),
    ):
        assert _cells(text, label, 2) == shown[(key, "")][3:5]


def test_coordinator_report_compare_csv_published_masks_changes(coordinator_vault, cli, tmp_path):
    _coordinator(coordinator_vault, tmp_path)
    path = coordinator_vault.path
    coordinator_vault.lock()
    out_csv = tmp_path / "r.csv"
    code, _, err = cli(
        "coordinator",
        "report",
        "--period",
        "2026",
        "--compare",
        "2025",
        "--csv",
        str(out_csv),
        vault=path,
    )
    assert code == 0, err
    rows = _csv(out_csv)
    assert rows[0][0] == "FÖR PUBLICERING"
    masked = [r for r in rows[2:] if "<5" in (r[3], r[4]) or "x" in (r[3], r[4])]
    assert masked, "the example has masked cells"
    assert all(r[5] == "x" and r[6] == "x" for r in masked)
    # no cell starts a formula; numbers with a sign are plain numbers
    assert all(not c.startswith(("=", "@")) for r in rows for c in r)


def test_coordinator_report_compare_not_reported_in_csv_and_pdf(coordinator_vault, cli, tmp_path):
    _coordinator(coordinator_vault, tmp_path, periods=("2026",))
    path = coordinator_vault.path
    coordinator_vault.lock()
    out_csv, out_pdf = tmp_path / "r.csv", tmp_path / "r.pdf"
    code, _, err = cli(
        "coordinator",
        "report",
        "--period",
        "2026",
        "--compare",
        "2025",
        "--internal",
        "--csv",
        str(out_csv),
        vault=path,
    )
    assert code == 0, err
    rows = _csv(out_csv)
    assert rows[1][0] == "2025" and "ej rapporterat" in rows[1][1]
    active = next(r for r in rows if r[0] == "assignments.active")
    assert active[3:] == ["19", "–", "–", "–"]
    assert all(r[4] in ("–", "") for r in rows[3:])  # never a 0 for 2025
    code, _, err = cli(
        "coordinator",
        "report",
        "--period",
        "2026",
        "--compare",
        "2025",
        "--pdf",
        str(out_pdf),
        vault=path,
    )
    assert code == 0, err
    text = pdf_text(out_pdf)
    assert "2025: ej rapporterat: ingen enhet har rapporterat 2025" in text
    assert _cells(text, "Aktiva uppdrag under perioden") == ["19", "–", "–", "–"]
