"""Participants and hours nobody entered travel as "not stated" through the signed bundle
(format 3, bundle.md §4) and the coordinator's merge: a merged figure no unit stated is
"uppgift saknas" (JSON null with a reason), never 0; a partly stated one says how many lack it.
A format-3 bundle of an earlier build (without the counts) still imports and prints its sums."""

from __future__ import annotations

import datetime as dt
import json

import pypdf
import pytest

from po_desktop.bundle import BundleRejected, build_bundle, load_and_validate
from po_desktop.domain.dates import parse_period
from po_desktop.services import activities, coordinator, statistics
from po_desktop.services.identity import vault_identity
from po_desktop.services.vault_admin import create_vault
from tests.conftest import PASSPHRASE
from tests.fixtures.coordinator_helpers import accept_all, write

D = dt.date


def _add(vault, kind, day, *, participants=None, hours=None):
    activities.add_activity(
        vault,
        kind=kind,
        title="Träff",
        date=day,
        audience="psychiatry" if kind in ("information", "outreach") else None,
        participants=participants,
        hours=hours,
    )


@pytest.fixture
def orsa(tmp_path):
    v = create_vault(
        tmp_path / "orsa" / "vault.podb",
        PASSPHRASE,
        unit_label="PO Orsa",
        municipalities=["Orsa"],
        fte="1.00",
    )
    yield v
    v.lock()


def _export(vault, tmp_path, name: str, period: str = "2026"):
    return statistics.export_bundle(vault, period, tmp_path / f"{name}.pobundle")


