"""The public API type-checks under `mypy --strict`, and mypy rejects wrong calls."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

USAGE = Path(__file__).with_name("typing_usage.py")
WRONG = """\
from sparkbot import SparkBot


def wrong(client: SparkBot) -> None:
    client.messages.send_text(phone="+34600111222", message="hi", priority="urgentest")
    client.sessions.sync(123)
"""


def mypy(*files: Path) -> subprocess.CompletedProcess[str]:
    """mypy --strict from the project root, so its config (mypy_path, cache) applies."""
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", *map(str, files)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)


def test_realistic_usage_type_checks() -> None:
    result = mypy(USAGE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_wrong_calls_are_rejected(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong_usage.py"
    wrong.write_text(WRONG)
    result = mypy(wrong)
    assert result.returncode == 1, result.stdout + result.stderr
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, result.stdout
    assert "wrong_usage.py:5:" in errors[0] and '"priority"' in errors[0] and "urgentest" in errors[0]
    assert "wrong_usage.py:6:" in errors[1] and '"sync"' in errors[1] and '"int"' in errors[1]
