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


def _number(text: str) -> float | None:
    match = re.search(r"-?\d+(?:\.\d+)?", text.replace(",", ""))
    return float(match.group()) if match else None


def scraped_summary(name: str, output: str, summary: Summary) -> int:
    """Summary rows from a script's own output, when it did not write $BENCH_SUMMARY rows:
    Markdown table rows with a non-empty "target" cell like "<= 1.2x" / "<= 1000 us", and lines like
    "verify+parse: 67.0 µs, OVER the 50 µs target".  Returns how many rows were added."""
    added = 0
    header: list[str] | None = None
    all_rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in output.splitlines()
                if line.strip().startswith("|")]

    def peer_of(first_cell: str, unit: str) -> str:
        """The stripe-python row of the same case ("list 100: stripe-python (httpx)"), if any."""
        prefix = first_cell.split(":")[0]
        for row in all_rows:
            if row[0].startswith(prefix + ":") and "stripe-python" in row[0]:
                value = next((c for c in row[1:] if unit and c.endswith(unit)), row[1] if len(row) > 1 else "")
                return f"{row[0].split(':', 1)[1].strip()}: {value}"
        return "see its table"

    for line in output.splitlines():
        line = line.strip()
        if not line.startswith("|"):
            header = None
            match = re.match(r"(.+?):\s*([\d.]+\s*\S+),\s*(within|OVER) the (.+?) target", line)
            if match:
                summary.add(f"{name}: {match.group(1)}", match.group(2), "see its table", f"≤ {match.group(4)}",
                            match.group(3) == "within")
                added += 1
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if header is None:
            header = [c.lower() for c in cells]
            continue
        if set("".join(cells)) <= set("-: "):
            continue
        if "target" not in header or len(cells) != len(header):
            continue
        target = cells[header.index("target")]
        limit = re.match(r"(?:<=|≤)\s*([\d.]+)\s*(\S*)", target)
        if not limit:
            continue
        unit = limit.group(2)
        values = [c for i, c in enumerate(cells[1:], 1) if i != header.index("target") and c]
        candidates = [c for c in values if unit and c.endswith(unit)] or values
        value = _number(candidates[0]) if candidates else None
        met = None if value is None else value <= float(limit.group(1))
        ours = " / ".join(f"{c} {header[i]}" if not c.endswith(unit) or not unit else c
                          for i, c in enumerate(cells) if i and i != header.index("target") and c)
        summary.add(f"{name}: {cells[0]}", ours, peer_of(cells[0], unit), target.replace("<=", "≤"), met)
        added += 1
    return added


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
            if not (summary_file.is_file() and name in summary_file.read_text()):
                scraped_summary(name.removesuffix(".py"), result.stdout, summary)
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
