"""The acceptance tour (examples/typed_tour.py) runs as a user runs it: against the fake over loopback."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from sparkbot.testing import FakeSparkBot

from .conftest import ROOT

TOUR = ROOT / "examples" / "typed_tour.py"
ISO = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d"


def test_typed_tour_runs_against_the_fake() -> None:
    with FakeSparkBot(api_key="tour-key").running() as url:
        env = {**os.environ, "SPARKBOT_API_KEY": "tour-key", "SPARKBOT_BASE_URL": url}
        env.pop("SPARKBOT_DEVICE", None)
        result = subprocess.run(
            [sys.executable, str(TOUR)], env=env, capture_output=True, text=True, timeout=120, check=False
        )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert re.search(r"^device [0-9a-f]{24} main \+\d+ online$", out, re.M), out
    assert len(re.findall(rf"^sent [0-9a-f]{{24}} \S+ {ISO}", out, re.M)) == 2, out
    assert "\nnot found 404\n" in out
    assert re.search(r'^recent 2 \{.*"id": "[0-9a-f]{24}"', out, re.M), out
    assert re.search(r"^gathered 3 pages \[2, 2, 1\]$", out, re.M), out
    assert re.search(rf"^async \['{ISO}[^']*', '{ISO}[^']*', '{ISO}[^']*'\]$", out, re.M), out
    assert result.stderr == ""
