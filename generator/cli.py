"""CLI: `python -m generator <command>`; every failure is a located message and a non-zero exit."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from generator import progress
from generator.problems import SpecError

if TYPE_CHECKING:  # each command imports what it needs when it runs
    from generator.generate import Output
    from generator.load import Document

REPO_ROOT = Path(__file__).resolve().parent.parent
GENERATED = REPO_ROOT / "generated"

EXAMPLES = {
    "generate": """examples:
  python -m generator generate                      # every pinned version -> generated/
  python -m generator generate --version 2023-11-10
  python -m generator generate --check              # exit 1 and name stale files; writes nothing
  python -m generator generate --spec openapi.yaml --out build/petstore --package petstore""",
    "versions": "example:\n  python -m generator versions",
    "pin": "example:\n  python -m generator pin 2023-10-16 --from stripe-openapi/openapi/spec3.yaml --fixtures stripe-openapi/openapi/fixtures3.json",
    "validate": "examples:\n  python -m generator validate             # every pinned version\n  python -m generator validate 2023-11-10\n  python -m generator validate openapi.yaml",
    "spec": "example:\n  python -m generator spec 2023-08-16 --format json > stripe-2023-08-16.json",
    "ir": "examples:\n  python -m generator ir 2023-08-16 > ir.json\n  python -m generator ir openapi.yaml --only resources",
    "diff": "examples:\n  python -m generator diff 2023-11-10 2024-02-15\n  python -m generator diff old.yaml new.yaml --format json --fail-on-breaking",
    "mock": "examples:\n  python -m generator mock --port 12111\n  python -m generator mock --spec openapi.yaml",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate typed Python clients for the Stripe API (or any OpenAPI 3.0/3.1 document).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return sub.add_parser(
            name, help=help, description=help, epilog=EXAMPLES.get(name),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    gen = command("generate", "generate client packages from the spec")
    gen.add_argument("--version", action="append", metavar="DATE", help="only this pinned version (repeatable)")
    gen.add_argument("--check", action="store_true", help="exit 1 and list stale files if the output is out of date; write nothing")
    gen.add_argument("--spec", metavar="FILE", help="any OpenAPI 3.0/3.1 document (YAML or JSON) instead of spec/")
    gen.add_argument("--out", metavar="DIR", help="output folder (default: generated/)")
    gen.add_argument("--package", metavar="NAME", help="package name for --spec (default: derived from the file name)")
    gen.add_argument(
        "--dialect",
        choices=("stripe", "openapi"),
        help="with --spec: Stripe's conventions (form brackets, Stripe-Version, idempotency keys, Stripe's errors "
        "and retries) or plain OpenAPI (default: stripe for documents served from *.stripe.com)",
    )
    gen.add_argument(
        "--formatter", choices=("ruff", "black"), default="ruff",
        help="code formatter: ruff (default; black-compatible and ~5x faster here) or black",
    )
    gen.add_argument("--no-cache", action="store_true", help="format everything again instead of reusing cached results")
    gen.add_argument("--fail-on-warning", action="store_true", help="treat warnings (skipped or renamed items) as errors")
    gen.add_argument("--quiet", "-q", action="store_true", help="print only errors")

    command("versions", "list the pinned API versions; the default (latest) is marked")
    pin = command("pin", "pin the API version Stripe published at DATE: check it, re-apply the additions, regenerate")
    pin.add_argument("date", metavar="DATE")
    pin.add_argument("--from", dest="source", required=True, metavar="FILE", help="Stripe's spec3.yaml (or .json) at DATE")
    pin.add_argument("--fixtures", metavar="FILE", help="Stripe's fixtures3.json from the same commit (example objects)")
    pin.add_argument("--formatter", choices=("ruff", "black"), default="ruff")

    val = command("validate", "check a pinned version or a spec file; problems are listed with their location")
    val.add_argument("target", nargs="?", metavar="FILE|DATE")

    spec = command("spec", "print the full OpenAPI document of a pinned version")
    spec.add_argument("date", metavar="DATE")
    spec.add_argument("--format", choices=("yaml", "json"), default="yaml")

    ir_dump = command("ir", "print the IR the generator builds from a pinned version or a spec file, as JSON (for debugging)")
    ir_dump.add_argument("target", metavar="DATE|FILE")
    ir_dump.add_argument("--only", choices=("resources", "models", "params_models", "events", "security_schemes"),
                         help="print only this part of the IR")

    diff = command("diff", "compare two API versions (pinned dates or spec files) as a changelog")
    diff.add_argument("old", metavar="OLD")
    diff.add_argument("new", metavar="NEW")
    diff.add_argument("--format", choices=("markdown", "json"), default="markdown")
    diff.add_argument("--fail-on-breaking", action="store_true", help="exit 1 if any change is breaking")
    diff.add_argument(
        "--spec-dir", type=Path, metavar="DIR", help="where pinned dates are looked up (default: spec/)"
    )

    mock = command("mock", "run a local fake Stripe on 127.0.0.1, driven by the spec")
    group = mock.add_mutually_exclusive_group()
    group.add_argument("--version", metavar="DATE", help="a pinned version (default: the latest)")
    group.add_argument("--spec", metavar="FILE", help="any OpenAPI document")
    mock.add_argument("--port", type=int, default=12111)
    mock.add_argument("--host", default="127.0.0.1")
    mock.add_argument("--forward-to", metavar="URL", help="POST each event there, signed (like `stripe listen`)")
    mock.add_argument("--secret", metavar="WHSEC", help="the webhook signing secret (default: a new whsec_...)")
    return parser


def _say(args: argparse.Namespace, message: str) -> None:
    if not getattr(args, "quiet", False):
        print(message, file=sys.stderr)


def cmd_generate(args: argparse.Namespace) -> int:
    from generator.generate import generate_pinned, generate_spec
    from generator.write import refusal, stale_files, write_tree

    started = time.perf_counter()
    progress.enable(not args.quiet and not args.check)
    if args.spec:
        package = args.package or _package_from(args.spec)
        out_dir = Path(args.out or package)
        output = generate_spec(args.spec, package, args.formatter, not args.no_cache, args.dialect)
    else:
        if args.package or args.dialect:
            print(f"error: {'--package' if args.package else '--dialect'} goes with --spec", file=sys.stderr)
            return 2
        out_dir = Path(args.out) if args.out else GENERATED
        output = generate_pinned(None, args.formatter, not args.no_cache)
        if args.version:
            output = _only_versions(output, args.version, out_dir)
    for warning in output.warnings:
        _say(args, progress.diagnostic(warning))
    if args.fail_on_warning and output.warnings:
        print(f"error: {len(output.warnings)} warning(s) and --fail-on-warning; nothing written", file=sys.stderr)
        return 1
    if args.check:
        stale = stale_files(out_dir, output.files)
        if stale:
            print(f"{out_dir} is out of date; {len(stale)} file(s) differ:", file=sys.stderr)
            for path in stale[:50]:
                print(f"  {out_dir / path}", file=sys.stderr)
            if len(stale) > 50:
                print(f"  ... and {len(stale) - 50} more", file=sys.stderr)
            print("run: python -m generator generate", file=sys.stderr)
            return 1
        _say(args, f"{out_dir} is up to date ({len(output.files)} files)")
        return 0
    refused = refusal(out_dir, output.files)  # a file, a folder not ours, or another package's
    if refused:
        print(f"error: {refused}", file=sys.stderr)
        return 1
    progress.stage(f"writing {out_dir}")
    changed = write_tree(out_dir, output.files)
    elapsed = time.perf_counter() - started
    _say(args, f"wrote {out_dir}: {len(changed)} file(s) changed of {len(output.files)} in {elapsed:.2f}s")
    return 0


def _only_versions(output: Output, versions: list[str], out_dir: Path) -> Output:
    """Regenerate only some versions: other versions' files stay as they are on disk."""
    from generator.generate import PACKAGE, version_module
    from generator.write import read_tree

    keep = {f"{PACKAGE}/{version_module(v)}/" for v in versions}
    on_disk = read_tree(out_dir)
    files = {}
    for path, text in output.files.items():
        in_version = path.startswith(f"{PACKAGE}/v") and path.count("/") >= 2
        if in_version and not any(path.startswith(k) for k in keep):
            if path in on_disk:
                files[path] = on_disk[path].decode("utf-8")
            continue
        files[path] = text
    for path, data in on_disk.items():
        if path.startswith(f"{PACKAGE}/v") and not any(path.startswith(k) for k in keep) and path not in files:
            files[path] = data.decode("utf-8")
    output.files = files
    return output


