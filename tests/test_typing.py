"""The public API type-checks as users check it (mypy --strict and pyright strict), and both report the
mistakes users make: a misspelt nested key, a wrong nested value type, a misspelt argument."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

USAGE = ROOT / "tests" / "typed" / "usage.py"
TOUR = ROOT / "examples" / "typed_tour.py"
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
WRONG = """\
from sparkbot import SparkBot


def wrong(client: SparkBot) -> None:
    client.messages.send_text(phone="+34600111222", message="hi", priority="urgentest")
    client.sessions.sync(123)
    client.messages.send_media(phone="+34600111222", media={"ulr": "https://example.com/cat.jpg"})
    client.messages.send_poll(phone="+34600111222", poll={"name": "Lunch?", "options": [1, 2]})
    client.messages.send_text(phone="+34600111222", mesage="hi")
    client.messages.send_text(phone="+34600111222", message="hi", expiration={"seconds": "soon"})
"""
WRONG_LINES = {5, 6, 7, 8, 9, 10}


def mypy(*files: Path) -> subprocess.CompletedProcess[str]:
    """mypy --strict from the project root, so its config (mypy_path, cache) applies."""
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", *map(str, files)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)


def pyright(*files: Path) -> list[dict[str, object]]:
    """pyright's errors (strict: the project's [tool.pyright] settings) on these files."""
    if not PYRIGHT.exists():  # make install (npm ci) puts it there; CI always has it
        pytest.fail("pyright is missing: run `make install`")
    command = [str(PYRIGHT), "--outputjson", *map(str, files)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    report = json.loads(result.stdout)
    return [d for d in report["generalDiagnostics"] if d["severity"] == "error"]


def test_readme_first_snippet_type_checks(tmp_path: Path) -> None:
    """The README's first code block, as a new user pastes it, is clean under mypy --strict and pyright."""
    readme = (ROOT / "README.md").read_text()
    snippet = tmp_path / "readme_snippet.py"
    snippet.write_text(readme.split("```python\n", 1)[1].split("```", 1)[0])
    assert "client.devices.list()" in snippet.read_text()
    result = mypy(snippet)
    assert result.returncode == 0, result.stdout + result.stderr
    assert pyright(snippet) == []


def test_realistic_usage_type_checks_under_mypy() -> None:
    result = mypy(USAGE, TOUR)
    assert result.returncode == 0, result.stdout + result.stderr


def test_realistic_usage_type_checks_under_pyright() -> None:
    errors = pyright(USAGE, TOUR)
    assert errors == []


@pytest.fixture
def wrong(tmp_path: Path) -> Path:
    path = tmp_path / "wrong_usage.py"
    path.write_text(WRONG)
    return path


def test_mypy_reports_each_mistake(wrong: Path) -> None:
    result = mypy(wrong)
    assert result.returncode == 1, result.stdout + result.stderr
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert {int(line.split(":")[1]) for line in errors} == WRONG_LINES, result.stdout
    text = "\n".join(errors)
    assert '"priority"' in text and "urgentest" in text
    assert '"sync"' in text and '"int"' in text
    assert 'Extra key "ulr" for TypedDict "MessagesSendMediaMediaParam"' in text  # misspelt nested key
    assert 'List item 0 has incompatible type "int"; expected "str"' in text  # wrong nested value type
    assert 'Unexpected keyword argument "mesage"' in text  # misspelt argument
    assert '"expiration"' in text and '"MessageExpirationParam | None"' in text


def test_pyright_reports_each_mistake(wrong: Path) -> None:
    errors = pyright(wrong)
    lines = {int(str(e["range"]["start"]["line"])) + 1 for e in errors}  # type: ignore[index]
    assert lines == WRONG_LINES, errors
    text = "\n".join(str(e["message"]) for e in errors)
    assert '"ulr" is an undefined item in type "MessagesSendMediaMediaParam"' in text
    assert 'parameter "poll" of type "PollParam"' in text and "list[int]" in text
    assert 'No parameter named "mesage"' in text and "urgentest" in text
