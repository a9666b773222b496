"""Benchmark: the merged PDFs of the largest systemfel content a bundle may carry (not a test; run
by hand).

    .venv/bin/python benchmarks/bench_printing.py [--systemfel N] [--chars C]

Issue 19: a valid 3.2 MB bundle (50 systemfel × 3 fields × 20,000 characters) made
``coordinator report --pdf`` take 122 s. Target: the merged PDF of the largest bundle the format
accepts renders in under 10 s and under 500 MB. Each measurement runs in a child process (peak
memory is the child's own ``ru_maxrss``): the coordinator's merged report
(``printing.reports.render_coordinator_report``) and the merged annual report
(``printing.annual.render_pdf``), each with ``N`` systemfel whose description, measures and
answer are ``C`` characters of prose.

The defaults are the largest a bundle may carry (``bundle.format.MAX_SYSTEM_FAILURE_TEXT``,
3,000,000 characters of systemfel text: 50 × 3 × 20,000; ``MAX_SYSTEM_FAILURES`` = 500 shorter
ones weigh the same); see README, "Benchmarks: printing".
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

TIME_TARGET = 10.0
MEMORY_TARGET_MB = 500
PROSE = (
    "Handläggaren på Försäkringskassan svarade inte inom fjorton dagar och beslutet dröjde "
    "i tre månader; klienten stod utan ersättning. Ombudet skrev till enhetschefen. "
)


def _child(kind: str, n: int, chars: int) -> None:
    import io
    import resource
    import uuid

    from po_desktop.domain.categories import default_profile
    from po_desktop.domain.dates import parse_period
    from po_desktop.domain.statistics import compute_figures

    text = (PROSE * (chars // len(PROSE) + 1))[:chars]
    profile = default_profile()
    figures = compute_figures(parse_period("2026"), [], [], [], "1.00", ["Mora"], profile)
    failures = [
        {
            "id": str(uuid.uuid4()),
            "identified_on": "2026-02-01",
            "authority": "social_insurance",
            "area": "Sjukpenning",
            "description": text,
            "measures": text,
            "feedback": text,
            "reported_on": "2026-03-01",
            "feedback_received": True,
            "unit": "PO Mora",
            "unit_label": "PO Mora",
        }
        for _ in range(n)
    ]
    buffer = io.BytesIO()
    start = time.perf_counter()
    if kind == "coordinator report":
        from po_desktop.printing.reports import render_coordinator_report

        report = {
            "period": {"label": "2026", "start": "2026-01-01", "end": "2026-12-31"},
            "figures": figures,
            "units": ["PO Mora"],
            "missing_units": [],
            "system_failures": failures,
        }
        render_coordinator_report(report, buffer)
    else:
        from po_desktop.domain import annual_report as model
        from po_desktop.printing.annual import render_pdf

        inp = model.AnnualInputs(
            year=2026,
            subject="Samordning",
            municipalities=("Mora",),
            fte=1.0,
            figures={**figures, "activities": None, "survey": None},
            previous=None,
            profile=profile,
            system_failures=tuple(failures),
            merged=True,
            units=("PO Mora",),
        )
        render_pdf(model.build_annual_report(inp), buffer)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    pages = buffer.getvalue().count(b"/Type /Page\n") or buffer.getvalue().count(b"/Type /Page")
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mb": peak,
                "pdf_bytes": len(buffer.getvalue()),
                "pages": pages,
            }
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--systemfel", type=int, default=50)
    parser.add_argument("--chars", type=int, default=20_000)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.systemfel, args.chars)
        return 0
    total = args.systemfel * 3 * args.chars
    print(
        f"{args.systemfel} systemfel × 3 fields × {args.chars:,} characters = {total:,} characters"
    )
    ok = True
    for kind in ("coordinator report", "annual report"):
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                kind,
                "--systemfel",
                str(args.systemfel),
                "--chars",
                str(args.chars),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        r = json.loads(out.strip().splitlines()[-1])
        passed = r["seconds"] < TIME_TARGET and r["peak_mb"] < MEMORY_TARGET_MB
        ok &= passed
        print(
            f"{kind:20s} {r['seconds']:6.1f} s  peak {r['peak_mb']:5.0f} MB  "
            f"{r['pdf_bytes'] / 1e6:5.1f} MB PDF  {'ok' if passed else 'OVER TARGET'}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
