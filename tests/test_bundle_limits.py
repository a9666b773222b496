"""What one bundle may carry (issue 19): the merged report of the largest accepted bundle renders
in seconds (benchmarks/bench_printing.py), so more systemfel or more text is refused at import."""

from __future__ import annotations

import json

import pytest

from po_desktop.bundle import digest, load_and_validate
from po_desktop.bundle import format as fmt
from po_desktop.bundle.format import BundleRejected
from tests.fixtures.coordinator_helpers import sf_item, unit_bundle


def _bytes(b: dict) -> bytes:
    b["sha256"] = digest(b)
    return json.dumps(b, ensure_ascii=False).encode()


def test_the_most_systemfel_a_bundle_may_carry_is_accepted_one_more_is_refused():
    ok = unit_bundle(system_failures=[sf_item() for _ in range(fmt.MAX_SYSTEM_FAILURES)])
    assert len(load_and_validate(_bytes(ok)).data["system_failures"]) == fmt.MAX_SYSTEM_FAILURES
    over = unit_bundle(system_failures=[sf_item() for _ in range(fmt.MAX_SYSTEM_FAILURES + 1)])
    with pytest.raises(BundleRejected) as exc:
        load_and_validate(_bytes(over))
    assert str(fmt.MAX_SYSTEM_FAILURES) in exc.value.reason


def test_systemfel_text_over_the_total_is_refused_in_one_line():
    long = "Lång väntan på beslut. " * 850  # ~19 500 characters, under the field's 20 000
    n = fmt.MAX_SYSTEM_FAILURE_TEXT // len(long) + 1
    over = unit_bundle(system_failures=[sf_item(long) for _ in range(n)])
    with pytest.raises(BundleRejected) as exc:
        load_and_validate(_bytes(over))
    assert "tecken" in exc.value.reason and "\n" not in exc.value.reason


def test_export_refuses_a_bundle_the_coordinator_would_refuse(vault, tmp_path, monkeypatch):
    from po_desktop.errors import RejectedInput
    from po_desktop.services import statistics
    from po_desktop.services.casework import add_system_failure

    monkeypatch.setattr(fmt, "MAX_SYSTEM_FAILURES", 1)
    import datetime as dt

    for day in (dt.date(2026, 2, 1), dt.date(2026, 2, 2)):
        add_system_failure(
            vault,
            identified_on=day,
            authority="municipality",
            area="Socialtjänst",
            description="Lång väntan på beslut om boendestöd.",
        )
    out = tmp_path / "p.pobundle"
    with pytest.raises(RejectedInput) as exc:
        statistics.export_bundle(vault, "2026H1", out)
    assert "högst 1" in str(exc.value) and not out.exists()
