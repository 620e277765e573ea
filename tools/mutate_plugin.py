"""pytest plugin that tools/mutate.py loads into mutmut's runs (`-p mutate_plugin`).

mutmut learns which tests reach each function by recording, during one instrumented run, the functions
called between two tests' teardowns. Functions a test module calls while it is being collected (module-level
filters, parametrize lists, tables of parsed events) are then credited to whichever test runs first, so
their mutants would be tried against a test that never looks at them. Here they count as reached by every
test of the module that called them.
"""

from __future__ import annotations

import os
from collections.abc import Generator

import pytest
from mutmut.state import state

_reached_while_collecting: dict[str, set[str]] = {}  # test module node id -> functions it reached


def _recording() -> bool:
    return os.environ.get("MUTANT_UNDER_TEST") == "stats"


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(
    collector: pytest.Collector,
) -> Generator[None, pytest.CollectReport, pytest.CollectReport]:
    report = yield
    if _recording() and isinstance(collector, pytest.Module) and state()._stats:
        _reached_while_collecting[collector.nodeid] = set(state()._stats)
        state()._stats.clear()
    return report


def pytest_collection_finish(session: pytest.Session) -> None:
    if not _recording():
        return
    for item in session.items:
        for function in _reached_while_collecting.get(item.nodeid.partition("::")[0], ()):
            state().tests_by_mangled_function_name[function].add(item.nodeid)
