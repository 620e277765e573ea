"""The `sparkbot` console script's entry: says which extra to install when the CLI's libraries are missing.

Kept apart from `sparkbot.cli`, which imports typer and rich at once; without them a user gets one line
with the fix instead of an ImportError traceback.
"""

from __future__ import annotations

import sys
from importlib.util import find_spec

INSTALL_HINT = 'the sparkbot command needs the cli extra: pip install "sparkbot[cli]"'


def main() -> None:
    if find_spec("typer") is None or find_spec("rich") is None:
        sys.stderr.write(f"sparkbot: {INSTALL_HINT}\n")
        raise SystemExit(1)
    from .cli import main as run

    run()
