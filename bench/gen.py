"""Generation benchmarks (sections 1–4 of `bench/run.py`): the full Stripe spec → client, models alone,
formatting, and the curated spec → generated/.  Each of ours is run side by side with its peer.

Child modes (used by the suite itself, in fresh processes):
    python bench/gen.py render SPEC OUT.json      # our unformatted rendered tree (no formatting)
    python bench/gen.py format black|ruff IN.json # time generator.format.format_files(use_cache=False)
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import (  # noqa: E402
    FULL_SPEC,
    HTTP_METHODS,
    PYTHON,
    REPO,
    Run,
    Summary,
    Table,
    first_error_line,
    median,
    mib,
    ratio,
    run,
    secs,
)

PACKAGE = "stripe_full"
TARGET_FULL_WALL = 10.0
TARGET_FULL_MIB = 400.0
TARGET_CLEAN = 20.0  # every pinned version, each a full Stripe API (DESIGN.md §5)
TARGET_CLEAN_MIB = 400.0
TARGET_UNCHANGED = 1.0
TARGET_CHECK = 3.0


@dataclass
class Context:
    quick: bool
    tmp: Path
    peers: bool = True
    peer_versions: dict[str, str] | None = None
    peer_note: str = ""
    doc_ops: set[tuple[str, str]] | None = None
    ours_full: list[Run] = field(default_factory=list)
    ours_out: Path | None = None  # a full-Stripe-size package we generated (for the import section)
    opc_out: Path | None = None  # openapi-python-client's output (literal_enums), if it generated
    numbers: dict[str, float] = field(default_factory=dict)

    def reps(self, full: int, quick: int = 1) -> int:
        return quick if self.quick else full


# --------------------------------------------------------------------------- counting operations


def doc_operations(spec: Path) -> set[tuple[str, str]]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(spec, encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=loader)
    return {
        (method, path)
        for path, item in (data.get("paths") or {}).items()
        for method in HTTP_METHODS
        if isinstance(item, dict) and method in item
    }


def generated_operations(package_dir: Path) -> set[tuple[str, str]]:
    """(method, path) of every sync resource method that calls `self._client.request*("get", "/v1/...")`."""
    found: set[tuple[str, str]] = set()
    for module in sorted((package_dir / "resources").glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for cls in tree.body:
            if not isinstance(cls, ast.ClassDef) or cls.name.startswith("Async"):
                continue
            for node in ast.walk(cls):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr.startswith("request")
                    and isinstance(node.func.value, ast.Attribute)
                    and node.func.value.attr == "_client"
                    and len(node.args) >= 2
                    and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])
                ):
                    found.add((node.args[0].value.lower(), node.args[1].value))
    return found


def opc_endpoint_modules(out: Path) -> tuple[Path | None, int]:
    """openapi-python-client writes one module per operation under <package>/api/<tag>/."""
    for api_dir in out.rglob("api"):
        if api_dir.is_dir() and (api_dir.parent / "models").is_dir():
            modules = [p for p in api_dir.rglob("*.py") if p.name != "__init__.py"]
            return api_dir.parent, len(modules)
    return None, 0


# --------------------------------------------------------------------------- section 1 + 2


def ours_generate(ctx: Context, label: str, formatter: str = "ruff") -> Run:
    cache = Path(tempfile.mkdtemp(prefix=f"cache-{label}-", dir=ctx.tmp))
    out = ctx.tmp / f"out-{label}"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [
        PYTHON, "-m", "generator", "generate", "--spec", str(FULL_SPEC), "--out", str(out),
        "--package", PACKAGE, "--no-cache", "--formatter", formatter, "-q",
    ]
    result = run(cmd, env={"GENERATOR_CACHE_DIR": str(cache)}, cwd=REPO)
    shutil.rmtree(cache, ignore_errors=True)
    if result.ok:
        ctx.ours_out = out / PACKAGE
    return result


def opc_generate(ctx: Context, label: str, config: dict[str, object] | None) -> Run:
    import peers

    out = ctx.tmp / f"opc-{label}"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [str(peers.BIN / "openapi-python-client"), "generate", "--path", str(FULL_SPEC), "--output-path", str(out)]
    if config is not None:
        config_file = ctx.tmp / f"opc-{label}.json"
        config_file.write_text(json.dumps(config))
        cmd += ["--config", str(config_file)]
    return run(cmd, env=peers.env(), cwd=ctx.tmp, timeout=900)


def dmcg_generate(ctx: Context, label: str, formatters: list[str] | None) -> Run:
    import peers

    out = ctx.tmp / f"dmcg-{label}"  # a folder: Stripe's dotted schema names make a modular output
    cmd = [
        str(peers.BIN / "datamodel-codegen"), "--input", str(FULL_SPEC), "--input-file-type", "openapi",
        "--output-model-type", "pydantic_v2.BaseModel", "--output", str(out),
    ]
    if formatters:
        cmd += ["--formatters", *formatters]
    return run(cmd, env=peers.env(), cwd=ctx.tmp, timeout=900)


def dmcg_formatter_options() -> tuple[list[str] | None, list[str] | None, str]:
    """(black args, ruff args, note) for the installed datamodel-code-generator."""
    import peers

    helptext = run([str(peers.BIN / "datamodel-codegen"), "--help"], env=peers.env()).stdout
    if "--formatters" in helptext and "ruff-format" in helptext:
        return ["black", "isort"], ["ruff-format"], "`--formatters black isort` (its default) vs `--formatters ruff-format`"
    if "--formatter" in helptext and "ruff-format" in helptext:  # an older/newer spelling
        return None, None, "this version spells the formatter option differently; ruff row skipped"
    return None, None, "no ruff formatter option in this version; ruff row skipped"


def section_full(ctx: Context, summary: Summary) -> list[Table]:
    table = Table(
        f"1. Full Stripe spec {FULL_SPEC.stem} → client",
        ["generator", "wall (median)", "CPU (user+sys)", "peak RSS", "operations skipped", "ours vs this (wall)", "target"],
    )
    models = Table(
        "2. Models alone from the same spec (datamodel-code-generator) vs our whole client",
        ["what", "wall (median)", "CPU (user+sys)", "peak RSS", "ours vs this (wall)", "target"],
    )
    if not FULL_SPEC.is_file():
        note = f"skipped: {FULL_SPEC} is absent (set BENCH_FULL_SPEC or add shared/stripe-openapi/)"
        table.add(note)
        models.add(note)
        summary.add("full Stripe spec → client", "skipped (spec absent)", "", "≤ 10 s, ≤ 400 MiB, 0 skipped", None)
        return [table, models]

    ctx.doc_ops = doc_operations(FULL_SPEC)
    n_doc = len(ctx.doc_ops)
    reps = ctx.reps(3)
    runs: list[Run] = []
    for index in range(reps):
        result = ours_generate(ctx, f"full{index}")
        if not result.ok:
            table.add("ours", f"FAILED: {first_error_line(result.stderr)}")
            summary.add("full Stripe spec → client", "failed", "", "≤ 10 s", False)
            return [table, models]
        runs.append(result)
    ctx.ours_full = runs
    wall = median([r.wall for r in runs])
    cpu = median([r.cpu for r in runs])
    peak = max(r.peak_mib for r in runs)
    generated = generated_operations(ctx.ours_out) if ctx.ours_out else set()
    missing = ctx.doc_ops - generated
    skipped = len(missing)
    ctx.numbers.update(ours_full_wall=wall, ours_full_cpu=cpu, ours_full_peak=peak)
    table.add(
        f"ours (`--no-cache`, ruff), {reps} run(s)", secs(wall), secs(cpu), mib(peak),
        f"{skipped} of {n_doc}" + (f" (e.g. {sorted(missing)[0][0].upper()} {sorted(missing)[0][1]})" if missing else ""),
        "—", "≤ 10 s, ≤ 400 MiB, 0 skipped",
    )

    peer_text = "not run"
    opc_le: Run | None = None
    opc_dropped: int | None = None
    if not ctx.peers:
        table.add("openapi-python-client", f"not run ({ctx.peer_note or '--no-peers'})")
    else:
        version = (ctx.peer_versions or {}).get("openapi-python-client", "?")
        if ctx.quick:
            table.add(f"openapi-python-client {version} (default config; `literal_enums: true`)",
                      "not run in --quick (~50–90 s each)")
            peer_text = "not run in --quick"
        else:
            crash = opc_generate(ctx, "default", None)
            if crash.ok:
                _, modules = opc_endpoint_modules(ctx.tmp / "opc-default")
                table.add(
                    f"openapi-python-client {version}, default config", secs(crash.wall), secs(crash.cpu),
                    mib(crash.peak_mib), f"{n_doc - modules} of {n_doc} (did not crash)", ratio(wall, crash.wall),
                )
            else:
                table.add(
                    f"openapi-python-client {version}, default config",
                    f"crashes after {crash.wall:.0f} s: `{first_error_line(crash.stdout + crash.stderr)}`",
                )
            opc_le = opc_generate(ctx, "literal", {"literal_enums": True})
            pkg, modules = opc_endpoint_modules(ctx.tmp / "opc-literal")
            if pkg is not None:
                ctx.opc_out = pkg
                opc_dropped = n_doc - modules
                warnings = len(re.findall(r"Endpoint will not be generated", opc_le.stdout + opc_le.stderr))
                table.add(
                    f"openapi-python-client {version}, `literal_enums: true`", secs(opc_le.wall), secs(opc_le.cpu),
                    mib(opc_le.peak_mib),
                    f"{opc_dropped} of {n_doc} dropped ({modules} endpoint modules; it warns \"will not be generated\" {warnings}×)",
                    ratio(wall, opc_le.wall),
                )
                peer_text = f"opc: {secs(opc_le.wall, 0)}, {mib(opc_le.peak_mib)}, {opc_dropped} dropped"
            else:
                table.add(
                    f"openapi-python-client {version}, `literal_enums: true`",
                    f"failed (rc {opc_le.rc}) after {opc_le.wall:.0f} s: `{first_error_line(opc_le.stdout + opc_le.stderr)}`",
                )
                peer_text = "opc: failed"
    table.notes.append(
        f"Operations in the document: {n_doc} (paths × methods). Ours: the sync resource methods that call "
        f"the API, matched by (method, path). openapi-python-client: one module per operation under `api/`. "
        f"Peak RSS is that of the biggest single process (`/usr/bin/time -f %M`); "
        f"CPU is user + sys including child processes (formatters; a pool may use both cores). Ours: fresh `GENERATOR_CACHE_DIR` and `--out` each run."
    )
    summary.add("full Stripe spec → client: wall", f"{secs(wall, 1)} (CPU {secs(cpu, 1)})",
                peer_text.split(",")[0] + (f" (CPU {secs(opc_le.cpu, 0)})" if opc_le and opc_le.ok else "") if opc_le else peer_text,
                "≤ 10 s", wall <= TARGET_FULL_WALL, cpu <= TARGET_FULL_WALL)
    summary.add("full Stripe spec → client: peak RSS", mib(peak),
                mib(opc_le.peak_mib) if opc_le and opc_le.ok else "—", "≤ 400 MiB", peak <= TARGET_FULL_MIB)
    summary.add("full Stripe spec → client: operations skipped", f"{skipped} of {n_doc}",
                f"{opc_dropped} dropped" if opc_dropped is not None else "—", "0", skipped == 0)

    # ---- section 2: models alone (datamodel-code-generator) vs our whole client
    models.add("ours: the whole client (from the table above)", secs(wall), secs(cpu), mib(peak), "—",
               "faster than models alone")
    best_peer: float | None = None
    best_peer_cpu = float("nan")
    if not ctx.peers:
        models.add("datamodel-code-generator", f"not run ({ctx.peer_note or '--no-peers'})")
    else:
        version = (ctx.peer_versions or {}).get("datamodel-code-generator", "?")
        black_args, ruff_args, note = dmcg_formatter_options()
        variants: list[tuple[str, list[str] | None]] = []
        if not ctx.quick:
            variants.append(("black + isort (default)", black_args))
        if ruff_args:
            variants.append(("ruff-format", ruff_args))
        for name, args in variants:
            result = dmcg_generate(ctx, name.split()[0], args)
            if result.ok:
                models.add(f"datamodel-code-generator {version}, {name}", secs(result.wall), secs(result.cpu),
                           mib(result.peak_mib), ratio(wall, result.wall))
                if best_peer is None or result.wall < best_peer:
                    best_peer, best_peer_cpu = result.wall, result.cpu
            else:
                models.add(f"datamodel-code-generator {version}, {name}",
                           f"failed (rc {result.rc}): `{first_error_line(result.stdout + result.stderr)}`")
        if ctx.quick:
            models.add(f"datamodel-code-generator {version}, black + isort", "not run in --quick")
        models.notes.append(f"Formatter options: {note}.")
    summary.add("our whole client vs models alone (fastest dmcg)", secs(wall, 1),
                f"dmcg: {secs(best_peer, 1)}" if best_peer else "—", "faster than models alone",
                (wall < best_peer) if best_peer else None, cpu < best_peer_cpu)
    return [table, models]


# --------------------------------------------------------------------------- section 3: formatting


def section_format(ctx: Context, summary: Summary) -> list[Table]:
    table = Table(
        "3. Formatting Stripe-sized output: our rendered tree, black vs ruff (`format_files(use_cache=False)`)",
        ["formatter", "files", "wall (median)", "CPU (user+sys)", "vs ruff", "share of our full generate"],
    )
    if not FULL_SPEC.is_file():
        table.add(f"skipped: {FULL_SPEC} is absent")
        return [table]
    rendered = ctx.tmp / "rendered.json"
    result = run([PYTHON, str(Path(__file__)), "render", str(FULL_SPEC), str(rendered)], cwd=REPO)
    if not result.ok:
        table.add(f"rendering failed: `{first_error_line(result.stderr)}`")
        return [table]
    n_files = int(result.stdout.strip() or 0)
    timings: dict[str, tuple[float, float]] = {}
    # black takes ~40-100 s on the whole tree: once, and in --quick on every 4th file, scaled up
    every = {"ruff": 1, "black": 4 if ctx.quick else 1}
    plan = [("ruff", ctx.reps(3)), ("black", 1)]
    for formatter, reps in plan:
        walls, cpus = [], []
        for _ in range(reps):
            fmt = run([PYTHON, str(Path(__file__)), "format", formatter, str(rendered), str(every[formatter])],
                      cwd=REPO, timeout=1200)
            if not fmt.ok:
                table.add(formatter, n_files, f"failed: `{first_error_line(fmt.stderr)}`")
                break
            walls.append(float(fmt.stdout.strip()) * every[formatter])
            cpus.append(fmt.cpu)
        else:
            timings[formatter] = (median(walls), median(cpus))
    ours_wall = ctx.numbers.get("ours_full_wall")
    for formatter, reps in plan:
        if formatter not in timings:
            continue
        wall, cpu = timings[formatter]
        share = f"{wall / ours_wall * 100:.0f}% of {secs(ours_wall, 1)}" if ours_wall and formatter == "ruff" else (
            f"would be {wall / (ours_wall - timings.get('ruff', (0, 0))[0] + wall) * 100:.0f}% of generate"
            if ours_wall and "ruff" in timings else "—"
        )
        sampled = f", every {every[formatter]}th file, ×{every[formatter]}" if every[formatter] > 1 else ""
        table.add(
            f"{formatter} ({reps} run(s){sampled})", n_files, secs(wall), secs(cpu) if not sampled else "—",
            "—" if formatter == "ruff" or "ruff" not in timings else f"{wall / timings['ruff'][0]:.0f}× slower",
            share,
        )
    table.notes.append(
        "Input: the unformatted .py files `generate_spec` renders for the full spec (runtime files excluded, "
        "they are copied verbatim). Wall is timed inside a fresh process around `format_files` only; black "
        "runs in a process pool over the 2 cores, ruff as one `ruff format` process. "
        "\"Formatting never dominates\" is read as: ruff (our default) takes under half of the full generate."
    )
    if "ruff" in timings and ours_wall:
        ruff_wall = timings["ruff"][0]
        ctx.numbers["ruff_format"] = ruff_wall
        summary.add("formatting Stripe-sized output (ruff, our default)", f"{secs(ruff_wall)} "
                    f"({ruff_wall / ours_wall * 100:.0f}% of generate)",
                    f"black: {secs(timings['black'][0], 0)}" if "black" in timings else "—",
                    "never dominates (< 50% of generate)", ruff_wall < 0.5 * ours_wall)
    return [table]


def child_render(spec: str, out: str) -> None:
    import generator.generate as gen

    gen.format_files = lambda files, *args, **kwargs: files  # keep the rendered text unformatted
    output = gen.generate_spec(spec, PACKAGE, "ruff", use_cache=False)
    files = {p: t for p, t in output.files.items() if p.endswith(".py") and "/_runtime/" not in p}
    Path(out).write_text(json.dumps(files), encoding="utf-8")
    print(len(files))


def child_format(formatter: str, path: str, every: str = "1") -> None:
    from generator.format import format_files

    files = json.loads(Path(path).read_text(encoding="utf-8"))
    files = dict(list(files.items())[:: int(every)])
    started = time.perf_counter()
    format_files(files, formatter, use_cache=False)
    print(f"{time.perf_counter() - started:.4f}")


# --------------------------------------------------------------------------- section 4: curated spec


def section_curated(ctx: Context, summary: Summary) -> list[Table]:
    table = Table(
        "4. The pinned Stripe versions (spec/) → generated/ layout (temp `--out`)",
        ["run", "wall (median)", "CPU (user+sys)", "peak RSS", "runs", "target", "met?"],
    )
    versions = run([PYTHON, "-m", "generator", "versions"], cwd=REPO).stdout.split()
    n_versions = sum(1 for word in versions if re.fullmatch(r"\d{4}-\d{2}-\d{2}", word))
    clean: list[Run] = []
    for index in range(ctx.reps(3, 1)):
        cache = Path(tempfile.mkdtemp(prefix="cache-curated-clean-", dir=ctx.tmp))
        out = ctx.tmp / f"curated-clean-{index}"
        result = run([PYTHON, "-m", "generator", "generate", "--no-cache", "--out", str(out), "-q"],
                     env={"GENERATOR_CACHE_DIR": str(cache)}, cwd=REPO)
        if not result.ok:
            table.add("clean", f"failed: `{first_error_line(result.stderr)}`")
            return [table]
        clean.append(result)
    # unchanged: a run that fills a fresh cache (cold), then runs with nothing changed
    cache = Path(tempfile.mkdtemp(prefix="cache-curated-warm-", dir=ctx.tmp))
    out = ctx.tmp / "curated-warm"
    env = {"GENERATOR_CACHE_DIR": str(cache)}
    cold = run([PYTHON, "-m", "generator", "generate", "--out", str(out), "-q"], env=env, cwd=REPO)
    warm = [run([PYTHON, "-m", "generator", "generate", "--out", str(out), "-q"], env=env, cwd=REPO)
            for _ in range(ctx.reps(5, 3))]
    check = [run([PYTHON, "-m", "generator", "generate", "--check", "--out", str(out)], env=env, cwd=REPO)
             for _ in range(ctx.reps(5, 3))]
    if not cold.ok or not all(r.ok for r in warm + check):
        bad = next(r for r in [cold, *warm, *check] if not r.ok)
        table.add("cached", f"failed: `{first_error_line(bad.stderr)}`")
        return [table]
    c_wall, c_cpu, c_mib = median([r.wall for r in clean]), median([r.cpu for r in clean]), max(r.peak_mib for r in clean)
    w_wall, w_cpu = median([r.wall for r in warm]), median([r.cpu for r in warm])
    k_wall, k_cpu = median([r.wall for r in check]), median([r.cpu for r in check])
    table.add("clean (`--no-cache`, fresh cache dir)", secs(c_wall), secs(c_cpu), mib(c_mib), len(clean),
              "≤ 20 s, ≤ 400 MiB", "yes" if c_wall <= TARGET_CLEAN and c_mib <= TARGET_CLEAN_MIB else "no")
    table.add("first run with an empty cache (fills it)", secs(cold.wall), secs(cold.cpu), mib(cold.peak_mib), 1, "—", "")
    table.add("unchanged (second run, cache warm)", secs(w_wall), secs(w_cpu),
              mib(max(r.peak_mib for r in warm)), len(warm), "≤ 1 s", "yes" if w_wall <= TARGET_UNCHANGED else "no")
    table.add("`generate --check` (cache warm)", secs(k_wall), secs(k_cpu),
              mib(max(r.peak_mib for r in check)), len(check), "≤ 3 s", "yes" if k_wall <= TARGET_CHECK else "no")
    table.notes.append(
        f"{n_versions} pinned version(s), each Stripe's full API; two worker processes build and render versions "
        "side by side (peak RSS is the biggest single process); wall includes interpreter start-up."
    )
    summary.add("pinned versions → generated/, clean", f"{secs(c_wall)} (CPU {secs(c_cpu)}), {mib(c_mib)}", "—",
                "≤ 20 s, ≤ 400 MiB", c_wall <= TARGET_CLEAN and c_mib <= TARGET_CLEAN_MIB, c_cpu <= TARGET_CLEAN)
    summary.add("pinned versions → generated/, unchanged", f"{secs(w_wall)} (CPU {secs(w_cpu)})", "—", "≤ 1 s",
                w_wall <= TARGET_UNCHANGED, w_cpu <= TARGET_UNCHANGED)
    summary.add("`generate --check`", f"{secs(k_wall)} (CPU {secs(k_cpu)})", "—", "≤ 3 s",
                k_wall <= TARGET_CHECK, k_cpu <= TARGET_CHECK)
    return [table, _size_table(out, summary), _load_table(ctx, summary)]


_LOAD_CHILD = """
import statistics, sys, time, yaml
from generator.builder import build_api
from generator.versions import latest_version, published_files, version_document
version = latest_version()
text = published_files()[version].read_text(encoding="utf-8")
times = []
for _ in range(int(sys.argv[1])):
    start = time.process_time(); yaml.load(text, Loader=yaml.CSafeLoader); times.append(time.process_time() - start)
