"""Benchmark: the personal-data scan on 20,000-character fields (not a test; run by hand).

    .venv/bin/python benchmarks/bench_privacy.py [--repeat N]

Target (issue 11): one 20,000-character field (the systemfel text limit) well under 100 ms,
whatever it holds — a digit run pasted from a table, many phone numbers, '@' runs, invisible
characters — with 300 aliases of a busy vault.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from po_desktop.domain.privacy import find_personal_data  # noqa: E402

PROSE = (
    "Handläggaren på Försäkringskassan svarade inte inom 14 dagar; beslut 2026-01-15, "
    "dnr 2026/123-45, skuld 12 360 kr, (2017:900) 44 §, möte kl 08.30\u201310.00. "
)
CASES = {
    "prose": (PROSE * 200)[:20000],
    "digit run": "1" * 20000,
    "zero run": "0" * 20000,
    "table of numbers": ("12 360 " * 3000)[:20000],
    "phone list": ("070-123 45 67, " * 1400)[:20000],
    "intl phones": ("+47 22 12 34 56 " * 1300)[:20000],
    "at run": "@" * 20000,
    "a@ run": "a@" * 10000,
    "e-mail list": ("anna [at] kommun [dot] se " * 800)[:20000],
    "zero-width": "x\u200b" * 10000,
    "non-ASCII prose": (PROSE.replace(" ", "\u00a0") * 200)[:20000],
    "alias run": "AB12 " * 4000,
}
ALIASES = ["AB12"] + [f"C{i:03d}" for i in range(300)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    worst = 0.0
    print(f"{'field (20,000 chars)':<22} {'median ms':>10} {'findings':>9}")
    for name, text in CASES.items():
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            found = find_personal_data(text, ALIASES)
            times.append((time.perf_counter() - t0) * 1000)
        med = statistics.median(times)
        worst = max(worst, med)
        print(f"{name:<22} {med:>10.1f} {len(found):>9}")
    print(f"worst median: {worst:.1f} ms (target < 100 ms)")


if __name__ == "__main__":
    main()
