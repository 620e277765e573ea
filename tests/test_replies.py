"""Replies always parse: what the spec describes imperfectly still comes back as models, sync and async."""

from __future__ import annotations

import json
from typing import Any

import pytest
import respx
import sparkbot
from sparkbot import AsyncSparkBot, SparkBot
from sparkbot_api.models.device import Device
from sparkbot_api.models.file import File

from .conftest import DEVICE

FILE_ID = "6a1b2c3d4e5f6a7b8c9d0e1f"


def test_a_missing_identity_field_reads_none(client: SparkBot, router: respx.MockRouter) -> None:
    router.get(f"/devices/{DEVICE}").respond(200, json={"alias": "main", "phone": "+34600111222"})
    device = client.devices.get(DEVICE)
    assert isinstance(device, Device)
    assert device.id is None
    assert device.alias == "main"
    assert device.session is None  # absent optional fields read None, never an UNSET sentinel
    assert repr(device) == "Device(phone='+34600111222', alias='main')"


def test_a_value_of_an_unexpected_type_stays_raw(client: SparkBot, router: respx.MockRouter) -> None:
    body = {"id": DEVICE, "logs": 5, "session": "online", "alias": "main"}
    router.get(f"/devices/{DEVICE}").respond(200, json=body)
    device = client.devices.get(DEVICE)
    assert device.id == DEVICE and device.alias == "main"
    assert device.logs is None and device["logs"] == 5
    assert device.session is None and device["session"] == "online"
    assert device.to_dict() == body  # nothing lost on the way back


def test_unknown_fields_are_kept(client: SparkBot, router: respx.MockRouter) -> None:
    router.get(f"/devices/{DEVICE}").respond(200, json={"id": DEVICE, "brandNew": {"x": [1, 2]}})
    assert client.devices.get(DEVICE)["brandNew"] == {"x": [1, 2]}


def test_an_array_where_one_object_was_expected_is_a_list_of_models(
    client: SparkBot, router: respx.MockRouter
) -> None:
    """POST /files answers an array of files: each item a File, never a File built from the list."""
    files = [{"id": FILE_ID, "filename": "a.pdf"}, {"id": FILE_ID[::-1], "filename": "b.pdf"}]
    router.get(f"/devices/{DEVICE}").respond(200, json=files)
    got: Any = client.devices.get(DEVICE)
    assert isinstance(got, list) and [type(x) for x in got] == [Device, Device]
    assert [x.id for x in got] == [FILE_ID, FILE_ID[::-1]]


def test_one_object_where_a_list_was_expected_is_a_one_item_list(
    client: SparkBot, router: respx.MockRouter
) -> None:
    router.get("/devices").respond(200, json={"id": DEVICE, "alias": "main"})
    devices = client.devices.list().to_list()
    assert [(type(d), d.id) for d in devices] == [(Device, DEVICE)]


@pytest.mark.parametrize("value", ["ok", 3, None, True])
def test_a_bare_json_value_comes_back_as_it_came(
    client: SparkBot, router: respx.MockRouter, value: Any
) -> None:
    router.get(f"/devices/{DEVICE}").respond(
        200, content=json.dumps(value).encode(), headers={"content-type": "application/json"}
    )
    assert client.devices.get(DEVICE) == value


@pytest.mark.parametrize(("value", "items"), [(None, []), ("ok", ["ok"]), (0, [0]), (False, [False])])
def test_a_bare_json_value_where_a_list_was_expected_is_a_list(
    client: SparkBot, router: respx.MockRouter, value: Any, items: list[Any]
) -> None:
    """null is an empty list; any other bare value (even a falsy one) a one-item list."""
    router.get("/devices").respond(
        200, content=json.dumps(value).encode(), headers={"content-type": "application/json"}
    )
    assert client.devices.list().to_list() == items


def test_list_items_that_are_not_objects_are_kept(client: SparkBot, router: respx.MockRouter) -> None:
    router.get("/devices").respond(200, json=[{"id": DEVICE}, "stray"])
    got: list[Any] = list(client.devices.list(limit=2))
    assert isinstance(got[0], Device) and got[1] == "stray"


def test_a_body_that_is_not_json_is_a_response_validation_error(
    client: SparkBot, router: respx.MockRouter
) -> None:
    router.get(f"/devices/{DEVICE}").respond(200, content=b"<html>", headers={"content-type": "text/html"})
    with pytest.raises(sparkbot.APIResponseValidationError):
        client.devices.get(DEVICE)


@pytest.mark.anyio
async def test_async_replies_parse_the_same_way(
    async_client: AsyncSparkBot, router: respx.MockRouter
) -> None:
    router.get(f"/devices/{DEVICE}").respond(200, json=[{"filename": "a.pdf"}])
    got: Any = await async_client.devices.get(DEVICE)
    assert isinstance(got, list) and got[0].id is None and got[0]["filename"] == "a.pdf"
    router.get(f"/files/{FILE_ID}").respond(200, json={"id": FILE_ID, "size": "big", "meta": [1]})
    file = await async_client.files.get(FILE_ID)
    assert isinstance(file, File) and file.size == "big"  # a plain value is kept as it came
    assert file.meta is None and file["meta"] == [1]  # an object that is not one stays raw beside