def _package_from(spec: str) -> str:
    from generator.naming import snake

    return snake(Path(spec).stem, "client")


def cmd_versions(args: argparse.Namespace) -> int:
    from generator.versions import version_summaries

    summaries = version_summaries()
    for index, (version, summary) in enumerate(summaries.items()):
        mark = "  (default, latest)" if index == len(summaries) - 1 else ""
        print(f"{version}{mark}{f'  {summary}' if summary else ''}")
    return 0


def cmd_pin(args: argparse.Namespace) -> int:
    """Pin a published version and regenerate; if generation fails, the pin is undone."""
    from generator.generate import generate_pinned
    from generator.versions import SPEC_DIR, pin_published
    from generator.write import write_tree

    provenance = SPEC_DIR / "published" / "provenance.yaml"
    before = provenance.read_bytes() if provenance.is_file() else None
    written = pin_published(args.date, Path(args.source), Path(args.fixtures) if args.fixtures else None)
    try:
        output = generate_pinned(None, args.formatter)
        write_tree(GENERATED, output.files)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        if before is not None:
            provenance.write_bytes(before)
        raise
    for path in written:
        print(f"wrote {path.relative_to(REPO_ROOT)}")
    print(f"regenerated {GENERATED.relative_to(REPO_ROOT)}; review generated/CHANGELOG.md (its [{args.date}] entry),")
    print("fill in the commit and summary in spec/published/provenance.yaml, then commit spec/ and generated/")
    return 0


