"""The `sparkbot` console script's entry: says which extra to install when the CLI's libraries are missing.

Kept apart from `sparkbot.cli`, which imports typer and rich at once; without them a user gets one line
with the fix instead of an ImportError traceback.
"""

from __future__ import annotations

import sys

INSTALL_HINT = 'the sparkbot command needs the cli extra: pip install "sparkbot[cli]"'


def main() -> None:
    try:
        import rich  # noqa: F401
        import typer  # noqa: F401
    except ImportError:
        sys.stderr.write(f"sparkbot: {INSTALL_HINT}\n")
        raise SystemExit(1) from None
    from .cli import main as run

    run()
