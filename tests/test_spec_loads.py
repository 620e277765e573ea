"""schemathesis loads openapi/sparkbot.yaml and resolves every one of its 135 operations."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis.core.result import Err, Ok

from .conftest import SPEC_PATH

HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def test_schemathesis_loads_every_operation(spec: dict[str, Any]) -> None:
    schema = schemathesis.openapi.from_path(str(SPEC_PATH))
    results = list(schema.get_all_operations())
    errors = [str(r.err()) for r in results if isinstance(r, Err)]
    assert errors == []
    loaded = sorted(r.ok().label for r in results if isinstance(r, Ok))
    declared = sorted(
        f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method in item
        if method in HTTP_METHODS
    )
    assert loaded == declared
    assert len(loaded) == 135
