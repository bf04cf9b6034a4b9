"""Section 5: import + build a client + touch a resource, each in a fresh subprocess.

Times are taken inside the child with perf_counter (interpreter start-up, common to all, excluded);
peak RSS is the child's ru_maxrss (whole process, start-up included).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import PYTHON, Summary, Table, median, mib, ms, run, secs  # noqa: E402

TARGET_OWN_MS = 30.0

_TIMER = (
    "import time as _t, resource as _r, sys as _s\n"
    "_t0 = _t.perf_counter()\n"
    "{import_}\n"
    "_t1 = _t.perf_counter()\n"
    "{client}\n"
    "_t2 = _t.perf_counter()\n"
    "_s.stdout.write('%f %f %d\\n' % (_t1 - _t0, _t2 - _t0, _r.getrusage(_r.RUSAGE_SELF).ru_maxrss))\n"
)

BASELINE = (
    "import httpx, pydantic",
    "_c = httpx.Client()\n"
    "class _M(pydantic.BaseModel):\n"
    "    id: str\n"
    "    amount: int = 0\n"
    "_M.model_validate({'id': 'x', 'amount': 1})",
)
STRIPE = ("import stripe", "_c = stripe.StripeClient('sk_test_x'); _c.customers")


def ours_code(package: str) -> tuple[str, str]:
    return (f"import {package}", f"_c = {package}.Client('sk_test_x'); _c.customers")


def measure(code: tuple[str, str], reps: int, python: str = PYTHON, env: dict[str, str] | None = None):
    """[(import s, import+client s, peak MiB)] over reps fresh processes, or an error string."""
    script = _TIMER.format(import_=code[0], client=code[1])
    samples = []
    for _ in range(reps):
        result = run([python, "-c", script], env=env)
        if not result.ok:
            return result.stderr.strip().splitlines()[-1] if result.stderr.strip() else f"rc {result.rc}"
        imp, total, rss = result.stdout.split()
        samples.append((float(imp), float(total), int(rss) / 1024))
    return samples


def importtime_top(code: tuple[str, str], prefix: str, env: dict[str, str], top: int = 5) -> list[str]:
    script = code[0] + "\n" + code[1]
    result = run([PYTHON, "-X", "importtime", "-c", script], env=env)
    rows = []
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)", line)
        if match and (match.group(4) == prefix or match.group(4).startswith(prefix + ".")):
            rows.append((int(match.group(2)), int(match.group(1)), match.group(4)))
    rows.sort(reverse=True)
    return [f"| `{name}` | {cum / 1000:.1f} ms | {own / 1000:.1f} ms |" for cum, own, name in rows[:top]]


def section_imports(ctx, summary: Summary) -> list[Table]:  # ctx: gen.Context
    table = Table(
        "5. `import` + build a client + touch `.customers` (fresh subprocess each run)",
        ["package", "import (median)", "import + client + resource", "peak RSS", "runs", "vs stripe", "target"],
    )
    reps = ctx.reps(9, 5)
    if ctx.ours_out is None or not ctx.ours_out.is_dir():
        table.add("ours (full-Stripe-size)", "skipped: no full-spec package was generated (see section 1)")
        return [table]
    package = ctx.ours_out.name
    env = {"PYTHONPATH": str(ctx.ours_out.parent)}
    # interleave the three so that load changes hit all of them alike
    results: dict[str, list] = {"ours": [], "stripe": [], "baseline": []}
    errors: dict[str, str] = {}
    for _ in range(reps):
        for name, code, extra in (("ours", ours_code(package), env), ("stripe", STRIPE, None), ("baseline", BASELINE, None)):
            if name in errors:
                continue
            got = measure(code, 1, env=extra)
            if isinstance(got, str):
                errors[name] = got
            else:
                results[name] += got

    def row(name: str) -> tuple[float, float, float] | None:
        samples = results[name]
        if not samples:
            return None
        return median([s[0] for s in samples]), median([s[1] for s in samples]), median([s[2] for s in samples])

    ours, stripe_, base = row("ours"), row("stripe"), row("baseline")
    try:
        import importlib.metadata as md

        stripe_version = md.version("stripe")
    except Exception:
        stripe_version = "?"
    for label, name, stats in (
        (f"ours: `{package}` (full Stripe spec, {len(list((ctx.ours_out / 'models').glob('*.py')))} model modules)", "ours", ours),
        (f"stripe {stripe_version}: `stripe.StripeClient('sk_test_x').customers`", "stripe", stripe_),
        ("baseline: httpx + `httpx.Client()` + one pydantic model validated", "baseline", base),
    ):
        if stats is None:
            table.add(label, f"failed: `{errors.get(name, '?')}`")
            continue
        vs = "—"
        if name == "ours" and stripe_:
            vs = f"{stats[1] / stripe_[1]:.2f}×"
        target = "below stripe" if name == "ours" else ""
        table.add(label, ms(stats[0]), ms(stats[1]), mib(stats[2]), len(results[name]), vs, target)
    own = None
    if ours and base:
        own = ours[1] - base[1]
        table.add("ours − baseline (the package's own share)", "", ms(own), mib(ours[2] - base[2]), "", "",
                  f"≤ {TARGET_OWN_MS:.0f} ms")
    # openapi-python-client's output: import one endpoint module (DESIGN: 2.3 s)
    if ctx.opc_out is not None:
        import peers

        endpoint = next((p for p in sorted((ctx.opc_out / "api").rglob("*.py")) if "customer" in p.name and p.name != "__init__.py"), None)
        if endpoint is not None:
            module = ".".join(endpoint.relative_to(ctx.opc_out.parent).with_suffix("").parts)
            got = measure((f"import {module}", "pass"), max(3, reps // 3), python=str(peers.BIN / "python"),
                          env={"PYTHONPATH": str(ctx.opc_out.parent)})
            if isinstance(got, str):
                table.add(f"openapi-python-client output: `import {module}`", f"failed: `{got}`")
            else:
                table.add(f"openapi-python-client output: `import {module}`", secs(median([s[0] for s in got])),
                          "", mib(median([s[2] for s in got])), len(got))
    top = importtime_top(ours_code(package), package, env)
    if top:
        table.notes += [
            f"Top 5 own modules by cumulative import time (`python -X importtime`, one run, `import {package}` + client + `.customers`):",
            "",
            "| module | cumulative | self |",
            "|---|---|---|",
            *top,
        ]
    if ours and stripe_:
        summary.add("import + client + resource (full-size package)", ms(ours[1]), f"stripe: {ms(stripe_[1])}",
                    "below stripe", ours[1] < stripe_[1])
        summary.add("… peak RSS of that process", mib(ours[2]), f"stripe: {mib(stripe_[2])}", "—", None)
    if own is not None:
        summary.add("… own share over httpx + pydantic baseline", ms(own), "—", "≤ 30 ms", own * 1000 <= TARGET_OWN_MS)
    return [table]
