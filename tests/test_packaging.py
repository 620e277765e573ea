"""Package metadata as PyPI and pip show it: README as the description, MIT license, project URLs,
classifiers, and exact pins only in the dev toolchain (from the installed distribution's metadata)."""

from __future__ import annotations

from importlib.metadata import metadata

from packaging.requirements import Requirement

from .conftest import ROOT

META = metadata("sparkbot")


def test_readme_license_and_urls() -> None:
    assert META["Description-Content-Type"] == "text/markdown"
    # An editable install's metadata is a snapshot of the README at install time: compare its heading.
    description: str = META.get_payload()  # type: ignore[attr-defined]
    readme = (ROOT / "README.md").read_text()
    assert description.splitlines()[0] == readme.splitlines()[0] == "# sparkbot-python"
    assert META["License-Expression"] == "MIT"
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
    urls = dict(url.split(", ", 1) for url in META.get_all("Project-URL") or [])
    assert {"Homepage", "Documentation", "Repository", "Issues", "API reference"} <= set(urls)


def test_classifiers() -> None:
    classifiers = set(META.get_all("Classifier") or [])
    for version in ("3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {version}" in classifiers
    assert "Typing :: Typed" in classifiers
    assert (ROOT / "overlay" / "sparkbot" / "py.typed").exists()


def test_exact_pins_only_in_the_dev_extra() -> None:
    requirements = [Requirement(r) for r in META.get_all("Requires-Dist") or []]
    users = [r for r in requirements if not r.marker or not r.marker.evaluate({"extra": "dev"})]
    pinned = [str(r) for r in users if any(s.operator in ("==", "===") for s in r.specifier)]
    assert not pinned
    assert users and all(str(r.specifier) for r in users)  # and none is left unbounded below