def _acts(path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["figures"]["activities"]


def _resigned(vault, path, change) -> dict:
    """The exported bundle with ``change`` applied to its figures, signed again by the vault's
    own key (as a build would that wrote such figures)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    figures = data["figures"]
    change(figures["activities"])
    identity = vault_identity(vault)
    return build_bundle(
        unit_id=data["unit"]["id"],
        unit_label=data["unit"]["label"],
        municipalities=data["unit"]["municipalities"],
        period=parse_period(data["period"]["label"]),
        profile=data["profile"],
        figures=figures,
        system_failures=data["system_failures"],
        public_key=identity.signing_public,
        signer=identity.sign,
    )


def _reason(bundle: dict) -> str:
    with pytest.raises(BundleRejected) as exc:
        load_and_validate(json.dumps(bundle, ensure_ascii=False).encode())
    return exc.value.reason


# --- the unit's export -------------------------------------------------------------------------


def test_export_carries_the_unstated_counts(vault, tmp_path):
    _add(vault, "information", D(2026, 3, 4))  # neither number
    _add(vault, "outreach", D(2026, 4, 4), participants=0, hours=1)  # 0 entered is a figure
    _add(vault, "network", D(2026, 5, 5))
    out = _export(vault, tmp_path, "mora")
    assert load_and_validate(out).format_version == 3
    a = _acts(out)
    assert a["participants"] == 0 and a["participants_unstated"] == 1
    assert a["hours_unstated_by_kind"]["information"] == 1
    assert a["hours_unstated_by_kind"]["outreach"] == 0
    assert a["hours_unstated_by_kind"]["network"] == 1
    assert set(a["hours_unstated_by_kind"]) == set(a["by_kind"])


def _two_units(vault, orsa, tmp_path, mora_people, orsa_people):
    for people in mora_people:
        _add(vault, "information", D(2026, 3, 4), participants=people, hours=1)
    for people in orsa_people:
        _add(orsa, "outreach", D(2026, 9, 4), participants=people)
    paths = [_export(vault, tmp_path, "mora"), _export(orsa, tmp_path, "orsa")]
    return paths


def _merged(coordinator_vault, paths):
    results = coordinator.import_bundles(coordinator_vault, paths)
    assert all(r.ok for r in results), results
    accept_all(coordinator_vault)
    return coordinator.merged_report(coordinator_vault, "2026")["figures"]["activities"]


def test_merge_nothing_stated_is_null_with_a_reason(vault, orsa, coordinator_vault, tmp_path):
    paths = _two_units(vault, orsa, tmp_path, [None], [None, None])
    a = _merged(coordinator_vault, paths)
    assert a["participants"] is None
    assert a["participants_unstated"] == 3
    assert "uppgift saknas" in a["null_reasons"]["participants"]
    assert a["hours_by_kind"]["outreach"] is None  # Orsa gave no hours
    assert a["hours_by_kind"]["information"] == 1.0
    json.dumps(a, allow_nan=False)  # JSON: null, not 0


def test_merge_mixed_says_how_many_lack_it(vault, orsa, coordinator_vault, tmp_path):
    paths = _two_units(vault, orsa, tmp_path, [12, None], [0])
    a = _merged(coordinator_vault, paths)
    assert a["participants"] == 12 and a["participants_unstated"] == 1
    assert "participants" not in a["null_reasons"]
    from po_desktop.domain.categories import load_profile
    from po_desktop.services.annual_table import format_annual_text

    text = format_annual_text({"activities": a}, load_profile("default-2026"))
    assert "12 (antal saknas för 1 av 3 tillfällen)" in text
    from po_desktop.domain.annual_model import Text
    from po_desktop.services.annual_report import merged_report

    report = merged_report(coordinator_vault, 2026, internal=True)
    line = next(
        b.text for b in report.blocks if isinstance(b, Text) and b.text.startswith("Deltagare")
    )
    assert line.endswith(": 12 (antal saknas för 1 av 3 tillfällen)."), line


def test_merge_all_stated_prints_the_sum(vault, orsa, coordinator_vault, tmp_path):
    paths = _two_units(vault, orsa, tmp_path, [12], [0])
    a = _merged(coordinator_vault, paths)
    assert a["participants"] == 12 and a["participants_unstated"] == 0
    assert "participants" not in a["null_reasons"]
    assert a["hours_by_kind"]["information"] == 1.0


def test_an_earlier_builds_v3_bundle_still_imports(vault, orsa, coordinator_vault, tmp_path):
    _add(vault, "information", D(2026, 3, 4))
    out = _export(vault, tmp_path, "mora")

    def strip(a):
        del a["participants_unstated"], a["hours_unstated_by_kind"]

    old = _resigned(vault, out, strip)
    assert load_and_validate(json.dumps(old).encode()).format_version == 3
    _add(orsa, "information", D(2026, 3, 4))
    paths = [write(tmp_path, "old.pobundle", old), _export(orsa, tmp_path, "orsa")]
    a = _merged(coordinator_vault, paths)
    # one unit cannot say: unknown, the sum as before and nothing said
    assert a["participants"] == 0 and "participants_unstated" not in a


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda a: a.update(participants_unstated=True), "participants_unstated"),
        (lambda a: a.update(participants_unstated=-1), "negativ"),
        (lambda a: a.update(participants_unstated=1.5), "participants_unstated"),
        (lambda a: a.update(participants_unstated="3"), "participants_unstated"),
        (lambda a: a.update(participants_unstated=None), "participants_unstated"),
        (lambda a: a.update(participants_unstated=3), "participants_unstated är större"),
        (lambda a: a["hours_unstated_by_kind"].update(network=2), "network är större"),
        (lambda a: a["hours_unstated_by_kind"].update(network=False), "network"),
        (lambda a: a["hours_unstated_by_kind"].update(network=None), "network"),
        (lambda a: a["hours_unstated_by_kind"].pop("network"), "network saknas"),
        (lambda a: a.pop("hours_unstated_by_kind"), "hours_unstated_by_kind"),
        (lambda a: a.update(participants=4), "participants är inte 0"),
    ],
)
def test_hostile_unstated_counts_are_refused(vault, tmp_path, change, expected):
    _add(vault, "information", D(2026, 3, 4))
    _add(vault, "network", D(2026, 3, 5), hours=2)
    out = _export(vault, tmp_path, "mora")
    as_exported = _resigned(vault, out, lambda a: None)
    assert as_exported["figures"]["activities"]["participants_unstated"] == 1
    assert load_and_validate(json.dumps(as_exported).encode()).format_version == 3
    assert expected in _reason(_resigned(vault, out, change))


# --- the merged outputs -------------------------------------------------------------------------


def _pdf(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages).split())


def test_merged_outputs_say_not_stated(vault, orsa, coordinator_vault, tmp_path, cli):
    paths = _two_units(vault, orsa, tmp_path, [None], [None])
    _merged(coordinator_vault, paths)
    coord = coordinator_vault.path
    vault.lock()
    orsa.lock()
    coordinator_vault.lock()
    code, out, err = cli("coordinator", "report", "--period", "2026", "--json", vault=coord)
    assert code == 0, err
    acts = json.loads(out)["figures"]["activities"]
    assert acts["participants"] is None and acts["null_reasons"]["participants"]
    code, out, err = cli("coordinator", "report", "--period", "2026", vault=coord)
    assert code == 0, err
    line = next(ln for ln in out.splitlines() if ln.startswith("Deltagare"))
    assert line.endswith("uppgift saknas"), line
    code, out, err = cli(
        "coordinator", "report", "--period", "2026", "--compare", "2025", vault=coord
    )  # fmt: skip
    assert code == 0, err
    line = next(ln for ln in out.splitlines() if ln.startswith("Deltagare"))
    assert line.startswith("Deltagare vid information och uppsökande verksamhet: uppgift saknas")
    pdf = tmp_path / "annual.pdf"
    word = tmp_path / "annual.docx"
    code, _, err = cli(
        "coordinator", "annual-report", "--year", "2026", "--pdf", str(pdf), "--docx",
        str(word), vault=coord,
    )  # fmt: skip
    assert code == 0, err
    text = _pdf(pdf)
    assert "Deltagare vid information och uppsökande verksamhet: uppgift saknas" in text
    assert "verksamhet: 0" not in text
    import docx

    paragraphs = [p.text for p in docx.Document(str(word)).paragraphs]
    assert any(t.startswith("Deltagare vid") and "uppgift saknas" in t for t in paragraphs)


def test_grant_application_proposal_says_unknown_hours(vault, coordinator_vault, tmp_path):
    _add(vault, "training", D(2026, 3, 4))  # no hours
    _add(vault, "supervision", D(2026, 3, 5), hours=2)
    _merged(coordinator_vault, [_export(vault, tmp_path, "mora")])
    from po_desktop.services.economy_application import propose_training

    text = propose_training(coordinator_vault, 2027)
    assert "1 utbildningstillfällen (okänt antal timmar)" in text, text
    assert "1 handledningstillfällen (2 timmar)" in text, text
