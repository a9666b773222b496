"""Helpers for coordinator tests: unit bundles built through the real domain + bundle code, and
a logical dump of a vault (every table's rows, sorted)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid

from sqlalchemy import select, text

from po_desktop.bundle import build_bundle, bundle_bytes
from po_desktop.domain.dates import parse_period
from po_desktop.domain.statistics import AssignmentRecord, SystemFailureRecord, compute_figures
from po_desktop.storage.models import Base

D = dt.date


def records(n_active: int, seed: int = 0, *, ended_every: int = 3):
    out = []
    for i in range(n_active):
        start = D(2025, 1, 1) + dt.timedelta(days=(i * 37 + seed * 11) % 500)
        end = start + dt.timedelta(days=30 + (i * 53) % 400) if i % ended_every == 0 else None
        out.append(AssignmentRecord(
            gender=["woman", "man", "other", "unknown"][(i + seed) % 4],
            birth_year=1950 + (i * 7 + seed) % 55, municipality=["Mora", "Orsa"][i % 2],
            referral_source=["self", "relative", "psychiatry"][i % 3],
            priority_flags=("acute",) if i % 4 == 0 else (), areas=("housing", "finances")[: i % 3],
            start_date=start, end_date=end, end_reason="goals_met" if end else None))
    return out


def unit_bundle(unit_id=None, label="PO Mora", period="2026H1", n=6, seed=0, *,
                created_at=None, bundle_id=None, system_failures=(),
                municipalities=("Mora", "Orsa"), fte="1.00"):
    p = parse_period(period)
    sfs = [SystemFailureRecord(D(2026, 2, 1 + i), "municipality")
           for i in range(len(system_failures))]
    figures = compute_figures(p, records(n, seed), [], sfs, fte, list(municipalities))
    return build_bundle(unit_id=unit_id or str(uuid.uuid4()), unit_label=label,
                        municipalities=list(municipalities), period=p, profile="default-2026",
                        figures=figures, system_failures=list(system_failures),
                        bundle_id=bundle_id, created_at=created_at)


def sf_item(text="Lång väntan på beslut", day="2026-02-01"):
    return {"id": str(uuid.uuid4()), "identified_on": day, "authority": "municipality",
            "area": "Socialtjänst", "description": text, "measures": None, "reported_on": None,
            "feedback_received": False, "feedback": None}


def write(tmp_path, name, bundle) -> Path:  # noqa: F821
    path = tmp_path / name
    path.write_bytes(bundle_bytes(bundle))
    return path


def dump(vault) -> str:
    """Every table's rows (columns by name), sorted, as one JSON text."""
    out = {}
    with vault.session() as s:
        for table in Base.metadata.sorted_tables:
            rows = s.execute(select(table)).mappings().all()
            out[table.name] = sorted(json.dumps(dict(r), sort_keys=True, default=str)
                                     for r in rows)
        out["sqlite_master"] = sorted(json.dumps(list(r)) for r in s.execute(
            text("SELECT type, name, sql FROM sqlite_master")).all())
    return json.dumps(out, sort_keys=True)


def file_hash(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()
