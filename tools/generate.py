#!/usr/bin/env python3
"""Regenerate the client package from the OpenAPI spec: openapi-python-client with our config and templates.

Usage: python tools/generate.py [--spec openapi/sparkbot.yaml] [--out generated/sparkbot_api]
                                [--api-md api.md]

The generator runs into a fresh temporary directory and the result replaces --out as a whole, so files of
removed operations do not linger and the output does not depend on where it is written. Run it twice and
the tree is identical; `make check-generated` relies on that.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "openapi" / "config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
DEFAULT_SPEC = ROOT / "openapi" / "sparkbot.yaml"
DEFAULT_OUT = ROOT / "generated" / "sparkbot_api"
DEFAULT_API_MD = ROOT / "api.md"


def run_generator(spec: Path, dest: Path) -> None:
    """openapi-python-client from this interpreter's environment; its ruff post-hooks need ruff on PATH."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    cmd = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(spec),
        "--config", str(CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--meta", "none",
        "--output-path", str(dest),
        "--overwrite",
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"generate: openapi-python-client failed on {spec} (exit {result.returncode})")


def post_generate(out_dir: Path, spec: Path, api_md: Path) -> None:
    """Everything written into the generated package after the generator, before it replaces --out.

    The PEP 561 marker (the generator omits it with `--meta none`), a copy of the spec, and the typed facade
    (tools/facade.py, run in its own interpreter so it imports this fresh package, not an installed one),
    which also writes the API reference to `api_md`.
    Whatever runs here must be deterministic (sorted iteration, no timestamps).
    """
    (out_dir / "py.typed").write_text("")
    # The generator's own client and errors: the overlay's SparkBot is the client and maps every error.
    for unused in ("client.py", "errors.py"):
        (out_dir / unused).unlink()
    # The spec travels with the code generated from it: the fake server validates against it at run time.
    shutil.copyfile(spec, out_dir / "openapi.yaml")
    facade = [sys.executable, str(ROOT / "tools" / "facade.py"), str(spec), str(out_dir), str(api_md)]
    subprocess.run(facade, check=True)
    ruff = Path(sys.executable).parent / "ruff"
    for args in (["check", "--fix-only", "--select", "F,I,UP"], ["format"]):
        subprocess.run([str(ruff), *args, "--isolated", "--line-length", "120", "--no-cache", "-q",
                        str(out_dir / "facade")], check=True)  # fmt: skip


def replace_tree(staged: Path, out: Path) -> None:
    if out.exists():
        if not out.is_dir() or (any(out.iterdir()) and not (out / "facade" / "_base.py").is_file()):
            raise SystemExit(
                f"generate: refusing to replace {out}: not a generated package (no facade/_base.py)"
            )
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(staged, out, ignore=shutil.ignore_patterns("__pycache__"))


def generate(spec: Path, out: Path, api_md: Path) -> None:
    if not spec.is_file():
        raise SystemExit(f"generate: no spec at {spec}")
    with tempfile.TemporaryDirectory(prefix="sparkbot-generate-") as tmp:
        staged = Path(tmp) / "sparkbot_api"
        run_generator(spec, staged)
        post_generate(staged, spec, Path(tmp) / "api.md")
        replace_tree(staged, out)
        shutil.copyfile(Path(tmp) / "api.md", api_md)
    count = sum(1 for p in out.rglob("*") if p.is_file())
    print(f"generate: {spec} -> {out} ({count} files), {api_md}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="OpenAPI document (%(default)s)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="package directory (%(default)s)")
    parser.add_argument("--api-md", type=Path, default=DEFAULT_API_MD, help="API reference (%(default)s)")
    args = parser.parse_args(argv)
    generate(args.spec.resolve(), args.out.resolve(), args.api_md.resolve())


if __name__ == "__main__":
    main()
