"""Benchmark: `diff` on Stripe's real specs, median of 3 runs, without and with loading the specs.

    python bench/bench_diff.py [--runs N]

Prints a Markdown table. Needs ../shared/stripe-openapi (beside the repository).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPECS = REPO.parent / "shared" / "stripe-openapi"
PAIRS = (("2022-08-01", "2022-11-15"), ("2022-11-15", "2023-08-16"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not SPECS.is_dir():
        print(f"{SPECS} is absent: nothing to measure", file=sys.stderr)
        return 1
    sys.path.insert(0, str(REPO))
    from generator.builder import build_api
    from generator.diff import diff
    from generator.load import load_document

    def api(version: str):  # type: ignore[no-untyped-def]
        return build_api(load_document(SPECS / f"{version}.yaml"))

    rows = []
    for old, new in PAIRS:
        with_load: list[float] = []
        diff_only: list[float] = []
        count = 0
        for _ in range(args.runs):
            started = time.perf_counter()
            old_api, new_api = api(old), api(new)
            loaded = time.perf_counter()
            changes = diff(old_api, new_api)
            done = time.perf_counter()
            with_load.append(done - started)
            diff_only.append(done - loaded)
            count = len(changes)
        levels = {level: sum(c.level == level for c in changes) for level in ("breaking", "deprecated", "warning", "additive")}
        rows.append((old, new, statistics.median(diff_only), statistics.median(with_load), count, levels))
    print(f"| diff | diff only (median of {args.runs}) | load + build + diff | changes | breaking / deprecated / warning / additive |")
    print("|---|---|---|---|---|")
    for old, new, only, total, count, levels in rows:
        split = " / ".join(str(v) for v in levels.values())
        print(f"| {old} → {new} | {only * 1000:.0f} ms | {total:.2f} s | {count} | {split} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
