"""Issue 3's first respx tests: sync a session and list devices, with 401 and 404 error bodies."""

from __future__ import annotations

import httpx
import pytest
import respx
import sparkbot
from sparkbot import AsyncSparkBot, SparkBot

from .conftest import API_KEY, DEVICE

SESSION = {"status": "online", "sessionStatus": "online", "device": DEVICE}
DEVICES = [{"id": DEVICE, "alias": "main", "phone": "+34600111222", "session": {"status": "online"}}]


def test_sync_session(client: SparkBot, router: respx.MockRouter) -> None:
    route = router.get(f"/devices/{DEVICE}/sync").respond(200, json=SESSION)
    result = client.sessions.sync(DEVICE)
    request = route.calls.last.request
    assert (request.method, request.url.path) == ("GET", f"/v1/devices/{DEVICE}/sync")
    assert request.headers["Token"] == API_KEY
    assert "Authorization" not in request.headers
    assert result.status == "online"
    assert result.device == DEVICE


@pytest.mark.anyio
async def test_sync_session_async(async_client: AsyncSparkBot, router: respx.MockRouter) -> None:
    route = router.get(f"/devices/{DEVICE}/sync").respond(200, json=SESSION)
    result = await async_client.sessions.sync(DEVICE)
    assert route.calls.last.request.headers["Token"] == API_KEY
    assert result.status == "online"


def test_list_devices(client: SparkBot, router: respx.MockRouter) -> None:
    route = router.get("/devices").respond(200, json=DEVICES)
    devices = list(client.devices.list())
    assert route.calls.last.request.url.params["page"] == "0"
    assert [(d.id, d.alias, d.phone) for d in devices] == [(DEVICE, "main", "+34600111222")]
    assert devices[0].session.status == "online"


@pytest.mark.anyio
async def test_list_devices_async(async_client: AsyncSparkBot, router: respx.MockRouter) -> None:
    router.get("/devices").respond(200, json=DEVICES)
    assert [d.id async for d in async_client.devices.list()] == [DEVICE]


@pytest.mark.parametrize(
    ("status", "error", "message"),
    [
        (401, sparkbot.AuthenticationError, "Invalid API key"),
        (404, sparkbot.NotFoundError, "Device not found"),
    ],
)
def test_error_bodies(
    client: SparkBot, router: respx.MockRouter, status: int, error: type[Exception], message: str
) -> None:
    router.get(f"/devices/{DEVICE}/sync").respond(status, json={"status": status, "message": message})
    with pytest.raises(error) as info:
        client.sessions.sync(DEVICE)
    assert isinstance(info.value, sparkbot.APIStatusError)
    assert info.value.status_code == status
    assert message in str(info.value)
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("status", "error"), [(401, sparkbot.AuthenticationError), (404, sparkbot.NotFoundError)]
)
async def test_error_bodies_async(
    async_client: AsyncSparkBot, router: respx.MockRouter, status: int, error: type[Exception]
) -> None:
    router.get("/devices").mock(
        return_value=httpx.Response(status, json={"status": status, "message": "nope"})
    )
    with pytest.raises(error):
        [d async for d in async_client.devices.list()]
