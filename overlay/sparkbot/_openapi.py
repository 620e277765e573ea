"""The spec walk, one for every reader of the OpenAPI document: tools/facade.py (which generates the
facade), the fake server (`sparkbot.testing`) and the tests. Each loads the document its own way (a file,
the packaged copy) and walks it with these."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

METHODS = ("get", "put", "post", "patch", "delete")
"""The HTTP methods the spec uses, in the order operations are walked."""

JSON = dict[str, Any]


def resolve(doc: JSON, node: Any) -> Any:
    """`node` with its local `$ref`s followed (any other value as it is)."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def operations(doc: JSON) -> Iterator[tuple[str, str, JSON]]:
    """Every operation as (path, method, operation object), in the document's path order."""
    for path, item in doc["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def success(doc: JSON, op: JSON) -> tuple[int, JSON]:
    """The documented success status and its response object (refs followed)."""
    status = next(code for code in op["responses"] if str(code).startswith("2"))
    return int(status), resolve(doc, op["responses"][status])
