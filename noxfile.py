"""Python 3.12 and 3.13: the test suite without the spec-wide contract tests, then the demo.

3.11, the default, runs everything (`make test`); these sessions show the package works on the newer
interpreters within CI's time. `make compat` runs them (nox from the dev extra, the interpreters from
PATH: .ci/run adds pyenv's). Each session installs the project with its dev extra into its own venv.
"""

from __future__ import annotations

import nox

nox.options.error_on_missing_interpreters = True  # a missing 3.12/3.13 is a failure, never a silent skip
nox.options.reuse_existing_virtualenvs = True


@nox.session(python=["3.12", "3.13"])
def compat(session: nox.Session) -> None:
    session.install("--quiet", "-e", ".[dev]")
    session.run("pytest", "-q", "-p", "no:cacheprovider", "--ignore=tests/contract", *session.posargs)
    session.run("python", "examples/quickstart.py", env={"SPARKBOT_BASE_URL": "", "SPARKBOT_API_KEY": ""})
