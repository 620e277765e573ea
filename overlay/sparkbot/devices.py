"""The device: one owner for the client's `device=` and every method's `device=` argument.

A WhatsApp number is named by its 24-hex id, its phone (any formatting) or its alias (any case); the API
takes ids. `DeviceBook` turns what a call names into an id before the call is checked and sent: an id as
given, a phone or alias looked up once per client (`devices.list`) and remembered, and with nothing named
the client's `device=`, else the account's only number (where the API needs one). Concurrent calls that
need the same lookup wait for one (a lock per client, sync and async). `client.devices.resolve()` is the
lookup itself (the node's getDevices).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import anyio
from sparkbot_api.facade.devices import AsyncDevicesResource, DevicesResource

from ._errors import DeviceResolutionError

if TYPE_CHECKING:
    from sparkbot_api.facade._base import Operation
    from sparkbot_api.models.device import Device

    from ._client import AsyncSparkBot, SparkBot

_OBJECT_ID = re.compile(r"^[0-9a-fA-F]{24}$")
_ONLY = ""  # DeviceBook's key for "the account's only number"


def describe(device: Device) -> str:
    return f"{device.id} ({device.alias or '-'}, {device.phone or '-'})"


def match(devices: Iterable[Device], query: str) -> Device:
    """The one device whose id, phone (any formatting) or alias (any case) is `query`."""
    devices = list(devices)
    digits = re.sub(r"\D", "", query)
    found = [
        d
        for d in devices
        if d.id == query
        or (digits and isinstance(d.phone, str) and re.sub(r"\D", "", d.phone) == digits)
        or (isinstance(d.alias, str) and d.alias.casefold() == query.casefold())
    ]
    if len(found) == 1:
        return found[0]
    if not found:
        raise DeviceResolutionError(f"no WhatsApp number matches {query!r}", [describe(d) for d in devices])
    raise DeviceResolutionError(
        f"{len(found)} WhatsApp numbers match {query!r}", [describe(d) for d in found]
    )


def only(devices: Iterable[Device]) -> Device:
    """The account's only device, or an error listing the candidates."""
    devices = list(devices)
    if len(devices) == 1:
        return devices[0]
    if not devices:
        raise DeviceResolutionError("the account has no WhatsApp number; pass device=")
    raise DeviceResolutionError(
        "the account has several WhatsApp numbers; pass device= or set SPARKBOT_DEVICE",
        [describe(d) for d in devices],
    )


class Devices(DevicesResource):
    """`client.devices`: the generated actions plus `resolve`."""

    def resolve(self, id_phone_or_alias: str) -> Device:
        """The device with this 24-hex id, phone number or alias; clear error if none or several."""
        if _OBJECT_ID.match(id_phone_or_alias):
            return self.get(id_phone_or_alias)
        return match(self.list(), id_phone_or_alias)


class AsyncDevices(AsyncDevicesResource):
    """`client.devices` (async): the generated actions plus `resolve`."""

    async def resolve(self, id_phone_or_alias: str) -> Device:
        """The device with this 24-hex id, phone number or alias; clear error if none or several."""
        if _OBJECT_ID.match(id_phone_or_alias):
            return await self.get(id_phone_or_alias)
        return match([d async for d in self.list()], id_phone_or_alias)


class DeviceBook:
    """The ids a client's calls name their device by, looked up once each (see the module docstring)."""

    def __init__(self, configured: str | None) -> None:
        self.configured = configured
        self._ids: dict[str, str] = {}
        self._lock = threading.Lock()
        self._async_lock: anyio.Lock | None = None

    def _wanted(self, op: Operation, values: Mapping[str, Any]) -> str | None:
        """What this call's device must be looked up by (`_ONLY`: the account's only number), or None when
        there is nothing to do: no device, an id already, a value the rules will refuse, or a device the
        API may pick itself."""
        if not op.device:
            return None
        given = values.get("device")
        if given is not None:
            return None if not isinstance(given, str) or not given or _OBJECT_ID.match(given) else given
        if self.configured:
            return self.configured
        return None if op.device == "optional-body" else _ONLY

    def known(self, op: Operation, values: Mapping[str, Any]) -> Mapping[str, Any] | None:
        """The call's values with its device as an id when no lookup is needed, else None."""
        wanted = self._wanted(op, values)
        if wanted is None:
            return values
        found = wanted if _OBJECT_ID.match(wanted) else self._ids.get(wanted)  # an id needs no lookup
        return None if found is None else {**values, "device": found}

    def fill(self, client: SparkBot, op: Operation, values: Mapping[str, Any]) -> Mapping[str, Any]:
        """The call's values with its device as an id, looked up (call it when `known` is None)."""
        wanted = self._wanted(op, values)
        assert wanted is not None  # known() answered every other case
        with self._lock:
            if wanted not in self._ids:
                if wanted == _ONLY:
                    self._ids[wanted] = _id(only(client.devices.list()))
                else:
                    self._ids[wanted] = _id(client.devices.resolve(wanted))
        return {**values, "device": self._ids[wanted]}

    async def afill(
        self, client: AsyncSparkBot, op: Operation, values: Mapping[str, Any]
    ) -> Mapping[str, Any]:
        """`fill` for the async client: racing calls wait for one lookup (call it when `known` is None)."""
        wanted = self._wanted(op, values)
        assert wanted is not None
        if self._async_lock is None:
            self._async_lock = anyio.Lock()
        async with self._async_lock:
            if wanted not in self._ids:
                if wanted == _ONLY:
                    self._ids[wanted] = _id(only([d async for d in client.devices.list()]))
                else:
                    self._ids[wanted] = _id(await client.devices.resolve(wanted))
        return {**values, "device": self._ids[wanted]}


def _id(device: Device) -> str:
    if not isinstance(device.id, str) or not _OBJECT_ID.match(device.id):
        raise DeviceResolutionError(
            f"the API listed a WhatsApp number without a valid id: {describe(device)}"
        )
    return device.id
