"""The benchmark suite, one command:  python bench/run.py [--quick] [--no-peers] [--only N,...]

Prints Markdown tables (every figure side by side with its peer, measured in this run; medians),
then one summary table: what, ours, peer, target (DESIGN.md section 5), met?.  See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import BENCH, FULL_SPEC, PYTHON, REPO, Summary, first_error_line, load_avg, run  # noqa: E402

OTHERS = ("bench_runtime.py", "bench_diff.py", "bench_webhooks.py")
QUICK_FLAGS = {"--runs": "1", "--repeat": "3", "--number": "100"}  # used when a script has no --quick


def say(text: str = "") -> None:
    print(text, flush=True)


def log(text: str) -> None:
    print(f"[bench] {text}", file=sys.stderr, flush=True)


def other_benches(quick: bool, summary: Summary, summary_file: Path) -> list[str]:
    """Run the other engineers' bench scripts as subprocesses and return their output as sections."""
    sections = []
    for index, name in enumerate(OTHERS, start=1):
        script = BENCH / name
        title = f"### 6.{index} `bench/{name}`\n"
        if not script.is_file():
            sections.append(title + f"\n| bench/{name} |\n|---|\n| not present: skipped |\n")
            summary.add(f"bench/{name}", "not present", "", "", None)
            continue
        args: list[str] = []
        if quick:
            helptext = run([PYTHON, str(script), "--help"], cwd=REPO, timeout=120).stdout
            if "--quick" in helptext:
                args = ["--quick"]
            else:
                for flag, value in QUICK_FLAGS.items():
                    if re.search(rf"{re.escape(flag)}\b", helptext):
                        args += [flag, value]
        log(f"running bench/{name} {' '.join(args)}")
        result = run([PYTHON, str(script), *args], cwd=REPO, timeout=900,
                     env={"BENCH_SUMMARY": str(summary_file), "BENCH_QUICK": "1" if quick else ""})
        command = f"`python bench/{name}{' ' + ' '.join(args) if args else ''}` ({result.wall:.0f} s)"
        if result.ok:
            sections.append(f"{title}\n{command}\n\n{result.stdout.strip()}\n")
        else:
            sections.append(
                f"{title}\n{command}\n\n| bench/{name} |\n|---|\n"
                f"| failed (exit {result.rc}): `{first_error_line(result.stderr or result.stdout)}` |\n"
                + (f"\n{result.stdout.strip()}\n" if result.stdout.strip() else "")
            )
            summary.add(f"bench/{name}", f"failed (exit {result.rc})", "", "", None)
    # rows the scripts chose to report for the summary: one JSON object per line in $BENCH_SUMMARY
    if summary_file.is_file():
        for line in summary_file.read_text().splitlines():
            try:
                row = json.loads(line)
            except ValueError:
                continue
            met = row.get("met")
            summary.add(str(row.get("what", "?")), str(row.get("ours", "")), str(row.get("peer", "")),
                        str(row.get("target", "")), met if isinstance(met, bool) or met is None else None)
    return sections


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark suite: generation, imports, runtime vs peers.")
    parser.add_argument("--quick", action="store_true",
                        help="fewer repetitions; skip openapi-python-client and the black-only runs (under 2 min)")
    parser.add_argument("--no-peers", action="store_true", help="do not create or run bench/.venv-peers")
    parser.add_argument("--only", metavar="N,...", help="only these sections (1-6; 1 is needed by 2, 3 and 5)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (generated trees) and print it")
    args = parser.parse_args(argv)
    only = {int(x) for x in args.only.split(",")} if args.only else set(range(1, 7))
    if only & {2, 3, 5}:
        only.add(1)

    import gen
    import imports

    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="stripe-gen-bench-"))
    ctx = gen.Context(quick=args.quick, tmp=tmp, peers=not args.no_peers)
    summary = Summary()
    say(f"# Benchmarks{' (--quick)' if args.quick else ''}")
    say()
    say(f"Python {platform.python_version()} ({PYTHON}); {load_avg()} at start. "
        "Other work on this machine shares the cores: medians, and CPU time beside wall time.")
    if ctx.peers and only & {1, 2}:
        if FULL_SPEC.is_file():
            import peers

            log("checking bench/.venv-peers ...")
            ctx.peer_versions, ctx.peer_note = peers.ensure(log)
            if ctx.peer_versions is None:
                ctx.peers = False
            else:
                say("Peers (bench/.venv-peers, " + ctx.peer_note + "): "
                    + ", ".join(f"{k} {v}" for k, v in ctx.peer_versions.items()) + ".")
        else:
            ctx.peers = False
            ctx.peer_note = "spec absent"
    else:
        ctx.peer_note = "--no-peers"
    try:
        import importlib.metadata as md

        say("Project venv: " + ", ".join(f"{d} {md.version(d)}" for d in ("stripe", "httpx", "pydantic", "black", "ruff")) + ".")
    except Exception:
        pass
    say()
    try:
        steps = [
            (1, "full spec + models alone", gen.section_full),
            (3, "formatting", gen.section_format),
            (4, "curated spec", gen.section_curated),
            (5, "imports", imports.section_imports),
        ]
        for number, name, step in steps:
            if number not in only:
                continue
            log(f"section {number}: {name} ...")
            t0 = time.perf_counter()
            for table in step(ctx, summary):
                say(table.render())
            log(f"section {number} took {time.perf_counter() - t0:.0f} s")
        if 6 in only:
            log("section 6: other bench scripts ...")
            say("## 6. Other benchmarks (their own tables)\n")
            for section in other_benches(args.quick, summary, tmp / "summary.jsonl"):
                say(section)
        say(summary.table().render())
        say(f"Total: {time.perf_counter() - started:.0f} s; {load_avg()} at the end.")
    finally:
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
