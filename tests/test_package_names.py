"""The top-level `sparkbot` names: what `dir()` lists, what each public name resolves to, and the error for
a name that does not exist."""

from __future__ import annotations

import pytest
import sparkbot


def test_dir_lists_exactly_the_public_names() -> None:
    """`dir(sparkbot)` (what a REPL or an IDE completes) is the public names, sorted."""
    assert dir(sparkbot) == sorted(sparkbot.__all__)


def test_an_unknown_name_is_an_attribute_error_naming_it() -> None:
    """A misspelt name fails as any module attribute would, saying which name is missing."""
    with pytest.raises(AttributeError) as info:
        _ = sparkbot.SparkBott  # type: ignore[attr-defined]
    assert str(info.value) == "module 'sparkbot' has no attribute 'SparkBott'"
