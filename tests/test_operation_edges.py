"""What one call does with its arguments at the edges a user can reach: the exact complaint (field, rule,
value), dates as the API writes them, nesting and URL-size limits, and the device lookup's messages."""

from __future__ import annotations

import datetime
import enum
import json
import math
from typing import Any

import pytest
import respx
import sparkbot
from sparkbot import SparkBot, SparkBotValidationError
from sparkbot._openapi import operations, resolve, success

from .conftest import DEVICE


def refused(call: Any) -> SparkBotValidationError:
    with pytest.raises(SparkBotValidationError) as info:
        call()
    return info.value


def test_a_lone_surrogate_is_named_with_its_rule(client: SparkBot, router: respx.MockRouter) -> None:
    error = refused(lambda: client.messages.send_text(DEVICE, phone="+34600111222", message="a\ud800b"))
    assert (error.field, error.rule) == ("message", "must be valid Unicode text (no lone surrogates)")
    assert not router.calls


def test_a_non_finite_number_is_named_with_its_value(client: SparkBot, router: respx.MockRouter) -> None:
    error = refused(lambda: client.request("POST", "/x", json={"n": float("nan")}))
    assert (error.field, error.rule) == ("json.n", "must be a finite number, got nan")
    assert error.value != error.value  # the NaN itself
    assert not router.calls


def test_a_path_id_that_is_no_segment_carries_the_value(client: SparkBot, router: respx.MockRouter) -> None:
    error = refused(lambda: client.user_status.get("a/b", DEVICE))
    assert error.field == "status_id" and error.value == "a/b"
    assert error.rule == "must be one path segment: not empty, '.' or '..', and without '/' or '\\'"
    assert not router.calls


def nested(levels: int) -> Any:
    value: Any = 1
    for _ in range(levels):
        value = [value]
    return value


def test_nesting_is_refused_from_33_levels(client: SparkBot, router: respx.MockRouter) -> None:
    route = router.post("/x").respond(200, json={})
    client.request("POST", "/x", json=nested(32))
    assert json.loads(route.calls.last.request.content) == nested(32)
    error = refused(lambda: client.request("POST", "/x", json=nested(33)))
    assert error.rule == "must not be nested more than 32 levels deep"


def test_a_long_list_in_the_query_is_refused_before_sending(
    client: SparkBot, router: respx.MockRouter
) -> None:
    # 2,730 ids of 9 characters: about 38,000 characters once each repeats `ids=`, over the 32 KiB limit
    error = refused(lambda: client.devices.list(ids=["abcdefghi"] * 2730).to_list())
    assert error.field == "ids" and "longer than 32768 characters" in error.rule
    # 6,000 ids of one character: each is short, but `ids=a&` six times over is 36,000 characters too
    error = refused(lambda: client.devices.list(ids=["a"] * 6000).to_list())
    assert error.field == "ids" and "longer than 32768 characters" in error.rule
    assert not router.calls


