"""statistics.md §3 figures, hand-computed (every expected number below was worked out by hand
from the dates; the comments show the arithmetic)."""

from __future__ import annotations

import datetime as dt

import pytest

from po_desktop.domain.categories import default_profile
from po_desktop.domain.dates import parse_period
from po_desktop.domain.statistics import (
    AssignmentRecord,
    InquiryRecord,
    SystemFailureRecord,
    compute_figures,
    median,
    merge_figures,
)

D = dt.date
PROFILE = default_profile()
MUNIS = ["Mora", "Orsa", "Älvdalen"]


def a(
    start,
    end=None,
    *,
    gender="woman",
    birth=1980,
    muni="Mora",
    ref="self",
    flags=(),
    areas=(),
    reason=None,
):
    return AssignmentRecord(
        gender=gender,
        birth_year=birth,
        municipality=muni,
        referral_source=ref,
        priority_flags=tuple(flags),
        areas=tuple(areas),
        start_date=start,
        end_date=end,
        end_reason=reason if end else None,
    )


# A: before P, open-ended                        -> active, ongoing
# B: inside P, ends on P's last day              -> active, new, ended (140 days, 4 months)
# C: before P, ends on P's first day             -> active, ended (92 days, 3 months)
# D: starts the day after P                      -> not active in H1
# E: ended the day before P                      -> not active
# F: start + 18 months = 2026-06-29 < P.end      -> over 18 months
# G: start + 18 months = 2026-06-30 = P.end      -> not over 18 months (boundary)
# H: 2024-06-01..2026-03-15, 21 whole months     -> ended, 18m_plus, 652 days
ASSIGNMENTS = [
    a(
        D(2025, 3, 1),
        gender="woman",
        birth=2002,
        flags=["acute", "homelessness"],
        areas=["finances", "housing"],
    ),
    a(
        D(2026, 2, 10),
        D(2026, 6, 30),
        gender="man",
        birth=2001,
        muni="Orsa",
        ref="psychiatry",
        flags=["acute"],
        areas=["housing"],
        reason="goals_met",
    ),
    a(D(2025, 10, 1), D(2026, 1, 1), gender="woman", birth=1961, reason="moved"),
    a(D(2026, 7, 1), gender="man", birth=1990, muni="Leksand", ref="self"),
    a(D(2024, 1, 15), D(2025, 12, 31), gender="man", reason="moved"),
    a(D(2024, 12, 29), gender="other", birth=1962, muni="Älvdalen", flags=["young_adult"]),
    a(D(2024, 12, 30), gender="unknown", birth=None, muni="Rättvik"),
    a(
        D(2024, 6, 1),
        D(2026, 3, 15),
        gender="woman",
        birth=1992,
        areas=["legal", "housing"],
        reason="goals_met",
    ),
]
INQUIRIES = [
    InquiryRecord(D(2026, 1, 5), "accepted", D(2026, 2, 1)),  # received, decided in P
    InquiryRecord(D(2026, 3, 1), "waiting"),  # received, waiting
    InquiryRecord(D(2026, 5, 1), "accepted", D(2026, 8, 1)),  # received, still queued at P.end
    InquiryRecord(D(2025, 12, 1), "waiting"),  # waiting, received earlier
    InquiryRecord(D(2026, 7, 2), "waiting"),  # after P
]
FAILURES = [
    SystemFailureRecord(D(2026, 2, 1), "social_insurance", D(2026, 3, 1), True),
    SystemFailureRecord(D(2026, 6, 30), "municipality"),
    SystemFailureRecord(D(2026, 7, 1), "other", D(2026, 7, 2)),
]


def figures(period="2026H1", assignments=ASSIGNMENTS, fte="1.50"):
    return compute_figures(
        parse_period(period), assignments, INQUIRIES, FAILURES, fte, MUNIS, PROFILE
    )


def test_counts_for_assignments_before_inside_after_and_open_ended():
    f = figures()["assignments"]
    assert (f["active"], f["new"], f["ended"], f["ongoing_at_end"]) == (6, 1, 3, 3)
    assert f["over_18_months_at_end"] == 1  # F only; G exactly 18 months is not "more than"
    assert f["active"] == f["ended"] + f["ongoing_at_end"]


