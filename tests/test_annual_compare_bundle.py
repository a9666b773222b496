"""Year-over-year comparison and its masking (annual.md §3), the year's analysis, and bundle
format 2 (annual.md §5): schema shipped and in step with version 1, v1 + v2 merged by the
coordinator (new figures of a v1 bundle are not reported: None, never 0)."""

from __future__ import annotations

import copy
import datetime as dt
import json
import uuid

import pytest

from po_desktop.bundle import BundleRejected, build_bundle, digest, format_v2, load_and_validate
from po_desktop.domain import activities as act_dom
from po_desktop.domain import survey as sv_dom
from po_desktop.domain.comparison import CHANGE_MASK, change, compare_figures, mask_changes
from po_desktop.domain.dates import parse_period
from po_desktop.domain.masking import mask_figures
from po_desktop.errors import RejectedInput
from po_desktop.services import activities, annual, coordinator, survey
from tests.fixtures.coordinator_helpers import accept_all, unit_bundle, write

D = dt.date


# --- comparison --------------------------------------------------------------------------------


def test_change_count_and_percent():
    assert change(5, 4).to_dict() == {"count": 1, "percent": 25.0}
    assert change(3, 0).to_dict() == {"count": 3, "percent": None}  # earlier 0: no percent
    assert change(0, 0).to_dict() == {"count": 0, "percent": None}
    assert change(1, 3).to_dict() == {"count": -2, "percent": -66.7}
    assert change(1.5, 2.0).to_dict() == {"count": -0.5, "percent": -25.0}
    assert change(2, 3).percent == -33.3
    assert change(None, 3) is None and change(3, None) is None and change("<5", 3) is None


def test_compare_and_mask_by_hand():
    this = {"a": {"n": 7, "b": {"x": 2, "y": 5}}, "m": None}
    earlier = {"a": {"n": 4, "b": {"x": 0, "y": 10}}, "m": 12}
    ch = compare_figures(this, earlier)
    assert ch == {
        "a": {
            "n": {"count": 3, "percent": 75.0},
            "b": {"x": {"count": 2, "percent": None}, "y": {"count": -5, "percent": -50.0}},
        },
        "m": None,
    }
    shown = mask_changes(
        {"a": {"n": 7, "b": {"x": "<5", "y": 5}}, "m": None},
        {"a": {"n": "<5", "b": {"x": 0, "y": 10}}, "m": 12},
        ch,
    )
    # masked when either cell is masked
    assert shown["a"]["n"] == CHANGE_MASK and shown["a"]["b"]["x"] == CHANGE_MASK
    assert shown["a"]["b"]["y"] == {"count": -5, "percent": -50.0}
    assert shown["m"] is None


def test_masked_comparison_of_real_figures():
    from po_desktop.domain.statistics import AssignmentRecord, compute_figures

    def figs(n, year):
        recs = [
            AssignmentRecord(
                "woman" if i % 2 else "man", 1980, "Mora", "self", (), (), D(year, 1, 10)
            )
            for i in range(n)
        ]
        return compute_figures(parse_period(str(year)), recs, [], [], "1.00", ["Mora"])

    this, before = figs(12, 2026), figs(3, 2025)
    ch = compare_figures(this, before)
    assert ch["assignments"]["active"] == {"count": 9, "percent": 300.0}
    shown = mask_changes(mask_figures(this), mask_figures(before), ch)
    assert shown["assignments"]["active"] == CHANGE_MASK  # 3 is published as <5
    assert shown["assignments"]["by_gender"]["other"] == {"count": 0, "percent": None}


