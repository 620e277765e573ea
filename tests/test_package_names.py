"""The top-level `sparkbot` names: what `dir()` lists, what each public name resolves to on first use (the
package loads them lazily), and the error for a name that does not exist."""

from __future__ import annotations

import sys

import pytest
import sparkbot
import sparkbot.webhooks


def test_dir_lists_exactly_the_public_names() -> None:
    """`dir(sparkbot)` (what a REPL or an IDE completes) is the public names, sorted."""
    assert dir(sparkbot) == sorted(sparkbot.__all__)


def test_an_unknown_name_is_an_attribute_error_naming_it() -> None:
    """A misspelt name fails as any module attribute would, saying which name is missing."""
    with pytest.raises(AttributeError) as info:
        _ = sparkbot.SparkBott  # type: ignore[attr-defined]
    assert str(info.value) == "module 'sparkbot' has no attribute 'SparkBott'"


LAZY = sorted(set(sparkbot.__all__) - {"__version__"})


@pytest.mark.parametrize("name", LAZY)
def test_each_public_name_loads_on_first_use_and_stays(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """A public name not loaded yet resolves to the class of that name on first use, then stays loaded."""
    monkeypatch.delitem(vars(sparkbot), name, raising=False)  # as in a fresh `import sparkbot`
    value = getattr(sparkbot, name)
    assert isinstance(value, type) and value.__name__ == name and value.__module__.startswith("sparkbot")
    assert vars(sparkbot)[name] is value
    assert getattr(sparkbot, name) is value


def test_webhooks_is_reachable_as_an_attribute(monkeypatch: pytest.MonkeyPatch) -> None:
    """`sparkbot.webhooks` works without importing the submodule by name first."""
    monkeypatch.delitem(vars(sparkbot), "webhooks", raising=False)
    assert sparkbot.webhooks is sys.modules["sparkbot.webhooks"]