def _document(target: str | None) -> Document:
    from generator.load import load_document
    from generator.versions import DATE, latest_version, version_document

    if target is None:
        return version_document(latest_version())
    if DATE.match(target) and not Path(target).exists():
        return version_document(target)
    return load_document(target)


def cmd_validate(args: argparse.Namespace) -> int:
    from generator.validate import validate_document
    from generator.versions import pinned_versions, version_document

    if args.target:
        documents = [(args.target, _document(args.target))]
    else:
        documents = [(v, version_document(v)) for v in pinned_versions()]
    failed = False
    for name, doc in documents:
        problems = validate_document(doc)
        for problem in problems:
            print(progress.diagnostic(str(problem)), file=sys.stderr)
        errors = sum(1 for p in problems if p.severity == "error")
        failed = failed or errors > 0
        print(f"{name}: {'invalid' if errors else 'valid'} ({errors} error(s), {len(problems) - errors} warning(s))")
    return 1 if failed else 0


def cmd_spec(args: argparse.Namespace) -> int:
    import yaml

    from generator.versions import version_document

    data = version_document(args.date).data
    if args.format == "json":
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), sort_keys=False, allow_unicode=True, width=100), end="")
    return 0


def cmd_ir(args: argparse.Namespace) -> int:
    import dataclasses

    from generator.builder import build_api

    api = build_api(_document(args.target))
    data = dataclasses.asdict(api)
    print(json.dumps(data[args.only] if args.only else data, indent=1, default=str, ensure_ascii=False))
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from generator.diff import diff_command

    return diff_command(args.old, args.new, args.format, args.fail_on_breaking, args.spec_dir)


def cmd_mock(args: argparse.Namespace) -> int:
    from generator.mock import serve
    from generator.versions import DATE, latest_version, version_fixtures

    doc = _document(args.spec or args.version)
    # a pinned version's fake starts its objects from Stripe's published fixtures of that version
    version = None if args.spec else (args.version if args.version and DATE.match(args.version) else latest_version())
    serve(doc.data, host=args.host, port=args.port, fixtures=version_fixtures(version) if version else None,
          forward_to=args.forward_to, webhook_secret=args.secret)
    return 0


COMMANDS = {
    "generate": cmd_generate,
    "versions": cmd_versions,
    "pin": cmd_pin,
    "validate": cmd_validate,
    "spec": cmd_spec,
    "ir": cmd_ir,
    "diff": cmd_diff,
    "mock": cmd_mock,
}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except SpecError as exc:
        for problem in exc.problems:
            print(progress.diagnostic(str(problem)), file=sys.stderr)
        if args.command == "generate":
            count = sum(1 for p in exc.problems if p.severity == "error")
            print(f"error: {count} problem(s) in the spec; nothing was written", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; nothing was written", file=sys.stderr)
        return 130
