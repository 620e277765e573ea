from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalog_product_permission import CatalogProductPermission
from ..models.catalog_product_scope import CatalogProductScope
from ..models.catalog_product_status import CatalogProductStatus
from ..types import ApiModel, compact_repr, either, member, nullable


@_attrs_define
class CatalogProduct(ApiModel):
    """Business catalog product. Product fields (name..availability) inferred from the message product shape.

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        wid (str | None): WhatsApp product ID.
        device (CatalogProductDeviceType1 | str | None): an id, or the document itself.
        user (CatalogProductUserType1 | str | None): an id, or the document itself.
        scope (CatalogProductScope | None)
        status (CatalogProductStatus | None)
        permission (CatalogProductPermission | None)
        name (str | None)
        description (str | None)
        price (float | None)
        currency (str | None)
        url (str | None)
        retailer_id (str | None)
        availability (str | None)
        created_at (datetime.datetime | None)
        updated_at (datetime.datetime | None)
        synced_at (datetime.datetime | None)
    """

    id: str
    wid: str | None = None
    device: CatalogProductDeviceType1 | str | None = None
    user: CatalogProductUserType1 | str | None = None
    scope: CatalogProductScope | None = None
    status: CatalogProductStatus | None = None
    permission: CatalogProductPermission | None = None
    name: str | None = None
    description: str | None = None
    price: float | None = None
    currency: str | None = None
    url: str | None = None
    retailer_id: str | None = None
    availability: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    synced_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.catalog_product_device_type_1 import CatalogProductDeviceType1  # noqa: E402
from ..models.catalog_product_user_type_1 import CatalogProductUserType1  # noqa: E402

CatalogProduct._api_fields = {
    "id": ("id", None),
    "wid": ("wid", None),
    "device": ("device", either((dict, CatalogProductDeviceType1.from_dict), as_is=True)),
    "user": ("user", either((dict, CatalogProductUserType1.from_dict), as_is=True)),
    "scope": ("scope", member(CatalogProductScope)),
    "status": ("status", member(CatalogProductStatus)),
    "permission": ("permission", member(CatalogProductPermission)),
    "name": ("name", None),
    "description": ("description", None),
    "price": ("price", None),
    "currency": ("currency", None),
    "url": ("url", None),
    "retailerId": ("retailer_id", None),
    "availability": ("availability", None),
    "createdAt": ("created_at", nullable(datetime.datetime.fromisoformat)),
    "updatedAt": ("updated_at", nullable(datetime.datetime.fromisoformat)),
    "syncedAt": ("synced_at", nullable(datetime.datetime.fromisoformat)),
}