def test_breakdowns_list_every_category_with_zeros():
    f = figures()["assignments"]
    assert f["by_gender"] == {"woman": 3, "man": 1, "other": 1, "unknown": 1}
    # 2026-2002=24 -> 18_24; 2001 -> 25; 1992 -> 34; 1962 -> 64; 1961 -> 65; None -> unknown
    assert f["by_age_band"] == {
        "18_24": 1,
        "25_34": 2,
        "35_44": 0,
        "45_54": 0,
        "55_64": 1,
        "65_plus": 1,
        "unknown": 1,
    }
    # the vault's municipalities first, then other names found in the records (sorted)
    assert list(f["by_municipality"].items()) == [
        ("Mora", 3),
        ("Orsa", 1),
        ("Älvdalen", 1),
        ("Leksand", 0),
        ("Rättvik", 1),
    ]
    assert f["by_referral_source"] == {
        c: (1 if c == "psychiatry" else 0) for c in PROFILE.codes("referral_source")
    }
    assert f["by_priority_flag"] == {
        "acute": 2,
        "minor_children": 0,
        "young_adult": 1,
        "homelessness": 1,
        "no_network": 0,
    }
    assert f["by_area"] == {
        c: {"housing": 3, "finances": 1, "legal": 1}.get(c, 0) for c in PROFILE.codes("area")
    }
    assert f["ended_by_reason"] == {
        c: {"goals_met": 2, "moved": 1}.get(c, 0) for c in PROFILE.codes("end_reason")
    }
    assert f["ended_by_duration"] == {"0_6m": 2, "6_12m": 0, "12_18m": 0, "18m_plus": 1}
    assert f["ended_median_days"] == 140  # median of 92, 140, 652 (odd count)


def test_inquiries_waiting_list_system_failures_capacity():
    f = figures()
    assert f["inquiries"]["received"] == 3
    assert f["inquiries"]["by_outcome"] == {
        "accepted": 2,
        "waiting": 1,
        "referred_elsewhere": 0,
        "not_target_group": 0,
        "withdrawn": 0,
    }
    assert f["waiting_list"]["at_end"] == 3
    assert f["system_failures"] == {
        "identified": 2,
        "reported": 1,
        "feedback_received": 1,
        "by_authority": {
            c: (1 if c in ("social_insurance", "municipality") else 0)
            for c in PROFILE.codes("authority")
        },
    }
    assert f["capacity"] == {"fte": 1.5, "active_per_fte": 2.0}  # 3 ongoing / 1.50
    assert figures(fte="0")["capacity"] == {"fte": 0.0, "active_per_fte": None}
    assert figures(fte="0.75")["capacity"]["active_per_fte"] == 4.0


def test_client_active_in_both_halves_counts_once_in_the_year():
    h1, h2, year = (figures(p)["assignments"]["active"] for p in ("2026H1", "2026H2", "2026"))
    assert (h1, h2, year) == (6, 4, 7)  # A, F, G in both halves; D only in H2
    assert year < h1 + h2


def test_custom_interval_and_edges():
    f = figures("2026-01-01..2026-01-01")["assignments"]
    # A, C (ends that day), F, G, H are active on 2026-01-01
    assert (f["active"], f["ended"], f["new"]) == (5, 1, 0)
    f = figures("2026-07-01..2026-07-01")["assignments"]
    assert (f["active"], f["new"]) == (4, 1)  # D starts that day; B ended the day before


@pytest.mark.parametrize(
    "birth,band",
    [
        (2008, "18_24"),
        (2002, "18_24"),
        (2001, "25_34"),
        (1992, "25_34"),
        (1991, "35_44"),
        (1982, "35_44"),
        (1981, "45_54"),
        (1972, "45_54"),
        (1971, "55_64"),
        (1962, "55_64"),
        (1961, "65_plus"),
        (1920, "65_plus"),
        (2009, "unknown"),
        (None, "unknown"),
    ],
)
def test_age_band_edges(birth, band):
    f = compute_figures(
        parse_period("2026"), [a(D(2026, 1, 1), birth=birth)], [], [], "1", MUNIS, PROFILE
    )
    assert f["assignments"]["by_age_band"][band] == 1


