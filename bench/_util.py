"""Shared helpers for the benchmark suite: timed subprocesses, medians, Markdown tables."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
STRIPE_SPECS = REPO.parent / "shared" / "stripe-openapi"
FULL_SPEC = Path(os.environ.get("BENCH_FULL_SPEC", STRIPE_SPECS / "2023-08-16.yaml"))
PYTHON = sys.executable  # the project's venv (/tmp/venv): generator, stripe, httpx, pydantic

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass
class Run:
    """One finished subprocess: wall time, peak RSS of the biggest process in its tree, output."""

    cmd: Sequence[str]
    rc: int
    wall: float
    cpu: float  # user + sys of the child and the descendants it reaped
    peak_mib: float
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        return self.rc == 0


TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def run(
    cmd: Sequence[str],
    *,
    env: dict[str, str] | None = None,
    cwd: str | Path | None = None,
    timeout: float = 900,
) -> Run:
    """Run a command; measure wall time, CPU time and peak RSS (of the biggest single process).

    Peak RSS comes from `/usr/bin/time -f %M` (GNU time), not from this process's wait4: Linux carries
    the forking process's high-water RSS into a child across exec, so a child forked from this big
    Python process would report at least our own size.  Without GNU time, wait4's figures are used
    (peak RSS then an upper bound).
    """
    full_env = dict(os.environ)
    # Measure what users run: modules compiled once to .pyc (some shells set this to skip that).
    full_env.pop("PYTHONDONTWRITEBYTECODE", None)
    if env:
        full_env.update(env)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r") as stats:
        wrapped = [TIME, "-q", "-o", stats.name, "-f", "%U %S %M", *cmd] if TIME else list(cmd)
        started = time.perf_counter()
        proc = subprocess.Popen(wrapped, stdout=out, stderr=err, env=full_env, cwd=cwd, start_new_session=True)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)  # its own session: the command and everything it started
            proc.wait()
        wall = time.perf_counter() - started
        cpu, peak = float("nan"), float("nan")
        if TIME:
            last = (stats.read().strip().splitlines() or [""])[-1].split()
            if len(last) == 3:
                cpu, peak = float(last[0]) + float(last[1]), int(last[2]) / 1024
        out.seek(0)
        err.seek(0)
        return Run(
            cmd=cmd,
            rc=proc.returncode,
            wall=wall,
            cpu=cpu,
            peak_mib=peak,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, *cells: Any) -> None:
        self.rows.append([("" if c is None else str(c)) for c in cells])

    def render(self) -> str:
        lines = [f"### {self.title}", ""]
        lines.append("| " + " | ".join(self.columns) + " |")
        lines.append("|" + "|".join("---" for _ in self.columns) + "|")
        for row in self.rows:
            cells = row + [""] * (len(self.columns) - len(row))
            lines.append("| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |")
        if self.notes:
            lines.append("")
            lines.extend(self.notes)
        return "\n".join(lines) + "\n"


@dataclass
class Summary:
    """The final table: what, ours, peer, target, met?"""

    rows: list[tuple[str, str, str, str, str]] = field(default_factory=list)

    def add(self, what: str, ours: str, peer: str, target: str, met: bool | None, cpu_met: bool | None = None) -> None:
        """met: judged on wall time; cpu_met, when given for a wall-time target that was missed, tells
        whether the CPU time alone would meet it (the machine is shared: wall time suffers from load)."""
        verdict = "n/a" if met is None else ("yes" if met else "no")
        if met is False and cpu_met:
            verdict += " (CPU time meets it: machine loaded)"
        self.rows.append((what, ours, peer, target, verdict))

    def table(self) -> Table:
        table = Table("Summary", ["what", "ours", "peer", "target", "met?"])
        for row in self.rows:
            table.add(*row)
        return table


def secs(value: float | None, digits: int = 2) -> str:
    if value is None or value != value:
        return "—"
    return f"{value:.{digits}f} s"


def ms(value: float | None, digits: int = 0) -> str:
    if value is None or value != value:
        return "—"
    return f"{value * 1000:.{digits}f} ms"


def mib(value: float | None) -> str:
    if value is None or value != value:
        return "—"
    return f"{value:.0f} MiB"


def ratio(ours: float | None, peer: float | None) -> str:
    if not ours or not peer or ours != ours or peer != peer:
        return "—"
    return f"{peer / ours:.1f}× faster" if peer >= ours else f"{ours / peer:.1f}× slower"


def first_error_line(text: str) -> str:
    """The exception line of a traceback (rich or plain), else the last non-empty line."""
    import re

    lines = [line.strip(" │╭╰─╮╯") for line in text.splitlines()]
    lines = [line.strip() for line in lines if line.strip()]
    for index, line in enumerate(lines):
        if re.match(r"^[A-Za-z_][\w.]*(Error|Exception|Exit)\b:?", line):
            # a rich traceback wraps long messages: join the following lines up to the next blank/box
            message = line
            for extra in lines[index + 1 : index + 4]:
                if extra.startswith(("Command exited", "Traceback", "File ")) or re.match(r"^[A-Za-z_][\w.]*Error", extra):
                    break
                message += " " + extra if not message.endswith(extra) else ""
            return message[:300]
    useful = [line for line in lines if not line.startswith("Command exited")]
    return useful[-1][:300] if useful else "(no output)"


def load_avg() -> str:
    try:
        one, five, _ = os.getloadavg()
        return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"
    except OSError:
        return ""
