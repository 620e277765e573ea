"""What users read: api.md lists every action, facade docstrings explain each argument, sparkbot.types
exports every model and nested-argument TypedDict, models serialise to JSON."""

from __future__ import annotations

import datetime
import inspect
import json
import subprocess
import sys
import typing
from typing import Any

import pytest
import sparkbot.types
from sparkbot import SparkBot
from sparkbot_api import models
from sparkbot_api.facade import NAMESPACES
from sparkbot_api.facade import params as generated_params

from .conftest import API_KEY, BASE_URL, ROOT

API_MD = (ROOT / "api.md").read_text()


def client() -> SparkBot:
    return SparkBot(api_key=API_KEY, base_url=BASE_URL)


def facade_methods() -> list[tuple[str, str, Any]]:
    found = []
    c = client()
    for ns in NAMESPACES:
        resource = getattr(c, ns)
        for name, method in inspect.getmembers(resource, inspect.ismethod):
            if not name.startswith("_"):
                found.append((ns, name, method))
    return found


def spec_actions(node: Any) -> set[str]:
    """Every `x-sparkbot-action` named anywhere in the spec (one per operation or send variant)."""
    if isinstance(node, list):
        return set().union(*map(spec_actions, node)) if node else set()
    if not isinstance(node, dict):
        return set()
    own = node.get("x-sparkbot-action")
    found = {own} if isinstance(own, str) else set(own or [])
    return found.union(*(spec_actions(v) for k, v in node.items() if k != "x-sparkbot-action"))


def test_api_md_lists_every_action_with_its_call(spec: dict[str, Any]) -> None:
    actions = spec_actions(spec) | set(spec["x-sparkbot-overlay-actions"])
    overlay = set(spec["x-sparkbot-overlay-actions"])
    assert len(actions) >= 148  # the catalogue's, and any the evidence added
    missing = [a for a in set(actions) if f"action `{a}`" not in API_MD]
    assert not missing
    methods = facade_methods()
    # at least one per action (two methods may share one: send_list is a kind of text message), and resolve
    assert len(methods) >= len(actions - overlay) + 1
    for ns, name, _ in methods:
        assert f"`client.{ns}.{name}(" in API_MD, (ns, name)
    assert "`client.messages.send_media(device=None, *, media, …) -> Message`" in API_MD
    assert "`POST /messages` · action `Send messages:Send multimedia message`" in API_MD


def test_api_md_lists_every_model_and_param() -> None:
    for name in [*models.__all__, *generated_params.__all__]:
        assert f"- `{name}`" in API_MD, name


def test_every_facade_docstring_explains_every_argument() -> None:
    options = ("timeout", "extra_headers", "max_retries", "deadline", "limit")
    for ns, name, method in facade_methods():
        if not method.__func__.__module__.startswith("sparkbot_api.facade."):  # hand-written: resolve, upload
            continue
        doc = inspect.getdoc(method) or ""
        assert "Action `" in doc and "Returns:" in doc, (ns, name)
        for param in inspect.signature(method).parameters.values():
            if param.name not in ("self", *options):
                assert f"\n    {param.name}: " in doc, (ns, name, param.name)


def test_a_docstring_line_has_description_rules_and_api_default() -> None:
    doc = inspect.getdoc(client().messages.send_text) or ""
    assert "retries: Maximum Retries. 0 to 100. API default: 25." in doc
    assert "priority: Priority. One of normal, high, low. API default: normal." in doc
    assert "phone: Target phone number (one of phone, group or channel). Matches ^\\+[1-9]\\d{1,14}$." in doc


def test_nested_arguments_are_typed_dicts_named_in_the_signature() -> None:
    hints = typing.get_type_hints(generated_params.PollParam)
    assert generated_params.PollParam.__required_keys__ == frozenset({"name"})
    assert set(hints) == {"name", "options"}
    send_poll = inspect.signature(client().messages.send_poll)
    assert send_poll.parameters["poll"].annotation == "PollParam"
    assert send_poll.parameters["expiration"].annotation == "MessageExpirationParam | None"


def test_types_exports_models_and_params_lazily() -> None:
    assert sparkbot.types.Message is models.Message
    assert sparkbot.types.PollParam is generated_params.PollParam
    assert set(sparkbot.types.__all__) == {*models.__all__, *generated_params.__all__}
    with pytest.raises(AttributeError):
        _ = sparkbot.types.Mesage
    code = "import sys, sparkbot; print(any(m.startswith('sparkbot_api.models.') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_to_dict_and_to_json_are_json_ready() -> None:
    payload = {"id": "6" * 24, "status": "queued", "sentAt": "2026-01-02T03:04:05Z", "media": {"url": "u"}}
    message = sparkbot.types.Message.from_dict(payload)
    assert message.sent_at == datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    as_dict = message.to_dict()
    assert as_dict == payload  # date-times as the API writes them: UTC with Z
    assert json.loads(message.to_json()) == as_dict
    offset = sparkbot.types.Message.from_dict({"sentAt": "2026-01-02T05:04:05+02:00"})
    assert offset.to_dict() == {"sentAt": "2026-01-02T05:04:05+02:00"}  # another offset is kept