def test_stats_compare_json(vault, cli):
    activities.add_activity(
        vault, kind="supervision", title="Handledning", date=D(2026, 2, 3), hours=2
    )
    activities.add_activity(
        vault, kind="supervision", title="Handledning", date=D(2026, 5, 3), hours=1.5
    )
    activities.add_activity(
        vault, kind="supervision", title="Handledning", date=D(2025, 5, 3), hours=1
    )
    vault.lock()
    code, out, err = cli("stats", "--period", "2026", "--compare", "2025", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["period"]["label"] == "2026" and data["compare"]["period"]["label"] == "2025"
    assert set(data["compare"]) >= {"period", "figures"}
    assert set(data["compare"]["figures"]) == set(data["figures"])
    assert data["figures"]["activities"]["by_kind"]["supervision"] == 2
    assert data["compare"]["figures"]["activities"]["by_kind"]["supervision"] == 1
    assert data["compare"]["change"]["activities"]["by_kind"]["supervision"] == {
        "count": 1,
        "percent": 100.0,
    }
    assert data["compare"]["change"]["activities"]["hours_by_kind"]["supervision"] == {
        "count": 2.5,
        "percent": 250.0,
    }
    code, out, err = cli("stats", "--period", "2026", "--compare", "2025")
    assert code == 0 and "2026 | 2025 | förändring" in out and "+1 (+100 %)" in out
    code, out, err = cli("stats", "--period", "2026", "--compare", "2025H3")
    assert code == 4 and "ogiltig period" in err


# --- analysis ----------------------------------------------------------------------------------


def _valid_pnr() -> str:
    base = "850709123"
    for last in range(10):
        digits = base + str(last)
        total = sum(
            (lambda n: n - 9 if n > 9 else n)(int(c) * (2 if i % 2 == 0 else 1))
            for i, c in enumerate(digits)
        )
        if total % 10 == 0:
            return f"{digits[:6]}-{digits[6:]}"
    raise AssertionError


def test_analysis_set_get_and_scan(vault, cli):
    assert annual.get_analysis(vault, 2026) is None
    annual.set_analysis(vault, 2026, "  Fler informationstillfällen än 2025.  ")
    assert annual.get_analysis(vault, 2026).text == "Fler informationstillfällen än 2025."
    assert annual.analysis_for_report(vault, 2025) == ""
    with pytest.raises(RejectedInput, match="personuppgifter"):
        annual.set_analysis(vault, 2026, f"Klienten {_valid_pnr()} var nöjd")
    assert annual.get_analysis(vault, 2026).text == "Fler informationstillfällen än 2025."
    vault.lock()
    code, out, err = cli(
        "analysis", "set", "--year", "2027", stdin_text="Året präglades av långa väntetider.\n"
    )
    assert code == 0, err
    code, out, err = cli("analysis", "set", "--year", "2027", "--text", "Ring mig på 070-765 43 21")
    assert code == 4 and "personuppgifter" in err and err.count("\n") == 1
    code, out, err = cli("analysis", "show", "--year", "2027", "--json")
    assert json.loads(out)["text"] == "Året präglades av långa väntetider."
    code, out, err = cli("analysis", "set", "--year", "20x7", "--text", "x")
    assert code == 4


def test_analysis_rescanned_for_report(vault):
    from tests.fixtures.stats_factory import add_assignment

    annual.set_analysis(vault, 2026, "Samarbetet med Gk4Ove gick bra")  # no such alias yet
    add_assignment(vault, "Gk4Ove", D(2026, 1, 1))
    with pytest.raises(RejectedInput, match="klientalias"):
        annual.analysis_for_report(vault, 2026)


# --- bundle format 2 ---------------------------------------------------------------------------


def test_shipped_v2_schema_is_derived_from_v1():
    from importlib import resources

    folder = resources.files("po_desktop.bundle") / "schema"
    v1 = json.loads((folder / "statistics-bundle-1.json").read_text(encoding="utf-8"))
    v2 = json.loads((folder / "statistics-bundle-2.json").read_text(encoding="utf-8"))
    # if this fails after a change to schema 1: python -m po_desktop.bundle.format_v2
    assert v2 == format_v2.derive_schema(v1)


def _fill_annual(vault, *, info=2, answers=({"heard": "5"}, {"heard": "3"})):
    for i in range(info):
        activities.add_activity(
            vault,
            kind="information",
            title=f"Info {i}",
            date=D(2026, 3, 1 + i),
            audience="social_services",
            participants=10,
            hours=1.5,
        )
    activities.add_activity(vault, kind="training", title="Kurs", planned_month="2026-11")
    r = survey.add_round(
        vault, label="Våren", date_from=D(2026, 3, 1), date_to=D(2026, 4, 30), handed_out=10
    )
    for a in answers:
        survey.add_response(vault, r.id, a)


def test_export_is_v2_without_analysis_or_titles(vault, tmp_path):
    from po_desktop.services.statistics import export_bundle

    _fill_annual(vault)
    annual.set_analysis(vault, 2026, "Vår hemliga analys av året")
    out = export_bundle(vault, "2026", tmp_path / "a.pobundle")
    raw = out.read_text("utf-8")
    assert "hemliga analys" not in raw and "Info 0" not in raw and "Kurs" not in raw
    b = load_and_validate(out)
    assert b.format_version == 3 and b.public_key is not None  # format 2, signed (issue 20)
    a = b.figures["activities"]
    assert a["by_kind"]["information"] == 2 and a["hours_by_kind"]["information"] == 3.0
    assert a["participants"] == 20 and (a["planned"], a["planned_done"]) == (1, 0)
    s = b.figures["survey"]
    assert (s["responses"], s["response_rate"]) == (2, 20.0)
    assert s["questions"]["heard"]["mean"] == 4.0


def _v2_bundle(label, *, info=0, answers=(), handed=10, version=1, unit_id=None):
    p = parse_period("2026H1")
    v1 = unit_bundle(unit_id=unit_id, label=label)
    figures = copy.deepcopy(v1["figures"])
    recs = [
        act_dom.ActivityRecord(
            "information", D(2026, 2, 1 + i), audience="public", participants=5, hours_tenths=10
        )
        for i in range(info)
    ]
    figures["activities"] = act_dom.activity_figures(p.start, p.end, recs)
    d = sv_dom.bundled_definition()
    if version != 1:
        d = sv_dom.SurveyDefinition(d.id, version, d.title, d.intro, d.questions)
    rr = (
        [sv_dom.RoundRecord(1, "v", D(2026, 3, 1), D(2026, 4, 1), handed, d, tuple(answers))]
        if handed
        else []
    )
    figures["survey"] = sv_dom.survey_figures(p.start, p.end, rr, d)
    return build_bundle(
        unit_id=v1["unit"]["id"],
        unit_label=label,
        municipalities=v1["unit"]["municipalities"],
        period=p,
        profile="default-2026",
        figures=figures,
        system_failures=[],
    )


def test_v1_and_v2_bundles_merge(coordinator_vault, tmp_path):
    v1 = unit_bundle(label="PO Gammal")
    assert v1["format_version"] == 1
    a = _v2_bundle("PO Mora", info=3, answers=[{"heard": "5"}, {"heard": "4"}], handed=4)
    b = _v2_bundle(
        "PO Orsa", info=1, answers=[{"heard": "2"}, {}, {"heard": "dont_know"}], handed=6
    )
    c = _v2_bundle("PO Rättvik", answers=[{"heard": "1"}], handed=2, version=2)
    results = coordinator.import_bundles(
        coordinator_vault,
        [
            write(tmp_path, f"{n}.pobundle", x)
            for n, x in (("old", v1), ("a", a), ("b", b), ("c", c))
        ],
    )
    assert [r.status for r in results] == ["imported"] * 4, [r.reason for r in results]
    accept_all(coordinator_vault)
    rep = coordinator.merged_report(coordinator_vault, "2026H1")
    assert rep["annual_not_reported"] == ["PO Gammal"]
    assert {u["label"]: u["format_version"] for u in rep["units"]} == {
        "PO Gammal": 1,
        "PO Mora": 2,
        "PO Orsa": 2,
        "PO Rättvik": 2,
    }
    acts = rep["figures"]["activities"]
    assert acts["by_kind"]["information"] == 4  # 3 + 1 (+ Rättvik 0; the v1 unit: not reported)
    assert acts["hours_by_kind"]["information"] == 4.0 and acts["participants"] == 20
    s = rep["figures"]["survey"]
    assert s["definition"] == {"id": "po-klientenkat", "version": 1}
    assert (s["rounds"], s["handed_out"], s["responses"], s["response_rate"]) == (2, 10, 5, 50.0)
    assert s["questions"]["heard"]["by_answer"] == {
        "1": 0,
        "2": 1,
        "3": 0,
        "4": 1,
        "5": 1,
        "dont_know": 1,
        "no_answer": 1,
    }
    assert s["questions"]["heard"]["mean"] == 3.7  # (5 + 4 + 2) / 3
    [other] = s["other_definitions"]  # version 2 is kept apart
    assert other["definition"]["version"] == 2 and other["responses"] == 1
    # the §3 figures still merge as before
    assert rep["figures"]["assignments"]["active"] == sum(
        x["figures"]["assignments"]["active"] for x in (v1, a, b, c)
    )


def test_only_v1_bundles_give_not_reported(coordinator_vault, tmp_path, cli):
    coordinator.import_bundle(
        coordinator_vault, write(tmp_path, "x.pobundle", unit_bundle(label="PO Gammal"))
    )
    rep = coordinator.merged_report(coordinator_vault, "2026H1")
    assert rep["figures"]["activities"] is None and rep["figures"]["survey"] is None
    from po_desktop.domain.categories import default_profile
    from po_desktop.services.annual_table import format_annual_text

    text = format_annual_text(rep["figures"], default_profile())
    assert "Aktiviteter: –" in text and "Klientenkät: –" in text


def test_merged_compare(coordinator_vault, tmp_path):
    uid = str(uuid.uuid4())
    now = _v2_bundle("PO Mora", info=6, unit_id=uid)
    before = unit_bundle(unit_id=uid, label="PO Mora", period="2025H1")
    for name, x in (("now", now), ("before", before)):
        assert coordinator.import_bundle(
            coordinator_vault, write(tmp_path, name + ".pobundle", x)
        ).ok
    accept_all(coordinator_vault)
    c = annual.merged_compare(coordinator_vault, "2026H1", "2025H1")
    assert c.figures["activities"]["by_kind"]["information"] == 6
    assert c.earlier_figures["activities"] is None  # a v1 year: not reported
    assert c.changes["activities"]["by_kind"]["information"] is None  # no change against "–"


def _rehash(b):
    b["sha256"] = digest(b)
    return b


@pytest.mark.parametrize(
    "mutate, needle",
    [
        (lambda f: f["activities"]["by_kind"].pop("other"), "kategorin other saknas"),
        (
            lambda f: f["activities"]["information_by_audience"].update(public=99),
            "information_by_audience",
        ),
        (lambda f: f["activities"].update(planned_done=5), "planned_done"),
        (lambda f: f["survey"].update(response_rate=99.0), "response_rate"),
        (lambda f: f["survey"]["questions"]["heard"]["by_answer"].update(maybe=1), "maybe"),
        (lambda f: f["survey"]["questions"]["heard"].update(mean=1.0), "mean"),
        (lambda f: f["survey"]["questions"]["heard"]["by_answer"].update({"5": 7}), "by_answer"),
        (lambda f: f.pop("survey"), "survey saknas"),
        (lambda f: f["survey"].update(responses=11), "handed_out"),
    ],
)
def test_v2_bundle_rejections(mutate, needle):
    b = _v2_bundle("PO Mora", info=2, answers=[{"heard": "5"}, {"heard": "4"}])
    assert load_and_validate(json.dumps(b).encode()).format_version == 2
    bad = copy.deepcopy(b)
    mutate(bad["figures"])
    with pytest.raises(BundleRejected) as exc:
        load_and_validate(json.dumps(_rehash(bad)).encode())
    assert needle in exc.value.reason


def test_v1_bundle_claiming_v2_is_rejected():
    b = unit_bundle(label="PO Mora")
    b["format_version"] = 2
    with pytest.raises(BundleRejected, match="activities saknas"):
        load_and_validate(json.dumps(_rehash(b)).encode())
    b = unit_bundle(label="PO Mora")
    b["format_version"] = 4
    with pytest.raises(BundleRejected, match="nyare"):
        load_and_validate(json.dumps(_rehash(b)).encode())


def test_coordinator_report_compare_cli(coordinator_vault, tmp_path, cli):
    uid = str(uuid.uuid4())
    for name, x in (
        ("a", _v2_bundle("PO Mora", info=6, unit_id=uid)),
        ("b", unit_bundle(unit_id=uid, label="PO Mora", period="2025H1")),
    ):
        coordinator.import_bundle(coordinator_vault, write(tmp_path, name + ".pobundle", x))
    accept_all(coordinator_vault)
    path = coordinator_vault.path
    coordinator_vault.lock()
    code, out, err = cli(
        "coordinator", "report", "--period", "2026H1", "--compare", "2025H1", "--json", vault=path
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["compare"]["period"]["label"] == "2025H1"
    assert data["compare"]["figures"]["activities"] is None
    assert data["figures"]["activities"]["by_kind"]["information"] == 6


def test_coordinator_report_text_shows_not_reported(coordinator_vault, tmp_path, cli):
    for name, x in (("a", _v2_bundle("PO Mora", info=2)), ("b", unit_bundle(label="PO Gammal"))):
        coordinator.import_bundle(coordinator_vault, write(tmp_path, name + ".pobundle", x))
    accept_all(coordinator_vault)
    path = coordinator_vault.path
    coordinator_vault.lock()
    code, out, err = cli("coordinator", "report", "--period", "2026H1", vault=path)
    assert code == 0, err
    assert "Genomförda aktiviteter efter typ:" in out and "informationstillfälle: 2" in out
    assert "paketformat 1): PO Gammal" in out


def test_published_comparison_masks_small_cells_and_their_changes(vault):
    from tests.fixtures.stats_factory import add_assignment

    for i in range(7):
        add_assignment(vault, f"Ab{i}x", D(2026, 1, 5), gender="woman" if i < 5 else "man")
    add_assignment(vault, "Zz9q", D(2025, 3, 1), D(2025, 6, 1), gender="man")
    for i in range(6):
        activities.add_activity(
            vault, kind="information", title=f"Info {i}", date=D(2026, 3, 1 + i), audience="public"
        )
    activities.add_activity(
        vault, kind="outreach", title="Ute", date=D(2026, 4, 1), audience="public"
    )
    r = survey.add_round(
        vault, label="V", date_from=D(2026, 3, 1), date_to=D(2026, 4, 1), handed_out=10
    )
    for _ in range(3):
        survey.add_response(vault, r.id, {"heard": "4"})
    c = annual.compare(vault, "2026", "2025")
    pub = annual.published_comparison(c, 5)
    f, e, ch = pub["figures"], pub["earlier_figures"], pub["changes"]
    assert f["assignments"]["active"] == 7 and e["assignments"]["active"] == "<5"
    assert ch["assignments"]["active"] == CHANGE_MASK  # 7 vs <5
    assert f["assignments"]["by_gender"]["man"] == "<5"
    assert ch["assignments"]["by_gender"]["man"] == CHANGE_MASK
    # activities are occasions, not people: published exactly, and so is their change
    assert f["activities"]["by_kind"]["outreach"] == 1
    assert ch["activities"]["by_kind"]["outreach"] != CHANGE_MASK
    assert f["survey"]["too_few"] is True and f["survey"]["questions"] == {}  # 3 responses
    # the exact figures are untouched
    assert c.figures["activities"]["by_kind"]["outreach"] == 1