start = time.process_time()
build_api(version_document(version))  # the first call in this process: nothing cached
print(statistics.median(times), time.process_time() - start)
"""


def _load_table(ctx: Context, summary: Summary) -> Table:
    """One full version from its YAML (read, additions, IR) against PyYAML's C loader reading the same YAML."""
    table = Table("4c. One full version from its YAML (latest pinned), CPU", ["what", "CPU (median)", "× C loader", "target", "met?"])
    result = run([PYTHON, "-c", _LOAD_CHILD, str(ctx.reps(3, 1))], cwd=REPO)
    if not result.ok:
        table.add("load", f"failed: `{first_error_line(result.stderr)}`")
        return table
    loader, ours = (float(x) for x in result.stdout.split()[:2])
    ratio = ours / loader
    table.add("PyYAML CSafeLoader: `yaml.load` of the published YAML", secs(loader), "1.00×", "—", "")
    table.add("ours: the version's document (published + additions) and its IR, fresh process", secs(ours), f"{ratio:.2f}×", "≤ 2×", "yes" if ratio <= 2 else "no")
    summary.add("one full version from its YAML (CPU)", f"{ratio:.2f}× the C loader", f"C loader {secs(loader)}", "≤ 2×", ratio <= 2, None)
    return table


def _lines(folder: Path, suffixes: tuple[str, ...] = ()) -> tuple[int, int]:
    """(lines, files) under folder, counting every file or only those with the suffixes."""
    lines = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and (not suffixes or path.suffix in suffixes):
            files += 1
            lines += path.read_bytes().count(b"\n")
    return lines, files


def _size_table(out: Path, summary: Summary) -> Table:
    """All of generated/ against stripe-python's own package, counted the same way in the same run."""
    import stripe  # the peer: the project venv's stripe-python (a dev dependency)

    table = Table("4b. Size of the generated tree", ["tree", "lines", "files", "target", "met?"])
    ours, ours_files = _lines(out)
    peer, peer_files = _lines(Path(stripe.__file__).parent, (".py", ".pyi"))
    table.add("ours: all of generated/ (every version, api.md and event examples included)", f"{ours:,}",
              f"{ours_files:,}", "≤ stripe-python", "yes" if ours <= peer else "no")
    table.add(f"stripe-python {stripe.VERSION}: its package (.py, .pyi)", f"{peer:,}", f"{peer_files:,}", "—", "")
    summary.add("size of generated/ (lines)", f"{ours:,}", f"stripe-python {peer:,}", "≤ stripe-python", ours <= peer, None)
    return table


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    if mode == "render":
        child_render(*rest)
    elif mode == "format":
        child_format(*rest)
    else:
        raise SystemExit(f"unknown mode {mode!r}")
