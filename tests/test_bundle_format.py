"""The .pobundle format (statistics.md §4): canonical JSON digest, shipped schema, atomic write,
and each rejection naming its reason."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import uuid

import pytest

from po_desktop.bundle import (
    BundleRejected,
    build_bundle,
    canonical_json,
    digest,
    load_and_validate,
    schema,
    write_bundle_atomic,
)
from po_desktop.domain.dates import parse_period
from po_desktop.domain.statistics import AssignmentRecord, SystemFailureRecord, compute_figures
from po_desktop.errors import RejectedInput

D = dt.date


def make_bundle(period="2026H1", **kw):
    recs = [
        AssignmentRecord("woman", 1980, "Mora", "self", ("acute",), ("housing",), D(2026, 1, 3)),
        AssignmentRecord(
            "man", 1990, "Orsa", "relative", (), (), D(2025, 5, 1), D(2026, 2, 1), "moved"
        ),
    ]
    p = parse_period(period)
    failures = [SystemFailureRecord(D(2026, 2, 2), "social_insurance")]
    figures = compute_figures(p, recs, [], failures, "1.00", ["Mora", "Orsa"])
    args = dict(
        unit_id=str(uuid.uuid4()),
        unit_label="PO Mora",
        municipalities=["Mora", "Orsa"],
        period=p,
        profile="default-2026",
        figures=figures,
        system_failures=[
            {
                "id": str(uuid.uuid4()),
                "identified_on": "2026-02-02",
                "authority": "social_insurance",
                "area": "Handläggning",
                "description": "Långa handläggningstider för ärenden",
                "measures": None,
                "reported_on": None,
                "feedback_received": False,
                "feedback": None,
            }
        ],
    )
    args.update(kw)
    return build_bundle(**args)


def rehash(b):
    b["sha256"] = digest(b)
    return b


def reject_reason(data: bytes) -> str:
    with pytest.raises(BundleRejected) as exc:
        load_and_validate(data)
    assert isinstance(exc.value, RejectedInput) and exc.value.exit_code == 4
    return exc.value.reason


def as_bytes(b) -> bytes:
    return json.dumps(b, ensure_ascii=False, indent=2).encode("utf-8")


def test_canonical_json_is_sorted_compact_utf8():
    assert canonical_json({"b": 1, "a": {"ö": "Älvdalen", "c": [1, 2]}}) == (
        '{"a":{"c":[1,2],"ö":"Älvdalen"},"b":1}'.encode()
    )


def test_sha256_covers_every_other_member():
    b = make_bundle()
    rest = {k: v for k, v in b.items() if k != "sha256"}
    expected = hashlib.sha256(
        json.dumps(rest, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    ).hexdigest()
    assert b["sha256"] == expected


def test_built_bundle_validates_against_the_shipped_schema(tmp_path):
    import jsonschema

    b = make_bundle()
    jsonschema.Draft202012Validator(schema()).validate(b)
    path = write_bundle_atomic(tmp_path / "out" / "mora.pobundle", b)
    assert [p.name for p in path.parent.iterdir()] == ["mora.pobundle"]  # no temp left behind
    loaded = load_and_validate(path)
    assert loaded.data == b
    assert loaded.bundle_id == b["bundle_id"] and loaded.period.label == "2026H1"
    assert loaded.figures["assignments"]["by_gender"]["woman"] == 1


def test_atomic_write_replaces_and_keeps_old_file_on_failure(tmp_path, monkeypatch):
    import os

    target = tmp_path / "x.pobundle"
    write_bundle_atomic(target, make_bundle())
    before = target.read_bytes()

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    from po_desktop.errors import StorageFailure

    with pytest.raises(StorageFailure):
        write_bundle_atomic(target, make_bundle())
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["x.pobundle"]


def test_truncated_json_rejected():
    data = as_bytes(make_bundle())
    assert "inte giltig JSON" in reject_reason(data[: len(data) // 2])


def test_changed_count_with_old_sha_rejected():
    b = make_bundle()
    b["figures"]["assignments"]["new"] += 1
    b["figures"]["assignments"]["by_referral_source"]["self"] += 1
    assert "sha256" in reject_reason(as_bytes(b))


def test_unknown_format_rejected():
    b = rehash(make_bundle() | {"format": "someone-else/bundle"})
    assert "okänt format" in reject_reason(as_bytes(b))


def test_newer_format_version_rejected():
    b = rehash(make_bundle() | {"format_version": 99})
    reason = reject_reason(as_bytes(b))
    assert "formatversion 99" in reason and "nyare" in reason


def test_negative_count_rejected():
    b = make_bundle()
    b["figures"]["assignments"]["by_gender"]["man"] = -1
    assert reject_reason(as_bytes(rehash(b))) == (
        "negativt antal i figures.assignments.by_gender.man (-1)"
    )


def test_missing_key_rejected():
    b = make_bundle()
    del b["figures"]["assignments"]["active"]
    assert reject_reason(as_bytes(rehash(b))) == "fältet figures.assignments.active saknas"
    b = make_bundle()
    del b["unit"]
    assert reject_reason(as_bytes(rehash(b))) == "fältet unit saknas"


def test_period_end_before_start_rejected():
    b = make_bundle()
    b["period"] = {"start": "2026-06-30", "end": "2026-01-01", "label": "2026H1"}
    assert "slutar 2026-01-01 före sin början 2026-06-30" in reject_reason(as_bytes(rehash(b)))


@pytest.mark.parametrize(
    "mutate,needle",
    [
        (lambda b: b.update(extra_field="x"), "okänt fält extra_field"),
        (lambda b: b["figures"]["assignments"].update(alias="AB12"), "okänt fält"),
        (lambda b: b["period"].update(start="2026-02-30"), "finns inte"),
        (lambda b: b["figures"]["assignments"]["by_gender"].pop("other"), "kategorin other saknas"),
        (lambda b: b["figures"]["assignments"].update(active=99), "går inte ihop"),
        (lambda b: b.update(profile="county-2031"), "okänd statistikprofil"),
        (lambda b: b["figures"]["assignments"].update(active="3"), "fel typ"),
        (lambda b: b.update(format_version="1"), "okänd formatversion"),
        (lambda b: b["system_failures"].clear(), "0 systemfel i listan"),
        (lambda b: b["system_failures"][0].update(identified_on="2026-07-01"), "utanför perioden"),
    ],
)
def test_other_rejections_name_their_reason(mutate, needle):
    b = copy.deepcopy(make_bundle())
    mutate(b)
    assert needle in reject_reason(as_bytes(rehash(b)))


@pytest.mark.parametrize(
    "data,needle",
    [
        (b"", "inte giltig JSON"),
        (b"\xff\xfe\x00", "UTF-8"),
        (b"[1, 2]", "JSON-objekt"),
        (b'{"a": NaN}', "inte giltig JSON"),
        (b'{"format_version": 1}', "format saknas"),
        (b'{"format": "po-desktop/statistics-bundle", "format": "x"}', "finns två gånger"),
        (b"[" * 100000 + b"]" * 100000, "inte giltig JSON"),
    ],
)
def test_not_a_bundle(data, needle):
    assert needle in reject_reason(data)


def test_missing_file(tmp_path):
    with pytest.raises(BundleRejected, match="finns inte"):
        load_and_validate(tmp_path / "nope.pobundle")


def test_fast_validator_agrees_with_the_shipped_schema():
    import jsonschema

    from po_desktop.bundle.format import _validator

    reference = jsonschema.Draft202012Validator(schema())
    good = make_bundle()
    variants = [good]
    for mutate in (
        lambda b: b["unit"].update(id="nope"),
        lambda b: b["figures"]["assignments"]["by_area"].update(housing=1.5),
        lambda b: b["system_failures"][0].update(reported_on="2026-1-1"),
        lambda b: b["figures"]["capacity"].update(fte=None),
        lambda b: b["period"].pop("label"),
    ):
        b = copy.deepcopy(good)
        mutate(b)
        variants.append(b)
    for b in variants:
        assert _validator().is_valid(b) == reference.is_valid(b)
    assert [reference.is_valid(b) for b in variants] == [True] + [False] * 5


def test_oversized_file_rejected_before_reading(tmp_path, monkeypatch):
    import po_desktop.bundle.format as fmt

    path = tmp_path / "big.pobundle"
    path.write_bytes(b" " * 2048)
    monkeypatch.setattr(fmt, "MAX_BYTES", 1024)
    with pytest.raises(BundleRejected, match="för stor"):
        load_and_validate(path)