def test_utc_datetimes_are_sent_as_the_api_writes_them(client: SparkBot, router: respx.MockRouter) -> None:
    route = router.get("/messages").respond(200, json=[])
    when = datetime.datetime(2026, 12, 2, 10, 30, tzinfo=datetime.UTC)
    later = datetime.datetime(2026, 12, 2, 12, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    client.messages.list(after=when, limit=1).to_list()
    client.messages.list(after=later, limit=1).to_list()
    sent = [call.request.url.params["after"] for call in route.calls]
    assert sent == ["2026-12-02T10:30:00Z", "2026-12-02T12:00:00+02:00"]


MAIN = {"id": DEVICE, "alias": "Main", "phone": "+34600111222"}
NAMELESS = {"id": "6a1b2c3d4e5f6a7b8c9d0e1f"}


def test_device_errors_list_each_candidate_as_id_alias_phone(router: respx.MockRouter) -> None:
    router.get("/devices").respond(200, json=[MAIN, NAMELESS])
    with SparkBot(api_key="k" * 12, base_url="http://sparkbot.test/v1", max_retries=0) as client:
        with pytest.raises(sparkbot.DeviceResolutionError) as several:
            client.sessions.sync()
        with pytest.raises(sparkbot.DeviceResolutionError) as none:
            client.sessions.sync("nobody")
    candidates = [f"{DEVICE} (Main, +34600111222)", "6a1b2c3d4e5f6a7b8c9d0e1f (-, -)"]
    assert several.value.candidates == none.value.candidates == candidates
    assert str(several.value) == (
        "the account has several WhatsApp numbers; pass device= or set SPARKBOT_DEVICE: "
        + "; ".join(candidates)
    )
    assert str(none.value).startswith("no WhatsApp number matches 'nobody': ")


def test_an_account_without_numbers_says_so(router: respx.MockRouter) -> None:
    router.get("/devices").respond(200, json=[])
    with (
        SparkBot(api_key="k" * 12, base_url="http://sparkbot.test/v1") as client,
        pytest.raises(sparkbot.DeviceResolutionError) as info,
    ):
        client.sessions.sync()
    assert str(info.value) == "the account has no WhatsApp number; pass device="
    assert info.value.candidates == []


def test_a_listed_number_without_an_id_is_an_error(router: respx.MockRouter) -> None:
    router.get("/devices").respond(200, json=[{"alias": "ghost", "phone": "+1 555 0100"}])
    with (
        SparkBot(api_key="k" * 12, base_url="http://sparkbot.test/v1") as client,
        pytest.raises(sparkbot.DeviceResolutionError) as info,
    ):
        client.sessions.sync("ghost")
    assert str(info.value) == "the API listed a WhatsApp number without a valid id: None (ghost, +1 555 0100)"


DOC: dict[str, Any] = {
    "paths": {
        "/a": {"get": {"operationId": "a", "responses": {"200": {"$ref": "#/components/responses/Ok"}}},
               "parameters": []},
        "/b/{id}": {"delete": {"operationId": "b", "responses": {"404": {}, "204": {"description": "gone"}}},
                    "post": {"operationId": "c", "responses": {"201": {"description": "made"}}}},
    },
    "components": {
        "responses": {"Ok": {"$ref": "#/components/responses/Fine"}, "Fine": {"description": "ok"}}
    },
}  # fmt: skip


def test_the_spec_walk() -> None:
    walked = [(path, method, op["operationId"]) for path, method, op in operations(DOC)]
    assert walked == [("/a", "get", "a"), ("/b/{id}", "post", "c"), ("/b/{id}", "delete", "b")]
    assert resolve(DOC, {"$ref": "#/components/responses/Ok"}) == {"description": "ok"}  # refs to refs
    assert resolve(DOC, [1]) == [1]
    ops = {op["operationId"]: op for _, _, op in operations(DOC)}
    assert success(DOC, ops["a"]) == (200, {"description": "ok"})
    assert success(DOC, ops["b"]) == (204, {"description": "gone"})  # the first 2xx, not the first status


def test_the_url_limit_counts_the_path_and_each_encoded_argument(
    client: SparkBot, router: respx.MockRouter
) -> None:
    """Path template (27) + `device=<id>` (31) + `include=<text>` (8 + n) may reach 32768, not pass it."""
    route = router.get(f"/devices/{DEVICE}/profile").respond(200, json={})
    longest = "a" * (32768 - 27 - 31 - 8)
    client.profile.get(DEVICE, include=longest)
    assert route.call_count == 1
    error = refused(lambda: client.profile.get(DEVICE, include=longest + "a"))
    assert error.field == "include" and error.rule == "makes the URL longer than 32768 characters"
    assert route.call_count == 1


def test_the_cli_prints_a_reply_that_is_no_object_as_it_came(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bare JSON value the API answers (here `true`) is printed as JSON by the CLI, not a crash."""
    from sparkbot.cli import app
    from typer.testing import CliRunner

    monkeypatch.setenv("SPARKBOT_API_KEY", "k" * 12)
    monkeypatch.setenv("SPARKBOT_BASE_URL", "http://sparkbot.test/v1")
    with respx.mock(base_url="http://sparkbot.test/v1") as router:
        router.post(f"/devices/{DEVICE}/reboot").respond(200, json=True)
        done = CliRunner().invoke(app, ["session", "reboot", DEVICE])
    assert done.exit_code == 0, done.output
    assert json.loads(done.output) is True


class Text(str):
    """A str subclass, as a template engine's markup string is."""


class Count(int):
    pass


class Ratio(float):
    pass


def test_subclasses_of_str_int_and_float_go_as_their_plain_values(
    client: SparkBot, router: respx.MockRouter
) -> None:
    """Anywhere in an argument (a typed parameter, or nested in a body) a str, int or float subclass is
    sent as the plain value it holds."""
    route = router.post("/messages").respond(201, json={"id": "a" * 24})
    client.messages.send_text(DEVICE, phone=Text("+34600111222"), message=Text("hi"))
    body = json.loads(route.calls.last.request.content)
    assert (body["phone"], body["message"]) == ("+34600111222", "hi")
    other = router.post("/x").respond(200, json={})
    client.request("POST", "/x", json={"items": [Text("a"), Count(3), Ratio(1.5)], "n": Count(-2)})
    sent = json.loads(other.calls.last.request.content)
    assert sent == {"items": ["a", 3, 1.5], "n": -2}
    assert [type(v) for v in [*sent["items"], sent["n"]]] == [str, int, float, int]  # 3, not 3.0


def test_a_bad_value_inside_a_subclass_or_an_enum_is_named_where_it_is(
    client: SparkBot, router: respx.MockRouter
) -> None:
    class Level(enum.Enum):
        BROKEN = math.nan

    for bad in (Ratio(math.inf), Level.BROKEN):
        error = refused(lambda bad=bad: client.request("POST", "/x", json={"poll": {"weight": bad}}))
        assert error.field == "json.poll.weight" and error.rule.startswith("must be a finite number")
    assert not router.calls


def test_an_enum_adds_no_level_of_nesting(client: SparkBot, router: respx.MockRouter) -> None:
    """An enum member whose value is a list or mapping counts as that value: 32 levels pass, 33 do not."""

    class Deep(enum.Enum):
        EDGE = nested(32)
        OVER = nested(33)

    route = router.post("/x").respond(200, json={})
    client.request("POST", "/x", json=Deep.EDGE)
    assert json.loads(route.calls.last.request.content) == nested(32)
    for too_deep in (Deep.OVER, [Deep.EDGE]):  # inside a list, the same enum is one level deeper
        error = refused(lambda too_deep=too_deep: client.request("POST", "/x", json=too_deep))
        assert error.rule == "must not be nested more than 32 levels deep"


class Poll:
    """An object that serialises itself, as generated models do."""

    def __init__(self, weight: float) -> None:
        self.weight = weight

    def to_dict(self) -> dict[str, Any]:
        if self.weight < 0:
            raise ValueError("negative weight")
        return {"weight": self.weight}


def test_an_object_with_to_dict_is_checked_as_its_dict_and_named_where_it_is(
    client: SparkBot, router: respx.MockRouter
) -> None:
    """An object's `to_dict()` is sent, its values checked like any others (named by their place), and a
    `to_dict()` that raises is refused naming the argument and the exception's type."""
    route = router.post("/x").respond(200, json={})
    client.request("POST", "/x", json={"poll": Poll(0.5)})
    assert json.loads(route.calls.last.request.content) == {"poll": {"weight": 0.5}}
    error = refused(lambda: client.request("POST", "/x", json={"poll": Poll(math.inf)}))
    assert (error.field, error.rule) == ("json.poll.weight", "must be a finite number, got inf")
    error = refused(lambda: client.request("POST", "/x", json={"poll": Poll(-1)}))
    assert (error.field, error.rule) == ("json.poll", "to_dict() failed: ValueError")
    assert isinstance(error.__cause__, ValueError)


class Wrapped:
    """An object whose `to_dict()` gives whatever it holds (a generated model gives its JSON object)."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def to_dict(self) -> Any:
        return self.value


def nested_objects(levels: int) -> Any:
    value: Any = 1
    for _ in range(levels):
        value = {"a": value}
    return value


def test_nesting_counts_objects_like_lists_and_a_to_dict_result_as_one_level(
    client: SparkBot, router: respx.MockRouter
) -> None:
    """Mappings count one level each, as lists do; what `to_dict()` gives counts one level more (a
    `to_dict()` that keeps giving objects cannot recurse for ever)."""
    route = router.post("/x").respond(200, json={})
    client.request("POST", "/x", json=nested_objects(32))
    client.request("POST", "/x", json=Wrapped(nested(31)))
    assert json.loads(route.calls.last.request.content) == nested(31)
    for too_deep, field in (
        (nested_objects(33), "json" + ".a" * 32),
        (Wrapped(nested(32)), "json" + "[0]" * 31),
    ):
        error = refused(lambda too_deep=too_deep: client.request("POST", "/x", json=too_deep))
        assert (error.field, error.rule) == (field, "must not be nested more than 32 levels deep")


def test_keys_and_values_that_cannot_be_sent_are_named(client: SparkBot, router: respx.MockRouter) -> None:
    cases = [
        ({"a": {1: "x"}}, "json.a", "keys must be strings, got int"),
        ({"a": {"\ud800": 1}}, "json.a", "must be valid Unicode text (no lone surrogates)"),
        (
            {"a": [1, object()]},
            "json.a[1]",
            "must be JSON data (text, number, boolean, list or mapping), got object",
        ),
    ]
    for body, field, rule in cases:
        error = refused(lambda body=body: client.request("POST", "/x", json=body))
        assert (error.field, error.rule) == (field, rule)
    assert not router.calls
