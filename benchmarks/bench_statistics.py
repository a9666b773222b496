"""Benchmark: a national-scale statistics round (not a test; run by hand).

    .venv/bin/python benchmarks/bench_statistics.py [--units 310] [--keep DIR]

Generates ``--units`` ombud vaults (default 310), each with 15 assignments active all year plus
10 that end during the year (so ~25 active in the year, 15 ongoing at its end), 12 inquiries,
and together 2,000 systemfel; exports every unit's year bundle; imports all of them into one
coordinator vault; builds the merged report (and the masked publication table).

Vaults are created with cheap Argon2id parameters: key derivation is not what is measured
here (a production unlock costs ~0.6 s, once per session), and 311 production-KDF vaults would
only measure Argon2. Everything else — SQLCipher encryption, WAL, fsync — is the real thing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics as pystats
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import po_desktop.storage.crypto as crypto  # noqa: E402
from po_desktop.storage.crypto import KdfParams  # noqa: E402

crypto.DEFAULT_KDF = KdfParams(time_cost=1, memory_log2_kib=10, parallelism=1)

from po_desktop.domain.categories import default_profile  # noqa: E402
from po_desktop.domain.masking import mask_figures  # noqa: E402
from po_desktop.services import coordinator, statistics  # noqa: E402
from po_desktop.services.vault_admin import create_vault  # noqa: E402
from po_desktop.storage.models import Assignment, Inquiry, SystemFailure  # noqa: E402

PASS = "benchmark passphrase"
YEAR = 2026
NOW = dt.datetime(2026, 12, 31, 12)
D = dt.date


def fill_unit(vault, rnd: random.Random, n_failures: int, unit_no: int) -> None:
    p = default_profile()
    munis = vault.get_setting("municipalities")
    with vault.session() as s:
        for i in range(25):
            ongoing = i < 15
            start = D(YEAR - 1, 1, 1) + dt.timedelta(days=rnd.randint(0, 700 if ongoing else 330))
            if ongoing:
                start = min(start, D(YEAR, 1, 1))
                end = None
            else:
                end = D(YEAR, 1, 1) + dt.timedelta(days=rnd.randint(0, 360))
                start = min(start, end)
            s.add(
                Assignment(
                    alias=f"U{unit_no}K{i}",
                    gender=rnd.choice(p.codes("gender")),
                    birth_year=rnd.randint(1940, 2007),
                    municipality=rnd.choice(munis),
                    referral_source=rnd.choice(p.codes("referral_source")),
                    priority_flags=rnd.sample(p.codes("priority_flag"), rnd.randint(0, 2)),
                    areas=rnd.sample(p.codes("area"), rnd.randint(1, 4)),
                    phase="working",
                    start_date=start,
                    end_date=end,
                    end_reason=rnd.choice(p.codes("end_reason")) if end else None,
                    first_visit_two_ombud=False,
                    created_at=NOW,
                    updated_at=NOW,
                )
            )
        for _ in range(12):
            s.add(
                Inquiry(
                    date=D(YEAR, 1, 1) + dt.timedelta(days=rnd.randint(0, 364)),
                    referral_source=rnd.choice(p.codes("referral_source")),
                    priority_flags=[],
                    outcome=rnd.choice(p.codes("inquiry_outcome")),
                    created_at=NOW,
                )
            )
        for k in range(n_failures):
            day = D(YEAR, 1, 1) + dt.timedelta(days=rnd.randint(0, 364))
            s.add(
                SystemFailure(
                    id=str(uuid.uuid4()),
                    identified_on=day,
                    authority=rnd.choice(p.codes("authority")),
                    area="Handläggning",
                    description=f"Beslut dröjer mer än {rnd.randint(3, 20)} veckor; klienter står "
                    f"utan ersättning under tiden (iakttagelse {k + 1}).",
                    measures="Tagit upp frågan med enhetschefen.",
                    reported_on=day + dt.timedelta(days=30) if rnd.random() < 0.6 else None,
                    feedback_received=rnd.random() < 0.3,
                    feedback=None,
                    created_at=NOW,
                    updated_at=NOW,
                )
            )
        s.commit()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=310)
    ap.add_argument("--failures", type=int, default=2000)
    ap.add_argument("--keep", metavar="DIR", help="work in DIR and keep the files")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="po-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(2026)
    per_unit = [
        args.failures // args.units + (1 if i < args.failures % args.units else 0)
        for i in range(args.units)
    ]
    try:
        t0 = time.perf_counter()
        export_times, files = [], []
        for u in range(args.units):
            vault = create_vault(
                work / f"unit{u}.podb",
                PASS,
                unit_label=f"PO Enhet {u:03d}",
                municipalities=[f"Kommun {u}-{k}" for k in range(3)],
                fte=rnd.choice(["1.00", "1.50", "2.00", "3.00"]),
            )
            fill_unit(vault, rnd, per_unit[u], u)
            t = time.perf_counter()
            files.append(statistics.export_bundle(vault, str(YEAR), work / f"unit{u}.pobundle"))
            export_times.append(time.perf_counter() - t)
            vault.lock()
        generate = time.perf_counter() - t0

        coord = create_vault(
            work / "coordinator.podb",
            PASS,
            unit_label="Samordning",
            municipalities=[],
            fte="0",
            coordinator=True,
        )
        for u in range(args.units):
            coordinator.expect_unit(coord, f"PO Enhet {u:03d}")
        t = time.perf_counter()
        results = coordinator.import_bundles(coord, files)
        import_all = time.perf_counter() - t
        assert all(r.status == "imported" for r in results), {r.status for r in results}
        t = time.perf_counter()
        report = coordinator.merged_report(coord, str(YEAR))
        masked = mask_figures(report["figures"])
        report_time = time.perf_counter() - t
        coord.lock()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    f = report["figures"]
    size = sum(1 for _ in files)
    print(f"units: {args.units}, systemfel: {sum(per_unit)}, bundles: {size}")
    print(
        f"merged: active {f['assignments']['active']}, ongoing at end "
        f"{f['assignments']['ongoing_at_end']}, systemfel {len(report['system_failures'])}, "
        f"fte {f['capacity']['fte']}, missing units {len(report['missing_units'])}"
    )
    masked_cells = sum(
        1
        for g in masked.values()
        for v in g.values()
        if isinstance(v, dict)
        for x in v.values()
        if isinstance(x, str)
    )
    print(f"masked cells in the published table: {masked_cells}")
    print(f"generate {args.units} vaults (not measured): {generate:.1f} s")
    print(
        f"bundle export per unit: median {pystats.median(export_times) * 1000:.0f} ms, "
        f"max {max(export_times) * 1000:.0f} ms"
    )
    print(
        f"import all {args.units}: {import_all:.2f} s "
        f"({import_all / args.units * 1000:.1f} ms per bundle)"
    )
    print(f"report (merge + masking): {report_time:.2f} s")
    print(f"import + report: {import_all + report_time:.2f} s (target < 10 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