@pytest.mark.parametrize(
    "start,end,band",
    [
        (D(2026, 1, 15), D(2026, 7, 14), "0_6m"),  # 5 whole months
        (D(2026, 1, 15), D(2026, 7, 15), "6_12m"),  # 6
        (D(2025, 1, 31), D(2026, 1, 30), "6_12m"),  # 11
        (D(2025, 1, 31), D(2026, 1, 31), "12_18m"),  # 12
        (D(2024, 7, 1), D(2025, 12, 31), "12_18m"),  # 17
        (D(2024, 7, 1), D(2026, 1, 1), "18m_plus"),  # 18
    ],
)
def test_duration_band_edges(start, end, band):
    f = compute_figures(
        parse_period("2025-12-01..2026-12-31"),
        [a(start, end, reason="other")],
        [],
        [],
        "1",
        MUNIS,
        PROFILE,
    )
    assert f["assignments"]["ended_by_duration"][band] == 1


@pytest.mark.parametrize(
    "start,over",
    [(D(2024, 12, 29), 1), (D(2024, 12, 30), 0), (D(2024, 12, 31), 0), (D(2024, 12, 1), 1)],
)
def test_eighteen_month_boundary(start, over):
    # P.end 2026-06-30 minus 18 calendar months is 2024-12-30
    f = compute_figures(parse_period("2026H1"), [a(start)], [], [], "1", MUNIS, PROFILE)
    assert f["assignments"]["over_18_months_at_end"] == over


def test_median_even_and_odd_counts():
    assert median([]) is None
    assert median([7]) == 7
    assert median([652, 92, 140]) == 140
    assert median([10, 15]) == 12.5
    assert median([10, 20, 30, 40]) == 25 and isinstance(median([10, 20, 30, 40]), int)
    ended = [
        a(D(2026, 1, 1), D(2026, 1, 11), reason="other"),  # 10 days
        a(D(2026, 2, 1), D(2026, 2, 16), reason="other"),
    ]  # 15 days
    f = compute_figures(parse_period("2026H1"), ended, [], [], "1", MUNIS, PROFILE)
    assert f["assignments"]["ended_median_days"] == 12.5
    f = compute_figures(parse_period("2026H1"), [], [], [], "1", MUNIS, PROFILE)
    assert f["assignments"]["ended_median_days"] is None


def test_empty_period_still_lists_every_category():
    f = compute_figures(parse_period("2030"), [], [], [], "1.00", MUNIS, PROFILE)
    for name, codes in [
        ("by_gender", "gender"),
        ("by_age_band", "age_band"),
        ("by_area", "area"),
        ("ended_by_duration", "duration_band"),
    ]:
        assert f["assignments"][name] == dict.fromkeys(PROFILE.codes(codes), 0)
    assert f["assignments"]["by_municipality"] == {"Mora": 0, "Orsa": 0, "Älvdalen": 0}


def test_merge_sums_key_by_key_and_keeps_medians_per_unit():
    f1 = figures("2026H1")
    f2 = compute_figures(
        parse_period("2026H1"), ASSIGNMENTS[:3], [], [], "0.50", ["Orsa", "Leksand"], PROFILE
    )
    m = merge_figures([f1, f2], ["PO Mora", "PO Orsa"])
    assert m["assignments"]["active"] == 6 + 3
    assert m["assignments"]["by_gender"]["woman"] == 3 + 2
    assert m["assignments"]["by_municipality"]["Orsa"] == 1 + 1
    assert m["assignments"]["by_municipality"]["Leksand"] == 0
    assert m["waiting_list"]["at_end"] == 3
    assert m["assignments"]["ended_median_days"] == {
        "per_unit": {"PO Mora": 140, "PO Orsa": 116},
        "min": 116,
        "max": 140,
    }
    assert m["capacity"]["fte"] == 2.0
    # ratio recomputed from sums: (3 + 1) ongoing / 2.00 fte
    assert m["capacity"]["active_per_fte"] == 2.0
