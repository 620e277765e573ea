"""POST /devices/{device_id}/catalog: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.catalog_product import CatalogProduct
from ...models.error import Error
from ...models.query_business_catalog_body import QueryBusinessCatalogBody


def build_request(
    device_id: str,
    *,
    body: QueryBusinessCatalogBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/devices/{device_id}/catalog".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Error | list[CatalogProduct] | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = CatalogProduct.from_dict(response_201_item_data)

            response_201.append(response_201_item)

        return response_201

    return None
