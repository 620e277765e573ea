"""The devices helper (the node's getDevices): find a WhatsApp number by id, phone or alias."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sparkbot_api.facade.devices import AsyncDevicesResource, DevicesResource

from ._errors import DeviceResolutionError

if TYPE_CHECKING:
    from sparkbot_api.models.device import Device

_OBJECT_ID = re.compile(r"^[0-9a-fA-F]{24}$")


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
