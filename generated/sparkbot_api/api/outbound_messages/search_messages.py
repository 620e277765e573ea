"""GET /messages: the request to send and its success answer (the client sends it)."""

import datetime
from typing import Any

import httpx

from ...models.ack_status import AckStatus
from ...models.date_sort import DateSort
from ...models.error import Error
from ...models.message import Message
from ...models.message_include import MessageInclude
from ...models.outbound_priority import OutboundPriority
from ...models.search_messages_source import SearchMessagesSource
from ...models.search_messages_status_item import SearchMessagesStatusItem
from ...models.search_messages_target import SearchMessagesTarget
from ...models.search_messages_type_item import SearchMessagesTypeItem
from ...models.search_messages_webhook_status_item import SearchMessagesWebhookStatusItem
from ...types import UNSET, Unset, api_datetime


def build_request(
    *,
    search: str | Unset = UNSET,
    status: list[SearchMessagesStatusItem] | Unset = UNSET,
    delivery_status: list[AckStatus] | Unset = UNSET,
    webhook_status: list[SearchMessagesWebhookStatusItem] | Unset = UNSET,
    include: list[MessageInclude] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    agents: list[str] | Unset = UNSET,
    source: SearchMessagesSource | Unset = UNSET,
    target: SearchMessagesTarget | Unset = UNSET,
    type_: list[SearchMessagesTypeItem] | Unset = UNSET,
    wa_ids: list[str] | Unset = UNSET,
    devices: list[str] | Unset = UNSET,
    device: str | Unset = UNSET,
    reference: list[str] | Unset = UNSET,
    priority: list[OutboundPriority] | Unset = UNSET,
    phone: str | Unset = UNSET,
    group: str | Unset = UNSET,
    channel: str | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    sort: DateSort | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    params: dict[str, Any] = {}

    params["search"] = search

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    json_delivery_status: list[str] | Unset = UNSET
    if not isinstance(delivery_status, Unset):
        json_delivery_status = []
        for delivery_status_item_data in delivery_status:
            delivery_status_item = delivery_status_item_data.value
            json_delivery_status.append(delivery_status_item)

    params["deliveryStatus"] = json_delivery_status

    json_webhook_status: list[str] | Unset = UNSET
    if not isinstance(webhook_status, Unset):
        json_webhook_status = []
        for webhook_status_item_data in webhook_status:
            webhook_status_item = webhook_status_item_data.value
            json_webhook_status.append(webhook_status_item)

    params["webhookStatus"] = json_webhook_status

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include"] = json_include

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    json_agents: list[str] | Unset = UNSET
    if not isinstance(agents, Unset):
        json_agents = agents

    params["agents"] = json_agents

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    json_target: str | Unset = UNSET
    if not isinstance(target, Unset):
        json_target = target.value

    params["target"] = json_target

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item = type_item_data.value
            json_type_.append(type_item)

    params["type"] = json_type_

    json_wa_ids: list[str] | Unset = UNSET
    if not isinstance(wa_ids, Unset):
        json_wa_ids = wa_ids

    params["waIds"] = json_wa_ids

    json_devices: list[str] | Unset = UNSET
    if not isinstance(devices, Unset):
        json_devices = devices

    params["devices"] = json_devices

    params["device"] = device

    json_reference: list[str] | Unset = UNSET
    if not isinstance(reference, Unset):
        json_reference = reference

    params["reference"] = json_reference

    json_priority: list[str] | Unset = UNSET
    if not isinstance(priority, Unset):
        json_priority = []
        for priority_item_data in priority:
            priority_item = priority_item_data.value
            json_priority.append(priority_item)

    params["priority"] = json_priority

    params["phone"] = phone

    params["group"] = group

    params["channel"] = channel

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = api_datetime(after)
    params["after"] = json_after

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = api_datetime(before)
    params["before"] = json_before

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = api_datetime(created_after)
    params["createdAfter"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = api_datetime(created_before)
    params["createdBefore"] = json_created_before

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["size"] = size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | list[Message] | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Message.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None
