"""The generated package: every module imports, and no spec parameter was dropped by the generator."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import pytest
import sparkbot_api
from openapi_python_client.strings import PythonIdentifier
from sparkbot._openapi import operations, resolve


def all_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(sparkbot_api.__path__, "sparkbot_api."))


@pytest.mark.parametrize("name", all_modules())
def test_every_generated_module_imports(name: str) -> None:
    importlib.import_module(name)


def test_each_generated_function_takes_exactly_the_spec_parameters(spec: dict[str, Any]) -> None:
    modules = {m.rsplit(".", 1)[1]: m for m in all_modules() if m.startswith("sparkbot_api.api.")}
    checked = 0
    for path, method, op in operations(spec):
        module = importlib.import_module(modules[op["operationId"]])
        params = [resolve(spec, p) for p in op.get("parameters", [])]
        want = {str(PythonIdentifier(p["name"], prefix="field_")) for p in params}
        if "requestBody" in op:
            want.add("body")
        got = set(inspect.signature(module.build_request).parameters)
        assert got == want, f"{method.upper()} {path}: {sorted(got ^ want)}"
        # nothing ships that never runs: the client sends requests itself
        assert not {"sync", "sync_detailed", "asyncio", "asyncio_detailed"} & set(vars(module))
        checked += 1
    assert checked == 135


def test_importing_one_operation_does_not_import_every_model() -> None:
    import subprocess
    import sys

    code = (
        "import sys, sparkbot_api.api.whats_app_session.sync_session as m;"
        "print(sum(1 for n in sys.modules if n.startswith('sparkbot_api.models.')))"
    )
    loaded = int(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    )
    assert 0 < loaded < 10


def test_generated_code_never_imports_the_overlay() -> None:
    """The boundary runs one way: the overlay imports the generated package, never the reverse (the facade
    reaches the client through the `Caller` protocols of `sparkbot_api.facade._base`)."""
    import ast
    from pathlib import Path

    root = Path(sparkbot_api.__path__[0])
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            found += [f"{path.relative_to(root)}: {n}" for n in names if n.split(".")[0] == "sparkbot"]
    assert len(list(root.rglob("*.py"))) > 500
    assert found == []


def test_generated_package_imported_alone_loads_no_overlay() -> None:
    import subprocess
    import sys

    code = (
        "import sys, sparkbot_api.facade, sparkbot_api.facade.messages;"
        "print(sorted(n for n in sys.modules if n == 'sparkbot' or n.startswith('sparkbot.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


class RecordingCaller:
    """Stands in for the client: keeps what each facade method hands over."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, dict[str, Any]]] = []

    def _request(self, op: Any, values: Any, options: Any) -> None:
        self.calls.append((op, dict(values)))

    def _paginate(self, op: Any, values: Any, options: Any, limit: Any) -> None:
        self.calls.append((op, {**values, "limit": limit}))  # a pager's limit, not the API's


OPTIONS = {"timeout", "extra_headers", "max_retries", "deadline"}


def test_every_argument_a_facade_method_hands_over_has_rules() -> None:
    """The client checks each given argument against its rules; none may go unchecked for want of any."""
    from sparkbot_api.facade._base import SyncResource

    caller = RecordingCaller()
    methods = 0
    for name in all_modules():
        if not name.startswith("sparkbot_api.facade."):
            continue
        module = importlib.import_module(name)
        for cls in vars(module).values():
            if not (inspect.isclass(cls) and issubclass(cls, SyncResource) and cls.__module__ == name):
                continue
            resource = cls(caller)  # type: ignore[arg-type]
            for method_name, method in inspect.getmembers(resource, inspect.ismethod):
                if method_name.startswith("_"):
                    continue
                given = [p for p in inspect.signature(method).parameters if p not in OPTIONS]
                method(**dict.fromkeys(given, "x"))
                op, values = caller.calls[-1]
                assert set(values) == set(given), method_name
                if op.page_size is not None:
                    del values["limit"]
                assert set(values) <= set(op.rules), (op.name, set(values) - set(op.rules))
                methods += 1
    assert methods >= 148
