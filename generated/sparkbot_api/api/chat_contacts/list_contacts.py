"""GET /chat/{device_id}/contacts: the request to send and its success answer (the client sends it)."""

import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...models.contact import Contact
from ...models.error import Error
from ...models.list_contacts_country_item import ListContactsCountryItem
from ...models.list_contacts_has_item import ListContactsHasItem
from ...models.list_contacts_include_item import ListContactsIncludeItem
from ...models.list_contacts_sort import ListContactsSort
from ...models.list_contacts_type_item import ListContactsTypeItem
from ...types import UNSET, Unset, api_datetime


def build_request(
    device_id: str,
    *,
    search: str | Unset = UNSET,
    type_: list[ListContactsTypeItem] | Unset = UNSET,
    has: list[ListContactsHasItem] | Unset = UNSET,
    has_chat: bool | Unset = UNSET,
    country: list[ListContactsCountryItem] | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    labels_exclude: list[str] | Unset = UNSET,
    include: list[ListContactsIncludeItem] | Unset = UNSET,
    metadata_key: list[str] | Unset = UNSET,
    metadata_value: list[str] | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    last_message_after: datetime.datetime | Unset = UNSET,
    last_message_before: datetime.datetime | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: ListContactsSort | Unset = ListContactsSort.NAMEASC,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    params: dict[str, Any] = {}

    params["search"] = search

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item = type_item_data.value
            json_type_.append(type_item)

    params["type"] = json_type_

    json_has: list[str] | Unset = UNSET
    if not isinstance(has, Unset):
        json_has = []
        for has_item_data in has:
            has_item = has_item_data.value
            json_has.append(has_item)

    params["has"] = json_has

    params["hasChat"] = has_chat

    json_country: list[str] | Unset = UNSET
    if not isinstance(country, Unset):
        json_country = []
        for country_item_data in country:
            country_item = country_item_data.value
            json_country.append(country_item)

    params["country"] = json_country

    json_labels: list[str] | Unset = UNSET
    if not isinstance(labels, Unset):
        json_labels = labels

    params["labels"] = json_labels

    json_labels_exclude: list[str] | Unset = UNSET
    if not isinstance(labels_exclude, Unset):
        json_labels_exclude = labels_exclude

    params["labelsExclude"] = json_labels_exclude

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include"] = json_include

    json_metadata_key: list[str] | Unset = UNSET
    if not isinstance(metadata_key, Unset):
        json_metadata_key = metadata_key

    params["metadataKey"] = json_metadata_key

    json_metadata_value: list[str] | Unset = UNSET
    if not isinstance(metadata_value, Unset):
        json_metadata_value = metadata_value

    params["metadataValue"] = json_metadata_value

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = api_datetime(after)
    params["after"] = json_after

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = api_datetime(before)
    params["before"] = json_before

    json_updated_after: str | Unset = UNSET
    if not isinstance(updated_after, Unset):
        json_updated_after = api_datetime(updated_after)
    params["updatedAfter"] = json_updated_after

    json_updated_before: str | Unset = UNSET
    if not isinstance(updated_before, Unset):
        json_updated_before = api_datetime(updated_before)
    params["updatedBefore"] = json_updated_before

    json_last_message_after: str | Unset = UNSET
    if not isinstance(last_message_after, Unset):
        json_last_message_after = api_datetime(last_message_after)
    params["lastMessageAfter"] = json_last_message_after

    json_last_message_before: str | Unset = UNSET
    if not isinstance(last_message_before, Unset):
        json_last_message_before = api_datetime(last_message_before)
    params["lastMessageBefore"] = json_last_message_before

    params["size"] = size

    params["page"] = page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chat/{device_id}/contacts".format(
            device_id=quote(str(device_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | list[Contact] | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Contact.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None