def test_a_parsed_model_behaves_like_one_built_with_its_defaults() -> None:
    """`from_dict` sets only the fields a reply has; the rest must still read None everywhere."""
    import copy
    import pickle

    from sparkbot_api.models.device_session import DeviceSession

    parsed = Device.from_dict({"id": DEVICE, "alias": "main", "session": {"status": "online"}})
    built = Device(id=DEVICE, alias="main", session=DeviceSession.from_dict({"status": "online"}))
    assert parsed == built and repr(parsed) == repr(built)
    assert (parsed.phone, parsed.description, parsed.additional_properties) == (None, None, {})
    assert parsed.to_dict() == {"id": DEVICE, "alias": "main", "session": {"status": "online"}}
    for copied in (pickle.loads(pickle.dumps(parsed)), copy.deepcopy(parsed), copy.copy(parsed)):
        assert copied == parsed and copied.phone is None
    with pytest.raises(AttributeError, match="no attribute 'not_a_field'"):
        parsed.not_a_field  # type: ignore[attr-defined]  # noqa: B018
    parsed.phone = "+34600111222"
    assert parsed.to_dict()["phone"] == "+34600111222"
    assert Device.from_dict({}).id is None  # a required field the reply left out reads None too


@pytest.mark.parametrize(
    ("headers", "body", "parsed"),
    [
        ({"content-type": "application/json"}, b'{"a": 1}', {"a": 1}),
        ({"content-type": "application/json"}, b"", b""),
        ({"content-type": "text/plain; charset=utf-8"}, "olé".encode(), "olé"),
        ({"content-type": "text/plain; charset=nope"}, b"ol\xe9", "ol\ufffd"),
        ({"content-type": "text/plain; charset=utf-16"}, b"ol\xe9", "ol\ufffd"),  # no BOM: undecodable
        ({"content-type": "image/png"}, b"\x89PNG", b"\x89PNG"),
        ({}, b"raw", b"raw"),
    ],
)
def test_request_answers_json_text_or_bytes_by_content_type(
    client: SparkBot, router: respx.MockRouter, headers: dict[str, str], body: bytes, parsed: Any
) -> None:
    """client.request() parses JSON, decodes text (as UTF-8 if its charset fails), keeps other bytes."""
    router.get("/any").respond(200, content=body, headers=headers)
    result = client.request("GET", "/any")
    assert result.parsed == parsed and type(result.parsed) is type(parsed)
    assert (result.status_code, result.http_response.content) == (200, body)
    assert result.headers.get("content-type") == headers.get("content-type")


@pytest.mark.parametrize("charset", ["rot13", "hex"])
def test_request_text_in_a_charset_that_is_no_text_codec_is_read_as_utf8(
    client: SparkBot, router: respx.MockRouter, charset: str
) -> None:
    """Text in a codec that does not turn bytes into text comes back as UTF-8, not a TypeError."""
    headers = {"content-type": f"text/plain; charset={charset}"}
    router.get("/any").respond(200, content=b"ol\xe9", headers=headers)
    assert client.request("GET", "/any").parsed == "ol\ufffd"


def test_request_names_why_a_json_body_is_unreadable(client: SparkBot, router: respx.MockRouter) -> None:
    """A broken JSON answer to client.request() is an APIResponseValidationError saying what broke."""
    router.get("/any").respond(200, content=b"{", headers={"content-type": "application/json"})
    with pytest.raises(sparkbot.APIResponseValidationError, match="JSONDecodeError") as info:
        client.request("GET", "/any")
    assert info.value.text == "{"


@pytest.mark.parametrize("charset", ["utf-16", "hex", "rot13", "no-such-charset"])
def test_a_text_reply_in_a_charset_that_cannot_decode_reads_as_utf8(
    client: SparkBot, router: respx.MockRouter, charset: str
) -> None:
    """A text reply whose charset fails (no BOM, a bytes-only codec, unknown) comes back as UTF-8 text."""
    headers = {"content-type": f"text/plain; charset={charset}"}
    route = router.get(f"/devices/{DEVICE}/scan").respond(200, content=b"qr \xff ok", headers=headers)
    assert client.sessions.scan_qr(DEVICE) == "qr \ufffd ok"
    route.respond(500, content="caída \xff".encode("latin-1") + b" \xc3\xa9", headers=headers)
    with pytest.raises(sparkbot.InternalServerError) as info:
        client.sessions.scan_qr(DEVICE)
    assert info.value.message == "ca\ufffdda \ufffd é"
